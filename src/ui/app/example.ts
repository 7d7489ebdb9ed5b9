// The text the editor starts with: the repository's examples/shop.yaml, bundled as text so the
// app opens with a realistic cluster even offline.
import type { InputFile } from '../../engine/index';
import shopYaml from '../../../examples/shop.yaml?raw';

export const EXAMPLE_FILE: InputFile = { name: 'shop.yaml', text: shopYaml };
