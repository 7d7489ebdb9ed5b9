// Page object for the graph pane's overview: the summary strip, the Graph | Table switch, the
// table view (kind tabs, filter, sortable grid, pager) and the large-input message. Drives the
// controls by their roles and labels; reads numbers as a user reads them.
import { expect, type Locator, type Page } from '@playwright/test';
import { TID } from '../../src/ui/testIds';

export type TableKindTitle = 'Pods' | 'Services' | 'Ingresses' | 'NetworkPolicies';

export class OverviewPage {
  readonly summary: Locator;
  readonly viewSwitch: Locator;
  readonly tableView: Locator;
  readonly grid: Locator;
  readonly rows: Locator;
  readonly filter: Locator;
  readonly showing: Locator;
  readonly tooLarge: Locator;
  readonly drawAnyway: Locator;
  readonly problems: Locator;
  /** The Problems list's heading under the editor. */
  readonly problemsList: Locator;

  constructor(readonly page: Page) {
    this.summary = page.getByTestId(TID.summary);
    this.viewSwitch = page.getByRole('group', { name: 'Show the cluster as' });
    this.tableView = page.getByTestId(TID.clusterTable);
    this.grid = this.tableView.getByRole('grid');
    this.rows = this.grid.locator('tbody tr');
    this.filter = this.tableView.getByLabel('Filter');
    this.showing = this.tableView.getByRole('status');
    this.tooLarge = page.getByTestId(TID.tooLarge);
    this.drawAnyway = page.getByRole('button', { name: 'Draw the graph anyway' });
    this.problems = this.summary.getByRole('button', { name: /^Problems:/ });
    this.problemsList = page
      .getByTestId(TID.diagnostics)
      .getByRole('button', { name: /^Problems/ });
  }

  viewButton(name: 'Graph' | 'Table'): Locator {
    return this.viewSwitch.getByRole('button', { name, exact: true });
  }

  /** One figure of the summary by the noun shown ("pods", "Ingress"): its number and details. */
  async stat(noun: string): Promise<{ value: string; detail: string }> {
    const stat = this.summary.locator('.stat').filter({
      has: this.page.getByRole('term').getByText(noun, { exact: true }),
    });
    // allTextContents does not wait: a figure without words beside it has no detail element.
    const [value, detail] = await Promise.all([
      stat.locator('strong').allTextContents(),
      stat.locator('.stat-detail').allTextContents(),
    ]);
    return { value: value.join(''), detail: detail.join('') };
  }

  /** Switches to the table with the keyboard: focus "Table", press Enter. */
  async showTableByKeyboard(): Promise<void> {
    await this.viewButton('Table').focus();
    await this.page.keyboard.press('Enter');
    await expect(this.viewButton('Table')).toHaveAttribute('aria-pressed', 'true');
    await expect(this.grid).toBeVisible();
  }

  kindTab(name: TableKindTitle): Locator {
    return this.tableView.getByRole('tablist', { name: 'Object kinds' }).getByRole('tab', {
      name: new RegExp(`^${name} `),
    });
  }

  /** The text of one column, top to bottom, on the page shown. */
  async column(title: string): Promise<string[]> {
    const titles = await this.grid.locator('thead th').allTextContents();
    const index = titles.findIndex((t) => t.replace(/[▴▾]/g, '').trim() === title);
    if (index < 0) throw new Error(`no column ${title} in ${titles.join(', ')}`);
    return this.rows.locator(`td:nth-child(${index + 1})`).allTextContents();
  }

  header(title: string): Locator {
    return this.grid.getByRole('columnheader', { name: title, exact: true });
  }

  row(text: string): Locator {
    return this.rows.filter({ hasText: text });
  }
}
