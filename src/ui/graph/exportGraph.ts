// Export of the whole graph as an image file: PNG through Cytoscape's own renderer, SVG through
// the cytoscape-svg extension (loaded on first use; it draws through the same renderer into an
// SVG document, so labels become escaped <text> nodes, never markup). Both at presentation scale,
// on the theme's background, saved through a blob URL and <a download> (nothing leaves the page).
import type { Core } from 'cytoscape';
import { graphThemeOf } from './graphTheme';

export type ImageFormat = 'png' | 'svg';

/** Twice the on-screen size: sharp on slides and high-density screens. */
export const EXPORT_SCALE = 2;

/** What the downloaded file is called. */
export function exportFileName(format: ImageFormat): string {
  return `podpath-graph.${format}`;
}

interface SvgCore {
  svg(options: { full: boolean; scale: number; bg: string }): string;
}

let svgReady: Promise<void> | null = null;

/** Registers cytoscape-svg once (both modules are loaded only when someone exports an SVG). */
function loadSvgExtension(): Promise<void> {
  svgReady ??= Promise.all([import('cytoscape'), import('cytoscape-svg')]).then(
    ([{ default: cytoscape }, { default: svg }]) => void cytoscape.use(svg),
  );
  return svgReady;
}

/** The whole graph (not just the viewport) as an image on `background`. */
export async function renderGraphImage(
  cy: Core,
  format: ImageFormat,
  background: string,
): Promise<Blob> {
  const options = { full: true, scale: EXPORT_SCALE, bg: background };
  if (format === 'png') return cy.png({ ...options, output: 'blob-promise' });
  await loadSvgExtension();
  const markup = (cy as unknown as SvgCore).svg(options);
  return new Blob([markup], { type: 'image/svg+xml;charset=utf-8' });
}

/** The parts of the page saving needs (tests pass fakes). */
export interface SaveTarget {
  document: Pick<Document, 'createElement' | 'body'>;
  urls: Pick<typeof URL, 'createObjectURL' | 'revokeObjectURL'>;
}

/** Offers `blob` as a download named `name`, then frees its URL. */
export function saveBlob(
  blob: Blob,
  name: string,
  target: SaveTarget = { document, urls: URL },
): void {
  const url = target.urls.createObjectURL(blob);
  const link = target.document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  target.document.body.append(link);
  link.click();
  link.remove();
  // After this task: the click has handed the blob to the download by then.
  setTimeout(() => target.urls.revokeObjectURL(url), 0);
}

/** Renders the graph in `format` on the theme's background and downloads it. */
export async function exportGraph(cy: Core, format: ImageFormat): Promise<void> {
  const background = graphThemeOf(cy.container() ?? document.documentElement).background;
  saveBlob(await renderGraphImage(cy, format, background), exportFileName(format));
}
