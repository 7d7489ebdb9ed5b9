// The connectivity grid: sticky row and column headers with short names (full names in title),
// ✓/✗ cells whose accessible text says who reaches whom.
import { useMemo } from 'react';
import type { MatrixResult } from '../../engine/index';
import { TID } from '../testIds';
import { shortNames } from './queryView';

export interface MatrixTableProps {
  m: MatrixResult;
}

/** The grid. */
export function MatrixTable({ m }: MatrixTableProps) {
  const names = useMemo(() => shortNames(m.pods), [m.pods]);
  return (
    <div className="matrix-scroll" tabIndex={0} role="region" aria-label="Matrix grid, scrollable">
      <table className="matrix" data-testid={TID.matrixTable}>
        <caption className="visually-hidden">
          Who can reach whom on {m.protocol} {String(m.port)}: rows are sources, columns
          destinations
        </caption>
        <thead>
          <tr>
            <th scope="col" className="matrix-corner">
              from \ to
            </th>
            {m.pods.map((p, i) => (
              <th key={p} scope="col" title={p} className="matrix-col">
                <span>{names[i]}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {m.pods.map((from, i) => (
            <tr key={from}>
              <th scope="row" title={from} className="matrix-row">
                {names[i]}
              </th>
              {m.pods.map((to) => {
                const ok = m.matrix[from]?.[to] === true;
                return (
                  <td
                    key={to}
                    className={ok ? 'cell-allowed' : 'cell-denied'}
                    title={`${from} → ${to}: ${ok ? 'allowed' : 'denied'}`}
                  >
                    <span aria-hidden="true">{ok ? '✓' : '✗'}</span>
                    <span className="visually-hidden">{ok ? 'allowed' : 'denied'}</span>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
