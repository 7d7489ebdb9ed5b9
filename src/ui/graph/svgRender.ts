// The whole graph as SVG markup: Cytoscape's own canvas renderer drawing into canvas2svg's
// recording context (the technique of Cytoscape's PNG export, with an SVG context in place of a
// canvas). Labels become <text> nodes set through the DOM, so a hostile name stays text.
import type { Core } from 'cytoscape';

/** The renderer internals the drawing needs (Cytoscape's canvas renderer; not public API). */
interface CanvasRenderer {
  usePaths(): boolean;
  drawElements(context: unknown, elements: unknown): void;
  getCachedZSortedEles(): unknown;
}
interface Scratch {
  _private: { rscratch: { pathCacheKey?: unknown; pathCache?: unknown } };
}
interface SvgContext {
  getSerializedSvg(fixNamedEntities?: boolean): string;
  fillStyle: string;
  fillRect(x: number, y: number, w: number, h: number): void;
  translate(x: number, y: number): void;
  scale(x: number, y: number): void;
}

type SvgRenderer = (cy: Core, scale: number, background: string) => string;

/** The SVG renderer, once canvas2svg has loaded (only someone exporting an SVG loads it). */
export async function loadSvgRenderer(): Promise<SvgRenderer> {
  const { default: C2S } = await import('canvas2svg');
  return (cy, scale, background) => renderSvg(C2S, cy, scale, background);
}

/** Renders every element of `cy` at `scale` on `background` into an SVG document. */
function renderSvg(
  C2S: new (w: number, h: number) => object,
  cy: Core,
  scale: number,
  background: string,
): string {
  const renderer = (cy as unknown as { renderer(): CanvasRenderer }).renderer();
  const bb = cy.elements().boundingBox();
  const width = Math.max(1, Math.ceil(bb.w * scale));
  const height = Math.max(1, Math.ceil(bb.h * scale));
  const context = new C2S(width, height) as unknown as SvgContext;
  context.fillStyle = background;
  context.fillRect(0, 0, width, height);
  context.translate(-bb.x1 * scale, -bb.y1 * scale);
  context.scale(scale, scale);
  // Path2D caches can't be replayed into an SVG context: draw with plain paths, then restore.
  const usePaths = renderer.usePaths;
  renderer.usePaths = () => false;
  forgetPathCaches(cy);
  try {
    renderer.drawElements(context, renderer.getCachedZSortedEles());
  } finally {
    renderer.usePaths = usePaths;
    forgetPathCaches(cy);
  }
  return context.getSerializedSvg(true);
}

function forgetPathCaches(cy: Core): void {
  cy.elements().forEach((element) => {
    const scratch = (element as unknown as Scratch)._private.rscratch;
    scratch.pathCacheKey = null;
    scratch.pathCache = null;
  });
}
