// The questions a user asks of the default example, end to end: an allowed trace typed from the
// keyboard (dns, egress, ingress hops with file:line links), a denied one naming the policy, a hop
// link revealing its line in the editor, the trace drawn on the graph, the DNS walk for
// `web.other`, and the matrix for port 8080 with its CSV download.
import { readFile } from 'node:fs/promises';
import { expect, test } from './fixtures';

test.afterEach(({ foreignRequests, cspViolations }) => {
  expect(foreignRequests, 'requests that left the page origin').toEqual([]);
  expect(cspViolations, 'Content-Security-Policy violations').toEqual([]);
});

test.beforeEach(async ({ editor, graph }) => {
  await editor.open();
  await graph.showPods(); // the checks below name pods
  await editor.waitForAnalysis();
  await graph.waitForNode('ns:shop');
});

test('an allowed trace, typed from the keyboard, lists its hops with file:line links', async ({
  page,
  query,
}) => {
  await query.trace({ from: 'shop/web', to: 'api.shop', port: '80', protocol: 'TCP' });
  await expect(query.traceResult).toContainText('Verdict: allowed');
  await expect(query.traceResult).toContainText('shop/web → api.shop port 80 is allowed');
  for (const kind of ['source', 'dns', 'service', 'egress', 'ingress', 'delivery']) {
    await expect(query.hopsOfKind(kind).first()).toBeVisible();
  }
  for (const kind of ['egress', 'ingress']) {
    await expect(query.hopsOfKind(kind).first().getByRole('button')).toHaveText(/^shop\.yaml:\d+$/);
  }
  await expect(query.traceResult.getByRole('table')).toContainText('✓ allowed');
  await page.screenshot({ path: 'test-results/trace-allowed.png' });
});

test('the trace follows the manifests: an edit re-runs it', async ({ editor, query }) => {
  await query.trace({ from: 'shop/web', to: 'api.shop', port: '80' });
  await expect(query.hopsOfKind('egress').first()).toContainText('allow-web-to-api admits');
  const text = await editor.text();
  await editor.setText(text.replace('name: allow-web-to-api', 'name: web-egress-renamed'));
  await editor.waitForAnalysis();
  await expect(query.hopsOfKind('egress').first()).toContainText('web-egress-renamed admits');
});

test('a denied trace says denied and names the policy', async ({ page, query }) => {
  await query.trace({ from: 'shop/web', to: 'shop/db', port: '5432' });
  await expect(query.traceResult).toContainText('Verdict: denied');
  await expect(query.hopsOfKind('egress')).toContainText('✗ denied');
  const table = query.traceResult.getByRole('table');
  await expect(table).toContainText('egress in shop: allow-dns, allow-web-to-api, default-deny');
  await expect(table).toContainText('Nearest miss');
  await page.screenshot({ path: 'test-results/trace-denied.png' });
});

test('a hop link reveals its line in the editor, and the graph shows the path', async ({
  page,
  query,
  graph,
}) => {
  await query.trace({ from: 'shop/web', to: 'api.shop', port: '80' });
  const link = query.hopsOfKind('egress').first().getByRole('button');
  const line = Number((await link.textContent())!.split(':')[1]);
  await link.click();
  await expect.poll(async () => (await query.editorCursor()).line).toBe(line);
  const visible = (await query.editorCursor()).visible!;
  expect(visible[0]).toBeLessThanOrEqual(line);
  expect(visible[1]).toBeGreaterThanOrEqual(line);

  const classesOf = async (match: (id: string) => boolean) =>
    (await graph.snapshot()).nodes.filter((n) => match(n.id)).flatMap((n) => n.classes);
  await expect
    .poll(() => classesOf((id) => id.startsWith('pod:shop/web-')))
    .toContain('trace-source');
  expect(await classesOf((id) => id === 'svc:shop/api')).toContain('trace-via');
  const api = await classesOf((id) => id.startsWith('pod:shop/api-'));
  expect(api.filter((c) => c === 'trace-allowed')).toHaveLength(2);
  const snap = await graph.snapshot();
  expect(snap.edges.some((e) => e.classes.includes('trace-edge'))).toBe(true);
  await page.screenshot({ path: 'test-results/trace-graph.png' });

  await page.getByRole('button', { name: 'Clear' }).click();
  await expect
    .poll(async () =>
      (await graph.snapshot()).nodes.some((n) => n.classes.some((c) => c.startsWith('trace-'))),
    )
    .toBe(false);
  expect((await graph.snapshot()).edges.some((e) => e.classes.includes('trace-edge'))).toBe(false);
});

test('the graph picks a trace source and the outside world is one', async ({ page, query }) => {
  await page.evaluate(() => window.__podpath!.select('ext:world'));
  await query.tab('Inspect').click();
  await page.getByRole('button', { name: 'Trace from here' }).click();
  await expect(query.tab('Trace')).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByLabel('From', { exact: true })).toHaveValue('external');
  await page.evaluate(() => window.__podpath!.select('svc:shop/web'));
  await page.getByRole('button', { name: 'To here' }).click();
  await expect(page.getByLabel('To', { exact: true })).toHaveValue('web.shop');
});

