// What a resolved name leads to: one ClusterIP, several pod IPs (headless, no translation), or a
// CNAME to a name outside the cluster (ExternalName, §3.6, §6.9). The lookup itself is dnsHop.ts.
import type { Service } from '../model/cluster';
import type { NetworkPolicy, PolicyEndpoint } from '../model/policy';
import type { TraceHop, Verdict } from '../model/query';
import type { SourceRef } from '../model/source';
import { policyVerdict } from './check';
import { toAddress } from './direct';
import { lookupName } from './dnsHop';
import { joinOutcome, stopped, type Client, type Outcome, type TraceContext } from './types';

/** The Service a cluster DNS name belongs to (`svc.ns.svc.zone`), if any. */
function serviceOfName(ctx: TraceContext, fqdn: string | undefined): Service | undefined {
  const zone = `.svc.${ctx.cluster.settings.clusterDomain}`;
  const name = (fqdn ?? '').replace(/\.$/, '').toLowerCase();
  if (!name.endsWith(zone)) return undefined;
  const parts = name.slice(0, -zone.length).split('.');
  return parts.length >= 2
    ? ctx.index.serviceByKey.get(`${parts[parts.length - 1]}/${parts[parts.length - 2]}`)
    : undefined;
}

/** Follows a DNS name from the client: lookup, then each address it returns. */
export function toName(
  ctx: TraceContext,
  client: Client,
  name: string,
  port: number | undefined,
): Outcome {
  const look = lookupName(ctx, client, name);
  if (look.stop) return look.stop;
  const head: Outcome = { hops: look.hops, endpoints: [], notes: look.notes };
  if (look.cname)
    return joinOutcome(
      head,
      toExternalName(ctx, client, look.cname, port, serviceOfName(ctx, look.fqdn)),
    );
  const addresses = look.addresses ?? [];
  const svc = serviceOfName(ctx, look.fqdn);
  if (addresses.length === 1) return joinOutcome(head, toAddress(ctx, client, addresses[0], port));
  // Headless: the client picks a pod IP itself and connects on its own port; nothing translates.
  head.notes.push(
    `headless Service${svc ? ` ${svc.namespace}/${svc.name}` : ''}: DNS returns every ready pod IP and the client connects directly, so each is listed`,
  );
  let out = head;
  for (const ip of addresses)
    out = joinOutcome(out, toAddress(ctx, client, ip, port ?? headlessPort(svc, ip)));
  return out;
}

/** Without --port, a headless Service's single port as its endpoint resolved it (what SRV publishes). */
function headlessPort(svc: Service | undefined, ip: string): number | undefined {
  if (!svc || svc.ports.length !== 1) return undefined;
  return svc.endpoints.find((e) => e.ip === ip)?.ports.find((p) => p.name === svc.ports[0].name)
    ?.port;
}

/** Whether a rule of the client's egress policies admits any address (no peers, or ipBlock /0 without except). */
function admitsAnyAddress(p: NetworkPolicy | undefined, rule: number): boolean {
  const r = p?.egress.find((x) => x.index === rule);
  if (!r) return false;
  return (
    r.peers.length === 0 ||
    r.peers.some((x) => x.ipBlock && x.ipBlock.except.length === 0 && /\/0$/.test(x.ipBlock.cidr))
  );
}

type Decision = { verdict: Verdict; hop: TraceHop['verdict']; summary: string; source?: SourceRef };

/**
 * Egress to an address only upstream DNS knows: decidable when the client is not isolated, when a
 * rule admits every address, or when no rule has an ipBlock (only ipBlocks admit outside addresses).
 */
function decideUnknownAddress(
  ctx: TraceContext,
  client: Client,
  target: string,
  port: number,
): Decision {
  // Any address outside the cluster stands in: only rules that admit every address decide it.
  const probe: PolicyEndpoint = { kind: 'external', ip: '198.51.100.1' };
  const e = policyVerdict(ctx, client.policy, probe, port, ctx.protocol).egress;
  const who = client.pod?.ref ?? client.label;
  if (e.isolatingPolicies.length === 0) {
    return {
      verdict: 'allowed',
      hop: 'allowed',
      summary: `${who} is not isolated for egress, so NetworkPolicy allows ${target}:${port} wherever it points`,
    };
  }
  const policies = ctx.cluster.policies.filter(
    (x) => x.namespace === client.pod?.namespace && e.isolatingPolicies.includes(x.name),
  );
  const by = e.isolatingPolicies.join(', ');
  if (
    e.allowed &&
    e.allowedBy &&
    admitsAnyAddress(
      policies.find((x) => x.name === e.allowedBy?.policy),
      e.allowedBy.rule,
    )
  ) {
    const summary = `egress of ${who} to any address on ${port}/${ctx.protocol} is allowed (${e.reason}), so ${target} is reachable wherever it points`;
    return { verdict: 'allowed', hop: 'allowed', summary, source: e.decidedAt };
  }
  if (!policies.some((x) => x.egress.some((r) => r.peers.some((peer) => peer.ipBlock)))) {
    const summary = `${who} is isolated for egress by ${by} and no rule admits addresses outside the cluster (only an ipBlock can), so ${target} is denied`;
    return { verdict: 'denied', hop: 'denied', summary, source: e.decidedAt };
  }
  const summary = `undecidable offline: ${who} is isolated for egress by ${by}, whose ipBlocks admit some addresses; whether ${target} is one depends on what upstream DNS returns`;
  return { verdict: 'unreachable', hop: 'info', summary, source: e.decidedAt };
}

/** ExternalName: the connection goes to whatever the CNAME target resolves to upstream. */
export function toExternalName(
  ctx: TraceContext,
  client: Client,
  target: string,
  port: number | undefined,
  svc?: Service,
): Outcome {
  const what = svc ? `Service ${svc.namespace}/${svc.name} is ExternalName` : 'the name is a CNAME';
  const detail = `${what} → ${target}: no ClusterIP, no kube-proxy; the address comes from upstream DNS, which is unknown offline`;
  const hop: TraceHop = { kind: 'service', detail, verdict: 'info' };
  if (svc) hop.source = svc.source;
  const p = port ?? (svc?.ports.length === 1 ? svc.ports[0].port : undefined);
  if (p === undefined)
    return stopped([hop], 'unreachable', `a port is needed to reach ${target} (give --port)`);
  const d = decideUnknownAddress(ctx, client, target, p);
  const egress: TraceHop = { kind: 'egress', detail: d.summary, verdict: d.hop };
  if (d.source) egress.source = d.source;
  const notes = d.verdict === 'unreachable' ? [d.summary] : [];
  return {
    hops: [hop, egress],
    endpoints: [],
    notes,
    stop: { verdict: d.verdict, summary: d.summary },
  };
}
