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

  constructor(readonly page: Page) {
    this.editor = page.getByTestId(TID.editor);
    this.diagnostics = page.getByTestId(TID.diagnostic);
    this.status = page.getByTestId(TID.status);
  }

  /** Opens the app with `?e2e` (installs window.__podpath) and waits for the editor. */
  async open(): Promise<void> {
    await this.page.goto('./?e2e');
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
}
