// End-to-end tests: real Chromium (Debian's package) against `vite preview` of the production build,
// served from a sub-path so relative asset URLs are exercised.
import { defineConfig } from '@playwright/test';

const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
// PODPATH_E2E_PORT lets several checkouts run their e2e tests side by side.
const PORT = Number(process.env.PODPATH_E2E_PORT ?? 4173);

export default defineConfig({
  testDir: 'e2e',
  timeout: 60_000,
  workers: 1, // 2-core machines: one browser at a time
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  reporter: [['list'], ['json', { outputFile: 'test-results/playwright.json' }]],
  outputDir: 'test-results/e2e',
  use: {
    baseURL: `http://127.0.0.1:${PORT}/podpath/`,
    browserName: 'chromium',
    trace: 'on-first-retry',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: CHROMIUM_FLAGS,
    },
  },
  webServer: {
    // The build has a relative base; preview mounts it under /podpath/ to prove sub-path serving.
    command: `npx vite build && npx vite preview --base /podpath/ --host 127.0.0.1 --port ${PORT} --strictPort`,
    url: `http://127.0.0.1:${PORT}/podpath/`,
    reuseExistingServer: !process.env.CI,
    timeout: 120_000,
  },
});
