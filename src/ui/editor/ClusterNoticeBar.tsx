// The notice under the file tabs after an example or a shared link opened as its own cluster
// ("your other files are set aside", with the way back), or after a share link failed to open.
// It only renders the store's clusterNotice; the actions are the editor slice's.
import {
  selectClusterNotice,
  selectIncludeAll,
  selectSetAside,
  selectShowClusterNotice,
} from '../../state/selectors';
import { useStore } from '../../state/store';
import { TID } from '../testIds';
import { noticeText } from './clusterText';

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
      <span className="cluster-notice-text">{noticeText(notice, setAside.length > 0)}</span>
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
