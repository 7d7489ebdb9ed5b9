import { describe, expect, it } from 'vitest';
import { manifestsFromYaml } from '../testing/manifests';
import type { Diagnostic } from '../model/diagnostic';
import { DEFAULT_SETTINGS, type ClusterSettings } from '../model/settings';
import { buildNodes } from './nodes';

function run(yaml: string, settings: Partial<ClusterSettings> = {}) {
  const diags: Diagnostic[] = [];
  const nodes = buildNodes(manifestsFromYaml(yaml), { ...DEFAULT_SETTINGS, ...settings }, diags);
  return { nodes, diags };
}

describe('nodes (SEMANTICS.md §1.11)', () => {
  it('§1.11 without Node objects: node-1..node-N, node i owns 10.244.(i−1).0/24', () => {
    const { nodes, diags } = run('', { nodes: 3 });
    expect(nodes.map((n) => [n.name, n.ip, n.podCIDR])).toEqual([
      ['node-1', '192.168.49.2', '10.244.0.0/24'],
      ['node-2', '192.168.49.3', '10.244.1.0/24'],
      ['node-3', '192.168.49.4', '10.244.2.0/24'],
    ]);
    expect(nodes[1].labels).toEqual({
      'kubernetes.io/hostname': 'node-2',
      'kubernetes.io/os': 'linux',
    });
    expect(nodes.every((n) => n.synthetic && n.taints.length === 0)).toBe(true);
    expect(diags).toEqual([]);
  });

  it('§1.11 synthetic nodes are listed in natural order (node-2 before node-10)', () => {
    const { nodes } = run('', { nodes: 11 });
    expect(nodes.slice(8).map((n) => [n.name, n.podCIDR])).toEqual([
      ['node-9', '10.244.8.0/24'],
      ['node-10', '10.244.9.0/24'],
      ['node-11', '10.244.10.0/24'],
    ]);
  });

  it('§1.11 Node objects: InternalIP, labels, taints, unschedulable and spec.podCIDR', () => {
    const { nodes, diags } = run(`
apiVersion: v1
kind: Node
metadata:
  name: worker-b
  labels: {zone: b}
spec:
  unschedulable: true
  taints: [{key: dedicated, value: gpu, effect: NoSchedule}]
status:
  addresses: [{type: Hostname, address: worker-b}, {type: InternalIP, address: 10.0.0.12}]
---
apiVersion: v1
kind: Node
metadata: {name: worker-a}
spec: {podCIDR: 10.244.0.0/24}
`);
    expect(nodes.map((n) => [n.name, n.ip, n.podCIDR, n.unschedulable])).toEqual([
      ['worker-a', '192.168.49.2', '10.244.0.0/24', false],
      // The first /24 is claimed by worker-a's spec.podCIDR, so worker-b takes the next one.
      ['worker-b', '10.0.0.12', '10.244.1.0/24', true],
    ]);
    expect(nodes[1].taints).toEqual([{ key: 'dedicated', value: 'gpu', effect: 'NoSchedule' }]);
    expect(nodes[1].labels).toEqual({
      'kubernetes.io/hostname': 'worker-b',
      'kubernetes.io/os': 'linux',
      zone: 'b',
    });
    expect(diags.map((d) => [d.code, d.severity, d.line])).toEqual([['NODE_ADDRESS', 'info', 13]]);
  });

  it('§8 a taint with an unknown effect rejects the Node', () => {
    const { nodes, diags } = run(`
apiVersion: v1
kind: Node
metadata: {name: n}
spec:
  taints: [{key: a, effect: Sometimes}]
`);
    expect(nodes).toEqual([]);
    expect(diags.map((d) => [d.code, d.severity])).toEqual([['NODE_INVALID', 'error']]);
  });

  it('settings: a pod CIDR too small for the nodes is an error, never a throw', () => {
    const { nodes, diags } = run('', { podCIDR: '10.244.0.0/23', nodes: 3 });
    expect(nodes.map((n) => n.podCIDR)).toEqual(['10.244.0.0/24', '10.244.1.0/24']);
    expect(diags.map((d) => [d.code, d.severity])).toEqual([['SETTINGS_INVALID', 'error']]);
  });

  it('settings: an unparsable pod CIDR or node count falls back to the defaults with errors', () => {
    const { nodes, diags } = run('', { podCIDR: 'banana', nodes: 0 });
    expect(nodes.map((n) => n.podCIDR)).toEqual([
      '10.244.0.0/24',
      '10.244.1.0/24',
      '10.244.2.0/24',
    ]);
    expect(diags.map((d) => d.code)).toEqual(['SETTINGS_INVALID', 'SETTINGS_INVALID']);
  });
});
