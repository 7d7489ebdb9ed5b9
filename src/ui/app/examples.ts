// The learners' examples behind the Examples menu: files from examples/, bundled as text. Each
// file starts with a comment header saying what it shows, what to try and what you should see.
import clusterIp from '../../../examples/clusterip-dns.yaml?raw';
import dnsPitfall from '../../../examples/dns-pitfall.yaml?raw';
import externalName from '../../../examples/externalname.yaml?raw';
import headless from '../../../examples/headless-statefulset.yaml?raw';
import ingress from '../../../examples/ingress.yaml?raw';
import loadBalancer from '../../../examples/loadbalancer.yaml?raw';
import namespaces from '../../../examples/namespace-isolation.yaml?raw';
import noEnforcement from '../../../examples/no-enforcement.yaml?raw';
import nodePort from '../../../examples/nodeport.yaml?raw';
import shop from '../../../examples/shop.yaml?raw';

export interface Example {
  id: string;
  title: string;
  summary: string;
  /** The tab name it opens as (suffixed when taken). */
  file: string;
  text: string;
}

export const EXAMPLES: readonly Example[] = [
  {
    id: 'clusterip',
    title: 'ClusterIP and DNS discovery',
    summary: 'A Service name and virtual IP in front of three pods',
    file: 'clusterip-dns.yaml',
    text: clusterIp,
  },
  {
    id: 'nodeport',
    title: 'NodePort from outside',
    summary: 'nodePort 30080 on every node; externalTrafficPolicy Local vs Cluster',
    file: 'nodeport.yaml',
    text: nodePort,
  },
  {
    id: 'loadbalancer',
    title: 'LoadBalancer',
    summary: 'An external address spread over the nodes and pods',
    file: 'loadbalancer.yaml',
    text: loadBalancer,
  },
  {
    id: 'externalname',
    title: 'ExternalName',
    summary: 'A DNS alias (CNAME) to a name outside the cluster',
    file: 'externalname.yaml',
    text: externalName,
  },
  {
    id: 'headless',
    title: 'Headless Service + StatefulSet',
    summary: 'Stable per-pod names: db-0.db, db-1.db',
    file: 'headless-statefulset.yaml',
    text: headless,
  },
  {
    id: 'ingress',
    title: 'Ingress: hosts, paths and TLS',
    summary: 'Two hosts, a longer path prefix, TLS at the controller',
    file: 'ingress.yaml',
    text: ingress,
  },
  {
    id: 'shop',
    title: 'Three-tier app, zero trust',
    summary: 'Default deny; frontend → backend → database; DNS allowed',
    file: 'shop.yaml',
    text: shop,
  },
  {
    id: 'dns-pitfall',
    title: 'The DNS egress pitfall',
    summary: 'Egress locked down, DNS forgotten: lookups time out',
    file: 'dns-pitfall.yaml',
    text: dnsPitfall,
  },
  {
    id: 'namespaces',
    title: 'Namespace isolation',
    summary: 'namespaceSelector: same namespace and monitoring only',
    file: 'namespace-isolation.yaml',
    text: namespaces,
  },
  {
    id: 'no-enforcement',
    title: 'A plugin that ignores policy',
    summary: 'Switch the Network plugin to Flannel and see policies stop',
    file: 'no-enforcement.yaml',
    text: noEnforcement,
  },
];
