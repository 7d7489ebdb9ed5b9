// The Examples menu: each example opens in a NEW tab as a cluster of its own (the user's files are
// set aside, unchanged), and what its comment header promises is what the app shows: graph data
// through the test hook, trace and DNS answers in the side panel, the Problems list for the
// network plugin.
import type { EditorPage } from './pages/EditorPage';
import type { GraphPage } from './pages/GraphPage';
import { expect, test } from './fixtures';

/**
 * Opens `title` from the menu: it becomes the active tab and the only file analysed; the default
 * shop.yaml is set aside (or, for the shop example itself, is that example and is reused).
 */
async function openOnly(editor: EditorPage, graph: GraphPage, title: string, node: string) {
  await editor.open();
  await graph.showPods(); // these checks count pods
  await editor.openExample(title);
  const active = await editor.activeTab();
  const others = (await editor.tabNames()).filter((n) => n !== active);
  expect(others.length).toBeLessThanOrEqual(1);
  expect(await editor.setAsideTabs()).toEqual(others);
  await editor.waitForAnalysis();
  await graph.waitForNode(node);
}

async function edgesFrom(graph: GraphPage, source: string): Promise<string[]> {
  return (await graph.snapshot()).edges
    .filter((e) => e.source === source)
    .map((e) => e.target)
    .sort();
}

const podsOf = (ids: string[], prefix: string) => ids.filter((id) => id.startsWith(prefix));

test('the menu is a labelled menu button and an example opens in a new tab', async ({
  page,
  editor,
}) => {
  await editor.open();
  const button = page.getByRole('button', { name: 'Examples' });
  await button.focus();
  await page.keyboard.press('ArrowDown');
  const menu = page.getByRole('menu', { name: 'Examples' });
  await expect(menu.getByRole('menuitem')).toHaveCount(10);
  await expect(menu.getByRole('menuitem').first()).toBeFocused();
  await page.screenshot({ path: 'test-results/examples-menu.png' });
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(menu).toBeHidden();
  await expect(editor.tabs).toHaveText(['shop.yaml', 'nodeport.yaml']);
  expect(await editor.text()).toContain('# NodePort and externalTrafficPolicy');
  await page.screenshot({ path: 'test-results/editor-tabs.png' });
});

test("an example opens as its own cluster: the user's files are set aside, unchanged, and one click analyses all together", async ({
  page,
  editor,
  graph,
}) => {
  await editor.open();
  const mine = await editor.text();
  await editor.openExample('ClusterIP and DNS discovery');
  await expect(editor.notice).toContainText(
    'Opened the example clusterip-dns.yaml on its own; your other files are set aside, unchanged.',
  );
  await expect(editor.includeBox('shop.yaml')).not.toBeChecked();
  await expect(editor.includeBox('clusterip-dns.yaml')).toBeChecked();
  await expect(editor.clusterSummary).toHaveText('Analysing 1 of 2 files');
  await editor.waitForAnalysis();
  await graph.waitForNode('svc:demo/backend');
  expect((await graph.nodeIds()).some((id) => id.startsWith('pod:shop/'))).toBe(false);
  await page.screenshot({ path: 'test-results/example-notice.png' });

  await editor.notice.getByRole('button', { name: 'Analyse all files together' }).click();
  await expect(editor.notice).toBeHidden();
  await expect(editor.clusterSummary).toHaveText('Analysing all 2 files');
  await editor.waitForAnalysis();
  await graph.waitForNode('svc:shop/web');
  await editor.tab('shop.yaml').click();
  await expect.poll(() => editor.text()).toBe(mine);
});

test('ClusterIP: three endpoints; "backend" resolves to the ClusterIP', async ({
  editor,
  graph,
  query,
}) => {
  await openOnly(editor, graph, 'ClusterIP and DNS discovery', 'svc:demo/backend');
  const ids = await graph.nodeIds();
  expect(podsOf(ids, 'pod:demo/frontend-')).toHaveLength(2);
  const backends = podsOf(ids, 'pod:demo/backend-');
  expect(backends).toHaveLength(3);
  expect(await edgesFrom(graph, 'svc:demo/backend')).toEqual(backends);
  await query.resolve('demo/frontend', 'backend');
  await expect(query.dnsResult).toContainText('10.107.215.22');
});

test('NodePort: nodePort 30080 from outside is allowed, 30081 (Local) denied', async ({
  editor,
  graph,
  query,
}) => {
  await openOnly(editor, graph, 'NodePort from outside', 'svc:demo/echo');
  await query.trace({ from: 'external', to: '192.168.10.11:30080' });
  await expect(query.traceResult).toContainText('Verdict: allowed');
  await query.trace({ from: 'external', to: '192.168.10.11:30081' });
  await expect(query.traceResult).toContainText('Verdict: denied');
});

