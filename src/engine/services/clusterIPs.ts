// ClusterIP allocation (SEMANTICS.md §3.2): explicit addresses are claimed in input order, the rest
// are hashed into the upper band of the service CIDR (allocate.ts) in namespace/name order.
// Validation of the address text is serviceSpec.ts's; which Services take part is services.ts's.
import { diagAt, type Diagnostic } from '../model/diagnostic';
import { objectRef } from '../model/manifest';
import { addressAt, addressRange, offsetOf, type AddressRange } from './addressRange';
import { preferredBands, probeBands, staticBandSize, type Band } from './allocate';
import type { ServiceDraft } from './serviceSpec';

/** The service CIDR with its bands and who holds which address (canonical text → ns/name). */
export interface ClusterIPPool {
  cidr: string;
  range: AddressRange | null;
  first: bigint;
  last: bigint;
  bands: Band[];
  owners: Map<string, string>;
}

export function createClusterIPPool(serviceCIDR: string): ClusterIPPool {
  const range = addressRange(serviceCIDR);
  const pool: ClusterIPPool = {
    cidr: serviceCIDR,
    range,
    first: 1n,
    last: 0n,
    bands: [],
    owners: new Map(),
  };
  if (!range) return pool;
  // The network address is never handed out, nor the IPv4 broadcast address.
  pool.last = range.size - (range.family === 'ipv4' ? 2n : 1n);
  pool.bands = preferredBands(pool.first, pool.last, staticBandSize(range.size, 16n, 16n, 256n));
  return pool;
}

/** The n-th address of the pool's CIDR when it is allocatable (1 = kubernetes, 10 = kube-dns). */
export function poolAddress(pool: ClusterIPPool, n: number): string | undefined {
  if (!pool.range || BigInt(n) < pool.first || BigInt(n) > pool.last) return undefined;
  return addressAt(pool.range, BigInt(n));
}

function reject(d: ServiceDraft, code: string, why: string, diags: Diagnostic[]): false {
  const s = d.service;
  const at = d.manifest.lineOf(['spec', 'clusterIP']);
  const msg = `Service ${s.namespace}/${s.name}: ${why}`;
  diags.push(diagAt(code, 'error', msg, at, objectRef('Service', s.name, s.namespace)));
  return false;
}

/** Checks an explicit address without taking it; false after reporting when it is unusable. */
export function checkExplicitClusterIP(
  pool: ClusterIPPool,
  d: ServiceDraft,
  diags: Diagnostic[],
): boolean {
  const ip = d.requestedClusterIP;
  if (ip === undefined) return true;
  const off = pool.range ? offsetOf(pool.range, ip) : null;
  if (off === null || off < pool.first || off > pool.last) {
    const why = `clusterIP ${ip} is not in the service CIDR ${pool.cidr} (or is its network/broadcast address)`;
    return reject(d, 'SERVICE_CLUSTER_IP_OUT_OF_RANGE', why, diags);
  }
  const holder = pool.owners.get(ip);
  if (holder !== undefined) {
    return reject(
      d,
      'SERVICE_CLUSTER_IP_IN_USE',
      `clusterIP ${ip} is already allocated to Service ${holder}`,
      diags,
    );
  }
  return true;
}

/** Takes the explicit address checked before. */
export function takeExplicitClusterIP(pool: ClusterIPPool, d: ServiceDraft): void {
  if (d.requestedClusterIP === undefined) return;
  d.service.clusterIP = d.requestedClusterIP;
  pool.owners.set(d.requestedClusterIP, `${d.service.namespace}/${d.service.name}`);
}

/** Gives the Service an address from the pool (call in namespace/name order). */
export function allocateClusterIP(
  pool: ClusterIPPool,
  d: ServiceDraft,
  diags: Diagnostic[],
): boolean {
  const s = d.service;
  const range = pool.range;
  const key = `${s.namespace}/${s.name}`;
  const slot = range
    ? probeBands(key, pool.bands, (o) => pool.owners.has(addressAt(range, o)), pool.owners.size)
    : null;
  if (!range || slot === null) {
    return reject(
      d,
      'SERVICE_CIDR_FULL',
      `no free address left in the service CIDR ${pool.cidr}`,
      diags,
    );
  }
  s.clusterIP = addressAt(range, slot);
  pool.owners.set(s.clusterIP, key);
  return true;
}
