// `trace --from <pod|external> --to <target> [--port N] [--protocol P]`: one connection, hop by
// hop. The engine (traceConnection) resolves the target and decides; here: options in, text out.
import { traceConnection } from '../../engine/index';
import { parseCommandArgs, parsePortArg, parseProtocolArg, requireString } from '../args';
import { toJsonText, queryJson } from '../format/json';
import { formatTraceHuman } from '../format/queryHuman';
import { SETTINGS_HELP } from '../help';
import {
  checkExternalSource,
  checkQueryError,
  loadCluster,
  ran,
  requirePod,
  requireSource,
  type Command,
} from './common';

export const traceCommand: Command = {
  name: 'trace',
  summary: 'follow one connection hop by hop and say whether it gets through',
  help: `Usage: podpath trace --from <pod|external[:IP]> --to <target> [--port N] [--protocol P] [options] <manifest files...>

Follows one connection: DNS lookup, Ingress routing, Service translation, egress and
ingress policy checks, delivery. The target is a pod (ns/name), an IP, IP:port, a DNS
name (resolved as the source pod would), or a URL http(s)://host[:port]/path.
Verdict: allowed, partial, denied or unreachable.

Options:
  --from <pod>           source pod (ns/name or ns/<workload>), or external[:IP]
  --to <target>          destination (required)
  --port <N>             destination port
  --protocol <P>         TCP (default), UDP or SCTP
  --json                 print one JSON document (CLI-CONTRACT.md "trace")
${SETTINGS_HELP}
`,
  async run(argv, ctx) {
    const { values, positionals } = parseCommandArgs(argv, {
      from: { type: 'string' },
      to: { type: 'string' },
      port: { type: 'string' },
      protocol: { type: 'string' },
    });
    const from = requireString(values, 'from');
    const to = requireString(values, 'to');
    checkExternalSource(from);
    const port = typeof values.port === 'string' ? parsePortArg(values.port, false) : undefined;
    const protocol = parseProtocolArg(values.protocol);
    const loaded = await loadCluster(positionals, values, ctx);
    requireSource(loaded, from);
    if (looksLikePodRef(to)) requirePod(loaded, '--to', to);
    const query = { from, to, protocol, ...(port !== undefined ? { port: port as number } : {}) };
    const result = traceConnection(loaded.cluster, query);
    checkQueryError(result, loaded);
    const out = values.json ? toJsonText(queryJson(result)) : formatTraceHuman(result, from, to);
    return ran(out, loaded.diagnostics);
  },
};

/** `ns/name`: a slash, but neither a URL nor a CIDR-like address. */
function looksLikePodRef(to: string): boolean {
  return to.includes('/') && !to.includes('://') && !/^[\d.:]+\//.test(to);
}
