// Which pods are the ingress controller (SEMANTICS.md §7.3), and the Service in front of them.
// Heuristic, in order: pods labelled as ingress-nginx (app.kubernetes.io/name, app or k8s-app
// equal to ingress-nginx / nginx-ingress / ingress-nginx-controller, and component "controller"
// when a component label is present); else pods whose container image names ingress-nginx. With
// none, an ASSUMED controller stands in. What policy makes of it is trace/viaIngress.ts's job.
import type { Cluster, Namespace, Pod, Service } from '../model/cluster';
import { mapMatches } from '../topology/selectors';
import { cidrSize, nthAddress } from '../net/ip';

export interface IngressController {
  /** true: no controller pods in the manifests; `pods` holds one stand-in pod. */
  assumed: boolean;
  pods: Pod[];
  /** The Service clients reach it through (LoadBalancer > NodePort > ClusterIP), if any. */
  service?: Service;
  /** How it was recognised, in plain words. */
  how: string;
  /** For an assumed controller: the cluster with the stand-in pod (and namespace) added. */
  cluster: Cluster;
}

const NAMES = new Set([
  'ingress-nginx',
  'nginx-ingress',
  'ingress-nginx-controller',
  'nginx-ingress-controller',
]);
const KEYS = ['app.kubernetes.io/name', 'app', 'k8s-app'];
export const ASSUMED_NAMESPACE = 'ingress-nginx';
export const ASSUMED_LABELS = {
  'app.kubernetes.io/name': 'ingress-nginx',
  'app.kubernetes.io/component': 'controller',
};

function byLabels(p: Pod): boolean {
  const component = p.labels['app.kubernetes.io/component'];
  return (
    KEYS.some((k) => NAMES.has(p.labels[k] ?? '')) &&
    (component === undefined || component === 'controller')
  );
}

const byImage = (p: Pod) =>
  (p.images ?? []).some((i) => /ingress-nginx\/controller|nginx-ingress-controller/.test(i));

function pickService(cluster: Cluster, pod: Pod): Service | undefined {
  const rank = (s: Service) => (s.type === 'LoadBalancer' ? 0 : s.type === 'NodePort' ? 1 : 2);
  const candidates = cluster.services.filter(
    (s) =>
      s.namespace === pod.namespace &&
      s.selector &&
      Object.keys(s.selector).length > 0 &&
      mapMatches(s.selector, pod.labels) &&
      s.ports.some((p) => p.port === 80 || p.port === 443) &&
      !/admission|webhook|metrics/.test(s.name),
  );
  return candidates.sort((a, b) => rank(a) - rank(b) || (a.name < b.name ? -1 : 1))[0];
}

const cache = new WeakMap<Cluster, IngressController>();

/** The ingress controller of `cluster`, memoised per Cluster object. */
export function findIngressController(cluster: Cluster): IngressController {
  const hit = cache.get(cluster);
  if (hit) return hit;
  const running = cluster.pods.filter((p) => p.ip && p.phase === 'Running');
  let pods = running.filter(byLabels);
  let how = 'pods labelled as ingress-nginx controllers';
  if (pods.length === 0) {
    pods = running.filter(byImage);
    how = 'pods running an ingress-nginx controller image';
  }
  // Several candidate namespaces: prefer the conventional one, then the first in order.
  const ns = pods.some((p) => p.namespace === ASSUMED_NAMESPACE)
    ? ASSUMED_NAMESPACE
    : pods[0]?.namespace;
  pods = pods.filter((p) => p.namespace === ns).sort((a, b) => (a.ref < b.ref ? -1 : 1));
  const found: IngressController =
    pods.length > 0
      ? { assumed: false, pods, service: pickService(cluster, pods[0]), how, cluster }
      : assumedController(cluster);
  cache.set(cluster, found);
  return found;
}

/** A stand-in controller pod, added to a copy of the cluster so NetworkPolicy can evaluate it. */
function assumedController(cluster: Cluster): IngressController {
  const size = cidrSize(cluster.settings.podCIDR);
  // An unused address inside the pod network: ipBlocks covering the pod CIDR match it, as they would a real controller.
  const ip = size > 4 ? nthAddress(cluster.settings.podCIDR, size - 2) : '10.244.255.254';
  const name = 'ingress-nginx-controller-assumed';
  const pod: Pod = {
    namespace: ASSUMED_NAMESPACE,
    name,
    ref: `${ASSUMED_NAMESPACE}/${name}`,
    labels: { ...ASSUMED_LABELS },
    annotations: {},
    ip,
    phase: 'Running',
    ready: true,
    hostNetwork: false,
    hostname: name,
    dnsPolicy: 'ClusterFirst',
    enableServiceLinks: true,
    nodeSelector: {},
    tolerations: [],
    containers: ['controller'],
    ports: [],
    env: {},
    hypothetical: true,
    source: { file: '(assumed)', line: 0 },
  };
  if (cluster.nodes[0]) pod.node = cluster.nodes[0].name;
  const namespaces: Namespace[] = cluster.namespaces.some((n) => n.name === ASSUMED_NAMESPACE)
    ? cluster.namespaces
    : [
        ...cluster.namespaces,
        {
          name: ASSUMED_NAMESPACE,
          labels: { 'kubernetes.io/metadata.name': ASSUMED_NAMESPACE },
          explicit: false,
        },
      ];
  const how = `no ingress controller pods in the manifests: ASSUMED an ingress-nginx controller in namespace ${ASSUMED_NAMESPACE} labelled app.kubernetes.io/name=ingress-nginx at ${ip}; backend verdicts are only as good as that assumption`;
  return {
    assumed: true,
    pods: [pod],
    how,
    cluster: { ...cluster, pods: [...cluster.pods, pod], namespaces },
  };
}
