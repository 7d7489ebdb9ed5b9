import { describe, expect, it } from 'vitest';
import { parseManifests } from '../src/engine/parse/parseManifests';
import { SIZES, generateCluster } from './generate';

describe('bench generator', () => {
  it('is deterministic: the same seed gives the same text, another seed another', () => {
    const a = generateCluster(SIZES.small, 7);
    expect(generateCluster(SIZES.small, 7).text).toBe(a.text);
    expect(generateCluster(SIZES.small, 8).text).not.toBe(a.text);
  });

  it('writes parseable YAML of about the stated size at the small size', () => {
    const g = generateCluster(SIZES.small);
    const { manifests, diagnostics } = parseManifests([{ name: 'small.yaml', text: g.text }]);
    expect(diagnostics).toEqual([]);
    expect(manifests).toHaveLength(g.objects);
    expect(g.objects).toBeGreaterThan(80);
    expect(g.objects).toBeLessThan(125);
    const kinds = new Set(manifests.map((m) => m.kind));
    expect([...kinds].sort()).toEqual([
      'Deployment',
      'Namespace',
      'NetworkPolicy',
      'Node',
      'Pod',
      'Service',
      'StatefulSet',
    ]);
    const pods = manifests.reduce((n, m) => {
      if (m.kind === 'Pod') return n + 1;
      if (m.kind === 'Deployment' || m.kind === 'StatefulSet')
        return n + ((m.raw.spec as { replicas: number }).replicas ?? 1);
      return n;
    }, 0);
    expect(pods).toBe(SIZES.small.pods);
  });
});
