// The app end to end, against the production build served under /podpath/: the example loads,
// a typed Deployment + Service become pods, a Service and endpoint edges in the graph's data, the
// schema validates offline, engine diagnostics land on their lines, and the text survives reload.
import { expect, test } from './fixtures';

const HELLO = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: hello
  namespace: demo
spec:
  replicas: 2
  selector:
    matchLabels:
      app: hello
  template:
    metadata:
      labels:
        app: hello
    spec:
      containers:
        - name: hello
          image: nginx:1.27
          ports:
            - containerPort: 80
---
apiVersion: v1
kind: Service
metadata:
  name: hello
  namespace: demo
spec:
  selector:
    app: hello
  ports:
    - port: 80
`;

test.afterEach(({ foreignRequests, cspViolations }) => {
  expect(foreignRequests, 'requests that left the page origin').toEqual([]);
  expect(cspViolations, 'Content-Security-Policy violations').toEqual([]);
});

test('opens with the example analysed and drawn', async ({ editor, graph }) => {
  await editor.open();
  await editor.waitForAnalysis();
  await graph.waitForNode('ns:shop');
  const ids = await graph.nodeIds();
  expect(ids).toContain('svc:shop/web');
  expect(ids).toContain('wl:Deployment/shop/web'); // pods folded into their workload
  expect(ids.some((id) => id.startsWith('pod:shop/web-'))).toBe(false);
  expect(ids.some((id) => id.includes('kube-system'))).toBe(false); // built-ins hidden by default
});

test('a Deployment with 2 replicas and its Service become pods, a Service and endpoint edges', async ({
  page,
  editor,
  graph,
}, testInfo) => {
  await editor.open();
  await graph.showPods();
  await editor.setText(HELLO);
  await editor.waitForAnalysis();
  await graph.waitForNode('svc:demo/hello');

  const snap = await graph.snapshot();
  const ids = snap.nodes.map((n) => n.id);
  expect(ids).toContain('ns:demo');
  expect(ids).toContain('wl:Deployment/demo/hello');
  const pods = snap.nodes.filter((n) => n.id.startsWith('pod:demo/hello-'));
  expect(pods).toHaveLength(2);
  for (const pod of pods) {
    expect(pod.parent).toBe('wl:Deployment/demo/hello');
    expect(pod.classes).toContain('pod');
  }
  expect(snap.nodes.find((n) => n.id === 'wl:Deployment/demo/hello')!.parent).toBe('ns:demo');
  expect(snap.nodes.find((n) => n.id === 'svc:demo/hello')!.classes).toContain('svc-clusterip');
  const edges = snap.edges.filter((e) => e.source === 'svc:demo/hello').map((e) => e.target);
  expect(edges.sort()).toEqual(pods.map((p) => p.id).sort());
  expect(ids.some((id) => id.startsWith('pod:shop/'))).toBe(false); // the example is gone

  await page.screenshot({ path: testInfo.outputPath('hello-graph.png') });
  await page.screenshot({ path: 'test-results/hello-graph.png' });
});

test('schema validation works offline', async ({ page, editor }) => {
  await editor.open();
  await editor.waitForSchema();
  await page.context().setOffline(true);
  await editor.setText(
    HELLO.replace('image: nginx:1.27', 'image: nginx:1.27\n          imagePullPolicyy: Always'),
  );
  const m = await editor.waitForMarker(
    (x) => x.owner === 'yaml' && x.message.includes('imagePullPolicyy'),
    'schema marker for imagePullPolicyy',
  );
  expect(m.line).toBe(19);
  expect(m.message).toBe('Property imagePullPolicyy is not allowed.');
});

test('engine diagnostics become markers on their lines, and the list reveals them', async ({
  editor,
}) => {
  await editor.open();
  await editor.setText(
    HELLO.replace('  ports:\n    - port: 80\n', '  type: LoadBalancer\n  ports:\n    - port: 80\n'),
  );
  await editor.waitForAnalysis();
  // The implicit namespace `demo` is noted on its line (5): `namespace: demo`.
  const ns = await editor.waitForMarker(
    (x) => x.owner === 'podpath' && x.message.includes('namespace "demo"'),
    'the implicit-namespace note',
  );
  expect(ns.line).toBe(5);
  // The simulated load-balancer address is noted on the Service's `type: LoadBalancer` (line 30).
  const lb = await editor.waitForMarker(
    (x) => x.owner === 'podpath' && x.message.includes('simulates'),
    'the simulated load-balancer note',
  );
  const row = editor.diagnostics.filter({ hasText: 'simulates' }).first();
  await expect(row).toBeVisible();
  await expect(row).toContainText(`shop.yaml:${lb.line}`);
  expect(lb.line).toBe(30);
});

test('the text is saved as you type and restored on reload', async ({ page, editor }) => {
  await editor.open();
  await editor.setText(HELLO);
  await page.waitForTimeout(600); // autosave waits 300 ms after the last change
  await page.reload();
  await editor.open();
  expect(await editor.text()).toBe(HELLO);
});
