// The status line: analysis state, what was found, and how long the engine took.
import { useShallow } from 'zustand/react/shallow';
import { useStore } from '../../state/store';
import { selectCounts, selectIsStale, selectMs, selectStatus } from '../../state/selectors';
import { TID } from '../testIds';

const STATUS_TEXT = {
  idle: 'Starting…',
  running: 'Analyzing…',
  ready: 'Up to date',
  failed: 'Engine error',
} as const;

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** Bottom bar. */
export function StatusBar() {
  const status = useStore(selectStatus);
  const stale = useStore(selectIsStale);
  const ms = useStore(selectMs);
  const c = useStore(useShallow(selectCounts));
  const shown = status === 'ready' && stale ? 'running' : status;
  return (
    <footer className="status-bar" data-testid={TID.statusBar}>
      <span className={`status-dot status-${shown}`} aria-hidden="true" />
      <span role="status" data-testid={TID.status} data-status={status}>
        {STATUS_TEXT[shown]}
      </span>
      <span className="status-sep" aria-hidden="true" />
      <span>{plural(c.namespaces, 'namespace')}</span>
      <span>{plural(c.pods, 'pod')}</span>
      <span>{plural(c.services, 'Service')}</span>
      <span>{plural(c.policies, 'policy', 'policies')}</span>
      <span className="status-grow" />
      {ms !== null && (
        <span title="Time for the last analysis, round trip">engine {ms.toFixed(0)} ms</span>
      )}
    </footer>
  );
}
