// A parsed Kubernetes object with its place in the text. Produced by parse/, read by every stage.
import type { SourceRef } from './source';

/** A path into an object, e.g. `['spec', 'ports', 0, 'targetPort']`. */
export type FieldPath = readonly (string | number)[];

/** One Kubernetes object from the input (List items are expanded into their own objects). */
export interface Manifest {
  apiVersion: string;
  kind: string;
  /** `metadata.name` ('' when absent: validation reports it). */
  name: string;
  /** `metadata.namespace` as written, or undefined (cluster-scoped, or defaulted later). */
  namespace?: string;
  /** The object as plain JSON data. */
  raw: Record<string, unknown>;
  /** Where the object starts (its first content line). */
  source: SourceRef;
  /** Input order across all files: ties are broken by it (e.g. the later duplicate loses). */
  order: number;
  /**
   * The line of a field inside this object; falls back to the nearest ancestor that has one,
   * and finally to `source`.
   */
  lineOf(path: FieldPath): SourceRef;
}

/** `Kind/namespace/name` or `Kind/name`: how diagnostics and hops name an object. */
export type ObjectRef = string;

export function objectRef(kind: string, name: string, namespace?: string): ObjectRef {
  return namespace ? `${kind}/${namespace}/${name}` : `${kind}/${name}`;
}
