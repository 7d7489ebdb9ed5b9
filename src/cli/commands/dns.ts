// `dns --from <pod> <name> [--type T]`: resolve a name as the pod's resolver would. The engine
// (resolveName) walks the search list; here: options in, the walk and the answer out.
import { resolveName, type DnsType } from '../../engine/index';
import { parseCommandArgs, requireString } from '../args';
import { usageError } from '../errors';
import { toJsonText, queryJson } from '../format/json';
import { formatDnsHuman } from '../format/queryHuman';
import { SETTINGS_HELP } from '../help';
import { checkQueryError, loadCluster, ran, requirePod, type Command } from './common';

const TYPES: readonly DnsType[] = ['A', 'AAAA', 'SRV', 'CNAME', 'PTR', 'TXT'];

export const dnsCommand: Command = {
  name: 'dns',
  summary: "resolve a name as a pod's resolver would (search list, ndots)",
  help: `Usage: podpath dns --from <pod> <name> [--type A|AAAA|SRV|CNAME|PTR] [options] <manifest files...>

Resolves <name> the way the source pod's resolver does: its namespace's search list,
ndots (5 unless the pod's dnsConfig says otherwise), its dnsPolicy and the records
cluster DNS serves. Shows every name tried, then the answer.

Options:
  --from <pod>           the asking pod (ns/name or ns/<workload>) (required)
  --type <T>             A (default), AAAA, SRV, CNAME, PTR or TXT
  --json                 print one JSON document (CLI-CONTRACT.md "dns")
${SETTINGS_HELP}
`,
  async run(argv, ctx) {
    const { values, positionals } = parseCommandArgs(argv, {
      from: { type: 'string' },
      type: { type: 'string' },
    });
    const from = requireString(values, 'from');
    const type = parseDnsType(values.type);
    const [name, ...manifests] = positionals;
    if (!name) throw usageError('missing the name to resolve (dns --from <pod> <name> <files...>)');
    const loaded = await loadCluster(manifests, values, ctx);
    requirePod(loaded, '--from', from);
    const result = resolveName(loaded.cluster, { from, name, type });
    checkQueryError(result, loaded);
    const out = values.json ? toJsonText(queryJson(result)) : formatDnsHuman(result, from, name);
    return ran(out, loaded.diagnostics);
  },
};

function parseDnsType(raw: string | boolean | undefined): DnsType {
  if (typeof raw !== 'string') return 'A';
  const t = raw.toUpperCase() as DnsType;
  if (!TYPES.includes(t)) throw usageError(`unknown --type '${raw}': expected ${TYPES.join(', ')}`);
  return t;
}
