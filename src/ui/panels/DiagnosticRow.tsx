// One finding in the diagnostics list: a button that reveals its line in the editor.
import type { Diagnostic } from '../../engine/index';
import { TID } from '../testIds';
import { SEVERITY_ICON } from './severity';

export interface DiagnosticRowProps {
  d: Diagnostic;
  onReveal(d: Diagnostic): void;
}

/** A row of the list. */
export function DiagnosticRow({ d, onReveal }: DiagnosticRowProps) {
  const where = d.file && d.line ? `${d.file}:${d.line}` : (d.file ?? '');
  return (
    <li>
      <button
        type="button"
        className={`diag diag-${d.severity}`}
        onClick={() => onReveal(d)}
        disabled={!d.line}
        data-testid={TID.diagnostic}
        aria-label={`${d.severity}: ${d.message}${where ? ` at ${where}` : ''}`}
      >
        <span className={`diag-icon diag-icon-${d.severity}`} aria-hidden="true">
          {SEVERITY_ICON[d.severity]}
        </span>
        <span className="diag-message">{d.message}</span>
        <span className="diag-code">{d.code}</span>
        <span className="diag-where">{where}</span>
      </button>
    </li>
  );
}
