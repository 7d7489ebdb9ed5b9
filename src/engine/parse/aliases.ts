// Guards against YAML alias bombs. js-yaml turns `*name` into shared references, so a small
// document can stand for a huge tree that would blow up later, in a tree walk or JSON.stringify.
// Documents with aliases are copied into independent trees within a node budget, or refused.

/** What cloneWithin returns when the expanded tree would exceed the budget. */
export const TOO_LARGE = Symbol('alias expansion too large');
const STOP = new Error('budget exceeded');
// Deep enough for any real object; an alias cycle hits it long before the stack runs out.
const MAX_DEPTH = 256;

/** A deep copy of `value` with no shared objects, or TOO_LARGE past `budget` nodes. */
export function cloneWithin(value: unknown, budget: number): unknown {
  let left = budget;
  const copy = (v: unknown, depth: number): unknown => {
    if (--left < 0 || depth > MAX_DEPTH) throw STOP;
    if (Array.isArray(v)) return v.map((item) => copy(item, depth + 1));
    if (v && typeof v === 'object') {
      const out: Record<string, unknown> = {};
      for (const [k, item] of Object.entries(v)) {
        Object.defineProperty(out, k, {
          value: copy(item, depth + 1),
          enumerable: true,
          writable: true,
          configurable: true,
        });
      }
      return out;
    }
    return v;
  };
  try {
    return copy(value, 0);
  } catch (e) {
    if (e === STOP) return TOO_LARGE;
    throw e;
  }
}
