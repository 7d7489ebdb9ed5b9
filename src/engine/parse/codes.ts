// Diagnostic codes owned by parse/: stable strings, each with a one-line meaning.
export const PARSE_CODES = {
  YAML_SYNTAX: 'The text is not valid YAML or JSON; the rest of the input is still analysed.',
  NOT_AN_OBJECT: 'A document is not a Kubernetes object (no apiVersion/kind).',
} as const;
