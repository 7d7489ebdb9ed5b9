// glibc res_nsearch (SEMANTICS.md §4.5 rules 1–5): which candidate names a pod sends, in which
// order, when it stops, and the status it reports when nothing answered. Each candidate is asked
// of clusterDnsServer.ts, or goes upstream (unknown offline). musl's variant is not modelled.
import type { Cluster } from '../model/cluster';
import type { DnsRecord, DnsType } from '../model/dns';
import type { DnsAnswer } from '../model/query';
import { askClusterDns, clusterDnsIndex, type ServerAnswer } from './clusterDnsServer';
import { countDots, dnsNameProblem, normalizeName } from './names';
import type { PodResolvConf } from './resolvConf';

/** The note the CLI contract asks for when nothing in the cluster answered. */
export const UPSTREAM_NOTE =
  'an upstream resolver would be asked; Podpath cannot know its answer offline';

type Outcome = 'answered' | 'nodata' | 'nxdomain';

interface Walk {
  ask(fqdn: string): Outcome;
  out: DnsAnswer;
}

/** Walks the candidates of `name` and fills `out` (queries, steps, answer, rcode, notes). */
export function walkSearchList(
  cluster: Cluster,
  rc: PodResolvConf,
  clusterDns: boolean,
  name: string,
  type: DnsType,
  out: DnsAnswer,
): void {
  const walk = createWalk(cluster, clusterDns, type, out);
  const trailing = name.endsWith('.');
  const bare = trailing ? name.slice(0, -1) : name;
  const dots = countDots(bare);
  out.notes.push(orderNote(bare, dots, trailing, rc));
  let asIsStatus: Outcome | null = null;
  // Rule 1 and 2: an absolute name, or enough dots, is asked as is first.
  if (trailing || dots >= rc.ndots) {
    asIsStatus = walk.ask(`${bare}.`);
    if (asIsStatus === 'answered' || trailing) return finish(out, asIsStatus);
  }
  let gotNodata = false;
  let rootOnList = false;
  for (const search of rc.searches) {
    // A search entry of "." (or empty) means the root: the candidate is the name itself.
    const domain = normalizeName(search.startsWith('.') ? search.slice(1) : search);
    if (domain === '') rootOnList = true;
    const candidate = domain === '' ? `${bare}.` : `${bare}.${domain}.`;
    if (dnsNameProblem(candidate)) {
      out.notes.push(`'${candidate}' is too long to send; glibc stops walking the search list`);
      break;
    }
    const status = walk.ask(candidate);
    if (status === 'answered') return finish(out, status);
    if (status === 'nodata') gotNodata = true;
  }
  // Rule 3: the name as given comes last, unless it was already asked.
  if (asIsStatus === null && !rootOnList) {
    const status = walk.ask(`${bare}.`);
    if (status === 'answered') return finish(out, status);
  }
  // Rule 5: the as-is status if it went first, else NODATA if any candidate said so.
  finish(out, asIsStatus ?? (gotNodata ? 'nodata' : 'nxdomain'));
}

function createWalk(cluster: Cluster, clusterDns: boolean, type: DnsType, out: DnsAnswer): Walk {
  const index = clusterDns ? clusterDnsIndex(cluster) : null;
  const ask = (fqdn: string): Outcome => {
    const qname = normalizeName(fqdn);
    const reply: ServerAnswer = index
      ? askClusterDns(index, qname, type)
      : { rcode: 'UPSTREAM', records: [], notes: [] };
    out.queries.push(fqdn);
    out.steps.push({ name: fqdn, rcode: reply.rcode, records: reply.records.map(render) });
    for (const n of reply.notes) if (!out.notes.includes(n)) out.notes.push(n);
    if (reply.rcode === 'NOERROR' && reply.records.length > 0) {
      out.answer = answerOf(qname, type, reply.records);
      return 'answered';
    }
    if (reply.rcode === 'NOERROR') {
      out.notes.push(`'${fqdn}' exists but has no ${type} record (NODATA); glibc goes on`);
      return 'nodata';
    }
    if (reply.rcode === 'UPSTREAM') {
      out.notes.push(`'${fqdn}' goes upstream; offline Podpath treats it as not found`);
    }
    return 'nxdomain';
  };
  return { ask, out };
}

/** The answer section in the contract's shape; a lone CNAME (external target) is shown as such. */
function answerOf(name: string, type: DnsType, records: DnsRecord[]): DnsAnswer['answer'] {
  const wanted = records.filter((r) => r.type === type);
  const shown = wanted.length > 0 ? wanted : records.filter((r) => r.type === 'CNAME');
  const out: NonNullable<DnsAnswer['answer']> = {
    name,
    type: wanted.length > 0 ? type : 'CNAME',
    records: shown.map((r) => r.data),
  };
  // The first record's object decided the name (an ExternalName's CNAME before its target's).
  const source = records[0].source;
  if (source) out.source = source;
  return out;
}

function finish(out: DnsAnswer, status: Outcome): void {
  // "No data" is rcode NOERROR with no answer (CLI contract); not found is NXDOMAIN.
  out.rcode = status === 'nxdomain' ? 'NXDOMAIN' : 'NOERROR';
  if (status === 'answered') return;
  out.answer = null;
  if (out.steps.some((s) => s.rcode === 'UPSTREAM')) out.notes.push(UPSTREAM_NOTE);
}

function orderNote(bare: string, dots: number, trailing: boolean, rc: PodResolvConf): string {
  const has = `'${bare}' has ${dots} dot${dots === 1 ? '' : 's'}`;
  const from = rc.ndotsFrom === 'option' ? '' : ' (no ndots option: the resolver default)';
  if (trailing) return `'${bare}.' ends with a dot: it is asked as is, without the search list`;
  if (rc.searches.length === 0) {
    return `ndots ${rc.ndots}${from}: ${has}; the search list is empty, so only the name itself is asked`;
  }
  return dots >= rc.ndots
    ? `ndots ${rc.ndots}${from}: ${has}, so it is tried as is first, then with the search list`
    : `ndots ${rc.ndots}${from}: ${has}, so the search list is tried first`;
}

/** A record as one presentation line, e.g. `web.shop.svc.cluster.local. A 10.96.0.12`. */
function render(r: DnsRecord): string {
  return `${r.name}. ${r.type} ${r.data}`;
}
