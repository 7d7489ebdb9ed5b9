import fc from 'fast-check';
import { dump } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { readBlockDocument } from './blockReader';
import { awkwardOffsets } from './blockScalars';
import { KUBECTL_SCHEMA } from './schema';
import { PathCursor, createTape, followPath } from './tape';

type Path = (string | number)[];

/** A path into `v` along its real keys and items, with a random last step (real or not). */
function walk(v: unknown, picks: number[], wild: string | number): Path {
  const path: Path = [];
  let cur = v;
  for (const pick of picks) {
    if (Array.isArray(cur) && cur.length > 0) {
      path.push(pick % cur.length);
      cur = cur[pick % cur.length];
    } else if (cur !== null && typeof cur === 'object' && Object.keys(cur).length > 0) {
      const keys = Object.keys(cur);
      path.push(keys[pick % keys.length]);
      cur = (cur as Record<string, unknown>)[keys[pick % keys.length]];
    } else break;
  }
  return picks.length % 3 === 0 ? [...path, wild] : path;
}

describe('PathCursor', () => {
  it('finds what followPath finds, path after path into one document', () => {
    const key = fc.stringMatching(/^[a-z][a-z0-9]{0,5}$/);
    const value = fc.letrec((tie) => ({
      node: fc.oneof({ depthSize: 'small' }, fc.integer(), fc.string(), tie('map'), tie('seq')),
      map: fc.dictionary(key, tie('node'), { maxKeys: 5 }),
      seq: fc.array(tie('node'), { maxLength: 4 }),
    })).map;
    const walks = fc.array(
      fc.tuple(
        fc.array(fc.nat(), { maxLength: 5 }),
        fc.oneof(fc.nat({ max: 6 }), key, fc.constant('0')),
      ),
      { minLength: 1, maxLength: 12 },
    );
    fc.assert(
      fc.property(value, walks, (v, ws) => {
        const text = dump(v, { lineWidth: -1, schema: KUBECTL_SCHEMA });
        const tape = createTape(text);
        const read = readBlockDocument(text, 0, text.length, tape, 100, awkwardOffsets(text));
        if (read === undefined) return; // js-yaml's document: not what this is about
        const cursor = new PathCursor(tape, 0);
        for (const [picks, wild] of ws) {
          const path = walk(v, picks, wild);
          expect(cursor.follow(path)).toEqual(followPath(tape, 0, path));
        }
      }),
      { numRuns: 500 },
    );
  });
});
