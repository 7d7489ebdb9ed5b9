// Diagnostic codes owned by policy/: stable strings, each with a one-line meaning.
export const POLICY_CODES = {} as const;
