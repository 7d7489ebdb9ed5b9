// Takes docs/screenshot.png: the real app at 1440×900 with the default example loaded, in Debian's
// Chromium through @playwright/test. Starts `vite preview` on the existing dist/ (run `npx vite
// build` first) unless --url points at a running app. Usage:
//   node scripts/screenshot.mjs [--url http://127.0.0.1:4174/] [--out docs/screenshot.png]
import { spawn } from 'node:child_process';
import { chromium } from '@playwright/test';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const PORT = 4174;
const out = arg('out', 'docs/screenshot.png');
let url = arg('url', '');
let server;

async function waitForServer(target, ms = 30_000) {
  const t0 = Date.now();
  while (Date.now() - t0 < ms) {
    try {
      if ((await fetch(target)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`no server at ${target}`);
}

if (!url) {
  url = `http://127.0.0.1:${PORT}/`;
  server = spawn('npx', ['vite', 'preview', '--port', String(PORT), '--strictPort'], {
    stdio: 'ignore',
    detached: true,
  });
  await waitForServer(url);
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--hide-scrollbars'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await page.goto(`${url}?e2e`);
  await page.waitForFunction(
    () => {
      const hook = window.__podpath;
      if (!hook?.ready().editor || !hook.ready().graph) return false;
      const s = hook.status();
      return s.status === 'ready' && s.resultRev === s.rev && (hook.graph()?.nodes.length ?? 0) > 0;
    },
    undefined,
    { timeout: 60_000 },
  );
  if (process.argv.includes('--select')) {
    const id = arg('select', '');
    await page.evaluate((x) => window.__podpath.select(x), id);
  }
  await page.waitForTimeout(800); // let Monaco's markers and the canvas settle
  await page.screenshot({ path: out });
  console.log(`wrote ${out}`);
} finally {
  await browser.close();
  if (server) process.kill(-server.pid);
}
