// The cluster DNS add-on as kubeadm installs it (SEMANTICS.md §2): Deployment kube-system/coredns.
// It goes through the same expansion as user workloads; a manifest of the same name replaces it.
// Its Services (kube-dns, kubernetes) belong to services/.
import type { Manifest } from '../model/manifest';
import { BUILTIN_SOURCE } from '../model/source';

/** Where engine-made objects "come from": no user file defines them. */
export { BUILTIN_SOURCE };

const DNS_LABELS = { 'k8s-app': 'kube-dns' };

/** The CoreDNS Deployment as a manifest (input order after every real object). */
export function corednsManifest(order: number): Manifest {
  const raw = {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: 'coredns', namespace: 'kube-system', labels: { ...DNS_LABELS } },
    spec: {
      replicas: 2,
      selector: { matchLabels: { ...DNS_LABELS } },
      template: {
        metadata: { labels: { ...DNS_LABELS } },
        spec: {
          priorityClassName: 'system-cluster-critical',
          // CoreDNS must not ask itself: it forwards to the node's resolvers.
          dnsPolicy: 'Default',
          nodeSelector: { 'kubernetes.io/os': 'linux' },
          tolerations: [
            { key: 'CriticalAddonsOnly', operator: 'Exists' },
            { key: 'node-role.kubernetes.io/control-plane', effect: 'NoSchedule' },
          ],
          containers: [
            {
              name: 'coredns',
              image: 'registry.k8s.io/coredns/coredns:v1.11.3',
              args: ['-conf', '/etc/coredns/Corefile'],
              ports: [
                { name: 'dns', containerPort: 53, protocol: 'UDP' },
                { name: 'dns-tcp', containerPort: 53, protocol: 'TCP' },
                { name: 'metrics', containerPort: 9153, protocol: 'TCP' },
              ],
            },
          ],
        },
      },
    },
  };
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    name: 'coredns',
    namespace: 'kube-system',
    raw,
    source: BUILTIN_SOURCE,
    order,
    lineOf: () => BUILTIN_SOURCE,
  };
}
