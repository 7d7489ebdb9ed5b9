// Diagnostic codes owned by topology/: stable strings, each with a one-line meaning.
export const TOPOLOGY_CODES = {
  UNKNOWN_KIND: 'Objects of a kind the engine does not model (listed, not an error).',
  SETTINGS_INVALID: 'A cluster setting (pod CIDR, node count) is unusable; a fallback is used.',
  NAMESPACE_INVALID: 'A namespace name is not a DNS-1123 label; objects in it are ignored.',
  NAMESPACE_IMPLICIT: 'A namespace is referenced but not defined; the engine creates it.',
  DUPLICATE_OBJECT: 'Two objects share kind, namespace and name; the later one is rejected.',
  OBJECT_NAME_INVALID: 'An object name breaks the format its kind requires (rejected).',
  LABELS_INVALID: 'A label key or value is malformed (object rejected).',
  NODE_INVALID: 'A Node object is malformed (rejected).',
  NODE_ADDRESS: 'A Node has no usable InternalIP or pod CIDR; the engine picks or lacks one.',
  NODE_OVERLAP: 'Two Nodes share an address or overlapping pod CIDRs.',
  WORKLOAD_SELECTOR_INVALID:
    'A workload selector is missing, empty, malformed or misses its template.',
  WORKLOAD_SPEC_INVALID: 'A workload field (replicas, template, Job counts, schedule) is invalid.',
  POD_SPEC_INVALID: 'A pod spec field is invalid (object rejected).',
  CONTAINER_PORT_INVALID: 'A container port breaks the API rules (object rejected).',
  PORT_NAME_REPEATED: 'Two containers of one pod declare the same port name.',
  DNS_POLICY_INVALID: 'dnsPolicy or dnsConfig breaks the API rules (object rejected).',
  HOST_NETWORK_CLUSTER_FIRST:
    'hostNetwork with dnsPolicy ClusterFirst silently behaves as Default.',
  STATEFULSET_SERVICE_NAME: 'A StatefulSet has no serviceName: its pods get no per-pod DNS names.',
  ADOPTION_SURPLUS: 'More matching bare pods than replicas: a real controller deletes some.',
  POD_NAME_TAKEN: 'A controller cannot create a pod because the name is taken.',
  POD_UNSCHEDULABLE: 'No node fits a pod: it stays Pending without an IP.',
  CRONJOB_HYPOTHETICAL: 'CronJob pods are one hypothetical Job run (info).',
  CRONJOB_CAPTURED_RUNS: 'A CronJob whose Jobs are in the input gets no hypothetical run (info).',
} as const;
