// analysisSync with a fake client and fake timers: debounce, adaptive delay, which rev a result
// belongs to, and failures. (These tests wait on the debounce through vi.advanceTimersByTime.)
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Analysis, AnalyzeInput } from '../engine/index';
import type { EngineAnswer } from '../worker/engineClient';
import { debounceFor, startAnalysisSync } from './analysisSync';
import { createAppStore, type AppStore } from './store';
import { sampleAnalysis } from './testing/sampleCluster';

interface Call {
  input: AnalyzeInput;
  rev: number;
  answer: (a: EngineAnswer<Analysis>) => void;
}

function fakeClient() {
  const calls: Call[] = [];
  const client = {
    analyze: (input: AnalyzeInput, rev?: number) =>
      new Promise<EngineAnswer<Analysis>>((answer) => calls.push({ input, rev: rev!, answer })),
  };
  return { client, calls };
}

let store: AppStore;
let stop: () => void;
beforeEach(() => {
  vi.useFakeTimers();
  store = createAppStore();
});
afterEach(() => {
  stop?.();
  vi.useRealTimers();
});

describe('debounceFor', () => {
  it('waits 150 ms, or 1 s after a slow analysis', () => {
    expect(debounceFor(null)).toBe(150);
    expect(debounceFor(300)).toBe(150);
    expect(debounceFor(301)).toBe(1000);
  });
});

describe('startAnalysisSync', () => {
  it('analyzes at once, then once per burst of edits after the debounce', async () => {
    const { client, calls } = fakeClient();
    stop = startAnalysisSync(store, client);
    expect(calls).toHaveLength(1);
    expect(store.getState().status).toBe('running');
    calls[0].answer({ ok: true, rev: calls[0].rev, value: sampleAnalysis(), ms: 20 });
    await vi.waitFor(() => expect(store.getState().status).toBe('ready'));

    store.getState().setText('a');
    vi.advanceTimersByTime(100);
    store.getState().setText('ab');
    vi.advanceTimersByTime(149);
    expect(calls).toHaveLength(1);
    vi.advanceTimersByTime(1);
    expect(calls).toHaveLength(2);
    expect(calls[1].input.files[0].text).toBe('ab');
  });

  it('records the editor rev of the request that was answered', async () => {
    const { client, calls } = fakeClient();
    stop = startAnalysisSync(store, client);
    store.getState().setText('one'); // rev 1
    vi.advanceTimersByTime(150);
    store.getState().setText('two'); // rev 2
    vi.advanceTimersByTime(150);
    expect(calls.map((c) => c.rev)).toEqual([1, 2, 3]);
    const result = sampleAnalysis();
    // The client answers every replaced caller with the newest answer (rev 3 = editor rev 2).
    for (const c of calls) c.answer({ ok: true, rev: 3, value: result, ms: 5 });
    await vi.waitFor(() => expect(store.getState().resultRev).toBe(2));
    expect(store.getState().result).toBe(result);
  });

  it('slows the debounce to 1 s after a slow analysis', async () => {
    const { client, calls } = fakeClient();
    stop = startAnalysisSync(store, client);
    calls[0].answer({ ok: true, rev: 1, value: sampleAnalysis(), ms: 450 });
    await vi.waitFor(() => expect(store.getState().ms).toBe(450));
    store.getState().setText('x');
    vi.advanceTimersByTime(999);
    expect(calls).toHaveLength(1);
    vi.advanceTimersByTime(1);
    expect(calls).toHaveLength(2);
  });

  it('sends only the files in the cluster, and re-analyzes when one is set aside', () => {
    const { client, calls } = fakeClient();
    store.getState().setFiles([
      { name: 'mine.yaml', text: 'a' },
      { name: 'example.yaml', text: 'b' },
    ]);
    stop = startAnalysisSync(store, client);
    expect(calls[0].input.files.map((f) => f.name)).toEqual(['mine.yaml', 'example.yaml']);
    store.getState().setIncluded('mine.yaml', false);
    vi.advanceTimersByTime(150);
    expect(calls).toHaveLength(2);
    expect(calls[1].input.files).toEqual([{ name: 'example.yaml', text: 'b' }]);
  });

  it('re-analyzes when settings change and passes them along', () => {
    const { client, calls } = fakeClient();
    stop = startAnalysisSync(store, client);
    store.getState().setSetting('cni', 'flannel');
    vi.advanceTimersByTime(150);
    expect(calls[1].input.settings).toEqual({ cni: 'flannel' });
  });

  it('records failures without dropping the last result', async () => {
    const { client, calls } = fakeClient();
    stop = startAnalysisSync(store, client);
    const result = sampleAnalysis();
    calls[0].answer({ ok: true, rev: 1, value: result, ms: 5 });
    await vi.waitFor(() => expect(store.getState().status).toBe('ready'));
    store.getState().setText('x');
    vi.advanceTimersByTime(150);
    calls[1].answer({ ok: false, rev: 2, error: { name: 'EngineTimeout', message: 'slow' } });
    await vi.waitFor(() => expect(store.getState().status).toBe('failed'));
    expect(store.getState().result).toBe(result);
    expect(store.getState().engineDiagnostics[0].code).toBe('ENGINE_TIMEOUT');
  });

  it('stops listening when stopped', () => {
    const { client, calls } = fakeClient();
    startAnalysisSync(store, client)();
    store.getState().setText('x');
    vi.advanceTimersByTime(2000);
    expect(calls).toHaveLength(1);
  });
});
