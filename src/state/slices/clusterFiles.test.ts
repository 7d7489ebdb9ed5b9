// Which files form the cluster: the pure helpers, and the editor slice actions built on them.
import { describe, expect, it } from 'vitest';
import { createAppStore } from '../store';
import { includedFiles, keepOpen, openOwnCluster, renameAside, withIncluded } from './clusterFiles';

const f = (name: string, text = '') => ({ name, text });

describe('includedFiles', () => {
  it('leaves out the set-aside files, in tab order', () => {
    const files = [f('a'), f('b'), f('c')];
    expect(includedFiles(files, [])).toBe(files);
    expect(includedFiles(files, ['b']).map((x) => x.name)).toEqual(['a', 'c']);
    expect(includedFiles(files, ['a', 'b', 'c'])).toEqual([]);
  });
});

describe('withIncluded / keepOpen / renameAside', () => {
  it('toggles a name, returning the same list when nothing changes', () => {
    const aside = ['a'];
    expect(withIncluded(aside, 'a', false)).toBe(aside);
    expect(withIncluded(aside, 'b', true)).toBe(aside);
    expect(withIncluded(aside, 'a', true)).toEqual([]);
    expect(withIncluded(aside, 'b', false)).toEqual(['a', 'b']);
  });
  it('forgets closed files and follows renames', () => {
    expect(keepOpen(['a', 'gone'], [f('a'), f('b')])).toEqual(['a']);
    expect(renameAside(['a', 'b'], 'a', 'z')).toEqual(['z', 'b']);
    const aside = ['b'];
    expect(renameAside(aside, 'a', 'z')).toBe(aside);
  });
});

describe('openOwnCluster', () => {
  it('opens new tabs as the only included files, keeping every other file unchanged', () => {
    const mine = [f('shop.yaml', 'mine'), f('x.yaml', 'x')];
    const r = openOwnCluster(mine, [f('shop.yaml', 'theirs'), f('y.yaml', 'y')]);
    expect(r.files).toEqual([...mine, f('shop-2.yaml', 'theirs'), f('y.yaml', 'y')]);
    expect(r.opened).toEqual(['shop-2.yaml', 'y.yaml']);
    expect(r.setAside).toEqual(['shop.yaml', 'x.yaml']);
    expect(r.activeFile).toBe('shop-2.yaml');
    expect(includedFiles(r.files, r.setAside).map((x) => x.text)).toEqual(['theirs', 'y']);
  });
  it('reuses a tab that already holds the same name and text instead of duplicating it', () => {
    const r = openOwnCluster([f('a.yaml', 'A'), f('b.yaml', 'B')], [f('b.yaml', 'B')]);
    expect(r.files).toHaveLength(2);
    expect(r.setAside).toEqual(['a.yaml']);
    expect(r.activeFile).toBe('b.yaml');
  });
});

describe('editor slice: the cluster', () => {
  const twoFiles = () => {
    const store = createAppStore();
    store.getState().setFiles([f('a.yaml', 'A'), f('b.yaml', 'B')]);
    return store;
  };

  it('sets a file aside and back, bumping rev so the analysis reruns', () => {
    const store = twoFiles();
    const rev = store.getState().rev;
    store.getState().setIncluded('a.yaml', false);
    expect(store.getState()).toMatchObject({ setAside: ['a.yaml'], rev: rev + 1 });
    store.getState().setIncluded('a.yaml', false);
    expect(store.getState().rev).toBe(rev + 1);
    store.getState().setIncluded('a.yaml', true);
    expect(store.getState()).toMatchObject({ setAside: [], rev: rev + 2 });
  });

  it('opens an example on its own with a notice; "all together" includes everything', () => {
    const store = twoFiles();
    store.getState().openAsOwnCluster([f('ex.yaml', 'E')], 'example');
    expect(store.getState()).toMatchObject({
      setAside: ['a.yaml', 'b.yaml'],
      activeFile: 'ex.yaml',
      clusterNotice: { kind: 'example', files: ['ex.yaml'] },
    });
    expect(store.getState().files.map((x) => x.text)).toEqual(['A', 'B', 'E']);
    store.getState().includeAll();
    expect(store.getState()).toMatchObject({ setAside: [], clusterNotice: null });
  });

  it('keeps a set-aside file set aside when renamed, and forgets it when closed', () => {
    const store = twoFiles();
    store.getState().setIncluded('a.yaml', false);
    store.getState().renameFile('a.yaml', ' c.yaml ');
    expect(store.getState().setAside).toEqual(['c.yaml']);
    store.getState().closeFile('c.yaml');
    expect(store.getState().setAside).toEqual([]);
  });

  it('restores a saved set-aside list, ignoring names that are not open', () => {
    const store = createAppStore();
    store.getState().setFiles([f('a.yaml')], 'a.yaml', ['a.yaml', 'gone.yaml']);
    expect(store.getState().setAside).toEqual(['a.yaml']);
  });
});