test('LoadBalancer: three endpoints, reachable on a node at nodePort 30080', async ({
  editor,
  graph,
  query,
}) => {
  await openOnly(editor, graph, 'LoadBalancer', 'svc:public/web');
  const svc = (await graph.snapshot()).nodes.find((n) => n.id === 'svc:public/web')!;
  expect(svc.classes).toContain('svc-loadbalancer');
  expect(await edgesFrom(graph, 'svc:public/web')).toHaveLength(3);
  await query.trace({ from: 'external', to: '192.168.49.3:30080' });
  await expect(query.traceResult).toContainText('Verdict: allowed');
});

test('ExternalName: a CNAME, no endpoints', async ({ editor, graph, query }) => {
  await openOnly(editor, graph, 'ExternalName', 'svc:shop/payments');
  const svc = (await graph.snapshot()).nodes.find((n) => n.id === 'svc:shop/payments')!;
  expect(svc.classes).toEqual(expect.arrayContaining(['svc-externalname', 'no-endpoints']));
  expect(svc.label).toContain('→ api.payments.example.com');
  await query.resolve('shop/checkout', 'payments');
  await expect(query.dnsResult).toContainText('CNAME');
  await expect(query.dnsResult).toContainText('api.payments.example.com');
});

test('headless + StatefulSet: db-0 and db-1, each with its own name', async ({
  editor,
  graph,
  query,
}) => {
  await openOnly(editor, graph, 'Headless Service + StatefulSet', 'svc:data/db');
  const svc = (await graph.snapshot()).nodes.find((n) => n.id === 'svc:data/db')!;
  expect(svc.classes).toContain('headless');
  expect(await edgesFrom(graph, 'svc:data/db')).toEqual(['pod:data/db-0', 'pod:data/db-1']);
  await query.resolve('data/client', 'db-0.db');
  await expect(query.dnsResult).toContainText('10.244.2.60');
});

test('Ingress: /account routes to account; an unknown host is unreachable', async ({
  editor,
  graph,
  query,
}) => {
  await openOnly(editor, graph, 'Ingress: hosts, paths and TLS', 'svc:web/account');
  await query.trace({ from: 'external', to: 'https://shop.example.com/account/orders' });
  await expect(query.traceResult).toContainText('Verdict: allowed');
  await expect(query.traceResult).toContainText('web/account-');
  await query.trace({ from: 'external', to: 'https://nope.example.com/' });
  await expect(query.traceResult).toContainText('Verdict: unreachable');
});

test('three-tier zero trust: web → db is denied', async ({ editor, graph, query }) => {
  await openOnly(editor, graph, 'Three-tier app, zero trust', 'svc:shop/db');
  await query.trace({ from: 'shop/web', to: 'shop/db', port: '5432' });
  await expect(query.traceResult).toContainText('Verdict: denied');
});

test('DNS pitfall: web → api by name is denied at the DNS hop', async ({
  editor,
  graph,
  query,
}) => {
  await openOnly(editor, graph, 'The DNS egress pitfall', 'svc:pitfall/api');
  await query.trace({ from: 'pitfall/web', to: 'api', port: '80' });
  await expect(query.traceResult).toContainText('Verdict: denied');
  await expect(query.traceResult).toContainText('DNS lookup of "api" is blocked');
});

test('namespace isolation: team-a → team-b denied, monitoring → team-b allowed', async ({
  editor,
  graph,
  query,
}) => {
  await openOnly(editor, graph, 'Namespace isolation', 'svc:team-b/app');
  await query.trace({ from: 'team-a/app', to: 'team-b/app', port: '80' });
  await expect(query.traceResult).toContainText('Verdict: denied');
  await query.trace({ from: 'monitoring/prometheus', to: 'team-b/app', port: '80' });
  await expect(query.traceResult).toContainText('Verdict: allowed');
});

test('network plugin: with flannel the policies stop and the Problems list says so', async ({
  editor,
  graph,
  query,
}) => {
  await openOnly(editor, graph, 'A plugin that ignores policy', 'svc:bank/vault');
  await query.trace({ from: 'bank/intruder', to: 'vault', port: '8200' });
  await expect(query.traceResult).toContainText('Verdict: denied');
  await editor.setNetworkPlugin('flannel');
  await expect(editor.diagnostics.filter({ hasText: 'does not enforce' })).toHaveCount(1);
  await query.trace({ from: 'bank/intruder', to: 'vault', port: '8200' });
  await expect(query.traceResult).toContainText('Verdict: allowed');
  // The choice is saved with the files.
  await editor.page.reload();
  await editor.open();
  await expect(editor.page.getByLabel('Network plugin', { exact: true })).toHaveValue('flannel');
});
