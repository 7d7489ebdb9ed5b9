// Page object for the header's global settings: the Theme select and the theme in force on the
// page (html[data-theme]).
import type { Locator, Page } from '@playwright/test';

export type ThemeLabel = 'System' | 'Light' | 'Dark';

export class HeaderPage {
  readonly themeSelect: Locator;

  constructor(readonly page: Page) {
    this.themeSelect = page.getByLabel('Theme', { exact: true });
  }

  async chooseTheme(label: ThemeLabel): Promise<void> {
    await this.themeSelect.selectOption({ label });
  }

  /** The theme the page is drawn in ('light' | 'dark'), or null before one is applied. */
  async theme(): Promise<string | null> {
    return this.page.locator('html').getAttribute('data-theme');
  }

  /** A CSS variable's value on the page, e.g. `--surface`. */
  async cssVariable(name: string): Promise<string> {
    return this.page.evaluate(
      (n) => getComputedStyle(document.documentElement).getPropertyValue(n).trim(),
      name,
    );
  }
}
