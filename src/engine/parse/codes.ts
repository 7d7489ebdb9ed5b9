// Diagnostic codes owned by parse/: stable strings, each with a one-line meaning.
export const PARSE_CODES = {
  YAML_SYNTAX: 'The text is not valid YAML or JSON; the rest of the input is still analysed.',
  NOT_AN_OBJECT: 'A document is not a Kubernetes object (no apiVersion/kind).',
  YAML_DUPLICATE_KEY:
    'A mapping repeats a key. kubectl refuses such a document (strict decoding), so the object is not created.',
  YAML_ALIASES_REFUSED:
    'A document uses too many YAML aliases or expands too far (a resource-exhaustion guard); it is ignored.',
  YAML_TOO_DEEP: 'A document nests deeper than the parser allows; it is ignored.',
} as const;
