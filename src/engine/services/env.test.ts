import { describe, expect, it } from 'vitest';
import { injectServiceEnv, envName } from './env';
import { makePod, servicesFromYaml } from './testSupport';
import { buildServices } from './services';
import { manifestsFromYaml } from '../testing/manifests';
import { DEFAULT_SETTINGS } from '../model/settings';

const REDIS = `apiVersion: v1
kind: Service
metadata: {name: redis-primary, namespace: shop}
spec:
  clusterIP: 10.96.0.50
  selector: {app: redis}
  ports:
  - {name: redis, port: 6379}
  - {name: metrics-http, port: 9121}
`;

const KUBERNETES = {
  KUBERNETES_SERVICE_HOST: '10.96.0.1',
  KUBERNETES_SERVICE_PORT: '443',
  KUBERNETES_SERVICE_PORT_HTTPS: '443',
  KUBERNETES_PORT: 'tcp://10.96.0.1:443',
  KUBERNETES_PORT_443_TCP: 'tcp://10.96.0.1:443',
  KUBERNETES_PORT_443_TCP_PROTO: 'tcp',
  KUBERNETES_PORT_443_TCP_PORT: '443',
  KUBERNETES_PORT_443_TCP_ADDR: '10.96.0.1',
};

function envOf(yaml: string, ...pods: ReturnType<typeof makePod>[]) {
  injectServiceEnv(pods, servicesFromYaml(yaml).services);
  return pods.map((p) => p.env);
}

describe('§3.12 service environment variables', () => {
  it('§3.12 the REDIS_PRIMARY example, plus the KUBERNETES_* set', () => {
    const [env] = envOf(REDIS, makePod('shop/client', {}));
    expect(env).toEqual({
      ...KUBERNETES,
      REDIS_PRIMARY_SERVICE_HOST: '10.96.0.50',
      REDIS_PRIMARY_SERVICE_PORT: '6379',
      REDIS_PRIMARY_SERVICE_PORT_REDIS: '6379',
      REDIS_PRIMARY_SERVICE_PORT_METRICS_HTTP: '9121',
      REDIS_PRIMARY_PORT: 'tcp://10.96.0.50:6379',
      REDIS_PRIMARY_PORT_6379_TCP: 'tcp://10.96.0.50:6379',
      REDIS_PRIMARY_PORT_6379_TCP_PROTO: 'tcp',
      REDIS_PRIMARY_PORT_6379_TCP_PORT: '6379',
      REDIS_PRIMARY_PORT_6379_TCP_ADDR: '10.96.0.50',
      REDIS_PRIMARY_PORT_9121_TCP: 'tcp://10.96.0.50:9121',
      REDIS_PRIMARY_PORT_9121_TCP_PROTO: 'tcp',
      REDIS_PRIMARY_PORT_9121_TCP_PORT: '9121',
      REDIS_PRIMARY_PORT_9121_TCP_ADDR: '10.96.0.50',
    });
  });

  it('§3.12 enableServiceLinks false, or another namespace: only KUBERNETES_*', () => {
    const [noLinks, elsewhere] = envOf(
      REDIS,
      makePod('shop/quiet', {}, { enableServiceLinks: false }),
      makePod('other/x', {}),
    );
    expect(noLinks).toEqual(KUBERNETES);
    expect(elsewhere).toEqual(KUBERNETES);
  });

  it('§3.12 headless and ExternalName Services give no variables; unnamed ports no _PORT_<NAME>', () => {
    const yaml = `kind: Service
metadata: {name: db, namespace: shop}
spec: {clusterIP: None, ports: [{port: 5432}]}
---
kind: Service
metadata: {name: ext, namespace: shop}
spec: {type: ExternalName, externalName: a.example.com}
---
kind: Service
metadata: {name: dns, namespace: shop}
spec: {clusterIP: 10.96.0.53, ports: [{port: 53, protocol: UDP}]}
`;
    const [env] = envOf(yaml, makePod('shop/a', {}));
    const own = Object.keys(env).filter((k) => !k.startsWith('KUBERNETES_'));
    expect(own.sort()).toEqual([
      'DNS_PORT',
      'DNS_PORT_53_UDP',
      'DNS_PORT_53_UDP_ADDR',
      'DNS_PORT_53_UDP_PORT',
      'DNS_PORT_53_UDP_PROTO',
      'DNS_SERVICE_HOST',
      'DNS_SERVICE_PORT',
    ]);
    expect(env.DNS_PORT).toBe('udp://10.96.0.53:53');
  });

  it('§3.12 a same-namespace Service called kubernetes replaces default/kubernetes', () => {
    const yaml = `kind: Service
metadata: {name: kubernetes, namespace: shop}
spec: {clusterIP: 10.96.0.77, ports: [{port: 8443}]}
`;
    const [linked, unlinked] = envOf(
      yaml,
      makePod('shop/a', {}),
      makePod('shop/b', {}, { enableServiceLinks: false }),
    );
    expect([linked.KUBERNETES_SERVICE_HOST, linked.KUBERNETES_SERVICE_PORT]).toEqual([
      '10.96.0.77',
      '8443',
    ]);
    expect(linked.KUBERNETES_SERVICE_PORT_HTTPS).toBeUndefined();
    expect(unlinked.KUBERNETES_SERVICE_HOST).toBe('10.96.0.1');
  });

  it('§3.12 variables the container declares itself are not injected', () => {
    const [env] = envOf(
      REDIS,
      makePod('shop/a', {}, { declaredEnv: ['REDIS_PRIMARY_SERVICE_HOST'] }),
    );
    expect(env.REDIS_PRIMARY_SERVICE_HOST).toBeUndefined();
    expect(env.REDIS_PRIMARY_SERVICE_PORT).toBe('6379');
  });

  it('§3.12 declared names that no Service injects leave the injected set whole', () => {
    const [plain, declaring, colliding] = envOf(
      REDIS,
      makePod('shop/a', {}),
      makePod('shop/b', {}, { declaredEnv: ['POD_IP', 'APP_SETTING'] }),
      makePod('shop/c', {}, { declaredEnv: ['POD_IP', 'KUBERNETES_PORT'] }),
    );
    expect(declaring).toEqual(plain);
    expect(declaring.POD_IP).toBeUndefined();
    expect(colliding.KUBERNETES_PORT).toBeUndefined();
    expect(Object.keys(colliding).length).toBe(Object.keys(plain).length - 1);
    expect(plain.KUBERNETES_PORT).toBe('tcp://10.96.0.1:443');
  });

  it('§3.12 IPv6 addresses are bracketed in the URL forms', () => {
    const yaml = `kind: Service
metadata: {name: v6, namespace: shop}
spec: {clusterIP: "fd00::50", ports: [{port: 80}]}
`;
    const settings = { ...DEFAULT_SETTINGS, serviceCIDR: 'fd00::/108' };
    const services = buildServices(manifestsFromYaml(yaml), settings, []);
    const pod = makePod('shop/a', {});
    injectServiceEnv([pod], services);
    expect([pod.env.V6_PORT, pod.env.V6_PORT_80_TCP_ADDR]).toEqual([
      'tcp://[fd00::50]:80',
      'fd00::50',
    ]);
    expect(pod.env.KUBERNETES_PORT).toBe('tcp://[fd00::1]:443');
  });

  it('§3.12 names: upper case with "-" turned into "_"', () => {
    expect(envName('my-svc-2')).toBe('MY_SVC_2');
  });
});
