// Help texts shared by the commands: the program overview and the cluster-settings flags.
// Each command keeps its own usage text beside its code (commands/*.ts).
import { DEFAULT_SETTINGS } from '../engine/index';

const d = DEFAULT_SETTINGS;

/** The cluster-settings flags every command accepts, with their defaults. */
export const SETTINGS_HELP = `  --cluster-domain <d>   DNS zone of the cluster (default ${d.clusterDomain})
  --pod-cidr <cidr>      pod network, one /24 per node (default ${d.podCIDR})
  --service-cidr <cidr>  Service network for ClusterIPs (default ${d.serviceCIDR})
  --nodes <N>            number of nodes node-1..node-N when the input has no Node (default ${d.nodes})
  --cni <name>           network plugin (default ${d.cni}); flannel or kubenet do not enforce
                         NetworkPolicy, so every policy verdict becomes "allowed"
  -h, --help             show this help`;

/** `podpath --help`: the commands and where to read more. */
export function programHelp(commands: readonly { name: string; summary: string }[]): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  const list = commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`).join('\n');
  return `Usage: podpath <command> [options] <manifest files...>

Computes from Kubernetes manifests alone what a cluster would do: pods and IPs, Services
and endpoints, DNS, Ingress routing, NetworkPolicy verdicts and hop-by-hop traces.

Commands:
${list}

Manifests: files (.yaml, .yml, .json; many documents, JSON arrays and kind: List),
directories (every such file below, sorted by path), or - for standard input.

Common options:
  --json                 print exactly one JSON document on standard output
${SETTINGS_HELP}
  -V, --version          print the version

Exit status: 0 the command ran (whatever the verdict), 1 the input could not be analysed,
2 bad arguments. Run 'podpath <command> --help' for a command's options.
`;
}
