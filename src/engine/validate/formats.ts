// Name and string formats the API server enforces (SEMANTICS.md §8.1). Each returns null when the
// value is valid, or a short reason in the API server's words.

const DNS1123_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const DNS1035_LABEL = /^[a-z]([-a-z0-9]*[a-z0-9])?$/;
const LABEL_NAME = /^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$/;
const IANA_SVC = /^[a-z0-9]([a-z0-9-]*[a-z0-9])?$/;

export type FormatCheck = (value: string) => string | null;

export const dns1123Label: FormatCheck = (v) =>
  v.length > 63
    ? 'must be no more than 63 characters'
    : DNS1123_LABEL.test(v)
      ? null
      : "must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character";

export const dns1123Subdomain: FormatCheck = (v) => {
  if (v.length > 253) return 'must be no more than 253 characters';
  if (v === '') return 'must not be empty';
  return v.split('.').every((l) => l.length <= 63 && DNS1123_LABEL.test(l))
    ? null
    : "must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character";
};

export const dns1035Label: FormatCheck = (v) =>
  v.length > 63
    ? 'must be no more than 63 characters'
    : DNS1035_LABEL.test(v)
      ? null
      : "must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character";

export const ianaSvcName: FormatCheck = (v) => {
  if (v.length === 0 || v.length > 15) return 'must be no more than 15 characters';
  if (!IANA_SVC.test(v))
    return 'must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)';
  if (v.includes('--')) return 'must not contain consecutive hyphens';
  if (!/[a-z]/.test(v)) return 'must contain at least one letter (a-z)';
  return null;
};

export const labelKey: FormatCheck = (v) => {
  const slash = v.indexOf('/');
  const [prefix, name] = slash >= 0 ? [v.slice(0, slash), v.slice(slash + 1)] : [null, v];
  if (prefix !== null) {
    const p = dns1123Subdomain(prefix);
    if (p) return `prefix part ${p}`;
  }
  if (name.length === 0 || name.length > 63) return 'name part must be 1 to 63 characters';
  return LABEL_NAME.test(name)
    ? null
    : "name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character";
};

export const labelValue: FormatCheck = (v) => {
  if (v === '') return null;
  if (v.length > 63) return 'must be no more than 63 characters';
  return LABEL_NAME.test(v)
    ? null
    : "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character";
};

/** Integer in 1..65535. */
export function isPortNumber(v: unknown): v is number {
  return typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= 65535;
}
