// Node ports of NodePort and LoadBalancer Services (SEMANTICS.md §3.4, §3.5): requested numbers are
// claimed in input order (a conflict rejects the later Service), missing ones are then allocated
// in sorted order by hashing into the dynamic band (allocate.ts). Node ports are held by number
// only, whatever the protocol. Which Services take part is services.ts's decision.
import { diagAt, type Diagnostic } from '../model/diagnostic';
import { objectRef } from '../model/manifest';
import type { ServicePort } from '../model/cluster';
import { preferredBands, probeBands, staticBandSize } from './allocate';
import { NODE_PORT_MAX, NODE_PORT_MIN } from './servicePorts';
import type { ServiceDraft } from './serviceSpec';

/** Node port of one entry: a fixed number, or "allocate one for this `port` number". */
type Slot = { fixed: number } | { auto: number };

/** What a Service holds or still needs, kept between the claim and allocation passes. */
export interface NodePortPlan {
  slots: (Slot | undefined)[];
  /** 'auto' when LoadBalancer + Local needs one and the manifest gave none. */
  healthCheck?: number | 'auto';
}

/** Who holds which node port: number → "namespace/name". */
export type NodePortOwners = Map<number, string>;

const BANDS = preferredBands(
  BigInt(NODE_PORT_MIN),
  BigInt(NODE_PORT_MAX),
  staticBandSize(BigInt(NODE_PORT_MAX - NODE_PORT_MIN + 1), 16n, 32n, 128n),
);

/**
 * The API server's initNodePorts: an entry without nodePort shares the number of an entry with
 * the same `port` (53/UDP + 53/TCP), or takes one requested by such an entry. Claims each
 * requested number once; returns null after reporting when the Service must be rejected.
 */
export function claimNodePorts(
  d: ServiceDraft,
  owners: NodePortOwners,
  diags: Diagnostic[],
): NodePortPlan | null {
  const s = d.service;
  const ports = s.ports;
  const claimed = new Map<number, number>();
  const problems: Diagnostic[] = [];
  const claim = (n: number, i: number, path: (string | number)[]) => {
    const at = d.manifest.lineOf(path);
    const ref = objectRef('Service', s.name, s.namespace);
    const holder = owners.get(n);
    const sibling = claimed.get(n);
    let why: string | undefined;
    if (holder !== undefined) why = `is already allocated to Service ${holder}`;
    else if (sibling !== undefined)
      why = `is already used by ports[${sibling}] (port ${ports[sibling]?.port}) of this Service`;
    if (why) {
      const msg = `Service ${s.namespace}/${s.name}: nodePort ${n} ${why}`;
      problems.push(diagAt('SERVICE_NODE_PORT_IN_USE', 'error', msg, at, ref));
    } else claimed.set(n, i);
  };
  const slots = planSlots(ports, d.allocateNodePorts, (n, i) =>
    claim(n, i, ['spec', 'ports', i, 'nodePort']),
  );
  const plan: NodePortPlan = { slots };
  if (s.type === 'LoadBalancer' && s.externalTrafficPolicy === 'Local') {
    const hc = d.requestedHealthCheckNodePort;
    if (hc !== undefined) claim(hc, -1, ['spec', 'healthCheckNodePort']);
    plan.healthCheck = hc ?? 'auto';
  }
  if (problems.length > 0) {
    diags.push(...problems);
    return null;
  }
  for (const n of claimed.keys()) owners.set(n, `${s.namespace}/${s.name}`);
  return plan;
}

function planSlots(
  ports: readonly ServicePort[],
  allocateAll: boolean,
  claim: (n: number, i: number) => void,
): (Slot | undefined)[] {
  const byPort = new Map<number, Slot>();
  return ports.map((sp, i) => {
    if (sp.nodePort === undefined && !allocateAll) return undefined;
    const mapped = byPort.get(sp.port);
    if (!mapped) {
      const requested = ports.find((q) => q.port === sp.port && q.nodePort !== undefined)?.nodePort;
      const slot: Slot = requested !== undefined ? { fixed: requested } : { auto: sp.port };
      if (requested !== undefined) claim(requested, i);
      byPort.set(sp.port, slot);
      return slot;
    }
    if (sp.nodePort === undefined || ('fixed' in mapped && mapped.fixed === sp.nodePort))
      return mapped;
    // Same `port`, another protocol, its own number: a second node port (upstream keeps both).
    claim(sp.nodePort, i);
    return { fixed: sp.nodePort };
  });
}

/**
 * Fills in every automatic node port of one Service (call in namespace/name order). Returns false
 * after reporting when the range is exhausted.
 */
export function allocateNodePorts(
  d: ServiceDraft,
  plan: NodePortPlan,
  owners: NodePortOwners,
  diags: Diagnostic[],
): boolean {
  const s = d.service;
  const holder = `${s.namespace}/${s.name}`;
  const next = (key: string): number | null => {
    const slot = probeBands(`${holder}:${key}`, BANDS, (n) => owners.has(Number(n)), owners.size);
    if (slot === null) return null;
    owners.set(Number(slot), holder);
    return Number(slot);
  };
  const autoByPort = new Map<number, number | null>();
  for (const [i, slot] of plan.slots.entries()) {
    if (!slot) continue;
    if ('fixed' in slot) {
      s.ports[i].nodePort = slot.fixed;
      continue;
    }
    if (!autoByPort.has(slot.auto)) autoByPort.set(slot.auto, next(String(slot.auto)));
    const n = autoByPort.get(slot.auto);
    if (n === null || n === undefined) return exhausted(d, owners, diags);
    s.ports[i].nodePort = n;
  }
  if (plan.healthCheck !== undefined) {
    const n = plan.healthCheck === 'auto' ? next('healthCheck') : plan.healthCheck;
    if (n === null) return exhausted(d, owners, diags);
    s.healthCheckNodePort = n;
  }
  return true;
}

/** Reports the rejection and gives back every number the Service held. */
function exhausted(d: ServiceDraft, owners: NodePortOwners, diags: Diagnostic[]): false {
  const s = d.service;
  const holder = `${s.namespace}/${s.name}`;
  for (const [n, h] of owners) if (h === holder) owners.delete(n);
  const msg = `Service ${s.namespace}/${s.name}: no free node port left in ${NODE_PORT_MIN}-${NODE_PORT_MAX}`;
  const ref = objectRef('Service', s.name, s.namespace);
  diags.push(
    diagAt('SERVICE_NODE_PORTS_FULL', 'error', msg, d.manifest.lineOf(['spec', 'ports']), ref),
  );
  return false;
}
