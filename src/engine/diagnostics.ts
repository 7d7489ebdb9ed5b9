// The catalogue of diagnostic codes. Each concern keeps its own codes beside its code (parse,
// topology, services, dns, ingress, policy, trace); this file merges them so a code is unique.
import { PARSE_CODES } from './parse/codes';
import { TOPOLOGY_CODES } from './topology/codes';
import { SERVICE_CODES } from './services/codes';
import { DNS_CODES } from './dns/codes';
import { INGRESS_CODES } from './ingress/codes';
import { POLICY_CODES } from './policy/codes';

/** Every diagnostic code the engine can emit, with a one-line meaning. */
export const DIAGNOSTIC_CODES = {
  ...PARSE_CODES,
  ...TOPOLOGY_CODES,
  ...SERVICE_CODES,
  ...DNS_CODES,
  ...INGRESS_CODES,
  ...POLICY_CODES,
} as const;

export type DiagnosticCode = keyof typeof DIAGNOSTIC_CODES;
