// Share links: the analysed files and the network plugin travel in the URL fragment; opening the
// link elsewhere adds them as their own cluster beside that browser's files, and a broken link
// says so without touching anything.
import { expect, test } from './fixtures';
import { EditorPage } from './pages/EditorPage';
import { GraphPage } from './pages/GraphPage';
import { BETA } from './manifests';

test.afterEach(({ foreignRequests, cspViolations }) => {
  expect(foreignRequests, 'requests that left the page origin').toEqual([]);
  expect(cspViolations, 'Content-Security-Policy violations').toEqual([]);
});

test('a share link carries the analysed files and plugin to another browser, which keeps its own files', async ({
  browser,
  baseURL,
  page,
  editor,
}) => {
  await editor.open();
  await editor.newFile();
  await editor.setText(BETA);
  await editor.renameActive('beta – ünïcode.yaml');
  await editor.includeBox('shop.yaml').uncheck(); // set aside: not shared
  await editor.setNetworkPlugin('flannel');

  const link = await editor.shareLink();
  await expect(editor.shareDialog).toContainText('beta – ünïcode.yaml');
  await expect(editor.shareDialog).not.toContainText('shop.yaml');
  await expect(editor.shareDialog).toContainText(/\d+ characters/);
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await editor.shareDialog.getByRole('button', { name: 'Copy link' }).click();
  await expect(editor.shareDialog.getByRole('status')).toHaveText('Link copied to the clipboard.');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
  await page.screenshot({ path: 'test-results/share-dialog.png' });
  await page.keyboard.press('Escape');
  await expect(editor.shareDialog).toBeHidden();
  await expect(page.getByRole('button', { name: 'Share', exact: true })).toBeFocused();

  // Another browser (its own storage): its default shop.yaml stays, set aside.
  const other = await browser.newContext({ baseURL });
  const page2 = await other.newPage();
  const editor2 = new EditorPage(page2);
  const graph2 = new GraphPage(page2);
  await editor2.open(link);
  await expect(editor2.tabs).toHaveText(['shop.yaml', 'beta – ünïcode.yaml']);
  expect(await editor2.activeTab()).toBe('beta – ünïcode.yaml');
  expect(await editor2.setAsideTabs()).toEqual(['shop.yaml']);
  expect(await editor2.text()).toBe(BETA);
  await expect(editor2.notice).toContainText(
    'Opened the shared beta – ünïcode.yaml on its own; your other files are set aside, unchanged. The link set the network plugin to flannel.',
  );
  await expect(page2.getByLabel('Network plugin', { exact: true })).toHaveValue('flannel');
  expect(new URL(page2.url()).hash).toBe(''); // a reload must not import it again
  await editor2.waitForAnalysis();
  await graph2.waitForNode('svc:two/beta');
  expect((await graph2.nodeIds()).some((id) => id.startsWith('svc:shop/'))).toBe(false);
  await page2.screenshot({ path: 'test-results/share-opened.png' });

  await page2.waitForTimeout(600); // autosave waits 300 ms after the last change
  await page2.reload();
  await editor2.open(page2.url());
  await expect(editor2.tabs).toHaveText(['shop.yaml', 'beta – ünïcode.yaml']);
  await expect(editor2.notice).toBeHidden();
  await other.close();
});

test('a link pasted into the address bar of the open app opens too', async ({ page, editor }) => {
  await editor.open();
  await editor.newFile();
  await editor.setText(BETA);
  await editor.includeBox('shop.yaml').uncheck();
  const link = await editor.shareLink();
  await page.keyboard.press('Escape');
  await editor.clickClose('untitled.yaml');
  await editor.dialog.getByRole('button', { name: 'Close and discard' }).click();
  await editor.includeBox('shop.yaml').check();
  await expect(editor.tabs).toHaveText(['shop.yaml']);
  await page.evaluate((hash) => (window.location.hash = hash), new URL(link).hash);
  await expect(editor.tabs).toHaveText(['shop.yaml', 'untitled.yaml']);
  expect(await editor.setAsideTabs()).toEqual(['shop.yaml']);
  expect(await editor.text()).toBe(BETA);
});

test('a cut-off or damaged link says so and changes nothing', async ({ page, editor }) => {
  await editor.open();
  await editor.newFile();
  await editor.setText(BETA);
  const link = await editor.shareLink();
  await page.keyboard.press('Escape');
  await page.waitForTimeout(600); // autosave waits 300 ms after the last change

  await editor.open(link.slice(0, link.length - 10));
  await expect(editor.notice).toHaveRole('alert');
  await expect(editor.notice).toContainText(
    'This share link could not be opened: it is incomplete or damaged',
  );
  await expect(editor.tabs).toHaveText(['shop.yaml', 'untitled.yaml']);
  expect(await editor.setAsideTabs()).toEqual([]);
  expect(new URL(page.url()).hash).toBe('');
  await page.screenshot({ path: 'test-results/share-broken.png' });

  await editor.open('./?e2e#share=v1.not*base64');
  await expect(editor.notice).toContainText('it is damaged');
  await editor.notice.getByRole('button', { name: 'Dismiss notice' }).click();
  await expect(editor.notice).toBeHidden();
});
