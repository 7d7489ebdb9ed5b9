// Text → Kubernetes objects with a line index. STUB: the parse owner replaces this body.
import type { Diagnostic } from '../model/diagnostic';
import type { Manifest } from '../model/manifest';
import type { InputFile } from '../model/source';

export interface ParseResult {
  manifests: Manifest[];
  diagnostics: Diagnostic[];
}

/** Parses every file (multi-document YAML, JSON, `kind: List`) into objects in input order. */
export function parseManifests(files: readonly InputFile[]): ParseResult {
  void files;
  return { manifests: [], diagnostics: [] };
}
