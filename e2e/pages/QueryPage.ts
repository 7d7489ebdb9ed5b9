// Page object for the side panel's questions: the tabs, the trace form and its "Trace result"
// region, the DNS form and its walk, the matrix grid and its CSV download. Drives the controls
// by their labels, keyboard first; reads the editor cursor and graph classes through the hook.
import { expect, type Locator, type Page } from '@playwright/test';
import type { EditorCursor } from '../../src/ui/app/e2eHook';
import { TID } from '../../src/ui/testIds';

export interface TraceForm {
  from: string;
  to: string;
  port?: string;
  protocol?: 'TCP' | 'UDP' | 'SCTP';
}

export class QueryPage {
  readonly traceResult: Locator;
  readonly hops: Locator;
  readonly dnsResult: Locator;
  readonly matrix: Locator;

  constructor(readonly page: Page) {
    this.traceResult = page.getByRole('region', { name: 'Trace result' });
    this.hops = this.traceResult.getByTestId(TID.traceHop);
    this.dnsResult = page.getByRole('region', { name: 'DNS result' });
    this.matrix = page.getByTestId(TID.matrixTable);
  }

  /** The side panel's tablist (the editor has a tablist of its own, for files). */
  get tabs(): Locator {
    return this.page.getByRole('tablist', { name: 'Panels' });
  }

  tab(name: 'Inspect' | 'Trace' | 'DNS' | 'Matrix'): Locator {
    return this.tabs.getByRole('tab', { name, exact: true });
  }

  /** Opens a tab from the keyboard: focus the selected tab, then arrow to the wanted one. */
  async openTabByKeyboard(name: 'Inspect' | 'Trace' | 'DNS' | 'Matrix'): Promise<void> {
    await this.page
      .getByTestId(TID.sidePanel)
      .locator('[role="tab"][aria-selected="true"]')
      .focus();
    for (let i = 0; i < 4 && (await this.tab(name).getAttribute('aria-selected')) !== 'true'; i++) {
      await this.page.keyboard.press('ArrowRight');
    }
    await expect(this.tab(name)).toHaveAttribute('aria-selected', 'true');
    await expect(this.tab(name)).toBeFocused();
  }

  /** Fills the trace form by typing and submits it with the keyboard (Tab to Trace, Enter). */
  async trace(form: TraceForm): Promise<void> {
    await this.openTabByKeyboard('Trace');
    const field = (name: string) => this.page.getByLabel(name, { exact: true });
    await field('From').focus();
    await this.page.keyboard.press('ControlOrMeta+a');
    await this.page.keyboard.type(form.from);
    await this.page.keyboard.press('Tab');
    await expect(field('To')).toBeFocused();
    await this.page.keyboard.press('ControlOrMeta+a');
    await this.page.keyboard.type(form.to);
    await this.page.keyboard.press('Tab');
    await expect(field('Port')).toBeFocused();
    await this.page.keyboard.press('ControlOrMeta+a');
    await this.page.keyboard.type(form.port ?? '');
    await this.page.keyboard.press('Tab');
    await expect(field('Protocol')).toBeFocused();
    await field('Protocol').selectOption(form.protocol ?? 'TCP');
    await this.page.keyboard.press('Tab');
    await expect(this.page.getByRole('button', { name: 'Trace', exact: true })).toBeFocused();
    await this.page.keyboard.press('Enter');
    await expect(this.traceResult).toHaveAttribute('aria-busy', 'false');
  }

  /** The hop list items whose kind is `kind` (source, dns, egress, ingress…). */
  hopsOfKind(kind: string): Locator {
    return this.hops.filter({
      has: this.page.locator('.hop-kind', { hasText: new RegExp(`^${kind}$`) }),
    });
  }

  async resolve(pod: string, name: string): Promise<void> {
    await this.tab('DNS').click();
    await this.page.getByLabel('Pod', { exact: true }).fill(pod);
    await this.page.getByLabel('Name', { exact: true }).fill(name);
    await this.page.getByRole('button', { name: 'Resolve' }).press('Enter');
    await expect(this.dnsResult).toBeVisible();
  }

  async computeMatrix(
    port: string,
    protocol = 'TCP',
    rows: 'Auto' | 'Pods' | 'Workloads' = 'Auto',
  ): Promise<void> {
    await this.tab('Matrix').click();
    await this.page.getByLabel('Port', { exact: true }).fill(port);
    await this.page.getByLabel('Protocol', { exact: true }).selectOption(protocol);
    await this.page.getByRole('group', { name: 'Rows' }).getByLabel(rows, { exact: true }).check();
    await this.page.getByRole('button', { name: 'Compute matrix' }).click();
    await expect(this.matrix).toBeVisible();
  }

  /** The matrix result's one-line count ("… of … pairs allowed"). */
  get matrixSummary(): Locator {
    return this.page.getByRole('region', { name: 'Matrix result' }).locator('.verdict-summary');
  }

  /** The grid cell for source row `row` and destination column `col` (0-based). */
  matrixCell(row: number, col: number): Locator {
    return this.matrix.locator(`td[data-r="${row}"][data-c="${col}"]`);
  }

  /** The row headers' full names (titles), in order. */
  async matrixRows(): Promise<string[]> {
    return this.matrix
      .locator('tbody th')
      .evaluateAll((ths) => ths.map((t) => t.getAttribute('title') ?? ''));
  }

  async editorCursor(): Promise<EditorCursor> {
    return this.page.evaluate(() => window.__podpath!.cursor());
  }
}
