// The query loop with a fake client: a request asks the engine with the form's inputs, a new
// analysis re-asks (no stale trace), stale and post-clear answers are dropped, failures recorded.
import { describe, expect, it } from 'vitest';
import type { TraceResult } from '../engine/index';
import type { EngineAnswer } from '../worker/engineClient';
import {
  matrixViewFor,
  parsePort,
  POD_VIEW_LIMIT,
  toDnsQuery,
  toMatrixQuery,
  toTraceQuery,
} from './queryInputs';
import { startQuerySync, type QueryClient } from './querySync';
import { createAppStore } from './store';
import { sampleAnalysis } from './testing/sampleCluster';

type Answer = (a: EngineAnswer<unknown>) => void;

function fakeClient() {
  const calls: { method: string; arg: unknown; rev: number; answer: Answer }[] = [];
  const make = (method: string) => (arg: unknown, rev?: number) =>
    new Promise<EngineAnswer<never>>((answer) =>
      calls.push({ method, arg, rev: rev!, answer: answer as Answer }),
    );
  const client = {
    trace: make('trace'),
    dns: make('dns'),
    matrix: make('matrix'),
    workloadMatrix: make('workloadMatrix'),
    connectivity: make('connectivity'),
  };
  return { client: client as unknown as QueryClient, calls };
}

const result = (summary: string): TraceResult => ({
  verdict: 'allowed',
  summary,
  hops: [],
  endpoints: [],
});
const flush = () => new Promise((r) => setTimeout(r, 0));

describe('query inputs', () => {
  it('turn typed text into engine queries', () => {
    expect(parsePort(' 80 ')).toBe(80);
    expect(parsePort('http')).toBe('http');
    expect(parsePort('')).toBeUndefined();
    expect(toTraceQuery({ from: ' shop/web ', to: 'api', port: '', protocol: 'TCP' })).toEqual({
      from: 'shop/web',
      to: 'api',
      protocol: 'TCP',
    });
    expect(toTraceQuery({ from: 'a/b', to: 'c', port: '5432', protocol: 'UDP' }).port).toBe(5432);
    expect(toDnsQuery({ from: 'shop/web', name: ' web.other ' })).toEqual({
      from: 'shop/web',
      name: 'web.other',
    });
    expect(toMatrixQuery({ port: '8080', protocol: 'TCP', view: 'auto' })).toEqual({
      port: 8080,
      protocol: 'TCP',
    });
  });

  it('fold the matrix by workload past the pod limit unless a view is chosen', () => {
    expect(matrixViewFor('auto', POD_VIEW_LIMIT)).toBe('pod');
    expect(matrixViewFor('auto', POD_VIEW_LIMIT + 1)).toBe('workload');
    expect(matrixViewFor('pod', 5000)).toBe('pod');
    expect(matrixViewFor('workload', 3)).toBe('workload');
  });
});

describe('startQuerySync', () => {
  it('asks on request, records the answer, and re-asks when the analysis changes', async () => {
    const store = createAppStore();
    const { client, calls } = fakeClient();
    const stop = startQuerySync(store, client);
    store.getState().requestQuery('trace', { from: 'shop/web', to: 'api.shop', port: '80' });
    expect(store.getState().trace.status).toBe('running');
    expect(calls).toHaveLength(1);
    expect(calls[0].arg).toEqual({ from: 'shop/web', to: 'api.shop', port: 80, protocol: 'TCP' });
    calls[0].answer({ ok: true, rev: calls[0].rev, value: result('first'), ms: 1 });
    await flush();
    expect(store.getState().trace.status).toBe('ready');
    expect(store.getState().trace.result?.summary).toBe('first');

    store.getState().analysisSucceeded(sampleAnalysis(), 1, 2);
    expect(calls).toHaveLength(2); // re-asked
    calls[1].answer({ ok: true, rev: calls[1].rev, value: result('second'), ms: 1 });
    await flush();
    expect(store.getState().trace.result?.summary).toBe('second');
    expect(calls.filter((c) => c.method !== 'trace')).toHaveLength(0); // others never asked
    stop();
  });

  it('drops answers that arrive after a clear, and records failures', async () => {
    const store = createAppStore();
    const { client, calls } = fakeClient();
    const stop = startQuerySync(store, client);
    store.getState().requestQuery('dns', { from: 'shop/web', name: 'web.other' });
    store.getState().clearQuery('dns');
    calls[0].answer({ ok: true, rev: calls[0].rev, value: result('late'), ms: 1 });
    await flush();
    expect(store.getState().dns.result).toBeNull();
    expect(store.getState().dns.status).toBe('idle');

    store.getState().requestQuery('matrix');
    const err = { name: 'EngineTimeout', message: 'too slow' };
    calls[1].answer({ ok: false, rev: calls[1].rev, error: err });
    await flush();
    expect(store.getState().matrix.status).toBe('failed');
    expect(store.getState().matrix.error).toEqual(err);
    stop();
  });

  it('asks the matrix per pod or per workload and says which it got', async () => {
    const store = createAppStore();
    const { client, calls } = fakeClient();
    const stop = startQuerySync(store, client);
    store.getState().requestQuery('matrix', { port: '80', view: 'workload' });
    await flush();
    expect(calls.map((c) => c.method)).toEqual(['workloadMatrix']);
    calls[0].answer({ ok: true, rev: calls[0].rev, value: { groups: [] }, ms: 1 });
    await flush();
    expect(store.getState().matrix.result).toEqual({ view: 'workload', workload: { groups: [] } });
    store.getState().requestQuery('matrix', { view: 'auto' }); // no analysis yet: 0 pods
    await flush();
    expect(calls[1].method).toBe('matrix');
    stop();
  });

  it('keeps the policy view in step: asked when turned on, re-asked on a new analysis', async () => {
    const store = createAppStore();
    const { client, calls } = fakeClient();
    const stop = startQuerySync(store, client);
    store.getState().requestQuery('policy');
    expect(calls.map((c) => c.method)).toEqual(['connectivity']);
    calls[0].answer({ ok: true, rev: calls[0].rev, value: { links: [] }, ms: 1 });
    await flush();
    store.getState().analysisSucceeded(sampleAnalysis(), 1, 2);
    expect(calls.map((c) => c.method)).toEqual(['connectivity', 'connectivity']);
    store.getState().clearQuery('policy');
    store.getState().analysisSucceeded(sampleAnalysis(), 2, 2);
    expect(calls).toHaveLength(2); // off: not asked again
    stop();
  });
});
