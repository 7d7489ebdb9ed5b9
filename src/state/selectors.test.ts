// Selectors and the built-in filter on hand-made clusters.
import { describe, expect, it } from 'vitest';
import { builtinPodRefs, countObjects, isBuiltin, shownNamespaces } from './builtins';
import { selectActiveText, selectCounts, selectDiagnostics, selectIsStale } from './selectors';
import { createAppStore } from './store';
import { sampleAnalysis, sampleCluster } from './testing/sampleCluster';

describe('built-in objects', () => {
  it('reads the builtin flag defensively', () => {
    expect(isBuiltin({ builtin: true })).toBe(true);
    expect(isBuiltin({})).toBe(false);
    expect(isBuiltin({ builtin: 'yes' })).toBe(false);
  });

  it('treats pods of a built-in workload as built in', () => {
    expect([...builtinPodRefs(sampleCluster())].sort()).toEqual([
      'kube-system/coredns-5d78c9869d-aaaaa',
      'kube-system/coredns-5d78c9869d-bbbbb',
    ]);
  });

  it('shows only namespaces with user objects unless built-ins are on', () => {
    const c = sampleCluster();
    expect(shownNamespaces(c, false).map((n) => n.name)).toEqual(['default', 'shop']);
    expect(shownNamespaces(c, true).map((n) => n.name)).toEqual(['default', 'kube-system', 'shop']);
  });

  it('counts what is shown', () => {
    const c = sampleCluster();
    expect(countObjects(c, false)).toEqual({ namespaces: 2, pods: 4, services: 3, policies: 0 });
    expect(countObjects(c, true)).toEqual({ namespaces: 3, pods: 6, services: 5, policies: 0 });
    expect(countObjects(null, false)).toEqual({ namespaces: 0, pods: 0, services: 0, policies: 0 });
  });
});

describe('selectors', () => {
  it('read the active text, diagnostics, counts and staleness', () => {
    const store = createAppStore();
    store.getState().setText('kind: Pod');
    let s = store.getState();
    expect(selectActiveText(s)).toBe('kind: Pod');
    expect(selectDiagnostics(s)).toEqual([]);
    expect(selectDiagnostics(s)).toBe(selectDiagnostics(store.getState())); // stable when empty
    expect(selectIsStale(s)).toBe(false);
    s.analysisSucceeded(sampleAnalysis(), 1, 3);
    s = store.getState();
    expect(selectDiagnostics(s)).toHaveLength(1);
    expect(selectCounts(s).pods).toBe(4);
    s.setText('kind: Service');
    expect(selectIsStale(store.getState())).toBe(true);
  });
});
