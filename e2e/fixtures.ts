// Playwright fixtures: the page objects, plus two watchers every test gets, the requests that
// left the page's origin and the Content-Security-Policy violations seen.
import { test as base } from '@playwright/test';
import { EditorPage } from './pages/EditorPage';
import { GraphPage } from './pages/GraphPage';
import { HeaderPage } from './pages/HeaderPage';
import { OverviewPage } from './pages/OverviewPage';
import { PolicyPage } from './pages/PolicyPage';
import { QueryPage } from './pages/QueryPage';

interface Fixtures {
  editor: EditorPage;
  graph: GraphPage;
  header: HeaderPage;
  query: QueryPage;
  overview: OverviewPage;
  policy: PolicyPage;
  /** URLs of requests to any origin other than the app's (should stay empty: offline-capable). */
  foreignRequests: string[];
  /** Console messages about CSP violations (should stay empty). */
  cspViolations: string[];
}

export const test = base.extend<Fixtures>({
  foreignRequests: async ({ page, baseURL }, use) => {
    const origin = new URL(baseURL!).origin;
    const foreign: string[] = [];
    page.on('request', (r) => {
      const url = r.url();
      if (url.startsWith('data:') || url.startsWith('blob:')) return;
      if (new URL(url).origin !== origin) foreign.push(url);
    });
    await use(foreign);
  },
  cspViolations: async ({ page }, use) => {
    const seen: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) seen.push(m.text());
    });
    await use(seen);
  },
  editor: async ({ page }, use) => use(new EditorPage(page)),
  graph: async ({ page }, use) => use(new GraphPage(page)),
  header: async ({ page }, use) => use(new HeaderPage(page)),
  query: async ({ page }, use) => use(new QueryPage(page)),
  overview: async ({ page }, use) => use(new OverviewPage(page)),
  policy: async ({ page, graph }, use) => use(new PolicyPage(page, graph)),
});

export { expect } from '@playwright/test';
