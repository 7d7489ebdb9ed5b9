// Diagnostics → markers: exact lines, severities, clamping and file filtering.
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../engine/index';
import { MarkerSeverity, shapeOf, toMarkers } from './markers';

const text = 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\n';
const diag = (d: Partial<Diagnostic>): Diagnostic => ({
  code: 'X',
  severity: 'error',
  message: 'm',
  file: 'a.yaml',
  ...d,
});

describe('toMarkers', () => {
  it('puts a diagnostic on its exact line, spanning the line from its column', () => {
    const [m] = toMarkers(
      [diag({ line: 4, column: 3, message: 'bad name' })],
      'a.yaml',
      shapeOf(text),
    );
    expect(m).toEqual({
      severity: MarkerSeverity.Error,
      message: 'bad name',
      code: 'X',
      source: 'podpath',
      startLineNumber: 4,
      startColumn: 3,
      endLineNumber: 4,
      endColumn: 12,
    });
  });

  it('maps severities', () => {
    const ms = toMarkers(
      [diag({ line: 1, severity: 'warning' }), diag({ line: 2, severity: 'info' })],
      'a.yaml',
      shapeOf(text),
    );
    expect(ms.map((m) => m.severity)).toEqual([MarkerSeverity.Warning, MarkerSeverity.Info]);
  });

  it('skips diagnostics without a line or about another file', () => {
    const ms = toMarkers(
      [
        diag({ line: undefined }),
        diag({ line: 1, file: 'b.yaml' }),
        diag({ line: 2, file: undefined }),
      ],
      'a.yaml',
      shapeOf(text),
    );
    expect(ms.map((m) => m.startLineNumber)).toEqual([2]);
  });

  it('clamps lines past the end and columns past the line', () => {
    const [m] = toMarkers([diag({ line: 99, column: 80 })], 'a.yaml', shapeOf('a: 1\nb: 2'));
    expect(m).toMatchObject({ startLineNumber: 2, startColumn: 1, endColumn: 5 });
  });

  it('marks an empty line from column 1', () => {
    const [m] = toMarkers([diag({ line: 2 })], 'a.yaml', shapeOf('a: 1\n\nb: 2'));
    expect(m).toMatchObject({ startLineNumber: 2, startColumn: 1, endColumn: 1 });
  });
});
