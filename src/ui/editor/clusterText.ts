// The words for which files form the cluster (pure): the pane head's summary and the notice shown
// after an example or a shared link opened on its own.
import type { ClusterNotice } from '../../state/slices/clusterFiles';

/** "Analysing all 3 files", "Analysing 2 of 3 files"; null for a single included file. */
export function clusterSummary(included: number, total: number): string | null {
  if (total === 1 && included === 1) return null;
  if (included === total) return `Analysing all ${total} files`;
  return `Analysing ${included} of ${total} ${total === 1 ? 'file' : 'files'}`;
}

const list = (names: string[]) =>
  names.length <= 2 ? names.join(' and ') : `${names.length} files`;

/** The notice's sentence; `othersAside` says whether any other file was set aside. */
export function noticeText(n: ClusterNotice, othersAside: boolean): string {
  if (n.kind === 'share-error') return `This share link could not be opened: ${n.message}`;
  const what = n.kind === 'example' ? 'the example' : 'the shared';
  const others = othersAside ? '; your other files are set aside, unchanged.' : '.';
  const cni = n.kind === 'shared' && n.cni ? ` The link set the network plugin to ${n.cni}.` : '';
  return `Opened ${what} ${list(n.files)} ${n.files.length > 1 ? 'on their own' : 'on its own'}${others}${cni}`;
}
