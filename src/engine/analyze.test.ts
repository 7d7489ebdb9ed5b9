import { describe, expect, it } from 'vitest';
import { analyze } from './analyze';

describe('analyze', () => {
  it('returns an empty cluster for empty input without diagnostics of error severity', () => {
    const { cluster, timings } = analyze({ files: [] });
    expect(cluster.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(cluster.settings.clusterDomain).toBe('cluster.local');
    expect(typeof timings.parse).toBe('number');
  });
});
