import { describe, expect, it } from 'vitest';
import { buildServices } from './services';
import { servicesFromYaml } from './testSupport';
import { manifestsFromYaml } from '../testing/manifests';
import { DEFAULT_SETTINGS } from '../model/settings';
import type { Diagnostic } from '../model/diagnostic';
import type { Service } from '../model/cluster';

const find = (services: Service[], ref: string) =>
  services.find((s) => `${s.namespace}/${s.name}` === ref);
const codes = (diags: Diagnostic[]) => diags.map((d) => d.code);

describe('Service defaults and built-ins', () => {
  it('§3.1 defaults type, protocol, targetPort, affinity and traffic policies', () => {
    const { services } = servicesFromYaml(`
apiVersion: v1
kind: Service
metadata: {name: web, namespace: shop}
spec:
  selector: {app: web}
  ports: [{port: 80}, ]
`);
    const web = find(services, 'shop/web')!;
    expect(web.type).toBe('ClusterIP');
    expect(web.ports).toMatchObject([{ name: '', port: 80, protocol: 'TCP', targetPort: 80 }]);
    expect(web.sessionAffinity).toBe('None');
    expect(web.internalTrafficPolicy).toBe('Cluster');
    expect(web.externalTrafficPolicy).toBeUndefined();
    expect(web.dnsNames).toEqual([]);
  });

  it('§3.1 targetPort 0 and "" default to port; ClientIP timeout defaults to 10800', () => {
    const { services } = servicesFromYaml(`
apiVersion: v1
kind: Service
metadata: {name: web}
spec:
  sessionAffinity: ClientIP
  ports: [{name: a, port: 81, targetPort: 0}, {name: b, port: 82, targetPort: ""}]
`);
    const web = find(services, 'default/web')!;
    expect(web.ports.map((p) => p.targetPort)).toEqual([81, 82]);
    expect(web.sessionAffinityTimeoutSeconds).toBe(10800);
  });

  it('§2 adds default/kubernetes and kube-system/kube-dns at the 1st and 10th address', () => {
    const { services } = servicesFromYaml('');
    expect(services.map((s) => [s.namespace, s.name, s.clusterIP, s.builtin])).toEqual([
      ['default', 'kubernetes', '10.96.0.1', true],
      ['kube-system', 'kube-dns', '10.96.0.10', true],
    ]);
    const dns = services[1];
    expect(dns.selector).toEqual({ 'k8s-app': 'kube-dns' });
    expect(dns.ports.map((p) => `${p.name} ${p.port}/${p.protocol}`)).toEqual([
      'dns 53/UDP',
      'dns-tcp 53/TCP',
      'metrics 9153/TCP',
    ]);
    expect(services[0].ports.map((p) => `${p.name} ${p.port}/${p.protocol}`)).toEqual([
      'https 443/TCP',
    ]);
  });

  it('§2 a manifest defining kube-dns wins over the built-in', () => {
    const { services } = servicesFromYaml(`
apiVersion: v1
kind: Service
metadata: {name: kube-dns, namespace: kube-system}
spec: {clusterIP: 10.96.0.53, selector: {app: mydns}, ports: [{port: 53, protocol: UDP}]}
`);
    const dns = find(services, 'kube-system/kube-dns')!;
    expect([dns.clusterIP, dns.builtin, dns.selector]).toEqual([
      '10.96.0.53',
      undefined,
      { app: 'mydns' },
    ]);
  });

  it('§3.2 a Service asking for a built-in address is rejected', () => {
    const { services, diags } = servicesFromYaml(`
apiVersion: v1
kind: Service
metadata: {name: mine}
spec:
  clusterIP: 10.96.0.10
  ports: [{port: 80}]
`);
    expect(find(services, 'default/mine')).toBeUndefined();
    expect(diags).toMatchObject([
      { code: 'SERVICE_CLUSTER_IP_IN_USE', line: 6, severity: 'error' },
    ]);
  });

  it('outputs Services sorted by namespace/name', () => {
    const { services } = servicesFromYaml(`
kind: Service
metadata: {name: b, namespace: z}
spec: {ports: [{port: 1}]}
---
kind: Service
metadata: {name: a, namespace: z}
spec: {ports: [{port: 1}]}
---
kind: Service
metadata: {name: c, namespace: a}
spec: {ports: [{port: 1}]}
`);
    expect(services.map((s) => `${s.namespace}/${s.name}`)).toEqual([
      'a/c',
      'default/kubernetes',
      'kube-system/kube-dns',
      'z/a',
      'z/b',
    ]);
  });
});

