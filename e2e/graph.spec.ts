// The graph as a learner, a presenter and an on-call engineer use it: Ingresses and the way in
// from outside, pods folded into workloads (and expanded from the keyboard), grouping by node,
// the namespace filter, "Find in graph", the legend, and a trace through a folded workload.
import type { EditorPage } from './pages/EditorPage';
import type { GraphPage } from './pages/GraphPage';
import { expect, test } from './fixtures';

test.afterEach(({ foreignRequests, cspViolations }) => {
  expect(foreignRequests, 'requests that left the page origin').toEqual([]);
  expect(cspViolations, 'Content-Security-Policy violations').toEqual([]);
});

const WEB = 'wl:Deployment/shop/web';

async function openShop(editor: EditorPage, graph: GraphPage) {
  await editor.open();
  await editor.waitForAnalysis();
  await graph.waitForNode(WEB);
}

const edgesOf = async (graph: GraphPage, kind: string) =>
  (await graph.snapshot()).edges.filter((e) => e.classes.includes(kind));

test('the Ingress example: Ingress nodes, labelled routes and the way in from outside', async ({
  page,
  editor,
  graph,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await editor.open();
  await editor.setText('');
  await editor.openExample('Ingress: hosts, paths and TLS');
  await editor.waitForAnalysis();
  await graph.waitForNode('ing:web/web');
  const ing = (await graph.node('ing:web/web'))!;
  expect(ing.parent).toBe('ns:web');
  expect(ing.classes).toContain('ingress');
  const routes = await edgesOf(graph, 'route');
  expect(routes.map((e) => e.target).sort()).toEqual([
    'svc:web/account',
    'svc:web/blog',
    'svc:web/store',
  ]);
  const entries = await edgesOf(graph, 'entry');
  expect(entries.map((e) => e.source)).toContain('ext:world');
  expect(entries.map((e) => e.target)).toContain('ing:web/web');
  await page.screenshot({ path: 'test-results/graph-ingress.png' });
});

test('pods fold into their workload; Show pods, double-click and Enter expand them', async ({
  page,
  editor,
  graph,
}) => {
  await openShop(editor, graph);
  const web = (await graph.node(WEB))!;
  expect(web.classes).toContain('folded');
  expect(web.label).toMatch(/^Deployment\nweb\n2\/2 ready$/);
  expect((await graph.nodeIds()).some((id) => id.startsWith('pod:shop/web-'))).toBe(false);
  const toWeb = (await graph.snapshot()).edges.filter((e) => e.target === WEB);
  expect(toWeb.map((e) => e.source)).toContain('svc:shop/web');

  await graph.showPods();
  await expect
    .poll(async () => (await graph.nodeIds()).filter((id) => id.startsWith('pod:shop/web-')).length)
    .toBe(2);
  await graph.showPodsToggle.uncheck();
  await graph.waitForNode('pod:shop/db-0', false);

  await graph.canvas.dblclick({ position: (await graph.node(WEB))!.at }); // placed afresh
  await expect.poll(async () => (await graph.node(WEB))?.classes).toContain('expanded');

  // Keyboard: select the workload, focus the canvas, Enter folds it again.
  await page.evaluate((id) => window.__podpath!.select(id), WEB);
  await graph.canvas.focus();
  await page.keyboard.press('Enter');
  await expect.poll(async () => (await graph.node(WEB))?.classes).toContain('folded');
});

test('group by node: Kubernetes Node boxes hold the pods, Services stay by namespace', async ({
  page,
  editor,
  graph,
}) => {
  await openShop(editor, graph);
  await graph.groupBy.selectOption({ label: 'Node' });
  await graph.waitForNode('node:node-1');
  const snap = await graph.snapshot();
  const pods = snap.nodes.filter((n) => n.id.startsWith('pod:shop/'));
  expect(pods.length).toBeGreaterThan(0);
  expect(pods.every((p) => p.parent?.startsWith('node:'))).toBe(true);
  expect(snap.nodes.find((n) => n.id === 'svc:shop/web')!.parent).toBe('ns:shop');
  await page.screenshot({ path: 'test-results/graph-by-node.png' });
});

test('the namespace filter hides a namespace and brings it back', async ({ editor, graph }) => {
  await openShop(editor, graph);
  await graph.waitForNode('ns:ingress-nginx');
  await graph.setNamespaceShown('ingress-nginx', false);
  await graph.waitForNode('ns:ingress-nginx', false);
  expect((await graph.nodeIds()).some((id) => id.includes('/ingress-nginx/'))).toBe(false);
  await expect(graph.filters.locator('summary')).toHaveText(/1 hidden/);
  await graph.setNamespaceShown('ingress-nginx', true);
  await graph.waitForNode('ns:ingress-nginx');
});

test('Find in graph highlights matches, dims the rest; Enter selects the first', async ({
  page,
  editor,
  graph,
}) => {
  await openShop(editor, graph);
  await graph.search.fill('api');
  await expect
    .poll(async () => (await graph.node('svc:shop/api'))?.classes)
    .toContain('search-match');
  expect((await graph.node('svc:shop/web'))!.classes).toContain('search-dim');
  await graph.search.press('Enter');
  await expect(graph.searchStatus).toHaveText(/match/);
  await expect(page.locator('.inspector-title')).toHaveText(/api/);
  await graph.search.press('Escape');
  await expect
    .poll(async () => (await graph.node('svc:shop/web'))?.classes)
    .not.toContain('search-dim');
});

test('the legend names every shape and line, the policy edge included', async ({
  editor,
  graph,
}) => {
  await openShop(editor, graph);
  await expect(graph.legend).toBeVisible();
  await graph.openLegend();
  await graph.page.screenshot({ path: 'test-results/graph-shop.png' });
  for (const name of [
    'Ingress',
    'Outside world',
    'Workload, pods folded',
    'NodePort',
    'policy: allowed',
    'Trace denied',
  ]) {
    await expect(graph.legend.getByText(name, { exact: true })).toBeVisible();
  }
});

test('a trace from a folded pod lights up its workload', async ({ editor, graph, query }) => {
  await openShop(editor, graph);
  await query.trace({ from: 'shop/web', to: 'api.shop', port: '80', protocol: 'TCP' });
  await expect(query.traceResult).toContainText('Verdict: allowed');
  await expect.poll(async () => (await graph.node(WEB))?.classes).toContain('trace-source');
  expect((await graph.node('wl:Deployment/shop/api'))!.classes).toContain('trace-allowed');
});
