// Diagnostic codes owned by policy/: stable strings, each with a one-line meaning
// (SEMANTICS.md §8.5, §6.1, §6.3, §6.5, §6.8–§6.10). Message wording lives beside the checks.
export const POLICY_CODES = {
  POLICY_INVALID: 'The API server would reject this NetworkPolicy; it is treated as absent.',
  POLICY_DUPLICATE:
    'A second NetworkPolicy with the same namespace and name; the later one is rejected.',
  POLICY_EGRESS_EMPTY_NO_TYPES:
    '`egress: []` without policyTypes: Egress is not added, so egress is not restricted.',
  POLICY_INGRESS_RULES_IGNORED: 'Ingress rules are present but Ingress is not in policyTypes.',
  POLICY_IMPLICIT_INGRESS_ISOLATION:
    'Egress rules without policyTypes also make the pods deny all ingress.',
  POLICY_NO_DNS_EGRESS:
    'Pods isolated for egress cannot reach the cluster DNS pods on UDP and TCP 53.',
  POLICY_SERVICE_PORT:
    'A policy port equals a Service port whose targetPort differs; policy sees the targetPort.',
  POLICY_NAMED_PORT_UNRESOLVED: 'No candidate destination pod declares this named port.',
  POLICY_IPBLOCK_HOST_BITS: 'An ipBlock CIDR has host bits set; it behaves as its network.',
  POLICY_IPBLOCK_COVERS_PODS:
    'An ipBlock covers pod addresses; whether it matches pods depends on the network plugin.',
  POLICY_SELECTS_HOST_NETWORK:
    'The policy selects hostNetwork pods, which it cannot protect (they act as their node).',
  POLICY_CNI_NOT_ENFORCING: 'NetworkPolicies exist but the network plugin does not enforce them.',
  POLICY_SELECTS_NO_POD: 'The policy selects no pod.',
} as const;
