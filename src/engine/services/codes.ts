// Diagnostic codes owned by services/: stable strings, each with a one-line meaning.
// Errors mean the API server would reject the object, which then does not exist (SEMANTICS.md §0).
export const SERVICE_CODES = {
  SERVICE_NAME_INVALID: 'A Service name is not a DNS-1035 label (rejected).',
  SERVICE_DUPLICATE: 'A second Service with the same namespace/name (the later one is rejected).',
  SERVICE_TYPE_INVALID: 'spec.type is not ClusterIP, NodePort, LoadBalancer or ExternalName.',
  SERVICE_PORTS_REQUIRED: 'A non-headless, non-ExternalName Service without ports (rejected).',
  SERVICE_PORT_INVALID:
    'A Service port entry breaks a §8.3 rule: number, protocol, name, targetPort.',
  SERVICE_PORT_DUPLICATE:
    'Two port entries share a name, (port, protocol) or (nodePort, protocol).',
  SERVICE_CLUSTER_IP_INVALID: 'clusterIP is malformed, or not allowed for the Service type.',
  SERVICE_CLUSTER_IP_OUT_OF_RANGE: 'An explicit clusterIP lies outside the service CIDR.',
  SERVICE_CLUSTER_IP_IN_USE: 'An explicit clusterIP already belongs to another Service.',
  SERVICE_CIDR_FULL: 'No free address is left in the service CIDR.',
  SERVICE_NODE_PORT_FORBIDDEN: 'nodePort on a Service type that has no node ports.',
  SERVICE_NODE_PORT_OUT_OF_RANGE: 'A nodePort outside 30000–32767.',
  SERVICE_NODE_PORT_IN_USE: 'A nodePort already held by another Service or another port entry.',
  SERVICE_NODE_PORTS_FULL: 'No free node port is left in the range.',
  SERVICE_TRAFFIC_POLICY_INVALID:
    'external/internalTrafficPolicy has a bad value or is not allowed.',
  SERVICE_HEALTH_CHECK_NODE_PORT_INVALID: 'healthCheckNodePort set where not allowed, or bad.',
  SERVICE_SESSION_AFFINITY_INVALID: 'sessionAffinity(Config) has a bad value or timeout.',
  SERVICE_LOAD_BALANCER_FIELD_FORBIDDEN: 'A LoadBalancer-only field on another Service type.',
  SERVICE_SOURCE_RANGE_INVALID: 'A loadBalancerSourceRanges entry is not a CIDR.',
  SERVICE_KUBELET_PORT: 'A LoadBalancer Service exposes port 10250 (the kubelet port).',
  SERVICE_EXTERNAL_IP_INVALID: 'An externalIPs entry is not a valid, non-special IP address.',
  SERVICE_SELECTOR_INVALID: 'A selector key or value is not a valid label.',
  SERVICE_EXTERNAL_NAME_INVALID: 'externalName missing or not a lowercase DNS-1123 subdomain.',
  SERVICE_EXTERNAL_NAME_IP: 'externalName looks like an IPv4 address: cluster DNS never serves it.',
  SERVICE_EXTERNAL_IPS: 'externalIPs are used as given; clusters often forbid them (info).',
  SERVICE_LB_SIMULATED: 'No status.loadBalancer IP: the engine simulated one (info).',
  SERVICE_TOLERATE_UNREADY_IGNORED:
    'The tolerate-unready-endpoints annotation is ignored; publishNotReadyAddresses counts (info).',
  SERVICE_SELECTOR_MATCHES_NOTHING: 'The Service selector matches no pod in its namespace.',
  SERVICE_TARGET_PORT_UNRESOLVED:
    'A named targetPort is missing, or has another protocol, on some or all selected pods.',
  SERVICE_NO_ENDPOINT_SOURCE:
    'A Service without selector and without EndpointSlice/Endpoints (info).',
  ENDPOINT_ADDRESS_INVALID: 'A hand-written endpoint address is invalid or special (rejected).',
  ENDPOINT_SLICE_INVALID: 'A hand-written EndpointSlice/Endpoints breaks an API rule (rejected).',
  ENDPOINT_ADDRESS_IS_CLUSTER_IP: "An endpoint address is another Service's ClusterIP.",
  ENDPOINT_PORT_UNPAIRED: 'A Service port finds no endpoint port of the same name and protocol.',
  ENDPOINT_SLICE_UNUSED: 'Hand-written endpoints for a missing Service or one with a selector.',
  STATEFULSET_SERVICE_MISSING: 'A StatefulSet serviceName is unset or names no Service there.',
  STATEFULSET_SERVICE_NOT_HEADLESS:
    'A StatefulSet serviceName names a Service that is not headless.',
} as const;

export type ServiceCode = keyof typeof SERVICE_CODES;
