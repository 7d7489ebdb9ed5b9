// Page object for the graph's policy view: the "Policy view" switch in the graph toolbar, the
// note it shows over the graph, and the `policy` edges it draws (read through the test hook).
import { expect, type Locator, type Page } from '@playwright/test';
import type { GraphPage } from './GraphPage';

export class PolicyPage {
  readonly toggle: Locator;
  readonly note: Locator;

  constructor(
    readonly page: Page,
    private readonly graph: GraphPage,
  ) {
    this.toggle = page.getByRole('checkbox', { name: 'Policy view' });
    this.note = page.getByRole('region', { name: 'Policy view' });
  }

  /** Turns the view on or off from the keyboard (focus the switch, Space). */
  async set(on: boolean): Promise<void> {
    if ((await this.toggle.isChecked()) === on) return;
    await this.toggle.focus();
    await this.page.keyboard.press('Space');
    await expect(this.toggle).toBeChecked({ checked: on });
  }

  /** `source -> target` for every policy edge drawn, sorted. */
  async edges(): Promise<string[]> {
    return (await this.graph.snapshot()).edges
      .filter((e) => e.classes.includes('policy'))
      .map((e) => `${e.source} -> ${e.target}`)
      .sort();
  }

  /** Opens the note's disclosure whose summary starts with `text`. */
  async expand(text: string): Promise<Locator> {
    const details = this.note.locator('details').filter({ hasText: text });
    await details.locator('summary').click();
    return details;
  }
}
