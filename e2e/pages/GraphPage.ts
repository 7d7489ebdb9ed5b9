// Page object for the graph: its DATA (element ids, parents, classes) through the test hook,
// never its pixels; plus the controls around it.
import { expect, type Locator, type Page } from '@playwright/test';
import type { GraphSnapshot } from '../../src/ui/app/e2eHook';
import { TID } from '../../src/ui/testIds';

export class GraphPage {
  readonly canvas: Locator;
  readonly fitButton: Locator;
  readonly builtinsToggle: Locator;
  readonly inspector: Locator;

  constructor(readonly page: Page) {
    this.canvas = page.getByTestId(TID.graphCanvas);
    this.fitButton = page.getByTestId(TID.fitButton);
    this.builtinsToggle = page.getByTestId(TID.builtinsToggle);
    this.inspector = page.getByTestId(TID.inspector);
  }

  async snapshot(): Promise<GraphSnapshot> {
    const snap = await this.page.evaluate(() => window.__podpath?.graph() ?? null);
    if (!snap) throw new Error('the graph is not mounted');
    return snap;
  }

  /** Waits until the graph exists and holds a node with this id. */
  async waitForNode(id: string): Promise<void> {
    await expect(this.canvas).toBeVisible();
    await expect
      .poll(
        async () => {
          const snap = await this.page.evaluate(() => window.__podpath?.graph() ?? null);
          return snap?.nodes.some((n) => n.id === id) ?? false;
        },
        { message: `graph node ${id}` },
      )
      .toBe(true);
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
}
