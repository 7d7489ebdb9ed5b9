// Reading a trace query: who sends (`ns/pod`, `ns/<workload>`, `external[:IP]`) and what the
// target is (pod, IP, IP:port, DNS name, http(s) URL). Following the packet is the path modules' job.
import type { Node } from '../model/cluster';
import type { TraceHop } from '../model/query';
import { isIp } from '../net/ip';
import { nthAddress } from '../net/ip';
import { findPod } from '../topology/lookup';
import type { Client, SourceView, TraceContext } from './types';

export const DEFAULT_EXTERNAL_IP = '203.0.113.10';

export type Target =
  | { kind: 'url'; url: string }
  | { kind: 'pod'; ref: string }
  | { kind: 'ip'; ip: string; port?: number }
  | { kind: 'name'; name: string; port?: number };

/** The client named by `from`, or an error in plain words. */
export function readClient(ctx: TraceContext, from: string): Client | { error: string } {
  const f = from.trim();
  if (f === 'external' || f.startsWith('external:')) {
    const ip = f === 'external' ? DEFAULT_EXTERNAL_IP : f.slice('external:'.length);
    if (!isIp(ip)) return { error: `"${ip}" is not an IP address (use external or external:IP)` };
    return {
      kind: 'external',
      ip,
      policy: { kind: 'external', ip },
      label: `external client ${ip}`,
    };
  }
  const pod = (f.includes('/') ? ctx.index.podByRef.get(f) : undefined) ?? findPod(ctx.cluster, f);
  if (!pod)
    return { error: `unknown pod "${f}" (use namespace/name, namespace/<workload> or external)` };
  if (!pod.ip || !pod.node)
    return { error: `pod ${pod.ref} is Pending (no node fits it), so it has no IP to send from` };
  const node = ctx.index.nodeByName.get(pod.node);
  const label = pod.hostNetwork ? `${pod.ref} (hostNetwork, ${pod.ip})` : `${pod.ref} (${pod.ip})`;
  // hostNetwork pods send from their node's address: NetworkPolicy sees the node (§6.8, §7).
  const policy = pod.hostNetwork
    ? ({ kind: 'node', node: pod.node, ip: pod.ip } as const)
    : ({ kind: 'pod', pod: pod.ref, ip: pod.ip } as const);
  return { kind: 'pod', pod, node, ip: pod.ip, policy, label };
}

const HOST_PORT = /^(.*):(\d{1,5})$/;

/** The target as typed; the port inside `IP:port` must agree with `--port`. */
export function readTarget(
  ctx: TraceContext,
  to: string,
  port?: number,
): { target: Target; port?: number } | { error: string } {
  const t = to.trim();
  if (/^https?:\/\//i.test(t)) return { target: { kind: 'url', url: t }, port };
  if (t === '') return { error: 'empty target' };
  let host = t;
  let inlinePort: number | undefined;
  const m = HOST_PORT.exec(t);
  if (m && !isIp(t)) {
    host = m[1].replace(/^\[(.*)\]$/, '$1');
    inlinePort = Number(m[2]);
    if (inlinePort < 1 || inlinePort > 65535)
      return { error: `port ${m[2]} is out of range 1-65535` };
    if (port !== undefined && port !== inlinePort)
      return { error: `the target says port ${inlinePort} but --port says ${port}` };
  }
  const p = inlinePort ?? port;
  if (isIp(host)) return { target: { kind: 'ip', ip: host, port: p }, port: p };
  if (host.includes('/')) return { target: { kind: 'pod', ref: host }, port: p };
  if (!/^[A-Za-z0-9_]([-A-Za-z0-9_.]*)$/.test(host))
    return { error: `"${to}" is not a pod, IP, DNS name or http(s) URL` };
  void ctx;
  return { target: { kind: 'name', name: host, port: p }, port: p };
}

export function sourceHop(ctx: TraceContext, client: Client): TraceHop {
  const plugin = ctx.enforcing
    ? ''
    : `; the network plugin "${ctx.cluster.settings.cni}" does not enforce NetworkPolicy, so every policy check passes`;
  if (client.kind === 'external') {
    return {
      kind: 'source',
      detail: `${client.label}, outside the cluster${plugin}`,
      verdict: 'info',
    };
  }
  const pod = client.pod!;
  const where = `${pod.ref} on ${pod.node} (${pod.ip})`;
  const hostNet = pod.hostNetwork
    ? ", hostNetwork: it sends from the node's address, which NetworkPolicy treats as the node"
    : '';
  return {
    kind: 'source',
    detail: `pod ${where}${hostNet}${plugin}`,
    verdict: 'info',
    source: pod.source,
  };
}

/**
 * How a node looks as a packet source after SNAT: its InternalIP, or its pod-network bridge address
 * when the endpoint runs on that same node (SEMANTICS.md §7 engine default); both are "own node".
 */
export function nodeView(node: Node, endpointNode: string | undefined, why: string): SourceView {
  const local = endpointNode === node.name;
  const ip = local ? bridgeAddress(node) : node.ip;
  const label = local
    ? `${node.name}'s bridge address ${ip} (${why})`
    : `${node.name}'s address ${ip} (${why})`;
  return { policy: { kind: 'node', node: node.name, ip }, label };
}

function bridgeAddress(node: Node): string {
  try {
    return nthAddress(node.podCIDR, 1);
  } catch {
    return node.ip;
  }
}
