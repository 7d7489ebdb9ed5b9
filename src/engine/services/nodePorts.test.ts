import { describe, expect, it } from 'vitest';
import { servicesFromYaml } from './testSupport';

const nodePorts = (yaml: string, ref: string) =>
  servicesFromYaml(yaml)
    .services.find((s) => `${s.namespace}/${s.name}` === ref)
    ?.ports.map((p) => p.nodePort);

describe('§3.4 NodePort', () => {
  it('§3.4 allocates missing node ports from the dynamic band 30086-32767', () => {
    const ports = nodePorts(
      `kind: Service
metadata: {name: web}
spec: {type: NodePort, ports: [{name: a, port: 80}, {name: b, port: 443}]}
`,
      'default/web',
    )!;
    expect(ports.every((n) => n !== undefined && n >= 30086 && n <= 32767)).toBe(true);
    expect(new Set(ports).size).toBe(2);
  });

  it('§3.4 entries with the same port and another protocol share one node port', () => {
    const ports = nodePorts(
      `kind: Service
metadata: {name: dns}
spec:
  type: NodePort
  ports:
  - {name: dns, port: 53, protocol: UDP}
  - {name: dns-tcp, port: 53, protocol: TCP}
`,
      'default/dns',
    )!;
    expect(ports[0]).toBe(ports[1]);
  });

  it('§3.4 an entry without nodePort takes the number asked by a same-port entry', () => {
    const ports = nodePorts(
      `kind: Service
metadata: {name: dns}
spec:
  type: NodePort
  ports:
  - {name: dns, port: 53, protocol: UDP}
  - {name: dns-tcp, port: 53, protocol: TCP, nodePort: 30053}
`,
      'default/dns',
    );
    expect(ports).toEqual([30053, 30053]);
  });

  it('§3.4 different ports asking for the same nodePort are rejected', () => {
    const yaml = `kind: Service
metadata: {name: web}
spec:
  type: NodePort
  ports:
  - {name: a, port: 80, nodePort: 30080}
  - {name: b, port: 81, nodePort: 30080}
`;
    const { services, diags } = servicesFromYaml(yaml);
    expect(services.find((s) => s.name === 'web')).toBeUndefined();
    // (nodePort, protocol) repeats too: validation reports it first.
    expect(diags.map((d) => [d.code, d.line])).toEqual([['SERVICE_PORT_DUPLICATE', 7]]);
  });

  it('§3.4 the same nodePort for different ports and protocols is still one number: rejected', () => {
    const yaml = `kind: Service
metadata: {name: web}
spec:
  type: NodePort
  ports:
  - {name: a, port: 80, nodePort: 30080}
  - {name: b, port: 81, protocol: UDP, nodePort: 30080}
`;
    const { diags } = servicesFromYaml(yaml);
    expect(diags.map((d) => [d.code, d.line])).toEqual([['SERVICE_NODE_PORT_IN_USE', 7]]);
  });

  it('§3.4 a node port held by another Service is refused whatever the protocol (later loses)', () => {
    const yaml = `kind: Service
metadata: {name: zz}
spec: {type: NodePort, ports: [{port: 80, nodePort: 30080}]}
---
kind: Service
metadata: {name: aa}
spec:
  type: NodePort
  ports:
  - {port: 80, protocol: UDP, nodePort: 30080}
`;
    const { services, diags } = servicesFromYaml(yaml);
    expect(services.map((s) => s.name)).toEqual(['kubernetes', 'zz', 'kube-dns']);
    expect(diags.map((d) => [d.code, d.line])).toEqual([['SERVICE_NODE_PORT_IN_USE', 10]]);
    expect(diags[0].message).toContain('default/zz');
  });

  it('§3.4 automatic node ports never repeat a number', () => {
    const yaml = Array.from(
      { length: 40 },
      (_, i) =>
        `kind: Service\nmetadata: {name: s${i}}\nspec: {type: NodePort, ports: [{port: 80}]}\n`,
    ).join('---\n');
    const all = servicesFromYaml(yaml).services.flatMap((s) => s.ports.map((p) => p.nodePort));
    const numbers = all.filter((n) => n !== undefined);
    expect(numbers.length).toBe(40);
    expect(new Set(numbers).size).toBe(40);
  });

  it('§3.5 allocateLoadBalancerNodePorts false allocates only the asked ones', () => {
    const ports = nodePorts(
      `kind: Service
metadata: {name: lb}
spec:
  type: LoadBalancer
  allocateLoadBalancerNodePorts: false
  ports:
  - {name: a, port: 80}
  - {name: b, port: 443, nodePort: 30443}
`,
      'default/lb',
    );
    expect(ports).toEqual([undefined, 30443]);
  });

  it('§3.5 the healthCheckNodePort is allocated for Local and conflicts by number', () => {
    const yaml = `kind: Service
metadata: {name: lb}
spec:
  type: LoadBalancer
  externalTrafficPolicy: Local
  ports: [{port: 80, nodePort: 30080}]
---
kind: Service
metadata: {name: lb2}
spec:
  type: LoadBalancer
  externalTrafficPolicy: Local
  healthCheckNodePort: 30080
  ports: [{port: 80}]
`;
    const { services, diags } = servicesFromYaml(yaml);
    const hc = services.find((s) => s.name === 'lb')!.healthCheckNodePort!;
    expect(hc >= 30086 && hc <= 32767 && hc !== 30080).toBe(true);
    expect(services.find((s) => s.name === 'lb2')).toBeUndefined();
    expect(diags.filter((d) => d.severity === 'error').map((d) => [d.code, d.line])).toEqual([
      ['SERVICE_NODE_PORT_IN_USE', 13],
    ]);
  });
});
