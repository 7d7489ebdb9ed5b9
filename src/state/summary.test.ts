// The summary strip's numbers, on the shop example run through the real engine and on hand-made
// clusters for the edge cases (built-ins, pending and not-ready pods, engine problems).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../engine/index';
import { memoLast, summarize } from './summary';
import { makePod, sampleCluster } from './testing/sampleCluster';

const shop = () =>
  analyze({ files: [{ name: 'shop.yaml', text: readFileSync('examples/shop.yaml', 'utf8') }] })
    .cluster;

describe('summarize', () => {
  it('counts what the shop example holds', () => {
    const s = summarize(shop(), [], false);
    expect(s).toMatchObject({
      namespaces: 2,
      nodes: 3,
      syntheticNodes: true,
      workloads: 4,
      pods: { total: 6, running: 6, pending: 0, notReady: 0 },
      services: { total: 4, headless: 1, byType: { ClusterIP: 3, LoadBalancer: 1 } },
      ingresses: 1,
      policies: 7,
      isolated: { ingress: 5, egress: 5 },
      diagnostics: { error: 0, warning: 0, info: 1 },
    });
  });

  it('counts the graph as it folds: namespaces, workloads, bare pods, Services, Ingresses', () => {
    expect(summarize(shop(), [], false).graphNodes).toBe(2 + 4 + 0 + 4 + 1);
    // sample: shop, default; web, db; bare debug; web, db, web-public
    expect(summarize(sampleCluster(), [], false).graphNodes).toBe(2 + 2 + 1 + 3);
  });

  it('counts built-in objects only when they are shown', () => {
    const hidden = summarize(sampleCluster(), [], false);
    const shown = summarize(sampleCluster(), [], true);
    expect([hidden.pods.total, hidden.workloads, hidden.services.total]).toEqual([4, 2, 3]);
    expect([shown.pods.total, shown.workloads, shown.services.total]).toEqual([6, 3, 5]);
  });

  it('tells pending and not-ready pods apart from running ones', () => {
    const c = sampleCluster();
    c.pods.push(makePod('shop', 'stuck', { phase: 'Pending', ready: false, node: undefined }));
    expect(summarize(c, [], false).pods).toEqual({
      total: 5,
      running: 3,
      pending: 1,
      notReady: 1,
    });
  });

  it('adds engine problems to the manifest diagnostics', () => {
    const engine = [{ code: 'ENGINE_TIMEOUT', severity: 'error' as const, message: 'slow' }];
    expect(summarize(sampleCluster(), engine, false).diagnostics).toEqual({
      error: 1,
      warning: 1,
      info: 0,
    });
    expect(summarize(null, engine, false)).toMatchObject({ pods: { total: 0 }, graphNodes: 0 });
  });
});

describe('memoLast', () => {
  it('returns the same object for the same arguments and recomputes when one changes', () => {
    const memo = memoLast(summarize);
    const c = sampleCluster();
    const first = memo(c, [], false);
    const none: never[] = [];
    expect(memo(c, none, false)).not.toBe(first); // a different (empty) array is a new argument
    const again = memo(c, none, false);
    expect(memo(c, none, false)).toBe(again);
    expect(memo(c, none, true)).not.toBe(again);
  });
});
