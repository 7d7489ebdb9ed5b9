// The matrix grid from both engine answers: labels and titles, verdict cells, counts in words,
// CSV for either view, what a cell traces, and keyboard moves that stay inside the grid.
import { describe, expect, it } from 'vitest';
import type { MatrixResult, WorkloadMatrixResult } from '../../engine/index';
import {
  abbreviatePod,
  cellTrace,
  countsText,
  gridCsv,
  moveCell,
  toMatrixGrid,
} from './matrixGrid';

const pods: MatrixResult = {
  port: 8080,
  protocol: 'TCP',
  pods: ['a/x', 'a/y', 'b/x'],
  matrix: {
    'a/x': { 'a/x': true, 'a/y': false, 'b/x': false },
    'a/y': { 'a/x': true, 'a/y': true, 'b/x': true },
    'b/x': { 'a/x': false, 'a/y': false, 'b/x': true },
  },
  notes: ['a note'],
};

const workloads: WorkloadMatrixResult = {
  port: 'http',
  protocol: 'TCP',
  groups: [
    {
      id: 'shop/Deployment/web',
      namespace: 'shop',
      kind: 'Deployment',
      name: 'web',
      pods: ['shop/web-1', 'shop/web-2'],
    },
    {
      id: 'shop/Deployment/web#2',
      namespace: 'shop',
      kind: 'Deployment',
      name: 'web',
      pods: ['shop/web-3'],
    },
    {
      id: 'tools/Pod/debug',
      namespace: 'tools',
      kind: 'Pod',
      name: 'debug',
      pods: ['tools/debug'],
    },
  ],
  matrix: {
    'shop/Deployment/web': {
      'shop/Deployment/web': 'allowed',
      'shop/Deployment/web#2': 'partial',
      'tools/Pod/debug': 'denied',
    },
    'shop/Deployment/web#2': {
      'shop/Deployment/web': 'allowed',
      'shop/Deployment/web#2': 'allowed',
      'tools/Pod/debug': 'denied',
    },
    'tools/Pod/debug': {
      'shop/Deployment/web': 'denied',
      'shop/Deployment/web#2': 'denied',
      'tools/Pod/debug': 'allowed',
    },
  },
  notes: [],
};

describe('toMatrixGrid', () => {
  it('reads the pod matrix: short labels, full titles, verdicts row by row', () => {
    const g = toMatrixGrid({ view: 'pod', pod: pods });
    expect(g.axis.map((a) => a.label)).toEqual(['a/x', 'y', 'b/x']);
    expect(g.axis[1].title).toBe('a/y');
    expect(g.cells.slice(0, 3)).toEqual(['allowed', 'denied', 'denied']);
    expect(countsText(g)).toBe('5 of 9 ordered pod pairs allowed');
    expect(g.notes).toEqual(['a note']);
  });

  it('reads the workload matrix: kinds and pod counts in titles, partial cells counted', () => {
    const g = toMatrixGrid({ view: 'workload', workload: workloads });
    expect(g.axis.map((a) => a.label)).toEqual(['web', 'web #2', 'debug']);
    expect(g.axis[0].title).toBe('Deployment shop/web (2 pods)');
    expect(g.axis[2].title).toBe('Pod tools/debug (1 pod)');
    expect(g.cells[1]).toBe('partial');
    expect(countsText(g)).toBe('4 of 9 ordered workload pairs allowed, 1 partly (some pods only)');
  });

  it('writes either view as CSV, one verdict word per cell', () => {
    expect(gridCsv(toMatrixGrid({ view: 'pod', pod: pods })).split('\r\n')[1]).toBe(
      'a/x,allowed,denied,denied',
    );
    const csv = gridCsv(toMatrixGrid({ view: 'workload', workload: workloads }));
    expect(csv.split('\r\n')[0]).toBe(
      'from \\ to (TCP http),Deployment shop/web (2 pods),Deployment shop/web #2 (1 pod),Pod tools/debug (1 pod)',
    );
    expect(csv).toContain('partial');
  });

  it('opens a trace from the row to the column, with the port when it is a number', () => {
    expect(cellTrace(toMatrixGrid({ view: 'pod', pod: pods }), 1, 2)).toEqual({
      from: 'a/y',
      to: 'b/x',
      port: '8080',
      protocol: 'TCP',
    });
    const w = cellTrace(toMatrixGrid({ view: 'workload', workload: workloads }), 0, 2);
    expect(w).toEqual({ from: 'shop/web-1', to: 'tools/debug', port: '', protocol: 'TCP' });
  });
});

describe('abbreviatePod', () => {
  it('drops the ReplicaSet hash of Deployment pods and leaves other names alone', () => {
    expect(abbreviatePod('api-5558476668-7zzdw')).toBe('api …7zzdw');
    expect(abbreviatePod('shop/web-6d67fc5695-gpq2x')).toBe('shop/web …gpq2x');
    expect(abbreviatePod('db-0')).toBe('db-0');
    expect(abbreviatePod('my-long-name')).toBe('my-long-name');
  });
});

describe('moveCell', () => {
  it('moves with arrows, Home/End and pages, and stays inside the grid', () => {
    expect(moveCell([0, 0], 'ArrowUp', 3)).toEqual([0, 0]);
    expect(moveCell([0, 0], 'ArrowDown', 3)).toEqual([1, 0]);
    expect(moveCell([1, 1], 'ArrowRight', 3)).toEqual([1, 2]);
    expect(moveCell([1, 2], 'ArrowRight', 3)).toEqual([1, 2]);
    expect(moveCell([1, 1], 'End', 3)).toEqual([1, 2]);
    expect(moveCell([1, 1], 'Home', 3, true)).toEqual([0, 0]);
    expect(moveCell([0, 1], 'PageDown', 30)).toEqual([10, 1]);
    expect(moveCell([0, 1], 'a', 3)).toBeNull();
  });
});
