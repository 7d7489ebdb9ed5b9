// Opening a share link against a fresh store: the user's files stay, set aside; the fragment is
// removed; a broken link leaves everything as it was and says why.
import { describe, expect, it } from 'vitest';
import { createAppStore } from '../../state/store';
import { currentShare, importSharedLink } from './shareImport';
import { encodeShare } from './shareLink';

function setup() {
  const store = createAppStore();
  store.getState().setFiles([{ name: 'mine.yaml', text: 'kind: Pod' }]);
  const replaced: string[] = [];
  const history = {
    replaceState: (_d: unknown, _t: string, url?: string | URL | null) =>
      void replaced.push(String(url)),
  };
  return { store, history, replaced };
}

describe('importSharedLink', () => {
  it('opens the shared files as their own cluster and removes the fragment', async () => {
    const { store, history, replaced } = setup();
    const fragment = await encodeShare({
      files: [{ name: 'mine.yaml', text: 'kind: Service' }],
      cni: 'flannel',
    });
    const address = { hash: `#${fragment}`, pathname: '/podpath/', search: '?e2e' };
    await importSharedLink(address, history, store);
    const s = store.getState();
    expect(s.files).toEqual([
      { name: 'mine.yaml', text: 'kind: Pod' },
      { name: 'mine-2.yaml', text: 'kind: Service' },
    ]);
    expect(s.setAside).toEqual(['mine.yaml']);
    expect(s.activeFile).toBe('mine-2.yaml');
    expect(s.settings.cni).toBe('flannel');
    expect(s.clusterNotice).toEqual({ kind: 'shared', files: ['mine-2.yaml'], cni: 'flannel' });
    expect(replaced).toEqual(['/podpath/?e2e']);
    expect(currentShare(store)).toEqual({
      files: [{ name: 'mine-2.yaml', text: 'kind: Service' }],
      cni: 'flannel',
    });
  });

  it('leaves the files alone and shows why when the link is broken', async () => {
    const { store, history, replaced } = setup();
    const before = store.getState().files;
    await importSharedLink({ hash: '#share=v1.@@', pathname: '/', search: '' }, history, store);
    expect(store.getState().files).toBe(before);
    expect(store.getState().setAside).toEqual([]);
    expect(store.getState().clusterNotice).toMatchObject({ kind: 'share-error' });
    expect(replaced).toEqual(['/']);
  });

  it('ignores an address without a share link', async () => {
    const { store, history, replaced } = setup();
    await importSharedLink({ hash: '#editor-pane', pathname: '/', search: '' }, history, store);
    expect(replaced).toEqual([]);
    expect(store.getState().clusterNotice).toBeNull();
  });
});