describe('ClusterIP allocation', () => {
  it('§3.2 automatic addresses come from the upper band of the service CIDR', () => {
    const { services } = servicesFromYaml(`
kind: Service
metadata: {name: web}
spec: {ports: [{port: 80}]}
`);
    const ip = find(services, 'default/web')!.clusterIP!;
    const [a, b, c] = ip.split('.').map(Number);
    expect(a).toBe(10);
    // 10.96.0.0/12 static band = first 256 addresses, i.e. up to 10.96.1.0.
    expect(b >= 96 && b <= 111 && !(b === 96 && c === 0)).toBe(true);
  });

  it('§3.2 the later of two Services asking for one address is rejected', () => {
    const { services, diags } = servicesFromYaml(`
kind: Service
metadata: {name: zz-first}
spec: {clusterIP: 10.96.0.50, ports: [{port: 80}]}
---
kind: Service
metadata: {name: aa-second}
spec:
  clusterIP: 10.96.0.50
  ports: [{port: 80}]
`);
    expect(find(services, 'default/zz-first')!.clusterIP).toBe('10.96.0.50');
    expect(find(services, 'default/aa-second')).toBeUndefined();
    expect(diags).toMatchObject([{ code: 'SERVICE_CLUSTER_IP_IN_USE', line: 9 }]);
    expect(diags[0].message).toContain('default/zz-first');
  });

  it('§3.2 an explicit address outside the service CIDR is rejected', () => {
    const { services, diags } = servicesFromYaml(`
kind: Service
metadata: {name: web}
spec: {clusterIP: 10.0.0.5, ports: [{port: 80}]}
`);
    expect(find(services, 'default/web')).toBeUndefined();
    expect(codes(diags)).toEqual(['SERVICE_CLUSTER_IP_OUT_OF_RANGE']);
  });

  it('§3.2 a full service CIDR rejects the Service that finds no address', () => {
    const diags: Diagnostic[] = [];
    const yaml = ['a', 'b', 'c', 'd', 'e', 'f', 'g'].map(
      (n) => `kind: Service\nmetadata: {name: ${n}}\nspec: {ports: [{port: 80}]}\n`,
    );
    // A /29 has 6 usable addresses; the two built-ins take 10.96.0.1 and (auto) one more.
    const settings = { ...DEFAULT_SETTINGS, serviceCIDR: '10.96.0.0/29' };
    const services = buildServices(manifestsFromYaml(yaml.join('---\n')), settings, diags);
    expect(services.length).toBe(6);
    expect(codes(diags)).toEqual(['SERVICE_CIDR_FULL', 'SERVICE_CIDR_FULL', 'SERVICE_CIDR_FULL']);
    expect(new Set(services.map((s) => s.clusterIP)).size).toBe(6);
  });

  it('§3.2 allocates from an IPv6 service CIDR too', () => {
    const diags: Diagnostic[] = [];
    const settings = { ...DEFAULT_SETTINGS, serviceCIDR: 'fd00:10:96::/108' };
    const services = buildServices(manifestsFromYaml(''), settings, diags);
    expect(services.map((s) => s.clusterIP)).toEqual(['fd00:10:96::1', 'fd00:10:96::a']);
  });
});

describe('Headless, ExternalName and LoadBalancer', () => {
  it('§3.3 clusterIP None is headless and may have no ports', () => {
    const { services, diags } = servicesFromYaml(`
kind: Service
metadata: {name: db}
spec: {clusterIP: None, selector: {app: db}}
`);
    const db = find(services, 'default/db')!;
    expect([db.clusterIP, db.headless, db.ports]).toEqual(['None', true, []]);
    expect(diags).toEqual([]);
  });

  it('§3.6 ExternalName has no ClusterIP; an IP-like name is a warning', () => {
    const { services, diags } = servicesFromYaml(`
kind: Service
metadata: {name: billing-db, namespace: shop}
spec:
  type: ExternalName
  externalName: db.example.net.
  selector: {app: db}
---
kind: Service
metadata: {name: byip, namespace: shop}
spec:
  type: ExternalName
  externalName: 192.0.2.10
`);
    const db = find(services, 'shop/billing-db')!;
    expect([db.clusterIP, db.externalName, db.headless]).toEqual([null, 'db.example.net.', false]);
    expect(find(services, 'shop/byip')!.externalName).toBe('192.0.2.10');
    expect(diags).toMatchObject([
      { code: 'SERVICE_EXTERNAL_NAME_IP', severity: 'warning', line: 13 },
    ]);
  });

  it('§3.5 the external IP comes from status, else it is simulated from 198.51.100.0/24', () => {
    const { services, diags } = servicesFromYaml(`
kind: Service
metadata: {name: real}
spec: {type: LoadBalancer, ports: [{port: 80}]}
status: {loadBalancer: {ingress: [{ip: 203.0.113.7}]}}
---
kind: Service
metadata: {name: sim}
spec: {type: LoadBalancer, ports: [{port: 80}]}
`);
    const real = find(services, 'default/real')!;
    const sim = find(services, 'default/sim')!;
    expect([real.loadBalancerIP, real.loadBalancerSimulated]).toEqual(['203.0.113.7', false]);
    expect(sim.loadBalancerIP!.startsWith('198.51.100.')).toBe(true);
    expect(sim.loadBalancerSimulated).toBe(true);
    expect(real.externalTrafficPolicy).toBe('Cluster');
    expect(codes(diags)).toEqual(['SERVICE_LB_SIMULATED']);
  });

  it('§3.5 Local adds a healthCheckNodePort; source ranges are kept', () => {
    const { services } = servicesFromYaml(`
kind: Service
metadata: {name: lb}
spec:
  type: LoadBalancer
  externalTrafficPolicy: Local
  healthCheckNodePort: 30500
  loadBalancerSourceRanges: [203.0.113.0/24]
  ports: [{port: 80, nodePort: 30080}]
`);
    const lb = find(services, 'default/lb')!;
    expect([lb.healthCheckNodePort, lb.loadBalancerSourceRanges, lb.ports[0].nodePort]).toEqual([
      30500,
      ['203.0.113.0/24'],
      30080,
    ]);
  });

  it('§3.11 externalIPs are kept, with an info note', () => {
    const { services, diags } = servicesFromYaml(`
kind: Service
metadata: {name: web}
spec: {externalIPs: [192.0.2.5], ports: [{port: 80}]}
`);
    const web = find(services, 'default/web')!;
    expect([web.externalIPs, web.externalTrafficPolicy]).toEqual([['192.0.2.5'], 'Cluster']);
    expect(diags).toMatchObject([{ code: 'SERVICE_EXTERNAL_IPS', severity: 'info', line: 4 }]);
  });
});
