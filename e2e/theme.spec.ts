// The light and dark themes: the header's Theme select switches the page, the choice survives a
// reload and is in force before the first frame; System follows the operating system live; the
// graph and the editor switch with the page at once.
import { expect, test } from './fixtures';

test.afterEach(({ foreignRequests, cspViolations }) => {
  expect(foreignRequests, 'requests that left the page origin').toEqual([]);
  expect(cspViolations, 'Content-Security-Policy violations').toEqual([]);
});

test('the Theme select switches to dark and back, and the choice survives a reload', async ({
  page,
  editor,
  header,
}) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await editor.open();
  expect(await header.theme()).toBe('light');
  await expect(header.themeSelect).toHaveValue('system');

  await header.chooseTheme('Dark');
  expect(await header.theme()).toBe('dark');
  expect(await header.cssVariable('--surface')).toBe('#131a23');
  const body = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(body).toBe('rgb(11, 16, 23)');

  await page.reload();
  await expect(header.themeSelect).toHaveValue('dark');
  expect(await header.theme()).toBe('dark');

  await header.chooseTheme('Light');
  expect(await header.theme()).toBe('light');
  await page.reload();
  await expect(header.themeSelect).toHaveValue('light');
  expect(await header.theme()).toBe('light');
});

test('a saved theme is in force at the first frame (no flash of the other one)', async ({
  page,
  editor,
  header,
}) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await editor.open();
  await header.chooseTheme('Dark');
  // Records the theme at the first animation frame, i.e. before the first paint of the reload.
  await page.addInitScript(() => {
    requestAnimationFrame(() => {
      const w = window as { __firstFrameTheme?: string };
      w.__firstFrameTheme = document.documentElement.dataset.theme ?? 'none';
    });
  });
  await page.reload();
  await expect(header.themeSelect).toHaveValue('dark');
  const first = await page.evaluate(
    () => (window as { __firstFrameTheme?: string }).__firstFrameTheme,
  );
  expect(first).toBe('dark');
});

test('System follows the operating system, live', async ({ page, editor, header }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await editor.open();
  await expect(header.themeSelect).toHaveValue('system');
  expect(await header.theme()).toBe('dark');

  await page.emulateMedia({ colorScheme: 'light' });
  await expect.poll(() => header.theme()).toBe('light');
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect.poll(() => header.theme()).toBe('dark');

  // An explicit choice no longer follows the system.
  await header.chooseTheme('Light');
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await header.theme()).toBe('light');
});

test('the graph and the editor switch theme with the page', async ({
  page,
  editor,
  graph,
  header,
}) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await editor.open();
  await editor.waitForAnalysis();
  await graph.waitForNode('ns:shop');
  await graph.showPods(); // pods are folded into their workloads by default
  await expect
    .poll(async () => (await graph.nodeIds()).some((id) => id.startsWith('pod:shop/web-')))
    .toBe(true);
  const pod = (await graph.nodeIds()).find((id) => id.startsWith('pod:shop/web-'))!;
  const editorBackground = () =>
    page.evaluate(() => {
      const el = document.querySelector('.monaco-editor .monaco-editor-background');
      return el ? getComputedStyle(el).backgroundColor : null;
    });

  expect((await graph.colors('ns:shop')).label).toBe('rgb(30,41,59)');
  expect((await graph.colors(pod)).fill).toBe('rgb(22,163,74)');
  await expect.poll(editorBackground).toBe('rgb(255, 255, 255)');

  await header.chooseTheme('Dark');
  // Dark values of --graph-text, --graph-namespace-fill, --graph-pod-ready and --surface.
  expect((await graph.colors('ns:shop')).label).toBe('rgb(226,232,240)');
  expect((await graph.colors('ns:shop')).fill).toBe('rgb(24,33,44)');
  expect((await graph.colors(pod)).fill).toBe('rgb(34,197,94)');
  await expect.poll(editorBackground).toBe('rgb(19, 26, 35)');

  await header.chooseTheme('Light');
  expect((await graph.colors('ns:shop')).label).toBe('rgb(30,41,59)');
  await expect.poll(editorBackground).toBe('rgb(255, 255, 255)');
});
