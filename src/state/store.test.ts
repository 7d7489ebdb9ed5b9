// The slices on a fresh vanilla store per test (zustand testing.md): actions and pure helpers.
import { beforeEach, describe, expect, it } from 'vitest';
import { createAppStore, type AppStore } from './store';
import { fileText, withFileText } from './slices/editorSlice';
import { engineErrorDiagnostic, failedState } from './slices/analysisSlice';
import { clampSplit, DEFAULT_SPLIT, nextReveal } from './slices/viewSlice';
import { sampleAnalysis } from './testing/sampleCluster';

let store: AppStore;
beforeEach(() => {
  store = createAppStore();
});

describe('editor slice', () => {
  it('bumps rev on a text change, and only then', () => {
    const { setText } = store.getState();
    setText('a: 1');
    expect(store.getState().rev).toBe(1);
    setText('a: 1');
    expect(store.getState().rev).toBe(1);
    setText('a: 2');
    expect(store.getState()).toMatchObject({ rev: 2, files: [{ text: 'a: 2' }] });
  });

  it('replaces files and picks the first as active by default', () => {
    store.getState().setFiles([
      { name: 'x.yaml', text: 'x' },
      { name: 'y.yaml', text: 'y' },
    ]);
    expect(store.getState().activeFile).toBe('x.yaml');
    store.getState().setText('yy', 'y.yaml');
    expect(fileText(store.getState().files, 'y.yaml')).toBe('yy');
  });

  it('withFileText keeps the array when nothing changes and appends new files', () => {
    const files = [{ name: 'a', text: '1' }];
    expect(withFileText(files, 'a', '1')).toBe(files);
    expect(withFileText(files, 'b', '2')).toEqual([...files, { name: 'b', text: '2' }]);
    expect(fileText(files, 'missing')).toBe('');
  });
});

describe('analysis slice', () => {
  it('goes idle → running → ready and keeps the result', () => {
    const s = store.getState();
    expect(s.status).toBe('idle');
    s.analysisStarted();
    expect(store.getState().status).toBe('running');
    const result = sampleAnalysis();
    s.analysisSucceeded(result, 4, 12);
    expect(store.getState()).toMatchObject({ status: 'ready', result, resultRev: 4, ms: 12 });
  });

  it('keeps the previous result when an analysis fails, and shows a diagnostic', () => {
    const result = sampleAnalysis();
    store.getState().analysisSucceeded(result, 1, 5);
    store.getState().analysisFailed({ name: 'EngineTimeout', message: 'too slow' }, 2);
    const s = store.getState();
    expect(s.status).toBe('failed');
    expect(s.result).toBe(result);
    expect(s.engineDiagnostics).toEqual([
      { code: 'ENGINE_TIMEOUT', severity: 'error', message: 'too slow' },
    ]);
    store.getState().analysisSucceeded(result, 3, 5);
    expect(store.getState().engineDiagnostics).toEqual([]);
  });

  it('names other engine failures', () => {
    expect(engineErrorDiagnostic({ name: 'TypeError', message: 'x is undefined' })).toMatchObject({
      code: 'ENGINE_ERROR',
      message: 'The engine failed: TypeError: x is undefined',
    });
    expect(failedState({ name: 'E', message: 'm' }, 9)).toMatchObject({ resultRev: 9 });
  });
});

describe('settings, selection and view slices', () => {
  it('stores only setting overrides', () => {
    store.getState().setSetting('cni', 'flannel');
    expect(store.getState().settings).toEqual({ cni: 'flannel' });
    store.getState().resetSettings();
    expect(store.getState().settings).toEqual({});
  });

  it('selects and hovers by id', () => {
    store.getState().select('pod:shop/web-1');
    store.getState().hover('svc:shop/web');
    expect(store.getState()).toMatchObject({ selected: 'pod:shop/web-1', hovered: 'svc:shop/web' });
  });

  it('hides built-ins by default and clamps the split', () => {
    expect(store.getState().showBuiltins).toBe(false);
    store.getState().setSplit(0.99);
    expect(store.getState().split).toBe(0.8);
    expect(clampSplit(0.05)).toBe(0.2);
    expect(clampSplit(Number.NaN)).toBe(DEFAULT_SPLIT);
  });

  it('gives every reveal request a new seq, even for the same line', () => {
    store.getState().revealLine(7, 'a.yaml');
    const first = store.getState().reveal;
    store.getState().revealLine(7, 'a.yaml');
    expect(store.getState().reveal).toEqual({ ...first, seq: 2 });
    expect(nextReveal(null, 0)).toMatchObject({ line: 1, seq: 1 });
  });
});
