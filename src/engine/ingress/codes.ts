// Diagnostic codes owned by ingress/: stable strings, each with a one-line meaning.
export const INGRESS_CODES = {} as const;
