// Diagnostic codes owned by dns/: stable strings, each with a one-line meaning. None yet: DNS
// answers never reject manifests. The checks that touch DNS fields (dnsPolicy/dnsConfig limits,
// IP-looking ExternalName, StatefulSet serviceName) belong to topology/ and services/ (§8.2, §8.3).
export const DNS_CODES = {} as const;
