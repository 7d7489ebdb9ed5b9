// Manifest text is untrusted: a hostile kind and Ingress path reach the Problems list, the table
// view, the Inspect panel and the trace result as text, and nothing they contain ever runs.
import { expect, test } from './fixtures';

test.afterEach(({ foreignRequests, cspViolations }) => {
  expect(foreignRequests, 'requests that left the page origin').toEqual([]);
  expect(cspViolations, 'Content-Security-Policy violations').toEqual([]);
});

const HOSTILE = `apiVersion: v1
kind: '<img src=x onerror="window.__pwned=1">'
metadata:
  name: x
---
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: evil
  namespace: demo
spec:
  rules:
    - host: demo.example.com
      http:
        paths:
          - path: '/<img src=x onerror="window.__pwned=2"><b>bold</b>'
            pathType: ImplementationSpecific
            backend:
              service:
                name: web
                port:
                  number: 80
`;

test('hostile strings stay text in the Problems list, the table, Inspect and the trace', async ({
  page,
  editor,
  graph,
  overview,
  query,
}) => {
  await editor.open();
  await editor.setText(HOSTILE);
  await editor.waitForAnalysis();
  const pwned = () => page.evaluate(() => (window as { __pwned?: number }).__pwned);

  await expect(editor.diagnostics.filter({ hasText: '<img src=x onerror=' })).not.toHaveCount(0);

  await overview.showTableByKeyboard();
  await overview.kindTab('Ingresses').click();
  await expect(overview.grid).toContainText('<img src=x onerror="window.__pwned=2"><b>bold</b>');

  await page.evaluate(() => window.__podpath!.select('ing:demo/evil'));
  await query.tab('Inspect').click();
  await expect(graph.inspector).toContainText('<img src=x onerror=');

  await query.trace({
    from: 'external',
    to: 'http://demo.example.com/<img src=x onerror=alert(3)>',
  });
  await expect(query.traceResult).toContainText('<img src=x onerror=alert(3)>');

  for (const view of [overview.grid, graph.inspector, query.traceResult]) {
    await expect(view.locator('img, b')).toHaveCount(0);
  }
  await expect(editor.diagnostics.locator('img, b')).toHaveCount(0);
  expect(await pwned()).toBeUndefined();
});
