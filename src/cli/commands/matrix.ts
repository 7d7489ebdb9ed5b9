// `matrix --port <number|name> [--protocol P]`: the NetworkPolicy verdict for every ordered
// pod pair. The verdicts are the engine's (computeMatrix); here: options in, grid or JSON out.
import { computeMatrix } from '../../engine/index';
import { parseCommandArgs, parsePortArg, parseProtocolArg, requireString } from '../args';
import { toJsonText, queryJson } from '../format/json';
import { formatMatrixHuman } from '../format/queryHuman';
import { SETTINGS_HELP } from '../help';
import { checkQueryError, loadCluster, ran, type Command } from './common';

export const matrixCommand: Command = {
  name: 'matrix',
  summary: 'which pod may open a connection to which, on one port',
  help: `Usage: podpath matrix --port <number|name> [--protocol TCP|UDP|SCTP] [options] <manifest files...>

For every ordered pair of pods (rows: sources, columns: destinations), whether
NetworkPolicy lets the source connect to the destination pod on that port. A port name
is resolved against each destination pod's container ports.

Options:
  --port <number|name>   destination port (required)
  --protocol <P>         TCP (default), UDP or SCTP
  --json                 print one JSON document (CLI-CONTRACT.md "matrix")
${SETTINGS_HELP}
`,
  async run(argv, ctx) {
    const { values, positionals } = parseCommandArgs(argv, {
      port: { type: 'string' },
      protocol: { type: 'string' },
    });
    const port = parsePortArg(requireString(values, 'port'), true);
    const protocol = parseProtocolArg(values.protocol);
    const loaded = await loadCluster(positionals, values, ctx);
    const result = computeMatrix(loaded.cluster, { port, protocol });
    checkQueryError(result, loaded);
    const out = values.json ? toJsonText(queryJson(result)) : formatMatrixHuman(result);
    return ran(out, loaded.diagnostics);
  },
};
