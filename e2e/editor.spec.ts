// Files as tabs: new, rename, close (asking first when the file has text), "Open manifests"
// loading two local files that are both analysed, and every tab restored after a reload.
import { expect, test } from './fixtures';
import { ALPHA, BETA } from './manifests';

test('new, rename and close tabs; closing a file with text asks first', async ({ editor }) => {
  await editor.open();
  await expect(editor.tabs).toHaveText(['shop.yaml']);
  await editor.newFile();
  await expect(editor.tabs).toHaveText(['shop.yaml', 'untitled.yaml']);
  expect(await editor.activeTab()).toBe('untitled.yaml');
  expect(await editor.text()).toBe('');

  await editor.renameActive('mine.yaml');
  await expect(editor.tabs).toHaveText(['shop.yaml', 'mine.yaml']);

  // An empty file closes at once.
  await editor.clickClose('mine.yaml');
  await expect(editor.tabs).toHaveText(['shop.yaml']);

  // A file with text asks; Cancel keeps it, confirming discards it.
  await editor.newFile();
  await editor.setText(BETA);
  await editor.clickClose('untitled.yaml');
  await expect(editor.dialog).toBeVisible();
  await expect(editor.dialog).toContainText('Close untitled.yaml?');
  await editor.dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(editor.tabs).toHaveText(['shop.yaml', 'untitled.yaml']);
  await editor.clickClose('untitled.yaml');
  await editor.dialog.getByRole('button', { name: 'Close and discard' }).click();
  await expect(editor.tabs).toHaveText(['shop.yaml']);
});

test('a file set aside leaves the analysis (its objects and problems go) and comes back when included', async ({
  page,
  editor,
  graph,
}) => {
  await editor.open();
  await editor.openFiles([{ name: 'beta.yaml', text: BETA }]);
  await editor.waitForAnalysis();
  await graph.waitForNode('svc:two/beta');
  await expect(editor.clusterSummary).toHaveText('Analysing all 2 files');
  const shopProblems = editor.diagnostics.filter({ hasText: /shop\.yaml:\d+/ });
  await expect(shopProblems.first()).toBeVisible();

  // Keyboard: the active tab's checkbox is in the Tab order just before the tab.
  await editor.tab('shop.yaml').click();
  await editor.tab('shop.yaml').focus();
  await page.keyboard.press('Shift+Tab');
  await expect(editor.includeBox('shop.yaml')).toBeFocused();
  await page.keyboard.press('Space');
  await expect(editor.includeBox('shop.yaml')).not.toBeChecked();
  await expect(editor.clusterSummary).toHaveText('Analysing 1 of 2 files');
  expect(await editor.setAsideTabs()).toEqual(['shop.yaml']);
  await expect(editor.tab('shop.yaml')).toHaveAccessibleDescription(/Set aside/);
  await editor.waitForAnalysis();
  await expect.poll(async () => (await graph.nodeIds()).includes('svc:shop/web')).toBe(false);
  expect(await graph.nodeIds()).toContain('svc:two/beta');
  await expect(shopProblems).toHaveCount(0);
  expect(await editor.text()).toContain('name: web'); // the set-aside text is untouched
  await page.screenshot({ path: 'test-results/tabs-set-aside.png' });

  // The choice is saved with the files.
  await page.waitForTimeout(600); // autosave waits 300 ms after the last change
  await page.reload();
  await editor.open();
  await expect(editor.includeBox('shop.yaml')).not.toBeChecked();
  await editor.includeBox('shop.yaml').check();
  await editor.waitForAnalysis();
  await graph.waitForNode('svc:shop/web');
  await expect(editor.clusterSummary).toHaveText('Analysing all 2 files');
});

