// Monaco as STACK.md §4a sets it up: the editor core with all its features but no languages, YAML
// highlighting, and monaco-yaml for Kubernetes validation, completion and hovers. The schema is a
// same-origin file fetched by relative URL (works under any sub-path, offline once loaded), so it
// stays out of this chunk. Imported only by the lazily loaded editor component.
import 'monaco-editor/esm/vs/editor/edcore.main';
import * as monaco from 'monaco-editor/esm/vs/editor/editor.api';
import 'monaco-editor/esm/vs/basic-languages/yaml/yaml.contribution';
import EditorWorker from 'monaco-editor/esm/vs/editor/editor.worker?worker';
import { configureMonacoYaml, type JSONSchema } from 'monaco-yaml';
import YamlWorker from 'monaco-yaml/yaml.worker?worker';
import { monacoThemeData, monacoThemeName, type EditorTheme } from './monacoTheme';

self.MonacoEnvironment = {
  getWorker(_moduleId: string, label: string) {
    if (label === 'yaml') return new YamlWorker();
    return new EditorWorker();
  },
};

/** Relative to the page, so `/podpath/` serves `/podpath/k8s-schema.json`. */
export const SCHEMA_URL = 'k8s-schema.json';
const SCHEMA_ID = 'inmemory://podpath/k8s-schema.json';

const monacoYaml = configureMonacoYaml(monaco, {
  enableSchemaRequest: false, // never fetch anything at run time
  hover: true,
  completion: true,
  validate: true,
  format: { enable: true },
  schemas: [],
});

let schemaLoad: Promise<boolean> | null = null;
let schemaReady = false;

/** True once the schema is in place (validation and completion are on). */
export const isSchemaLoaded = () => schemaReady;

/** Fetches the Kubernetes schema once and hands it to monaco-yaml; false when it failed. */
export function loadKubernetesSchema(): Promise<boolean> {
  schemaLoad ??= fetch(SCHEMA_URL)
    .then((r) => {
      if (!r.ok) throw new Error(`${SCHEMA_URL}: HTTP ${r.status}`);
      return r.json() as Promise<JSONSchema>;
    })
    .then(async (schema) => {
      await monacoYaml.update({ schemas: [{ uri: SCHEMA_ID, fileMatch: ['*'], schema }] });
      schemaReady = true;
      return true;
    })
    .catch((e: unknown) => {
      console.warn('Podpath: Kubernetes schema unavailable; YAML is checked for syntax only.', e);
      return false;
    });
  return schemaLoad;
}

/**
 * A CSS variable's colour as #rrggbb, whatever form the CSS minifier left it in (#fff, a name):
 * a canvas context's fillStyle reads back opaque colours that way.
 */
function hexColour(css: CSSStyleDeclaration, variable: string, probe: CanvasRenderingContext2D) {
  const value = css.getPropertyValue(variable).trim();
  if (!value) return '';
  probe.fillStyle = '#000000';
  probe.fillStyle = value;
  return String(probe.fillStyle);
}

/** Switches every editor to the app theme, with colours read from the page's CSS variables now. */
export function applyEditorTheme(theme: EditorTheme): void {
  const css = getComputedStyle(document.documentElement);
  const probe = document.createElement('canvas').getContext('2d');
  const read = (v: string) => (probe ? hexColour(css, v, probe) : css.getPropertyValue(v).trim());
  monaco.editor.defineTheme(monacoThemeName(theme), monacoThemeData(theme, read));
  monaco.editor.setTheme(monacoThemeName(theme));
}

export { monaco };
