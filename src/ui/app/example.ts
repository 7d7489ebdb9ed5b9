// The text the editor starts with: the repository's examples/shop.yaml when it exists at build
// time (import.meta.glob finds nothing otherwise, so the build never breaks), else the embedded
// default manifest.
import type { InputFile } from '../../engine/index';
import { DEFAULT_MANIFEST } from './defaultManifest';

const found = import.meta.glob<string>('/examples/shop.yaml', {
  query: '?raw',
  import: 'default',
  eager: true,
});

export const EXAMPLE_FILE: InputFile = {
  name: 'shop.yaml',
  text: Object.values(found)[0] ?? DEFAULT_MANIFEST,
};
