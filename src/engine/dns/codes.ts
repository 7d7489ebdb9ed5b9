// Diagnostic codes owned by dns/: stable strings, each with a one-line meaning.
export const DNS_CODES = {} as const;
