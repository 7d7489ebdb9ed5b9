// Loads one np-guard conformance case (README of /work/shared/conformance/np-guard): its input
// files, the workload key of every Pod manifest (ownerReferences rule), the expected lines, the IP
// ranges on each side, and the ports worth probing. Comparing is npguardCompare.ts's job.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseAllDocuments, stringify } from 'yaml';

export const CORPUS = '/work/shared/conformance/np-guard';

export interface CaseIndex {
  name: string;
  inputs_dir: string;
  input_files: string[];
  expected: { txt: string };
  workloads: string[];
  ignore_lines: string[];
  caveats: string[];
}

export interface LoadedCase {
  index: CaseIndex;
  files: { name: string; text: string }[];
  /** `ns/name` of each Pod manifest → its np-guard workload key. */
  podKeys: Map<string, string>;
  /** `src => dst` → conn text, ignore_lines removed. */
  expected: Map<string, string>;
  srcRanges: string[];
  dstRanges: string[];
  /**
   * Port numbers at which a Podpath verdict may change: policy port/endPort+1 and container ports
   * (+1). README step 3 also probes the expected file's boundaries; that is not needed here, since
   * a boundary only the peer has makes the rendered sets differ anyway.
   */
  probePorts: number[];
  hasIngress: boolean;
  /** What the harness repaired in captured inputs (see repairCaptured). */
  repairs: string[];
}

export const LINE = /^(.+?) => (.+?) : (.+)$/;
export const isRange = (peer: string): boolean => /^\d/.test(peer);

export function loadIndex(): CaseIndex[] {
  return (JSON.parse(readFileSync(join(CORPUS, 'cases.json'), 'utf8')) as { cases: CaseIndex[] })
    .cases;
}

export function loadCase(index: CaseIndex): LoadedCase {
  const repairs: string[] = [];
  const files = index.input_files
    // Old peer outputs, not manifests (README "Input properties").
    .filter((f) => !f.endsWith('connlist_output.json'))
    .map((f) =>
      repairCaptured(f, readFileSync(join(CORPUS, index.inputs_dir, f), 'utf8'), repairs),
    );
  const objects = files.flatMap((f) => objectsOf(f.text));
  const nodes = missingNodes(objects);
  if (nodes) {
    files.push(nodes);
    repairs.push(`${nodes.name}: Node objects for the nodes captured pods are bound to`);
  }
  const ignore = new Set(index.ignore_lines);
  const expected = new Map<string, string>();
  const ports = new Set<number>([1, 65535]);
  const src = new Set<string>();
  const dst = new Set<string>();
  for (const line of readFileSync(join(CORPUS, index.expected.txt), 'utf8').split('\n')) {
    const m = LINE.exec(line.replace(/\r$/, ''));
    if (!m || ignore.has(m[0])) continue;
    expected.set(`${m[1]} => ${m[2]}`, m[3]);
    if (isRange(m[1])) src.add(m[1]);
    if (isRange(m[2])) dst.add(m[2]);
  }
  collectPorts(objects, ports);
  return {
    index,
    files,
    podKeys: podKeys(objects),
    expected,
    srcRanges: [...src],
    dstRanges: [...dst],
    probePorts: [...ports].filter((p) => p >= 1 && p <= 65535).sort((a, b) => a - b),
    hasIngress: objects.some((o) => o.kind === 'Ingress'),
    repairs,
  };
}

type Obj = Record<string, unknown> & { kind?: string };

/** Every object of a file, List items expanded (kind-less items take the list's kind). */
function objectsOf(text: string): Obj[] {
  const out: Obj[] = [];
  for (const doc of parseAllDocuments(text)) {
    const o = doc.toJS() as Obj | Obj[] | null;
    for (const x of Array.isArray(o) ? o : o ? [o] : []) {
      if (typeof x.kind === 'string' && x.kind.endsWith('List') && Array.isArray(x.items)) {
        for (const item of x.items as Obj[]) out.push({ kind: x.kind.slice(0, -4), ...item });
      } else out.push(x);
    }
  }
  return out;
}

