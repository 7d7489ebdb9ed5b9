// The Matrix tab on the zero-trust shop: per pod and per workload, counts in words, icon + word
// cells, a crosshair under focus, arrow keys between cells, Enter opening that pair's trace, and
// the CSV of the workload view.
import { readFile } from 'node:fs/promises';
import { expect, test } from './fixtures';

test.afterEach(({ foreignRequests, cspViolations }) => {
  expect(foreignRequests, 'requests that left the page origin').toEqual([]);
  expect(cspViolations, 'Content-Security-Policy violations').toEqual([]);
});

test.beforeEach(async ({ page, editor, graph }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await editor.open();
  await editor.waitForAnalysis();
  await graph.waitForNode('ns:shop');
});

test('per pod: counts, verdict cells, keyboard moves and Enter opens the trace', async ({
  page,
  query,
}) => {
  await query.computeMatrix('8080', 'TCP', 'Pods');
  await expect(query.matrixSummary).toContainText(/\d+ of \d+ ordered pod pairs allowed/);
  const rows = await query.matrixRows();
  const ctrl = rows.findIndex((r) => r.startsWith('ingress-nginx/'));
  const web = rows.findIndex((r) => r.startsWith('shop/web-'));
  const api = rows.findIndex((r) => r.startsWith('shop/api-'));
  await expect(query.matrixCell(ctrl, web)).toHaveClass('cell-allowed');
  await expect(query.matrixCell(ctrl, web)).toContainText('✓');
  await expect(query.matrixCell(ctrl, web)).toContainText('allowed');
  await expect(query.matrixCell(api, web)).toHaveClass('cell-denied');
  await expect(query.matrixCell(api, web)).toContainText('denied');

  // One cell in the tab order; arrows move, the row and column light up.
  await query.matrixCell(0, 0).focus();
  for (let i = 0; i < api; i++) await page.keyboard.press('ArrowDown');
  for (let i = 0; i < web; i++) await page.keyboard.press('ArrowRight');
  await expect(query.matrixCell(api, web)).toBeFocused();
  await expect(query.matrixCell(api, web)).toHaveAttribute('tabindex', '0');
  await expect(query.matrix.locator(`thead th[data-c="${web}"]`)).toHaveClass(/is-cross/);
  await expect(query.matrix.locator(`tbody th[data-r="${api}"]`)).toHaveClass(/is-cross/);
  await page.screenshot({ path: 'test-results/matrix-pods.png' });

  await page.keyboard.press('Enter');
  await expect(query.tab('Trace')).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByLabel('From', { exact: true })).toHaveValue(rows[api]);
  await expect(page.getByLabel('To', { exact: true })).toHaveValue(rows[web]);
  await expect(page.getByLabel('Port', { exact: true })).toHaveValue('8080');
  await expect(query.traceResult).toContainText('Verdict: denied');
});

test('per workload: one row per workload, partial-free counts, CSV and a click to trace', async ({
  page,
  query,
}) => {
  await query.computeMatrix('9090', 'TCP', 'Workloads');
  await expect(query.matrixSummary).toContainText(/ordered workload pairs allowed/);
  const rows = await query.matrixRows();
  expect(rows).toContain('Deployment shop/web (2 pods)');
  expect(rows).toContain('StatefulSet shop/db (1 pod)');
  const web = rows.indexOf('Deployment shop/web (2 pods)');
  const api = rows.indexOf('Deployment shop/api (2 pods)');
  await expect(query.matrixCell(web, api)).toHaveClass('cell-allowed');
  await page.screenshot({ path: 'test-results/matrix-workloads.png' });

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download CSV' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('podpath-matrix-workload-TCP-9090.csv');
  const csv = await readFile((await download.path())!, 'utf8');
  expect(csv.split('\r\n')[0]).toContain('Deployment shop/web (2 pods)');

  await query.matrixCell(web, api).click();
  await expect(query.traceResult).toContainText('Verdict: allowed');
});
