import { describe, expect, it } from 'vitest';
import { servicesFromYaml } from './testSupport';

/** 1-based line of the first line containing `text` (so expectations survive edits above). */
const lineWith = (yaml: string, text: string) =>
  yaml.split('\n').findIndex((l) => l.includes(text)) + 1;

/** The Service is rejected: left out, and exactly these errors at these lines. */
function expectRejected(yaml: string, expected: [code: string, lineText: string][]) {
  const { services, diags } = servicesFromYaml(yaml);
  expect(services.filter((s) => !s.builtin)).toEqual([]);
  const errors = diags.filter((d) => d.severity === 'error').map((d) => [d.code, d.line]);
  expect(errors).toEqual(expected.map(([code, text]) => [code, lineWith(yaml, text)]));
}

const svc = (spec: string, name = 'web') =>
  `apiVersion: v1\nkind: Service\nmetadata:\n  name: ${name}\nspec:\n${spec}`;

describe('§8.3 Service validation', () => {
  it('§8.1 Service names are DNS-1035 labels (1api and api.v2 are invalid)', () => {
    expectRejected(svc('  ports: [{port: 80}]\n', '1api'), [
      ['SERVICE_NAME_INVALID', 'name: 1api'],
    ]);
    expectRejected(svc('  ports: [{port: 80}]\n', 'api.v2'), [
      ['SERVICE_NAME_INVALID', 'name: api'],
    ]);
  });

  it('§8.1 targetPort "8080" as a YAML string is a name, and invalid', () => {
    const y = svc('  ports:\n  - port: 80\n    targetPort: "8080"\n');
    expectRejected(y, [['SERVICE_PORT_INVALID', 'targetPort']]);
  });

  it('§8.1 a targetPort name longer than 15 characters is invalid', () => {
    const y = svc('  ports:\n  - port: 80\n    targetPort: http-metrics-endpoint\n');
    expectRejected(y, [['SERVICE_PORT_INVALID', 'targetPort']]);
  });

  it('§3.8 a Service port name may be a long DNS label', () => {
    const { services } = servicesFromYaml(
      svc('  ports:\n  - {name: http-metrics-endpoint, port: 80, targetPort: 8080}\n'),
    );
    expect(services.find((s) => s.name === 'web')!.ports[0].name).toBe('http-metrics-endpoint');
  });

  it('§3.8 with several ports every port needs a name, unique', () => {
    const y = svc('  ports:\n  - {name: a, port: 80}\n  - port: 81\n  - {name: a, port: 82}\n');
    expectRejected(y, [
      ['SERVICE_PORT_INVALID', '- port: 81'],
      ['SERVICE_PORT_DUPLICATE', 'port: 82'],
    ]);
  });

  it('§3.8 (port, protocol) is unique but 53/UDP + 53/TCP is fine', () => {
    const ok = svc('  ports:\n  - {name: a, port: 53, protocol: UDP}\n  - {name: b, port: 53}\n');
    expect(servicesFromYaml(ok).diags).toEqual([]);
    const y = svc('  ports:\n  - {name: a, port: 53}\n  - {name: b, port: 53, protocol: TCP}\n');
    expectRejected(y, [['SERVICE_PORT_DUPLICATE', 'name: b']]);
  });

  it('§3.8 port range and protocol values', () => {
    const y = svc('  ports:\n  - {name: a, port: 0}\n  - {name: b, port: 80, protocol: tcp}\n');
    expectRejected(y, [
      ['SERVICE_PORT_INVALID', 'name: a'],
      ['SERVICE_PORT_INVALID', 'name: b'],
    ]);
  });

  it('§8.3 ports are required unless headless or ExternalName', () => {
    expectRejected(svc('  selector: {app: x}\n'), [['SERVICE_PORTS_REQUIRED', 'spec:']]);
  });

  it('§8.3 type must be one of the four', () => {
    expectRejected(svc('  type: Ingress\n  ports: [{port: 80}]\n'), [
      ['SERVICE_TYPE_INVALID', 'type:'],
    ]);
  });

  it('§3.3 only ClusterIP Services may be headless', () => {
    const y = svc('  type: NodePort\n  clusterIP: None\n  ports: [{port: 80}]\n');
    expectRejected(y, [['SERVICE_CLUSTER_IP_INVALID', 'clusterIP']]);
  });

  it('§3.6 ExternalName: no clusterIP, externalName required and lowercase', () => {
    expectRejected(svc('  type: ExternalName\n  clusterIP: 10.96.0.9\n  externalName: a.b\n'), [
      ['SERVICE_CLUSTER_IP_INVALID', 'clusterIP'],
    ]);
    expectRejected(svc('  type: ExternalName\n'), [['SERVICE_EXTERNAL_NAME_INVALID', 'spec:']]);
    expectRejected(svc('  type: ExternalName\n  externalName: DB.Example.net\n'), [
      ['SERVICE_EXTERNAL_NAME_INVALID', 'externalName'],
    ]);
  });

  it('§3.4 nodePort on a ClusterIP Service, or outside 30000-32767, is rejected', () => {
    expectRejected(svc('  ports:\n  - port: 80\n    nodePort: 30080\n'), [
      ['SERVICE_NODE_PORT_FORBIDDEN', 'nodePort'],
    ]);
    expectRejected(svc('  type: NodePort\n  ports:\n  - port: 80\n    nodePort: 8080\n'), [
      ['SERVICE_NODE_PORT_OUT_OF_RANGE', 'nodePort'],
    ]);
  });

  it('§3.1 externalTrafficPolicy only on externally accessible Services', () => {
    expectRejected(svc('  externalTrafficPolicy: Local\n  ports: [{port: 80}]\n'), [
      ['SERVICE_TRAFFIC_POLICY_INVALID', 'externalTrafficPolicy'],
    ]);
    const withIPs = svc(
      '  externalTrafficPolicy: Local\n  externalIPs: [192.0.2.1]\n  ports: [{port: 80}]\n',
    );
    expect(
      servicesFromYaml(withIPs).services.find((s) => s.name === 'web')!.externalTrafficPolicy,
    ).toBe('Local');
  });

  it('§8.3 healthCheckNodePort only for LoadBalancer + Local', () => {
    const y = svc('  type: NodePort\n  healthCheckNodePort: 30500\n  ports: [{port: 80}]\n');
    expectRejected(y, [['SERVICE_HEALTH_CHECK_NODE_PORT_INVALID', 'healthCheckNodePort']]);
  });

  it('§8.3 sessionAffinity values, config with None, timeout range', () => {
    expectRejected(svc('  sessionAffinity: Sticky\n  ports: [{port: 80}]\n'), [
      ['SERVICE_SESSION_AFFINITY_INVALID', 'sessionAffinity'],
    ]);
    const withNone = svc(
      '  sessionAffinityConfig: {clientIP: {timeoutSeconds: 60}}\n  ports: [{port: 80}]\n',
    );
    expectRejected(withNone, [['SERVICE_SESSION_AFFINITY_INVALID', 'sessionAffinityConfig']]);
    const tooLong = svc(
      '  sessionAffinity: ClientIP\n  sessionAffinityConfig:\n    clientIP:\n      timeoutSeconds: 86401\n  ports: [{port: 80}]\n',
    );
    expectRejected(tooLong, [['SERVICE_SESSION_AFFINITY_INVALID', 'timeoutSeconds']]);
  });

  it('§3.5 LoadBalancer-only fields on other types, bad CIDRs, port 10250', () => {
    expectRejected(svc('  loadBalancerSourceRanges: [10.0.0.0/8]\n  ports: [{port: 80}]\n'), [
      ['SERVICE_LOAD_BALANCER_FIELD_FORBIDDEN', 'loadBalancerSourceRanges'],
    ]);
    expectRejected(
      svc('  type: NodePort\n  allocateLoadBalancerNodePorts: false\n  ports: [{port: 80}]\n'),
      [['SERVICE_LOAD_BALANCER_FIELD_FORBIDDEN', 'allocateLoadBalancerNodePorts']],
    );
    expectRejected(
      svc(
        '  type: LoadBalancer\n  loadBalancerSourceRanges:\n  - 10.0.0.0/33\n  ports: [{port: 80}]\n',
      ),
      [['SERVICE_SOURCE_RANGE_INVALID', '10.0.0.0/33']],
    );
    expectRejected(svc('  type: LoadBalancer\n  ports:\n  - port: 10250\n'), [
      ['SERVICE_KUBELET_PORT', 'port: 10250'],
    ]);
  });

  it('§3.7 externalIPs must be valid and not special', () => {
    const y = svc(
      '  externalIPs:\n  - 127.0.0.1\n  - 169.254.1.1\n  - nope\n  ports: [{port: 80}]\n',
    );
    expectRejected(y, [
      ['SERVICE_EXTERNAL_IP_INVALID', '127.0.0.1'],
      ['SERVICE_EXTERNAL_IP_INVALID', '169.254.1.1'],
      ['SERVICE_EXTERNAL_IP_INVALID', 'nope'],
    ]);
  });

  it('§8.3 selector keys and values must be valid labels', () => {
    const y = svc('  selector:\n    "bad key": x\n  ports: [{port: 80}]\n');
    expectRejected(y, [['SERVICE_SELECTOR_INVALID', 'bad key']]);
  });

  it('§8.3 an invalid clusterIP string is rejected', () => {
    expectRejected(svc('  clusterIP: 10.96.0.300\n  ports: [{port: 80}]\n'), [
      ['SERVICE_CLUSTER_IP_INVALID', 'clusterIP'],
    ]);
  });

  it('a second Service with the same namespace/name is rejected', () => {
    const y = `${svc('  ports: [{port: 80}]\n')}---\n${svc('  ports: [{port: 81}]\n')}`;
    const { services, diags } = servicesFromYaml(y);
    expect(services.filter((s) => s.name === 'web').map((s) => s.ports[0].port)).toEqual([80]);
    expect(diags.map((d) => [d.code, d.line])).toEqual([['SERVICE_DUPLICATE', 11]]);
  });

  it('§3.9 the tolerate-unready annotation is ignored, with an info note', () => {
    const y = `apiVersion: v1\nkind: Service\nmetadata:\n  name: web\n  annotations:\n    service.alpha.kubernetes.io/tolerate-unready-endpoints: "true"\nspec:\n  ports: [{port: 80}]\n`;
    const { services, diags } = servicesFromYaml(y);
    expect(services.find((s) => s.name === 'web')!.publishNotReadyAddresses).toBe(false);
    expect(diags.map((d) => [d.code, d.severity, d.line])).toEqual([
      ['SERVICE_TOLERATE_UNREADY_IGNORED', 'info', 5],
    ]);
  });
});
