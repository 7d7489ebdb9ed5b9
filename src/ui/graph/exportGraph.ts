// Export of the whole graph as an image file: PNG through Cytoscape's own renderer, SVG through
// the same renderer drawing into canvas2svg (svgRender.ts, loaded on first use; labels become
// escaped <text> nodes, never markup). Both at presentation scale,
// on the theme's background with a margin, saved through a blob URL and <a download> (nothing
// leaves the page).
import type { Core } from 'cytoscape';
import { graphThemeOf } from './graphTheme';

export type ImageFormat = 'png' | 'svg';

/** Twice the on-screen size: sharp on slides and high-density screens. */
export const EXPORT_SCALE = 2;

/** What the downloaded file is called. */
export function exportFileName(format: ImageFormat): string {
  return `podpath-graph.${format}`;
}

/** The whole graph (not just the viewport) as an image on `background`, edge to edge. */
export async function renderGraphImage(
  cy: Core,
  format: ImageFormat,
  background: string,
): Promise<Blob> {
  const options = { full: true, scale: EXPORT_SCALE, bg: background };
  if (format === 'png') return cy.png({ ...options, output: 'blob-promise' });
  const renderSvg = await (await import('./svgRender')).loadSvgRenderer();
  const markup = withPathPerRoundPolygon(cy, () => renderSvg(cy, EXPORT_SCALE, background));
  return new Blob([markup], { type: 'image/svg+xml;charset=utf-8' });
}

type PathDrawer = (context: { beginPath?(): void }, ...rest: unknown[]) => void;
interface RendererWithRoundPolygons {
  drawRoundPolygonPath?: PathDrawer;
}

/**
 * Runs `draw` with each round polygon (our Service hexagons, the outside-world diamond) starting
 * a new path. Cytoscape 3.34 draws them without beginPath(), which a canvas forgives but
 * an SVG context does not: the shape went missing and its colours landed on the
 * next label. The renderer is restored afterwards.
 */
function withPathPerRoundPolygon<T>(cy: Core, draw: () => T): T {
  const renderer = (cy as unknown as { renderer(): RendererWithRoundPolygons }).renderer();
  const original = renderer.drawRoundPolygonPath;
  if (!original) return draw();
  renderer.drawRoundPolygonPath = function (this: unknown, context, ...rest) {
    context.beginPath?.();
    original.call(this, context, ...rest);
  };
  try {
    return draw();
  } finally {
    delete renderer.drawRoundPolygonPath; // back to the prototype's
  }
}

/** Room around the graph, in image pixels: Cytoscape crops to the outermost border and label. */
export const EXPORT_MARGIN = 40;

/** The PNG redrawn with a margin of `background` all round (decoded locally, no URL). */
async function pngWithMargin(png: Blob, background: string): Promise<Blob> {
  const image = await createImageBitmap(png);
  const canvas = document.createElement('canvas');
  canvas.width = image.width + 2 * EXPORT_MARGIN;
  canvas.height = image.height + 2 * EXPORT_MARGIN;
  const ctx = canvas.getContext('2d')!;
  ctx.fillStyle = background;
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.drawImage(image, EXPORT_MARGIN, EXPORT_MARGIN);
  image.close();
  return new Promise((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'),
  );
}

/** The SVG grown by the margin: its drawing shifted in, a background rectangle behind it. */
async function svgWithMargin(svg: Blob, background: string): Promise<Blob> {
  const doc = new DOMParser().parseFromString(await svg.text(), 'image/svg+xml');
  const root = doc.documentElement;
  const grow = (attr: string) =>
    root.setAttribute(attr, String(Number(root.getAttribute(attr)) + 2 * EXPORT_MARGIN));
  grow('width');
  grow('height');
  const shifted = doc.createElementNS(root.namespaceURI, 'g');
  shifted.setAttribute('transform', `translate(${EXPORT_MARGIN},${EXPORT_MARGIN})`);
  for (const child of [...root.childNodes]) if (child.nodeName !== 'defs') shifted.append(child);
  const backdrop = doc.createElementNS(root.namespaceURI, 'rect');
  for (const [k, v] of [
    ['width', '100%'],
    ['height', '100%'],
    ['fill', background],
  ])
    backdrop.setAttribute(k, v);
  root.append(backdrop, shifted);
  return new Blob([new XMLSerializer().serializeToString(doc)], { type: svg.type });
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
  const image = await renderGraphImage(cy, format, background);
  const framed = await (format === 'png' ? pngWithMargin : svgWithMargin)(image, background);
  saveBlob(framed, exportFileName(format));
}
