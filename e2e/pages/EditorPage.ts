// Page object for the editor side: opening the app with the test hook, setting the text through
// the Monaco model, waiting for the analysis of that text, reading markers and diagnostics.
import { expect, type Locator, type Page } from '@playwright/test';
import { TID } from '../../src/ui/testIds';

export interface Marker {
  owner: string;
  line: number;
  severity: number;
  message: string;
}

export class EditorPage {
  readonly editor: Locator;
  readonly diagnostics: Locator;
  readonly status: Locator;

  readonly tabs: Locator;
  readonly dialog: Locator;
  readonly openInput: Locator;
  /** The notice under the tabs (example or shared link opened on its own, or a link failed). */
  readonly notice: Locator;
  /** "Analysing 2 of 3 files" in the editor pane's head. */
  readonly clusterSummary: Locator;

  constructor(readonly page: Page) {
    this.tabs = page.getByRole('tablist', { name: 'Open files' }).getByRole('tab');
    this.dialog = page.getByRole('dialog');
    this.openInput = page.getByLabel('Open manifests');
    this.editor = page.getByTestId(TID.editor);
    this.diagnostics = page.getByTestId(TID.diagnostic);
    this.status = page.getByTestId(TID.status);
    this.notice = page.getByTestId(TID.clusterNotice);
    this.clusterSummary = page.getByTestId(TID.filesSummary);
  }

  /** The tab's "Include <name> in the analysis" checkbox. */
  includeBox(name: string): Locator {
    return this.page.getByRole('checkbox', {
      name: `Include ${name} in the analysis`,
      exact: true,
    });
  }

  /** Files set aside from the cluster, in tab order (from their tabs' accessible description). */
  async setAsideTabs(): Promise<string[]> {
    const out: string[] = [];
    for (const tab of await this.tabs.all()) {
      const described = await tab.getAttribute('aria-describedby');
      if (described) out.push((await tab.textContent()) ?? '');
    }
    return out;
  }

  /** Opens the app with `?e2e` (installs window.__podpath) and waits for the editor. */
  async open(url = './?e2e'): Promise<void> {
    await this.page.goto(url);
    await expect(this.editor).toBeVisible({ timeout: 30_000 }); // Monaco's chunk is ~3 MB
    await expect
      .poll(() => this.page.evaluate(() => window.__podpath?.ready().editor ?? false))
      .toBe(true);
  }

  /** Waits until the Kubernetes schema is in monaco-yaml. */
  async waitForSchema(): Promise<void> {
    await expect
      .poll(() => this.page.evaluate(() => window.__podpath?.ready().schema ?? false))
      .toBe(true);
  }

  /** Replaces the whole text through the editor model (the same path as typing). */
  async setText(text: string): Promise<void> {
    await this.page.evaluate((t) => window.__podpath!.setText(t), text);
  }

  async text(): Promise<string> {
    return this.page.evaluate(() => window.__podpath!.getText());
  }

  /** Waits until the analysis shown is the one of the current text. */
  async waitForAnalysis(): Promise<void> {
    await expect
      .poll(() =>
        this.page.evaluate(() => {
          const s = window.__podpath!.status();
          return s.status === 'ready' && s.resultRev === s.rev;
        }),
      )
      .toBe(true);
  }

  async markers(): Promise<Marker[]> {
    return this.page.evaluate(() => window.__podpath!.markers());
  }

  /** Waits for a marker that matches, and returns it. */
  async waitForMarker(match: (m: Marker) => boolean, what: string): Promise<Marker> {
    let found: Marker | undefined;
    await expect
      .poll(async () => (found = (await this.markers()).find(match)) !== undefined, {
        message: what,
      })
      .toBe(true);
    return found!;
  }

  /** The open files' names, in tab order. */
  async tabNames(): Promise<string[]> {
    return this.tabs.allTextContents();
  }

  tab(name: string): Locator {
    return this.page.getByRole('tab', { name, exact: true });
  }

  async activeTab(): Promise<string> {
    return (await this.tabs.and(this.page.locator('[aria-selected=true]')).textContent()) ?? '';
  }

  async newFile(): Promise<void> {
    await this.page.getByRole('button', { name: 'New file' }).click();
  }

  /** Renames the active file through the dialog. */
  async renameActive(to: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Rename', exact: true }).click();
    await this.dialog.getByLabel('File name').fill(to);
    await this.dialog.getByRole('button', { name: 'Rename' }).click();
    await expect(this.dialog).toBeHidden();
  }

  /** Clicks the tab's close button; returns with the dialog open if it asks. */
  async clickClose(name: string): Promise<void> {
    await this.page.getByRole('button', { name: `Close ${name}`, exact: true }).click();
  }

  /** Loads local files through the "Open manifests" input. */
  async openFiles(files: { name: string; text: string }[]): Promise<void> {
    await this.openInput.setInputFiles(
      files.map((f) => ({
        name: f.name,
        mimeType: 'application/yaml',
        buffer: Buffer.from(f.text),
      })),
    );
  }

  /** Drops local files onto the editor area, as dragging them from the desktop would. */
  async dropFiles(files: { name: string; text: string }[]): Promise<void> {
    await this.page.evaluate((list) => {
      const dt = new DataTransfer();
      for (const f of list) dt.items.add(new File([f.text], f.name, { type: 'application/yaml' }));
      const zone = document.getElementById('file-tabpanel')!;
      for (const type of ['dragenter', 'dragover', 'drop']) {
        zone.dispatchEvent(
          new DragEvent(type, { dataTransfer: dt, bubbles: true, cancelable: true }),
        );
      }
    }, files);
  }

  /** Opens an example from the Examples menu (a new tab). */
  async openExample(title: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Examples' }).click();
    await this.page
      .getByRole('menu', { name: 'Examples' })
      .getByRole('menuitem', { name: title })
      .click();
  }

  /** Opens the Share dialog and returns the link it shows, once made. */
  async shareLink(): Promise<string> {
    await this.page.getByRole('button', { name: 'Share', exact: true }).click();
    const field = this.shareDialog.getByLabel('Link', { exact: true });
    await expect(field).toHaveValue(/#share=v1\./);
    return field.inputValue();
  }

  get shareDialog(): Locator {
    return this.page.getByRole('dialog', { name: 'Share a link to these manifests' });
  }

  /** Puts `text` on the clipboard and pastes it with the keyboard into the focused editor. */
  async paste(text: string): Promise<void> {
    await this.page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await this.page.evaluate((t) => navigator.clipboard.writeText(t), text);
    await this.page.keyboard.press('ControlOrMeta+V');
  }

  async setNetworkPlugin(value: 'calico' | 'cilium' | 'flannel'): Promise<void> {
    await this.page.getByLabel('Network plugin', { exact: true }).selectOption(value);
  }
}
