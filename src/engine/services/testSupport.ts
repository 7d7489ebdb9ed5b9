// Test support only: hand-built Pods (plain model literals), so the services tests do not depend
// on the topology stage that normally makes them.
import type { ContainerPort, Pod, Service } from '../model/cluster';
import { buildServices } from './services';
import { manifestsFromYaml } from '../testing/manifests';
import { DEFAULT_SETTINGS } from '../model/settings';
import type { Diagnostic } from '../model/diagnostic';

/** A running, ready pod; `ports` entries default to TCP in container `c`. */
export function makePod(
  ref: string,
  labels: Record<string, string>,
  extra: Partial<Omit<Pod, 'ports'>> & { ports?: Partial<ContainerPort>[] } = {},
): Pod {
  const [namespace, name] = ref.split('/');
  const { ports = [], ...rest } = extra;
  return {
    namespace,
    name,
    ref,
    labels,
    annotations: {},
    node: 'node-1',
    ip: '10.244.0.2',
    phase: 'Running',
    ready: true,
    hostNetwork: false,
    hostname: name,
    dnsPolicy: 'ClusterFirst',
    enableServiceLinks: true,
    nodeSelector: {},
    tolerations: [],
    containers: ['c'],
    ports: ports.map((p) => ({ containerPort: 80, protocol: 'TCP', container: 'c', ...p })),
    env: {},
    source: { file: 'pods.yaml', line: 1 },
    ...rest,
  };
}

/** Services from YAML through the real buildServices, with its diagnostics. */
export function servicesFromYaml(yaml: string): { services: Service[]; diags: Diagnostic[] } {
  const diags: Diagnostic[] = [];
  const services = buildServices(manifestsFromYaml(yaml), DEFAULT_SETTINGS, diags);
  return { services, diags };
}
