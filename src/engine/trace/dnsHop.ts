// The DNS hop of a trace: resolve the name as the source pod's resolver would (dns/resolver.ts),
// and check the lookup itself as a UDP 53 connection to the cluster DNS pods (SEMANTICS.md §6.10,
// CLI contract). What the returned addresses lead to is direct.ts's business.
import type { DnsAnswer } from '../model/query';
import type { Service, ServicePort } from '../model/cluster';
import type { TraceHop } from '../model/query';
import type { ConnectionVerdict, DirectionVerdict, PolicyEndpoint } from '../model/policy';
import { resolveName } from '../dns/resolver';
import { policyVerdict } from './check';
import { eligibleEndpoints, svcRef } from './service';
import { stopped, type Client, type Outcome, type TraceContext } from './types';

export interface Lookup {
  hops: TraceHop[];
  notes: string[];
  stop?: Outcome;
  /** A or AAAA records of the answer. */
  addresses?: string[];
  /** Target of a CNAME answer (ExternalName Service). */
  cname?: string;
  fqdn?: string;
}

interface DnsServerCheck {
  /** Plain words: which servers, and what policy said. */
  detail: string;
  allowed: boolean;
  decidedAt?: DirectionVerdict['decidedAt'];
  unreachable?: boolean;
}

function failing(v: ConnectionVerdict): DirectionVerdict {
  return v.egress.allowed ? v.ingress : v.egress;
}

/** The lookup to the cluster DNS Service: UDP 53 after DNAT to each CoreDNS pod (§6.10). */
function checkClusterDns(
  ctx: TraceContext,
  client: Client,
  svc: Service,
  sp: ServicePort,
  nameserver: string,
): DnsServerCheck {
  const servers = eligibleEndpoints(svc, sp);
  if (servers.length === 0)
    return {
      detail: `Service ${svcRef(svc)} (${nameserver}) has no ready DNS endpoints`,
      allowed: false,
      unreachable: true,
    };
  const verdicts = servers.map((e) => {
    const dst: PolicyEndpoint = e.endpoint.pod
      ? { kind: 'pod', pod: e.endpoint.pod, ip: e.endpoint.ip }
      : { kind: 'external', ip: e.endpoint.ip };
    return policyVerdict(ctx, client.policy, dst, e.port, 'UDP');
  });
  const ok = verdicts.filter((v) => v.allowed).length;
  const who = `UDP ${sp.port} to ${nameserver} (Service ${svcRef(svc)}), DNAT to ${servers.map((s) => `${s.endpoint.pod ?? s.endpoint.ip}:${s.port}`).join(', ')}`;
  if (ok === verdicts.length)
    return { detail: `the lookup is ${who}: ${verdicts[0].reason}`, allowed: true };
  const bad = failing(verdicts.find((v) => !v.allowed)!);
  if (ok > 0) {
    return {
      detail: `the lookup is ${who}: only ${ok} of ${verdicts.length} DNS pods are allowed, so lookups fail now and then (${bad.reason})`,
      allowed: true,
    };
  }
  const by = bad.isolatingPolicies.length > 0 ? ` by ${bad.isolatingPolicies.join(', ')}` : '';
  const fix =
    bad.direction === 'egress'
      ? ' Allow UDP and TCP 53 to the pods labelled k8s-app=kube-dns in kube-system (SEMANTICS.md §6.10).'
      : '';
  return {
    detail: `the lookup is ${who}: denied at ${bad.direction}${by}: ${bad.reason}.${fix}`,
    allowed: false,
    decidedAt: bad.decidedAt,
  };
}

/** The lookup's own traffic: to the cluster DNS Service, or UDP 53 to another nameserver. */
function checkDnsTraffic(ctx: TraceContext, client: Client, nameserver: string): DnsServerCheck {
  const svc = ctx.index.serviceByClusterIp.get(nameserver);
  const sp = svc?.ports.find((p) => p.port === 53 && p.protocol === 'UDP');
  if (svc && sp) return checkClusterDns(ctx, client, svc, sp, nameserver);
  const pod = ctx.index.podByIp.get(nameserver);
  const dst: PolicyEndpoint = pod
    ? { kind: 'pod', pod: pod.ref, ip: nameserver }
    : { kind: 'external', ip: nameserver };
  const v = policyVerdict(ctx, client.policy, dst, 53, 'UDP');
  const side = failing(v);
  const said = v.allowed ? 'allowed' : `denied at ${side.direction}`;
  return {
    detail: `the lookup is UDP 53 to nameserver ${nameserver}: ${said} (${side.reason})`,
    allowed: v.allowed,
    decidedAt: v.allowed ? undefined : side.decidedAt,
  };
}

