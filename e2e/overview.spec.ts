// The graph pane's overview end to end: the summary of what was found, the table view (keyboard
// first: switch, rows, Enter, trace actions), and a large input that gets a message and the table
// instead of a frozen tab, until "Draw the graph anyway".
import { expect, test } from './fixtures';

test.afterEach(({ foreignRequests, cspViolations }) => {
  expect(foreignRequests, 'requests that left the page origin').toEqual([]);
  expect(cspViolations, 'Content-Security-Policy violations').toEqual([]);
});

/** 256 bare Pods in two namespaces: 258 boxes, just past the limit, quick to analyse and lay out. */
function manyPods(perNamespace = 128): string {
  const docs: string[] = [];
  for (const ns of ['big-a', 'big-b']) {
    for (let i = 0; i < perNamespace; i++) {
      docs.push(
        `apiVersion: v1\nkind: Pod\nmetadata:\n  name: pod-${i}\n  namespace: ${ns}\n` +
          `  labels:\n    app: app-${i % 8}\nspec:\n  containers:\n    - name: c\n      image: nginx\n`,
      );
    }
  }
  return docs.join('---\n');
}

test.beforeEach(async ({ page, editor }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await editor.open();
  await editor.waitForAnalysis();
});

test('the summary counts what the shop example holds', async ({ page, overview }) => {
  await expect(overview.summary).toBeVisible();
  await expect
    .poll(() => overview.stat('pods'))
    .toEqual({ value: '6', detail: '6 running · 0 pending · 0 not ready' });
  expect(await overview.stat('namespaces')).toEqual({ value: '2', detail: '' });
  expect(await overview.stat('nodes')).toEqual({ value: '3', detail: 'assumed' });
  expect(await overview.stat('workloads')).toEqual({ value: '4', detail: '' });
  expect(await overview.stat('Services')).toEqual({
    value: '4',
    detail: '3 ClusterIP · 1 LoadBalancer · 1 headless',
  });
  expect(await overview.stat('Ingress')).toEqual({ value: '1', detail: '' });
  expect(await overview.stat('NetworkPolicies')).toEqual({
    value: '7',
    detail: '5 pods isolated for ingress · 5 for egress',
  });
  await expect(overview.problems).toHaveText('Problems: 0 errors · 0 warnings');
  await page.screenshot({ path: 'test-results/overview-summary.png' });

  await overview.problems.press('Enter');
  await expect(overview.problemsList).toBeFocused();
});

test('the table lists pods; a row picked with the keyboard shows in Inspect and offers a trace', async ({
  page,
  overview,
  graph,
  query,
}) => {
  await overview.showTableByKeyboard();
  await expect(overview.rows).toHaveCount(6);
  await expect(overview.showing).toHaveText('Showing all 6 pods');
  expect(await overview.column('Workload')).toContain('StatefulSet db');

  await expect(overview.header('Namespace')).toHaveAttribute('aria-sort', 'ascending');
  await overview.header('Name').click();
  await expect(overview.header('Name')).toHaveAttribute('aria-sort', 'ascending');
  expect((await overview.column('Name'))[0]).toMatch(/^api-/);
  await overview.header('Name').click();
  await expect(overview.header('Name')).toHaveAttribute('aria-sort', 'descending');
  expect((await overview.column('Name'))[0]).toMatch(/^web-/);

  await overview.filter.fill('db');
  await expect(overview.rows).toHaveCount(1);
  await expect(overview.showing).toHaveText('Showing 1 pod');
  await overview.filter.fill('');
  await overview.rows.first().focus();
  await page.keyboard.press('End');
  await expect(overview.rows.last()).toBeFocused();
  await page.keyboard.press('Enter');
  const picked = (await overview.rows.last().locator('td').nth(1).textContent())!;
  await expect(overview.rows.last()).toHaveAttribute('aria-selected', 'true');
  await expect(query.tab('Inspect')).toHaveAttribute('aria-selected', 'true');
  await expect(graph.inspector).toContainText(`shop/${picked}`);
  await page.screenshot({ path: 'test-results/overview-table.png' });

  await overview.rows.last().getByRole('button', { name: 'Trace from' }).click();
  await expect(query.tab('Trace')).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByLabel('From', { exact: true })).toHaveValue(`shop/${picked}`);

  await overview.kindTab('Pods').focus();
  await page.keyboard.press('ArrowRight');
  await expect(overview.kindTab('Services')).toHaveAttribute('aria-selected', 'true');
  await expect(overview.row('LoadBalancer')).toHaveCount(1);
});

test('a large input shows a message and the table; "Draw the graph anyway" draws it', async ({
  page,
  editor,
  overview,
  graph,
}) => {
  await editor.setText(manyPods());
  await editor.waitForAnalysis();
  await expect(overview.tooLarge).toContainText(
    'This cluster has 256 pods — too many to draw readably. Showing the table.',
  );
  await expect(overview.viewButton('Table')).toHaveAttribute('aria-pressed', 'true');
  await expect(overview.showing).toHaveText('Showing 1–100 of 256 pods');
  await expect(overview.rows).toHaveCount(100);
  await expect(graph.canvas).toHaveCount(0);
  expect(await page.evaluate(() => window.__podpath!.graph())).toBeNull();
  await page.screenshot({ path: 'test-results/overview-large.png' });

  await overview.tableView.getByRole('button', { name: 'Next' }).click();
  await expect(overview.showing).toHaveText('Showing 101–200 of 256 pods');

  await overview.viewButton('Graph').click();
  await expect(overview.drawAnyway).toBeFocused();
  await expect(graph.canvas).toHaveCount(0);
  await page.keyboard.press('Enter');
  await expect(overview.tooLarge).toHaveCount(0);
  await graph.waitForNode('pod:big-b/pod-127');
  await expect(overview.viewButton('Graph')).toHaveAttribute('aria-pressed', 'true');
});
