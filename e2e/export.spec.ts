// Exporting the graph: Export PNG and Export SVG download the whole graph (whatever the zoom) at
// presentation scale, on the theme's background; labels stay text in the SVG, hostile ones
// escaped; nothing leaves the page's origin and the CSP allows the blob download.
import { readFile } from 'node:fs/promises';
import { expect, test } from './fixtures';

test.afterEach(({ foreignRequests, cspViolations }) => {
  expect(foreignRequests, 'requests that left the page origin').toEqual([]);
  expect(cspViolations, 'Content-Security-Policy violations').toEqual([]);
});

const PNG_MAGIC = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const HOSTILE = '<img src=x onerror=alert(1)>';

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer) {
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

test.beforeEach(async ({ page, editor, graph }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await editor.open();
  await editor.waitForAnalysis();
  await graph.waitForNode('svc:shop/web');
});

test('Export PNG downloads podpath-graph.png of the whole graph, whatever the zoom', async ({
  page,
  graph,
}) => {
  const fitted = await graph.exportImage('png');
  expect(fitted.name).toBe('podpath-graph.png');
  expect([...fitted.bytes.subarray(0, 8)]).toEqual(PNG_MAGIC);
  const size = pngSize(fitted.bytes);
  const canvas = (await graph.canvas.boundingBox())!;
  expect(size.width).toBeGreaterThan(0);

  // Zoomed in, the viewport shows a corner; the export is still the whole graph, same size.
  for (let i = 0; i < 4; i++) await page.getByRole('button', { name: 'Zoom in' }).click();
  const zoomed = await graph.exportImage('png');
  expect(pngSize(zoomed.bytes)).toEqual(size);
  // Scale 2: larger than the graph is drawn on screen when it fits the canvas.
  expect(Math.max(size.width / canvas.width, size.height / canvas.height)).toBeGreaterThan(1);
});

test('Export SVG downloads valid SVG with the labels as text, a hostile one escaped', async ({
  page,
  graph,
  header,
}) => {
  await graph.relabel('svc:shop/web', HOSTILE);
  const { name, bytes } = await graph.exportImage('svg');
  expect(name).toBe('podpath-graph.svg');
  const svg = bytes.toString('utf8');

  expect(svg).toContain('&lt;img src=x onerror=alert(1)&gt;');
  expect(svg).not.toContain(HOSTILE);
  // Parses as SVG in the browser, holds a known label as text and no element from a label.
  const parsed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    const textEls = [...doc.querySelectorAll('text')];
    const texts = textEls.map((t) => t.textContent ?? '');
    return {
      root: doc.documentElement.nodeName,
      errors: doc.querySelectorAll('parsererror').length,
      imgs: doc.getElementsByTagName('img').length,
      texts,
      width: Number(doc.documentElement.getAttribute('width')),
      // Labels are plain text: no outline (a shape's colours leaking onto them would add one).
      outlinedTexts: textEls.filter((t) => (t.getAttribute('stroke') ?? 'none') !== 'none').length,
      // Filled shapes in the ClusterIP colour (the api and web Service hexagons).
      clusterIpShapes: [...doc.querySelectorAll('path')].filter(
        (p) => p.getAttribute('fill') === 'rgb(37,99,235)',
      ).length,
    };
  }, svg);
  expect(parsed.root).toBe('svg');
  expect(parsed.outlinedTexts).toBe(0);
  expect(parsed.clusterIpShapes).toBeGreaterThanOrEqual(2);
  expect(parsed.errors).toBe(0);
  expect(parsed.imgs).toBe(0);
  expect(parsed.texts).toContain('shop');
  expect(parsed.texts).toContain(HOSTILE);
  expect(parsed.width).toBeGreaterThan(0);
  expect(await page.evaluate(() => (window as { alerted?: boolean }).alerted)).toBeUndefined();

  // The theme's background: dark surface once the page is dark.
  await header.chooseTheme('Dark');
  const dark = (await graph.exportImage('svg')).bytes.toString('utf8');
  expect(dark).toMatch(/<rect[^>]*fill="#131a23"/i);
});

test('in the dark theme the matrix still renders its verdicts and downloads as CSV', async ({
  page,
  header,
  query,
}) => {
  await header.chooseTheme('Dark');
  await query.computeMatrix('8080');
  const allowed = query.matrix.locator('td.cell-allowed').first();
  await expect(allowed).toContainText('allowed');
  // The verdict colours are the dark theme's, not the light ones on a dark cell.
  expect(await allowed.evaluate((td) => getComputedStyle(td).color)).toBe('rgb(74, 222, 128)');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download CSV' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^podpath-matrix-.*TCP-8080\.csv$/);
  const csv = await readFile((await download.path())!, 'utf8');
  expect(csv).toContain('allowed');
});