/** README "Peers": a Pod is named after its controller owner unless that owner is a Node. */
function podKeys(objects: Obj[]): Map<string, string> {
  const keys = new Map<string, string>();
  for (const o of objects) {
    if (o.kind !== 'Pod') continue;
    const meta = (o.metadata ?? {}) as Record<string, unknown>;
    const ns = typeof meta.namespace === 'string' ? meta.namespace : 'default';
    const refs = (Array.isArray(meta.ownerReferences) ? meta.ownerReferences : []) as Record<
      string,
      unknown
    >[];
    const owner = refs.find((r) => r.controller === true && r.kind !== 'Node');
    const key = owner
      ? `${ns}/${String(owner.name)}[${typeof owner.kind === 'string' && owner.kind ? owner.kind : 'Pod'}]`
      : `${ns}/${String(meta.name)}[Pod]`;
    keys.set(`${ns}/${String(meta.name)}`, key);
  }
  return keys;
}

/** Policy port/endPort and container port numbers, plus one past each (README step 3). */
function collectPorts(objects: Obj[], ports: Set<number>): void {
  const walk = (v: unknown, key = ''): void => {
    if (Array.isArray(v)) v.forEach((x) => walk(x, key));
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, k);
    else if (
      typeof v === 'number' &&
      ['port', 'endPort', 'containerPort', 'targetPort'].includes(key)
    ) {
      ports.add(v).add(v + 1);
    }
  };
  walk(objects);
}

/**
 * Some captured pods have containers without `name`, which an API server (and so Podpath,
 * SEMANTICS.md §0) would reject. That is not a NetworkPolicy question, so the harness names them
 * `c0`, `c1`… to compare policy semantics; the rewritten file is YAML. (Typed-list items without
 * `kind` need no repair: the parser gives them the list's item type, as the API does.)
 */
export function repairCaptured(
  name: string,
  text: string,
  repairs: string[],
): { name: string; text: string } {
  const docs = parseAllDocuments(text).map((d) => d.toJS() as unknown);
  let changed = 0;
  const fixPod = (o: Obj) => {
    const spec = (o.spec ?? {}) as Record<string, unknown>;
    for (const [i, c] of (Array.isArray(spec.containers) ? spec.containers : []).entries()) {
      const container = c as Record<string, unknown>;
      if (!container.name) {
        container.name = `c${i}`;
        changed++;
      }
    }
  };
  for (const doc of docs) {
    for (const o of (Array.isArray(doc) ? doc : [doc]) as Obj[]) {
      if (!o || typeof o !== 'object') continue;
      const items =
        typeof o.kind === 'string' && o.kind.endsWith('List') && Array.isArray(o.items)
          ? (o.items as Obj[])
          : [o];
      for (const item of items) {
        // Typed-list items without `kind` are the parser's job (a raw API GET returns them so).
        if (item.kind === 'Pod' || (o.kind === 'PodList' && !item.kind)) fixPod(item);
      }
    }
  }
  if (changed === 0) return { name, text };
  repairs.push(`${name}: ${changed} repairs`);
  return { name: `${name}.repaired.yaml`, text: docs.map((d) => stringify(d)).join('---\n') };
}

/**
 * Captured pods are bound (spec.nodeName) to nodes whose Node objects were not captured; a real
 * cluster would leave them Pending forever. The harness adds those Nodes (InternalIP from the pods'
 * status.hostIP) so the pods run where they ran when captured.
 */
function missingNodes(objects: Obj[]): { name: string; text: string } | undefined {
  const have = new Set(
    objects
      .filter((o) => o.kind === 'Node')
      .map((o) => String((o.metadata as Obj | undefined)?.name)),
  );
  const want = new Map<string, string | undefined>();
  for (const o of objects) {
    if (o.kind !== 'Pod') continue;
    const node = (o.spec as Obj | undefined)?.nodeName;
    const hostIP = (o.status as Obj | undefined)?.hostIP;
    if (typeof node === 'string' && node && !have.has(node) && !want.get(node)) {
      want.set(node, typeof hostIP === 'string' && hostIP ? hostIP : undefined);
    }
  }
  if (want.size === 0) return undefined;
  const docs = [...want].map(([name, ip]) => ({
    apiVersion: 'v1',
    kind: 'Node',
    metadata: { name },
    ...(ip ? { status: { addresses: [{ type: 'InternalIP', address: ip }] } } : {}),
  }));
  return { name: 'zz-captured-nodes.yaml', text: docs.map((d) => stringify(d)).join('---\n') };
}