function answerSource(ctx: TraceContext, ans: DnsAnswer) {
  if (!ans.answer) return undefined;
  if (ans.answer.source) return ans.answer.source;
  return ctx.index.dnsByName
    .get(ans.answer.name.replace(/\.$/, '').toLowerCase())
    ?.find((r) => r.source)?.source;
}

/** Resolves `name` from the client pod and checks the DNS traffic; a `stop` ends the trace. */
export function lookupName(ctx: TraceContext, client: Client, name: string): Lookup {
  if (client.kind === 'external' || !client.pod) {
    const s = `"${name}" is a name for cluster DNS, which clients outside the cluster cannot ask; from outside use a node IP:nodePort, a load balancer IP or an http(s) URL through the Ingress`;
    return {
      hops: [],
      notes: [],
      stop: stopped([{ kind: 'dns', detail: s, verdict: 'unreachable' }], 'unreachable', s),
    };
  }
  const ans = resolveName(ctx.cluster, { from: client.pod.ref, name, type: 'A' });
  if (ans.error) {
    const s = `cannot resolve "${name}" from ${client.pod.ref}: ${ans.error}`;
    return {
      hops: [],
      notes: [],
      stop: stopped([{ kind: 'dns', detail: s, verdict: 'unreachable' }], 'unreachable', s),
    };
  }
  const onlyHosts = ans.steps.length > 0 && ans.steps.every((s) => s.rcode === 'HOSTS');
  const nameserver = ans.resolvConf.nameservers[0];
  if (!onlyHosts && nameserver) {
    const c = checkDnsTraffic(ctx, client, nameserver);
    const hop: TraceHop = {
      kind: 'dns',
      detail: c.detail,
      verdict: c.unreachable ? 'unreachable' : c.allowed ? 'allowed' : 'denied',
    };
    if (c.decidedAt) hop.source = c.decidedAt;
    if (!c.allowed) {
      const summary = c.unreachable
        ? `the DNS lookup of "${name}" fails: ${c.detail}`
        : `the DNS lookup of "${name}" is blocked, so the connection never starts: ${c.detail}`;
      return {
        hops: [],
        notes: [],
        stop: stopped([hop], c.unreachable ? 'unreachable' : 'denied', summary),
      };
    }
    return finishLookup(ctx, name, ans, [hop]);
  }
  return finishLookup(ctx, name, ans, []);
}

function finishLookup(ctx: TraceContext, name: string, ans: DnsAnswer, hops: TraceHop[]): Lookup {
  const tried = ans.queries.join(', ');
  const notes = ans.notes;
  if (!ans.answer || ans.answer.records.length === 0) {
    const s = `"${name}" does not resolve (${ans.rcode}; tried ${tried || 'nothing'})${notes.length ? `: ${notes[0]}` : ''}`;
    return {
      hops: [],
      notes,
      stop: stopped(
        [...hops, { kind: 'dns', detail: s, verdict: 'unreachable' }],
        'unreachable',
        s,
      ),
    };
  }
  const a = ans.answer;
  const hop: TraceHop = {
    kind: 'dns',
    detail: `"${name}" → ${a.name} ${a.type} ${a.records.join(', ')} (tried ${tried}; ndots ${ans.resolvConf.ndots})`,
    verdict: 'allowed',
  };
  const src = answerSource(ctx, ans);
  if (src) hop.source = src;
  const out: Lookup = { hops: [...hops, hop], notes, fqdn: a.name };
  if (a.type === 'CNAME') out.cname = a.records[0].replace(/\.$/, '');
  else out.addresses = a.records;
  return out;
}