test('pasting a multi-document manifest into a new empty tab keeps it exactly and analyses it', async ({
  editor,
  graph,
}) => {
  const multi = `${ALPHA}---\n${BETA}---\n# a trailing comment document\n`;
  await editor.open();
  await editor.newFile();
  // The new tab takes the focus, so the user can paste at once.
  await expect(editor.page.locator('.monaco-editor textarea')).toBeFocused();
  await editor.paste(multi);
  await expect.poll(() => editor.text()).toBe(multi);
  await editor.waitForAnalysis();
  await graph.waitForNode('svc:two/beta');
  await graph.waitForNode('wl:Deployment/one/alpha'); // pods fold into their workload

  // Pasting again, indented inside the text, still adds the text (Monaco's own paste).
  await editor.page.keyboard.press('ControlOrMeta+End');
  await editor.paste('# pasted at the end\n');
  await expect.poll(() => editor.text()).toBe(`${multi}# pasted at the end\n`);
});

test('tabs are reachable by keyboard', async ({ page, editor }) => {
  await editor.open();
  await editor.newFile();
  await editor.tab('untitled.yaml').focus();
  await page.keyboard.press('ArrowLeft');
  await expect(editor.tab('shop.yaml')).toBeFocused();
  expect(await editor.activeTab()).toBe('shop.yaml');
  await page.keyboard.press('End');
  await page.keyboard.press('F2');
  await expect(editor.dialog.getByLabel('File name')).toHaveValue('untitled.yaml');
  await page.keyboard.press('Escape');
  await expect(editor.dialog).toBeHidden();
});

test('"Open manifests" loads two files as tabs, both analysed; reload restores every tab', async ({
  page,
  editor,
  graph,
}) => {
  await editor.open();
  await editor.openFiles([
    { name: 'alpha.yaml', text: ALPHA },
    { name: 'shop.yaml', text: BETA }, // clashes with the open example: gets a suffix
  ]);
  await expect(editor.tabs).toHaveText(['shop.yaml', 'alpha.yaml', 'shop-2.yaml']);
  await editor.waitForAnalysis();
  await graph.waitForNode('svc:two/beta');
  const ids = await graph.nodeIds();
  expect(ids).toContain('wl:Deployment/one/alpha'); // its pods folded inside
  expect(ids).toContain('svc:shop/web'); // the example is still there too

  await page.reload();
  await editor.open();
  await expect(editor.tabs).toHaveText(['shop.yaml', 'alpha.yaml', 'shop-2.yaml']);
  expect(await editor.activeTab()).toBe('shop-2.yaml');
  expect(await editor.text()).toBe(BETA);
  await editor.tab('alpha.yaml').click();
  await expect.poll(() => editor.text()).toBe(ALPHA);
});

test('files dropped on the editor open as tabs (manifests only)', async ({ editor, graph }) => {
  await editor.open();
  await editor.dropFiles([
    { name: 'beta.yaml', text: BETA },
    { name: 'notes.txt', text: 'not a manifest' },
  ]);
  await expect(editor.tabs).toHaveText(['shop.yaml', 'beta.yaml']);
  await editor.waitForAnalysis();
  await graph.waitForNode('svc:two/beta');
});

test('a problem in another file opens its tab at its line', async ({ page, editor, query }) => {
  await editor.open();
  await editor.waitForAnalysis();
  await editor.newFile();
  expect(await editor.activeTab()).toBe('untitled.yaml');
  const link = editor.diagnostics.filter({ hasText: /shop\.yaml:\d+/ }).first();
  const line = Number((await link.textContent())!.match(/shop\.yaml:(\d+)/)![1]);
  await link.click();
  await expect.poll(() => editor.activeTab()).toBe('shop.yaml');
  await expect.poll(async () => (await query.editorCursor()).line).toBe(line);
  await page.screenshot({ path: 'test-results/editor-reveal.png' });
});

test('"Start over" asks before replacing edited files, and Cancel keeps them', async ({
  page,
  editor,
}) => {
  await editor.open();
  await editor.newFile();
  await editor.setText(BETA);
  await page.getByRole('button', { name: 'Start over' }).click();
  await expect(editor.dialog).toContainText('Start over with the example?');
  await expect(editor.dialog).toContainText('The text of untitled.yaml will be lost.');
  await editor.dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(editor.tabs).toHaveText(['shop.yaml', 'untitled.yaml']);
  await page.getByRole('button', { name: 'Start over' }).click();
  await editor.dialog.getByRole('button', { name: 'Replace my files' }).click();
  await expect(editor.tabs).toHaveText(['shop.yaml']);
});
