// What a large input shows: the table, and a message saying how big the cluster is.
import { describe, expect, it } from 'vitest';
import { summarize } from '../../state/summary';
import { paneContent, tooLargeMessage } from './largeInput';

describe('large inputs', () => {
  it('shows the table whenever the graph is too large, else what the user chose', () => {
    expect(paneContent('graph', true)).toBe('table');
    expect(paneContent('graph', false)).toBe('graph');
    expect(paneContent('table', false)).toBe('table');
  });

  it('says how big the cluster is in words', () => {
    const s = summarize(null, [], false);
    const big = { ...s, workloads: 412, pods: { ...s.pods, total: 5_002 } };
    expect(tooLargeMessage(big)).toBe(
      'This cluster has 5,002 pods in 412 workloads — too many to draw readably.',
    );
    const one = { ...big, workloads: 1, services: { ...s.services, total: 300 } };
    expect(tooLargeMessage(one)).toBe(
      'This cluster has 5,002 pods in 1 workload and 300 Services — too many to draw readably.',
    );
    expect(tooLargeMessage({ ...big, workloads: 0 })).toBe(
      'This cluster has 5,002 pods — too many to draw readably.',
    );
  });
});
