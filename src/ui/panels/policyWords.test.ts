// Policies in words, from real parsed policies (the engine's test cluster): peers, namespaces,
// ipBlocks, ports and ranges; isolation without rules; directions no policy touches.
import { describe, expect, it } from 'vitest';
import { testCluster } from '../../engine/policy/testCluster';
import { policyLines, selectorText } from './policyWords';

const POLICIES = `
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: { name: api-in, namespace: shop }
spec:
  podSelector: { matchLabels: { app: api } }
  ingress:
    - from:
        - podSelector: { matchLabels: { app: web } }
        - namespaceSelector: { matchLabels: { team: ops } }
          podSelector: { matchExpressions: [{ key: role, operator: In, values: [probe, scrape] }] }
      ports: [{ port: 8080 }, { port: 9000, endPort: 9100 }, { port: metrics }]
    - from: [{ ipBlock: { cidr: 10.0.0.0/8, except: [10.1.0.0/16] } }]
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: { name: deny-egress, namespace: shop }
spec:
  podSelector: {}
  policyTypes: [Egress]
`;

const cluster = testCluster({
  pods: [
    { ref: 'shop/api-1', ip: '10.244.0.2', labels: { app: 'api' } },
    { ref: 'shop/web-1', ip: '10.244.0.3', labels: { app: 'web' } },
    { ref: 'other/x', ip: '10.244.0.4', labels: {} },
  ],
  policies: POLICIES,
});

describe('policyLines', () => {
  it('says what each rule admits, with its line, and when a direction allows none', () => {
    const lines = policyLines(cluster.policies, ['shop/api-1']);
    expect(lines.map((l) => l.text)).toEqual([
      'ingress from pods app=web in namespace shop or pods role in (probe, scrape) in namespaces team=ops on TCP 8080, TCP 9000-9100, TCP port named metrics',
      'ingress from addresses 10.0.0.0/8 except 10.1.0.0/16 on every port',
      'egress: none allowed (isolated by deny-egress)',
    ]);
    expect(lines[0].source?.file).toBe('policies.yaml');
    expect(lines[0].policy).toBe('api-in rule 1');
    expect(lines[2].policy).toBe('deny-egress');
  });

  it('says so when no policy isolates a direction', () => {
    expect(policyLines(cluster.policies, ['shop/web-1']).map((l) => l.text)).toEqual([
      'ingress: not isolated, every connection allowed',
      'egress: none allowed (isolated by deny-egress)',
    ]);
    expect(policyLines(cluster.policies, ['other/x']).every((l) => !l.source)).toBe(true);
  });

  it('writes selectors the way kubectl reads them; an empty one is everything', () => {
    expect(
      selectorText({
        matchLabels: { a: '1' },
        matchExpressions: [
          { key: 'b', operator: 'Exists', values: [] },
          { key: 'c', operator: 'DoesNotExist', values: [] },
          { key: 'd', operator: 'NotIn', values: ['x'] },
        ],
      }),
    ).toBe('a=1, b exists, !c, d notin (x)');
    expect(selectorText({ matchLabels: {}, matchExpressions: [] })).toBeNull();
  });
});
