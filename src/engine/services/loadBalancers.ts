// External addresses of LoadBalancer Services (SEMANTICS.md §3.5). status.loadBalancer.ingress[].ip
// wins; otherwise no load-balancer implementation has acted, and the engine simulates one from the
// documentation range 198.51.100.0/24 (spec.loadBalancerIP if set, else hashed: allocate.ts) and
// marks it loadBalancerSimulated. Routing through it is trace's job.
import { diagAt, type Diagnostic } from '../model/diagnostic';
import { objectRef } from '../model/manifest';
import { addressAt, addressRange } from './addressRange';
import { probe } from './allocate';
import type { ServiceDraft } from './serviceSpec';

export const SIMULATED_LB_CIDR = '198.51.100.0/24';
const RANGE = addressRange(SIMULATED_LB_CIDR)!;
// .0 and .255 are left out, like any IPv4 network/broadcast address.
const BAND = { start: 1n, size: 254n };

/** Sets loadBalancerIP on every LoadBalancer Service (drafts in namespace/name order). */
export function assignLoadBalancerIPs(drafts: readonly ServiceDraft[], diags: Diagnostic[]): void {
  const lbs = drafts.filter((d) => d.service.type === 'LoadBalancer');
  const taken = new Set<string>();
  for (const d of lbs) for (const ip of [...d.statusIPs, d.specLoadBalancerIP ?? '']) taken.add(ip);
  for (const d of lbs) {
    const s = d.service;
    if (d.statusIPs.length > 0) {
      s.loadBalancerIP = d.statusIPs[0];
      s.loadBalancerSimulated = false;
      continue;
    }
    let ip = d.specLoadBalancerIP;
    if (ip === undefined) {
      const key = `${s.namespace}/${s.name}`;
      const slot = probe(key, BAND, (o) => taken.has(addressAt(RANGE, o)), taken.size);
      ip = slot === null ? undefined : addressAt(RANGE, slot);
    }
    const at = d.manifest.lineOf(['spec', 'type']);
    const ref = objectRef('Service', s.name, s.namespace);
    const who = `Service ${s.namespace}/${s.name}`;
    if (ip === undefined) {
      const msg = `${who}: no status.loadBalancer IP and the simulated range ${SIMULATED_LB_CIDR} is used up; the external IP stays <pending>, only node ports work`;
      diags.push(diagAt('SERVICE_LB_SIMULATED', 'info', msg, at, ref));
      continue;
    }
    taken.add(ip);
    s.loadBalancerIP = ip;
    s.loadBalancerSimulated = true;
    const msg = `${who}: no status.loadBalancer IP in the manifest, so the engine simulates ${ip} (a real cluster shows <pending> until a load-balancer implementation acts)`;
    diags.push(diagAt('SERVICE_LB_SIMULATED', 'info', msg, at, ref));
  }
}
