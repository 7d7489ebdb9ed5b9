// One hop of a trace: its number, kind, verdict in words, the engine's detail, and a file:line link
// to the manifest line that decided it.
import type { TraceHop } from '../../engine/index';
import { TID } from '../testIds';
import { SourceLink } from './SourceLink';

const HOP_VERDICT: Record<TraceHop['verdict'], string> = {
  allowed: '✓ allowed',
  denied: '✗ denied',
  unreachable: '✗ unreachable',
  info: 'info',
};

/** A list item. */
export function TraceHopItem({ hop, n }: { hop: TraceHop; n: number }) {
  return (
    <li className={`hop hop-${hop.verdict}`} data-testid={TID.traceHop}>
      <div className="hop-head">
        <span className="hop-n">{n}.</span>
        <span className="hop-kind">{hop.kind}</span>
        <span className={`badge badge-${hop.verdict}`}>{HOP_VERDICT[hop.verdict]}</span>
        {hop.source && <SourceLink source={hop.source} about={`${hop.kind} hop ${n}`} />}
      </div>
      <p className="hop-detail">{hop.detail}</p>
    </li>
  );
}
