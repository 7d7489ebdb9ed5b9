// Diagnostic codes owned by topology/: stable strings, each with a one-line meaning.
export const TOPOLOGY_CODES = {
  UNKNOWN_KIND: 'Objects of a kind the engine does not model (listed, not an error).',
} as const;
