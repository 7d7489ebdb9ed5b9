import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../model/diagnostic';
import type { Manifest } from '../model/manifest';
import { DEFAULT_SETTINGS } from '../model/settings';
import { buildNamespaces } from './namespaces';
import { buildNodes } from './nodes';
import { schedulePods } from './schedule';
import { expandWorkloads } from './workloads';
import { deploymentObject, manifestOf, podObject } from './testKit';

/**
 * CPU milliseconds for namespaces → nodes → expansion → scheduling, best of 3 (skips JIT warm-up).
 * CPU time rather than wall time: teammates' tools share this 2-core machine.
 */
function timeTopology(manifests: Manifest[], nodes: number): { ms: number; pods: number } {
  let best = Infinity;
  let pods = 0;
  for (let run = 0; run < 3; run++) {
    const t0 = process.cpuUsage();
    const diags: Diagnostic[] = [];
    const settings = { ...DEFAULT_SETTINGS, nodes };
    const ns = buildNamespaces(manifests, diags);
    const n = buildNodes(manifests, settings, diags);
    const out = expandWorkloads(manifests, ns, n, diags);
    schedulePods(out.pods, n, settings, diags);
    const used = process.cpuUsage(t0);
    best = Math.min(best, (used.user + used.system) / 1000);
    pods = out.pods.filter((p) => p.phase === 'Running').length;
  }
  return { ms: best, pods };
}

describe('performance: no O(pods²) work', () => {
  it('10,000 bare pods with unique labels, plus a ReplicaSet-like selector scan, in well under 500 ms', () => {
    const manifests = [...Array(10_000).keys()].map((i) =>
      manifestOf(podObject(`ns${i % 50}`, `pod-${i}`, { id: `u${i}` }), i),
    );
    manifests.push(manifestOf(deploymentObject('ns0', 'web', 3), 10_000));
    const { ms, pods } = timeTopology(manifests, 60);
    expect(pods).toBe(10_005);
    expect(ms).toBeLessThan(500);
  });

  it('5,000 pods from Deployments in 600 namespaces in well under 500 ms', () => {
    const manifests = [...Array(1_000).keys()].map((i) =>
      manifestOf(deploymentObject(`team-${i % 600}`, `app-${i}`, 5), i),
    );
    const { ms, pods } = timeTopology(manifests, 30);
    expect(pods).toBe(5_002);
    expect(ms).toBeLessThan(500);
  });
});