test('click a pod, Shift+click a Service: the path is traced and drawn', async ({
  page,
  graph,
  query,
}) => {
  await graph.showPods(); // pods fold into their workload by default
  await expect
    .poll(async () => (await graph.nodeIds()).some((id) => id.startsWith('pod:shop/web-')))
    .toBe(true);
  const web = (await graph.nodeIds()).find((id) => id.startsWith('pod:shop/web-'))!;
  await graph.clickNode(web);
  await expect
    .poll(() => page.evaluate(() => document.querySelector('.inspector-title')?.textContent))
    .toBe(web.slice(4));
  await graph.clickNode('svc:shop/api', ['Shift']);
  await expect(query.tab('Trace')).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByLabel('From', { exact: true })).toHaveValue(web.slice(4));
  await expect(page.getByLabel('To', { exact: true })).toHaveValue('api.shop');
  await expect(query.traceResult).toContainText('Verdict: allowed');
  await expect
    .poll(async () => (await graph.snapshot()).nodes.find((n) => n.id === 'svc:shop/api')!.classes)
    .toContain('trace-via');
  await page.screenshot({ path: 'test-results/trace-click.png' });
});

test('the DNS panel shows the search-list walk for web.other', async ({ page, query }) => {
  await query.resolve('shop/web', 'web.other');
  await expect(query.dnsResult).toContainText('nameserver 10.96.0.10');
  await expect(query.dnsResult).toContainText('search shop.svc.cluster.local');
  await expect(query.dnsResult).toContainText('ndots:5');
  const steps = query.dnsResult.getByTestId('dns-step');
  await expect(steps.first()).toContainText('web.other.shop.svc.cluster.local.');
  await expect(steps.first()).toContainText('NXDOMAIN');
  expect(await steps.count()).toBeGreaterThanOrEqual(2);
  await page.screenshot({ path: 'test-results/dns.png' });
});

test('the matrix for port 8080 renders a grid and downloads as CSV', async ({ page, query }) => {
  await query.computeMatrix('8080');
  const rows = query.matrix.locator('tbody tr');
  expect(await rows.count()).toBeGreaterThan(3);
  await expect(query.matrix.locator('th[title="shop/db-0"]').first()).toBeVisible();
  await expect(query.matrix.locator('td.cell-allowed').first()).toContainText('allowed');
  await page.screenshot({ path: 'test-results/matrix.png' });
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download CSV' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('podpath-matrix-pod-TCP-8080.csv');
  const csv = await readFile((await download.path())!, 'utf8');
  expect(csv.split('\r\n')[0]).toContain('shop/db-0');
  expect(csv).toContain('allowed');
});

const MIXED = `apiVersion: v1
kind: Pod
metadata: { name: client, namespace: demo, labels: { app: client } }
spec: { containers: [{ name: c, image: x }] }
---
apiVersion: v1
kind: Pod
metadata: { name: open, namespace: demo, labels: { app: mixed, gate: open } }
spec: { containers: [{ name: c, image: x, ports: [{ containerPort: 8080 }] }] }
---
apiVersion: v1
kind: Pod
metadata: { name: shut, namespace: demo, labels: { app: mixed, gate: shut } }
spec: { containers: [{ name: c, image: x, ports: [{ containerPort: 8080 }] }] }
---
apiVersion: v1
kind: Service
metadata: { name: mixed, namespace: demo }
spec: { selector: { app: mixed }, ports: [{ port: 80, targetPort: 8080 }] }
---
apiVersion: v1
kind: Service
metadata: { name: empty, namespace: demo }
spec: { selector: { app: nobody }, ports: [{ port: 80 }] }
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: { name: shut-in, namespace: demo }
spec: { podSelector: { matchLabels: { gate: shut } }, policyTypes: [Ingress] }
`;

test('partial: a Service with one allowed and one denied endpoint', async ({
  page,
  editor,
  graph,
  query,
}) => {
  await editor.setText(MIXED);
  await editor.waitForAnalysis();
  await graph.waitForNode('pod:demo/shut');
  await query.trace({ from: 'demo/client', to: 'mixed.demo', port: '80' });
  await expect(query.traceResult).toContainText('Verdict: partial');
  const table = query.traceResult.getByRole('table');
  await expect(table.getByRole('row', { name: /demo\/open/ })).toContainText('✓ allowed');
  await expect(table.getByRole('row', { name: /demo\/shut/ })).toContainText('✗ denied');
  await expect(table).toContainText('shut-in');
  await page.screenshot({ path: 'test-results/trace-partial.png' });
});

test('unreachable: a Service without endpoints, and a name nobody serves', async ({
  editor,
  graph,
  query,
}) => {
  await editor.setText(MIXED);
  await editor.waitForAnalysis();
  await graph.waitForNode('svc:demo/empty');
  await query.trace({ from: 'demo/client', to: 'empty.demo', port: '80' });
  await expect(query.traceResult).toContainText('Verdict: unreachable');
  await query.trace({ from: 'demo/client', to: 'nope.demo', port: '80' });
  await expect(query.traceResult).toContainText('Verdict: unreachable');
});
