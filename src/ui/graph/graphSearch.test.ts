// "Find in graph": names by substring, labels by key=value, leaves first.
import { describe, expect, it } from 'vitest';
import { sampleCluster } from '../../state/testing/sampleCluster';
import { matchesSearch, searchMatches } from './graphSearch';
import { toElements } from './toElements';

const data = { id: 'wl:Deployment/shop/web', kind: 'workload' as const, label: '', name: 'web' };

describe('Find in graph', () => {
  it('matches names by any part, in any case', () => {
    expect(matchesSearch(data, 'WE')).toBe(true);
    expect(matchesSearch(data, ' eb ')).toBe(true);
    expect(matchesSearch(data, 'api')).toBe(false);
    expect(matchesSearch(data, '  ')).toBe(false);
  });

  it('matches labels as key=value, or key= for any value', () => {
    const labelled = { ...data, labels: ['app=web', 'tier=frontend'] };
    expect(matchesSearch(labelled, 'tier=frontend')).toBe(true);
    expect(matchesSearch(labelled, 'tier=front')).toBe(false);
    expect(matchesSearch(labelled, 'tier=')).toBe(true);
    expect(matchesSearch(labelled, 'app=api')).toBe(false);
  });

  it('lists leaves before namespace boxes', () => {
    const c = sampleCluster();
    c.workloads[0].templateLabels = { app: 'web' };
    const els = toElements(c, { showBuiltins: false });
    expect(searchMatches(els, 'shop')).toEqual(['ns:shop']);
    expect(searchMatches(els, 'web')).toEqual([
      'svc:shop/web',
      'svc:shop/web-public',
      'wl:Deployment/shop/web',
    ]);
    expect(searchMatches(els, 'app=web')).toEqual(['wl:Deployment/shop/web']);
    expect(searchMatches(els, '')).toEqual([]);
  });
});
