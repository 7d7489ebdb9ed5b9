// The Inspect tab end to end: a selected pod shows what the engine knows (IP, env, the policies
// selecting it with their types), a Service its endpoints; manifest strings stay text, never HTML.
import { expect, test } from './fixtures';

test.afterEach(({ foreignRequests, cspViolations }) => {
  expect(foreignRequests, 'requests that left the page origin').toEqual([]);
  expect(cspViolations, 'Content-Security-Policy violations').toEqual([]);
});

const HOSTILE = `apiVersion: v1
kind: Pod
metadata:
  name: evil
  namespace: demo
  labels:
    app: evil
spec:
  containers:
    - name: c
      image: busybox
      env:
        - name: '<img src=x onerror="window.__pwned=1"><b>bold</b>'
          value: hi
`;

test('a pod shows IP, env and the policies that select it; a Service its endpoints', async ({
  page,
  editor,
  graph,
  query,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await editor.open();
  await graph.showPods();
  await editor.waitForAnalysis();
  await graph.waitForNode('ns:shop');
  const api = (await graph.nodeIds()).find((id) => id.startsWith('pod:shop/api-'))!;
  await page.evaluate((id) => window.__podpath!.select(id), api);
  await query.tab('Inspect').click();
  await expect(graph.inspector).toContainText('10.244.');
  await expect(graph.inspector).toContainText('DATABASE_URL');
  await expect(graph.inspector).toContainText('API_SERVICE_HOST=');
  await expect(graph.inspector).toContainText('allow-api-from-web (Ingress)');
  await expect(graph.inspector).toContainText('allow-api-to-db (Egress)');
  await page.screenshot({ path: 'test-results/inspect-pod.png' });

  await page.evaluate(() => window.__podpath!.select('svc:shop/api'));
  await expect(graph.inspector).toContainText('api.shop.svc.cluster.local');
  await expect(graph.inspector).toContainText(':9090'.slice(1));
});

test('manifest strings render as text, never as HTML', async ({ page, editor, graph, query }) => {
  await editor.open();
  await graph.showPods();
  await editor.setText(HOSTILE);
  await editor.waitForAnalysis();
  await graph.waitForNode('pod:demo/evil');
  await page.evaluate(() => window.__podpath!.select('pod:demo/evil'));
  await query.tab('Inspect').click();
  await expect(graph.inspector).toContainText('<img src=x onerror=');
  await expect(graph.inspector.locator('img, b')).toHaveCount(0);
  expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
});

test('a pod says in words what its policies allow, each rule linked to its line', async ({
  page,
  editor,
  graph,
  query,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await editor.open();
  await editor.waitForAnalysis();
  await graph.waitForNode('ns:shop');
  await graph.showPods(); // pods fold into their workload by default
  await expect
    .poll(async () => (await graph.nodeIds()).some((id) => id.startsWith('pod:shop/api-')))
    .toBe(true);
  const api = (await graph.nodeIds()).find((id) => id.startsWith('pod:shop/api-'))!;
  await page.evaluate((id) => window.__podpath!.select(id), api);
  await query.tab('Inspect').click();
  const allows = graph.inspector.getByRole('region', { name: 'What policy allows' });
  const ingress = allows.getByRole('list', { name: 'Ingress' });
  await expect(ingress).toContainText('ingress from pods app=web in namespace shop on TCP');
  await expect(allows.getByRole('list', { name: 'Egress' })).toContainText(
    'egress to pods app=db in namespace shop',
  );
  await page.screenshot({ path: 'test-results/inspect-policies.png' });
  const link = ingress.getByRole('button', { name: /allow-api-from-web rule 1/ });
  const line = Number((await link.textContent())!.split(':')[1]);
  await link.click();
  await expect.poll(async () => (await query.editorCursor()).line).toBe(line);
});

test('an Ingress shows its routes, TLS hosts and controller; a Node its pods', async ({
  page,
  editor,
  graph,
  query,
}) => {
  await editor.open();
  await editor.waitForAnalysis();
  await graph.waitForNode('ns:shop');
  await query.tab('Inspect').click();
  await page.evaluate(() => window.__podpath!.select('ing:shop/shop'));
  await expect(graph.inspector).toContainText('(Prefix) → Service');
  await expect(graph.inspector).toContainText('shop.example.com');
  await expect(graph.inspector).toContainText('class nginx');
  await page.evaluate(() => window.__podpath!.select('node:node-1'));
  await expect(graph.inspector).toContainText('Pod CIDR');
  await expect(graph.inspector).toContainText('10.244.');
});
