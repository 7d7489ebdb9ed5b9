// Share links in and out of the store. Out: the analysed files and the network plugin in use.
// In: a `#share=` fragment opens its files as new tabs forming their own cluster (the user's
// files are set aside, never overwritten), then the fragment leaves the address bar so a reload
// does not open it twice. A broken link becomes a notice, and nothing else changes.
import { includedFiles } from '../../state/slices/clusterFiles';
import { appStore, type AppStore } from '../../state/store';
import { decodeShare, isShareFragment, type SharedCluster } from './shareLink';

/** The plugin the engine assumes when none is chosen (the Network plugin select shows it too). */
const DEFAULT_CNI = 'calico';

/** What a share link made now would carry. */
export function currentShare(store: AppStore = appStore): SharedCluster {
  const s = store.getState();
  return { files: includedFiles(s.files, s.setAside), cni: s.settings.cni ?? DEFAULT_CNI };
}

/** Minimal surfaces of window.location and window.history, so tests can pass fakes. */
export interface Address {
  readonly hash: string;
  readonly pathname: string;
  readonly search: string;
}
export type History = Pick<globalThis.History, 'replaceState'>;

/** Opens the share link in `address`, if there is one; resolves when done. */
export async function importSharedLink(
  address: Address = window.location,
  history: History = window.history,
  store: AppStore = appStore,
): Promise<void> {
  if (!isShareFragment(address.hash)) return;
  const hash = address.hash;
  history.replaceState(null, '', address.pathname + address.search);
  const result = await decodeShare(hash);
  const s = store.getState();
  if (!result.ok) {
    s.showClusterNotice({ kind: 'share-error', message: result.message });
    return;
  }
  const { files, cni } = result.value;
  const changed = cni !== undefined && cni !== (s.settings.cni ?? DEFAULT_CNI);
  if (cni) s.setSetting('cni', cni);
  s.openAsOwnCluster(files, 'shared', changed ? cni : undefined);
}
