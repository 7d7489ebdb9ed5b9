// Reads one NetworkPolicy peer's ipBlock (SEMANTICS.md §6.5): cidr required, each except a
// strict subset of it, host bits set → warning. Policies repeat a few blocks thousands of times,
// so a block that reads without a problem is remembered by its text and shared (never mutated).
import type { FieldPath } from '../model/manifest';
import type { IpBlock } from '../model/policy';
import { cidrStrictlyInside, parseCidr } from '../net/ip';
import { ipv4Int } from './match';
import type { PolicyProblem } from './readPolicy';

type Cidr = NonNullable<ReturnType<typeof parseCidr>>;
type Raw = Record<string, unknown>;

/** cidr text → the block without excepts, and the blocks with one except by its text. */
export type IpBlockMemo = Map<string, { none?: IpBlock; one: Map<string, IpBlock> }>;

export function createIpBlockMemo(): IpBlockMemo {
  return new Map();
}

/** `memo` undefined: the plain reading, every block parsed and checked afresh. */
export function readIpBlock(
  raw: unknown,
  peerAt: FieldPath,
  problems: PolicyProblem[],
  memo?: IpBlockMemo,
): IpBlock {
  const b = raw && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Raw) : {};
  const rawExcept = Array.isArray(b.except) ? (b.except as unknown[]) : [];
  // Only the common shapes are remembered: a cidr text with no except or one except text.
  const cidrText = typeof b.cidr === 'string' ? b.cidr : undefined;
  const one = rawExcept.length === 1 && typeof rawExcept[0] === 'string' ? rawExcept[0] : undefined;
  const memoable = memo && cidrText !== undefined && (rawExcept.length === 0 || one !== undefined);
  if (memoable) {
    const seen = memo.get(cidrText);
    const hit = one === undefined ? seen?.none : seen?.one.get(one);
    if (hit) return hit;
  }
  const before = problems.length;
  const block = readFresh(b, rawExcept, [...peerAt, 'ipBlock'], problems, !!memo);
  if (memoable && problems.length === before) {
    let seen = memo.get(cidrText);
    if (!seen) memo.set(cidrText, (seen = { one: new Map() }));
    if (one === undefined) seen.none = block;
    else seen.one.set(one, block);
  }
  return block;
}

function addError(problems: PolicyProblem[], message: string, path: FieldPath): void {
  problems.push({ code: 'POLICY_INVALID', severity: 'error', message, path });
}

const normal = (c: Cidr) => `${c.network}/${c.prefix}`;

function readFresh(
  b: Raw,
  rawExcept: unknown[],
  at: FieldPath,
  problems: PolicyProblem[],
  ipv4Arithmetic: boolean,
): IpBlock {
  const cidrText = typeof b.cidr === 'string' ? b.cidr : '';
  const cidr = parseCidr(cidrText);
  if (!cidr) {
    const message = cidrText
      ? `ipBlock.cidr "${cidrText}" is not a valid CIDR`
      : 'ipBlock.cidr is required';
    addError(problems, message, [...at, 'cidr']);
    return { cidr: cidrText, except: [] };
  }
  const cidrNormal = normal(cidr);
  if (cidr.hostBitsSet) {
    problems.push({
      code: 'POLICY_IPBLOCK_HOST_BITS',
      severity: 'warning',
      message: `ipBlock.cidr ${cidrText} has host bits set; it behaves as ${cidrNormal}`,
      path: [...at, 'cidr'],
    });
  }
  const except: string[] = [];
  for (let i = 0; i < rawExcept.length; i++) {
    const e = rawExcept[i];
    const text = typeof e === 'string' ? e : String(e);
    const parsed = parseCidr(text);
    if (!parsed) {
      addError(problems, `ipBlock.except[${i}] "${text}" is not a valid CIDR`, [
        ...at,
        'except',
        i,
      ]);
      except.push(text);
      continue;
    }
    const exceptNormal = normal(parsed);
    if (!strictlyInside(parsed, cidr, exceptNormal, cidrNormal, ipv4Arithmetic)) {
      const message = `ipBlock.except[${i}] ${text} must be a strict subset of cidr ${cidrText}`;
      addError(problems, message, [...at, 'except', i]);
    }
    except.push(exceptNormal);
  }
  return { cidr: cidrNormal, except };
}

/** net/ip.ts's cidrStrictlyInside on the normalised texts; for IPv4, the same test on numbers. */
function strictlyInside(
  inner: Cidr,
  outer: Cidr,
  innerText: string,
  outerText: string,
  ipv4Arithmetic: boolean,
): boolean {
  if (ipv4Arithmetic && inner.family === 'ipv4' && outer.family === 'ipv4') {
    const i = ipv4Int(inner.network);
    const o = ipv4Int(outer.network);
    if (i !== null && o !== null)
      return inner.prefix > outer.prefix && i >= o && i < o + 2 ** (32 - outer.prefix);
  }
  return cidrStrictlyInside(innerText, outerText);
}
