// The graph's policy view end to end: on the zero-trust shop it draws exactly the arrows policy
// allows between workloads, lists what it denies, follows edits, and goes away when switched
// off; without any policy it says everything is allowed instead of drawing a hairball.
import { expect, test } from './fixtures';

test.afterEach(({ foreignRequests, cspViolations }) => {
  expect(foreignRequests, 'requests that left the page origin').toEqual([]);
  expect(cspViolations, 'Content-Security-Policy violations').toEqual([]);
});

const WEB = 'wl:Deployment/shop/web';
const API = 'wl:Deployment/shop/api';
const DB = 'wl:StatefulSet/shop/db';
const INGRESS = 'wl:Deployment/ingress-nginx/ingress-nginx-controller';

const OPEN_CLUSTER = `apiVersion: apps/v1
kind: Deployment
metadata: { name: a, namespace: demo }
spec:
  replicas: 1
  selector: { matchLabels: { app: a } }
  template:
    metadata: { labels: { app: a } }
    spec: { containers: [{ name: c, image: x, ports: [{ containerPort: 80 }] }] }
---
apiVersion: v1
kind: Pod
metadata: { name: b, namespace: demo, labels: { app: b } }
spec: { containers: [{ name: c, image: x, ports: [{ containerPort: 81 }] }] }
`;

test.beforeEach(async ({ page, editor, graph }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await editor.open();
  await editor.waitForAnalysis();
  await graph.waitForNode('ns:shop');
});

test('the zero-trust shop: arrows where policy allows, denied pairs listed', async ({
  page,
  editor,
  policy,
}) => {
  await policy.set(true);
  await expect(policy.note).toContainText('3 connections allowed by policy');
  await expect
    .poll(() => policy.edges())
    .toEqual([`${INGRESS} -> ${WEB}`, `${API} -> ${DB}`, `${WEB} -> ${API}`]);
  const denied = await policy.expand('Denied by policy');
  await expect(denied).toContainText('shop/web → shop/db: TCP 5432');
  await expect(denied).toContainText('shop/api → shop/web: TCP 8080');
  await page.screenshot({ path: 'test-results/policy-shop.png' });

  // An edit re-asks: dropping the web → api egress rule removes that arrow.
  const text = await editor.text();
  const rule = '      app: web\n  policyTypes:\n    - Egress';
  expect(text).toContain(rule);
  await editor.setText(text.replace(rule, rule.replace('app: web', 'app: nobody')));
  await editor.waitForAnalysis();
  await expect.poll(() => policy.edges()).not.toContain(`${WEB} -> ${API}`);

  await policy.set(false);
  await expect(policy.note).toBeHidden();
  await expect.poll(() => policy.edges()).toEqual([]);
});

test('without policies nothing is drawn and the note says everything is allowed', async ({
  page,
  editor,
  graph,
  policy,
}) => {
  await editor.setText(OPEN_CLUSTER);
  await editor.waitForAnalysis();
  await graph.waitForNode('pod:demo/b');
  await policy.set(true);
  await expect(policy.note).toContainText(
    'No NetworkPolicy isolates any pod: every connection is allowed.',
  );
  const open = await policy.expand(
    'No policy isolates these 2 workloads: all connections among them allowed',
  );
  await expect(open).toContainText('demo/a');
  expect(await policy.edges()).toEqual([]);
  await page.screenshot({ path: 'test-results/policy-open.png' });
});

test('namespace isolation: same namespace and monitoring get arrows, other teams do not', async ({
  page,
  editor,
  graph,
  policy,
}) => {
  await editor.setText('');
  await editor.openExample('Namespace isolation');
  await editor.waitForAnalysis();
  await graph.waitForNode('ns:team-b');
  await policy.set(true);
  const A = 'wl:Deployment/team-a/app';
  const B = 'wl:Deployment/team-b/app';
  const PROM = 'wl:Deployment/monitoring/prometheus';
  await expect.poll(() => policy.edges()).toContain(`${PROM} -> ${B}`);
  const edges = await policy.edges();
  expect(edges).toContain(`${PROM} -> ${A}`);
  expect(edges).toContain(`wl:Deployment/team-a/client -> ${A}`);
  expect(edges).not.toContain(`${A} -> ${B}`);
  const denied = await policy.expand('Denied by policy');
  await expect(denied).toContainText('team-a/app → team-b/app: TCP 8080');
  await page.screenshot({ path: 'test-results/policy-namespaces.png' });
});
