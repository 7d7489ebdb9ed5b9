// A small collector for one Service manifest's findings: errors (the API server rejects the
// object) and notes (warnings/info kept only when it is accepted). Shared by the spec and port
// readers so every finding carries the field's own line.
import { diagAt, type Diagnostic, type Severity } from '../model/diagnostic';
import { objectRef, type FieldPath, type Manifest } from '../model/manifest';
import type { ServiceCode } from './codes';

export interface ServiceReader {
  m: Manifest;
  namespace: string;
  /** `Service/namespace/name`. */
  ref: string;
  errors: Diagnostic[];
  notes: Diagnostic[];
  error(code: ServiceCode, message: string, path: FieldPath): void;
  note(code: ServiceCode, severity: Severity, message: string, path: FieldPath): void;
}

export function createServiceReader(m: Manifest): ServiceReader {
  const namespace = m.namespace ?? 'default';
  const ref = objectRef('Service', m.name, namespace);
  const r: ServiceReader = {
    m,
    namespace,
    ref,
    errors: [],
    notes: [],
    error(code, message, path) {
      r.errors.push(
        diagAt(code, 'error', `Service ${namespace}/${m.name}: ${message}`, m.lineOf(path), ref),
      );
    },
    note(code, severity, message, path) {
      r.notes.push(
        diagAt(code, severity, `Service ${namespace}/${m.name}: ${message}`, m.lineOf(path), ref),
      );
    },
  };
  return r;
}

/** The value at `spec.<key>` as written (undefined when absent). */
export function specField(m: Manifest, key: string): unknown {
  const spec = m.raw.spec;
  return spec && typeof spec === 'object' ? (spec as Record<string, unknown>)[key] : undefined;
}

/** Absent, null and "" all mean "not set" for optional API strings. */
export function isUnset(v: unknown): boolean {
  return v === undefined || v === null || v === '';
}
