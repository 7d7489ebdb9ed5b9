// How plain scalars become values, matched to what kubectl does: sigs.k8s.io/yaml decodes with
// go-yaml v2, whose resolver is YAML 1.1-flavoured. The rest of the parse stage uses this schema
// and never resolves scalars itself.
import { CORE_SCHEMA, NOT_RESOLVED, boolYaml11Tag, defineScalarTag, mergeTag } from 'js-yaml';

// go-yaml v2 strips every `_`, then reads the number as Go's ParseInt(s, 0, 64) does: 0x hex,
// 0o and leading-0 octal, 0b binary. So `defaultMode: 0644` is 420, as the API server sees it.
// Unlike js-yaml's YAML 1.1 int, there is no base-60 (`8080:80` stays a string).
const GO_INT = /^[-+]?(?:0[xX][0-9a-fA-F]+|0[oO]?[0-7]*|0[bB][01]+|[1-9][0-9]*)$/;

function resolveGoInt(source: string): number | typeof NOT_RESOLVED {
  const plain = source.includes('_') ? source.replace(/_/g, '') : source;
  if (!GO_INT.test(plain)) return NOT_RESOLVED;
  const sign = plain[0] === '-' ? -1 : 1;
  const digits = plain[0] === '-' || plain[0] === '+' ? plain.slice(1) : plain;
  const p = digits[1];
  if (p === 'x' || p === 'X') return sign * parseInt(digits.slice(2), 16);
  if (p === 'b' || p === 'B') return sign * parseInt(digits.slice(2), 2);
  if (p === 'o' || p === 'O') return sign * parseInt(digits.slice(2), 8);
  if (digits.length > 1 && digits[0] === '0') return sign * parseInt(digits, 8);
  return sign * parseInt(digits, 10);
}

const goIntTag = defineScalarTag<number>('tag:yaml.org,2002:int', {
  implicit: true,
  implicitFirstChars: ['-', '+', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9'],
  resolve: (source) => resolveGoInt(source),
  identify: (data) => typeof data === 'number' && Number.isInteger(data),
});

/**
 * YAML 1.2 core schema with go-yaml v2's booleans (`yes`/`no`/`on`/`off`/`y`/`n`), its integers
 * and merge keys (`<<`). Timestamps stay strings; no tag yields a non-JSON value (Date, binary,
 * Set), so every parsed object is plain JSON data.
 */
export const KUBECTL_SCHEMA = CORE_SCHEMA.withTags(boolYaml11Tag, goIntTag, mergeTag);

const PLAIN_SPECIAL_KEY =
  /^[-+.~0-9]|^(?:y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF|null|Null|NULL)$/;

/**
 * The property name an unquoted key becomes: js-yaml's object maps turn resolved non-string
 * keys into strings (`80` → "80", `yes` → "true", `~` → "null").
 */
export function plainKeyName(source: string): string {
  if (!PLAIN_SPECIAL_KEY.test(source)) return source;
  return String(KUBECTL_SCHEMA.resolveImplicitScalarTag(source).value);
}

/** The value of an unquoted scalar, as the schema resolves it. */
export function plainValue(source: string): unknown {
  return KUBECTL_SCHEMA.resolveImplicitScalarTag(source).value;
}
