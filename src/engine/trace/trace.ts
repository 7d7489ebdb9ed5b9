// Hop-by-hop trace of one connection (CLI-CONTRACT.md `trace`, SEMANTICS.md §3.10, §6.9, §7):
// reads the query and hands the packet to the path for its target: pod, address, DNS name or URL.
// Each path lives in its own module; aggregate.ts turns the outcome into the contract's JSON.
import type { Cluster } from '../model/cluster';
import type { TraceQuery, TraceResult } from '../model/query';
import { cniEnforcesPolicy } from '../model/settings';
import { clusterIndex } from './indexes';
import { readClient, readTarget, sourceHop, type Target } from './query';
import { toAddress, toPod } from './direct';
import { toName } from './names';
import { toUrl } from './viaIngress';
import { failedTrace, finishTrace } from './aggregate';
import { stopped, type Client, type Outcome, type TraceContext } from './types';
import { findPod } from '../topology/lookup';

function follow(
  ctx: TraceContext,
  client: Client,
  target: Target,
  port: number | undefined,
): Outcome {
  switch (target.kind) {
    case 'url':
      return toUrl(ctx, client, target.url);
    case 'ip':
      return toAddress(ctx, client, target.ip, port);
    case 'name':
      return toName(ctx, client, target.name, port);
    case 'pod': {
      const pod = ctx.index.podByRef.get(target.ref) ?? findPod(ctx.cluster, target.ref);
      return pod
        ? toPod(ctx, client, pod, port)
        : stopped([], 'unreachable', `unknown pod "${target.ref}"`);
    }
  }
}

/**
 * Follows one connection from a pod or an outside client to its target, hop by hop, and gives
 * the NetworkPolicy verdict per endpoint. Never throws: a bad query comes back with `error`.
 *
 * @example
 * traceConnection(cluster, { from: 'shop/web', to: 'api', port: 80 })
 * // dns (api.shop.svc.cluster.local.) → service (80 → targetPort 8080) → egress → ingress → delivery
 */
export function traceConnection(cluster: Cluster, query: TraceQuery): TraceResult {
  try {
    const ctx: TraceContext = {
      cluster,
      index: clusterIndex(cluster),
      protocol: query.protocol ?? 'TCP',
      enforcing: cniEnforcesPolicy(cluster.settings.cni),
    };
    const client = readClient(ctx, query.from);
    if ('error' in client) return failedTrace(query, client.error);
    const target = readTarget(ctx, query.to, query.port);
    if ('error' in target) return failedTrace(query, target.error);
    if (
      target.target.kind === 'pod' &&
      !ctx.index.podByRef.has(target.target.ref) &&
      !findPod(cluster, target.target.ref)
    ) {
      return failedTrace(
        query,
        `unknown pod "${target.target.ref}" (use namespace/name or namespace/<workload>)`,
      );
    }
    const out = follow(ctx, client, target.target, target.port);
    out.hops.unshift(sourceHop(ctx, client));
    return finishTrace(query, out);
  } catch (e) {
    // A bug must not take the app or CLI down; report it as this query's error.
    return failedTrace(
      query,
      `internal error while tracing: ${e instanceof Error ? e.message : String(e)}`,
    );
  }
}
