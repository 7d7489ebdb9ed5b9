// Page object for the graph: its DATA (element ids, parents, classes) through the test hook,
// never its pixels; plus the controls around it.
import { expect, type Locator, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import type { GraphColors, GraphSnapshot } from '../../src/ui/app/e2eHook';
import { TID } from '../../src/ui/testIds';

export class GraphPage {
  readonly canvas: Locator;
  readonly fitButton: Locator;
  readonly builtinsToggle: Locator;
  readonly inspector: Locator;
  readonly showPodsToggle: Locator;
  readonly groupBy: Locator;
  readonly filters: Locator;
  readonly search: Locator;
  readonly searchStatus: Locator;
  readonly legend: Locator;
  readonly exportPngButton: Locator;
  readonly exportSvgButton: Locator;

  constructor(readonly page: Page) {
    this.canvas = page.getByTestId(TID.graphCanvas);
    this.fitButton = page.getByTestId(TID.fitButton);
    this.builtinsToggle = page.getByTestId(TID.builtinsToggle);
    this.inspector = page.getByTestId(TID.inspector);
    this.showPodsToggle = page.getByRole('checkbox', { name: 'Show pods' });
    this.groupBy = page.getByLabel('Group by');
    this.filters = page.getByTestId(TID.graphFilters);
    this.search = page.getByRole('searchbox', { name: 'Find in graph' });
    this.searchStatus = page.getByTestId(TID.graphSearchStatus);
    this.legend = page.getByTestId(TID.legend);
    this.exportPngButton = page.getByRole('button', { name: 'Export PNG' });
    this.exportSvgButton = page.getByRole('button', { name: 'Export SVG' });
  }

  /** Opens the legend (it starts closed) from the keyboard. */
  async openLegend(): Promise<void> {
    if ((await this.legend.getAttribute('open')) !== null) return;
    await this.legend.locator('summary').focus();
    await this.page.keyboard.press('Enter');
    await expect(this.legend).toHaveAttribute('open', '');
  }

  /** Expands every workload so each pod is drawn (pods are folded by default). */
  async showPods(): Promise<void> {
    await this.showPodsToggle.check();
  }

  /** Opens the Filters popover from the keyboard and sets a namespace's checkbox. */
  async setNamespaceShown(name: string, shown: boolean): Promise<void> {
    const summary = this.filters.locator('summary');
    if (!(await this.filters.getAttribute('open'))) {
      await summary.focus();
      await this.page.keyboard.press('Enter');
    }
    const box = this.filters.getByRole('group', { name: 'Namespaces' }).getByLabel(name);
    await box.setChecked(shown);
    await this.page.keyboard.press('Escape');
  }

  /** The node with this id, or undefined. */
  async node(id: string): Promise<GraphSnapshot['nodes'][number] | undefined> {
    return (await this.snapshot()).nodes.find((n) => n.id === id);
  }

  async snapshot(): Promise<GraphSnapshot> {
    const snap = await this.page.evaluate(() => window.__podpath?.graph() ?? null);
    if (!snap) throw new Error('the graph is not mounted');
    return snap;
  }

  /** Waits until the graph exists and holds (or, with `present` false, lacks) this node. */
  async waitForNode(id: string, present = true): Promise<void> {
    await expect(this.canvas).toBeVisible();
    await expect
      .poll(
        async () => {
          const snap = await this.page.evaluate(() => window.__podpath?.graph() ?? null);
          return snap?.nodes.some((n) => n.id === id) ?? false;
        },
        { message: `graph node ${id}` },
      )
      .toBe(present);
  }

  /** Clicks a node where it is drawn (with Shift when asked), as a user would. */
  async clickNode(id: string, modifiers: ('Shift' | 'Alt')[] = []): Promise<void> {
    const node = (await this.snapshot()).nodes.find((n) => n.id === id);
    if (!node) throw new Error(`no graph node ${id}`);
    await this.canvas.click({ position: node.at, modifiers });
  }

  async nodeIds(): Promise<string[]> {
    return (await this.snapshot()).nodes.map((n) => n.id).sort();
  }

  /** The colours a graph element is drawn with now (`rgb(r,g,b)`). */
  async colors(id: string): Promise<GraphColors> {
    const colors = await this.page.evaluate((i) => window.__podpath?.graphColors(i) ?? null, id);
    if (!colors) throw new Error(`no graph element ${id}`);
    return colors;
  }

  /** Puts free text into an element's label (no valid manifest name can carry markup). */
  async relabel(id: string, label: string): Promise<void> {
    const ok = await this.page.evaluate(([i, l]) => window.__podpath!.relabel(i, l), [id, label]);
    if (!ok) throw new Error(`no graph element ${id}`);
  }

  /** Clicks Export PNG or Export SVG and returns the downloaded file's name and bytes. */
  async exportImage(format: 'png' | 'svg'): Promise<{ name: string; bytes: Buffer }> {
    const button = format === 'png' ? this.exportPngButton : this.exportSvgButton;
    const [download] = await Promise.all([this.page.waitForEvent('download'), button.click()]);
    const path = await download.path();
    return { name: download.suggestedFilename(), bytes: await readFile(path) };
  }
}
