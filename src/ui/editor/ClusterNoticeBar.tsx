// The notice under the file tabs after an example or a shared link opened as its own cluster
// ("your other files are set aside", with the way back), or after a share link failed to open.
// It only renders the store's clusterNotice; the actions are the editor slice's.
import {
  selectClusterNotice,
  selectIncludeAll,
  selectSetAside,
  selectShowClusterNotice,
} from '../../state/selectors';
import type { ClusterNotice } from '../../state/slices/clusterFiles';
import { useStore } from '../../state/store';
import { TID } from '../testIds';

const list = (names: string[]) =>
  names.length <= 2 ? names.join(' and ') : `${names.length} files`;

function message(n: ClusterNotice, othersAside: boolean): string {
  if (n.kind === 'share-error') return `This share link could not be opened: ${n.message}`;
  const what =
    n.kind === 'example'
      ? `Opened the example ${list(n.files)}`
      : `Opened the shared ${list(n.files)}`;
  const others = othersAside ? '; your other files are set aside, unchanged.' : '.';
  const cni = n.kind === 'shared' && n.cni ? ` The link set the network plugin to ${n.cni}.` : '';
  return `${what} on its own${others}${cni}`;
}

/** Renders the current cluster notice, if any. */
export function ClusterNoticeBar() {
  const notice = useStore(selectClusterNotice);
  const setAside = useStore(selectSetAside);
  const includeAll = useStore(selectIncludeAll);
  const show = useStore(selectShowClusterNotice);
  if (!notice) return null;
  const error = notice.kind === 'share-error';
  return (
    <div
      className="cluster-notice"
      data-kind={notice.kind}
      data-testid={TID.clusterNotice}
      role={error ? 'alert' : 'status'}
    >
      <span className="cluster-notice-text">{message(notice, setAside.length > 0)}</span>
      {!error && setAside.length > 0 && (
        <button type="button" className="btn btn-small" onClick={includeAll}>
          Analyse all files together
        </button>
      )}
      <button
        type="button"
        className="btn btn-small btn-icon btn-quiet"
        aria-label="Dismiss notice"
        onClick={() => show(null)}
      >
        ×
      </button>
    </div>
  );
}
