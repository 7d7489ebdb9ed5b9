// Diagnostic codes owned by services/: stable strings, each with a one-line meaning.
export const SERVICE_CODES = {} as const;
