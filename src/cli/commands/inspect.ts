// `inspect`: the whole computed topology, as tables or as the contract's JSON document.
// Reading and analysing is shared (common.ts); the shapes live in format/.
import { parseCommandArgs } from '../args';
import { toInspectJson } from '../format/inspectJson';
import { formatInspectHuman } from '../format/inspectHuman';
import { toJsonText } from '../format/json';
import { SETTINGS_HELP } from '../help';
import { loadCluster, ran, type Command } from './common';

export const inspectCommand: Command = {
  name: 'inspect',
  summary: 'show the computed pods, Services, endpoints, DNS, Ingress and policies',
  help: `Usage: podpath inspect [options] <manifest files...>

Prints what a cluster would make of the manifests: namespaces, nodes, pods with their
IPs, Services with endpoints, Ingress rules, NetworkPolicies and the DNS records.
Diagnostics go to standard error as file:line:col: severity: message.

Options:
  --json                 print one JSON document (CLI-CONTRACT.md "inspect")
${SETTINGS_HELP}
`,
  async run(argv, ctx) {
    const { values, positionals } = parseCommandArgs(argv, {});
    const loaded = await loadCluster(positionals, values, ctx);
    const out = values.json
      ? toJsonText(toInspectJson(loaded.cluster))
      : formatInspectHuman(loaded.cluster);
    return ran(out, loaded.diagnostics);
  },
};
