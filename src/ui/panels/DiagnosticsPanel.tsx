// The list of findings under the editor: severity, message, code and file:line. Activating a row
// reveals the line in the editor. Engine failures (timeouts) are listed first.
import { useMemo, useState } from 'react';
import type { Diagnostic } from '../../engine/index';
import { useStore } from '../../state/store';
import {
  selectDiagnostics,
  selectEngineDiagnostics,
  selectRevealLine,
} from '../../state/selectors';
import { TID } from '../testIds';
import { DiagnosticRow } from './DiagnosticRow';
import { severityCounts } from './severity';

/** Findings about the manifests (and the engine), newest analysis. */
export function DiagnosticsPanel() {
  const diagnostics = useStore(selectDiagnostics);
  const engine = useStore(selectEngineDiagnostics);
  const revealLine = useStore(selectRevealLine);
  const [open, setOpen] = useState(true);
  const all = useMemo(() => [...engine, ...diagnostics], [engine, diagnostics]);
  const counts = severityCounts(all);
  const reveal = (d: Diagnostic) => d.line && revealLine(d.line, d.file, d.column);
  return (
    <section className="diagnostics" aria-labelledby="diag-heading" data-testid={TID.diagnostics}>
      <h2 id="diag-heading" className="diag-heading">
        <button
          type="button"
          className="diag-toggle"
          aria-expanded={open}
          aria-controls="diag-list"
          onClick={() => setOpen(!open)}
        >
          <span className="chevron" aria-hidden="true">
            {open ? '▾' : '▸'}
          </span>
          Problems
          <span className="diag-counts">
            <span className="count count-error">{counts.error} errors</span>
            <span className="count count-warning">{counts.warning} warnings</span>
            <span className="count count-info">{counts.info} notes</span>
          </span>
        </button>
      </h2>
      {open && (
        <ul id="diag-list" className="diag-list">
          {all.length === 0 && <li className="diag-none">No problems found in the manifests.</li>}
          {all.map((d, i) => (
            <DiagnosticRow key={`${d.code}:${d.file}:${d.line}:${i}`} d={d} onReveal={reveal} />
          ))}
        </ul>
      )}
    </section>
  );
}
