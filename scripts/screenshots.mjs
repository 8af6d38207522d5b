#!/usr/bin/env node
/**
 * `node scripts/screenshots.mjs`: writes docs/history.png, SayWho's history page with a few saved
 * articles, for the README.
 *
 * The shipped Chromium package (`$SAYWHO_DIST/chrome`, default dist/chrome; built first when
 * missing) reads four of the bundled sample articles the way a reader does: each page is opened
 * from 127.0.0.1 and SayWho's toolbar button is pressed (CDP `Extensions.triggerAction`, which
 * grants `activeTab` like a click), which saves its analysis. The history page is then opened at
 * 1000 px wide and captured. Nothing leaves 127.0.0.1.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { BROWSERS, ensureBrowsers } from './setup/browsers.mjs';
import { clickToolbarButton } from './setup/toolbar.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DIST = path.resolve(ROOT, process.env.SAYWHO_DIST ?? 'dist');
const EXTENSION = path.join(DIST, 'chrome');
const OUT = path.join(ROOT, 'docs/history.png');
const FIXTURES = path.join(ROOT, 'test/fixtures');
/** Sample articles (no publisher's text): oldest first, so the newest ends up on top. */
const ARTICLES = ['bench/wire-story.html', 'bench/interview.html', 'seed-article.html', 'bench/news-report.html'];
const WIDTH = 1000;

const say = (message) => console.log(`[screenshots] ${message}`);

function serveFixtures() {
  const server = http.createServer((req, res) => {
    const file = path.join(FIXTURES, path.normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname)));
    if (!file.startsWith(FIXTURES + path.sep) || !existsSync(file)) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

async function main() {
  if (ensureBrowsers(['chromium'], say).length) process.exit(1);
  if (!existsSync(path.join(EXTENSION, 'manifest.json'))) {
    say('Building the packages (npm run build)…');
    execFileSync('npm', ['run', '--silent', 'build'], { cwd: ROOT, stdio: 'inherit', env: { ...process.env, SAYWHO_DIST: DIST } });
  }
  const { chromium } = await import('playwright-core');
  const server = await serveFixtures();
  const origin = `http://127.0.0.1:${server.address().port}`;
  const profile = mkdtempSync(path.join(os.tmpdir(), 'saywho-screenshots-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: BROWSERS.chromium,
    headless: true,
    viewport: { width: WIDTH, height: 900 },
    colorScheme: 'light',
    args: [`--disable-extensions-except=${EXTENSION}`, `--load-extension=${EXTENSION}`, '--enable-unsafe-extension-debugging', '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'],
  });
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const extensionId = new URL(worker.url()).host;
    for (const [index, fixture] of ARTICLES.entries()) {
      const page = await context.newPage();
      await page.goto(`${origin}/${fixture}`);
      await page.bringToFront();
      await clickToolbarButton(context, extensionId, page);
      // Saved once the toolbar popup has its answer.
      await worker.evaluate(
        async (count) => {
          for (let i = 0; i < 300; i++) {
            const all = await chrome.storage.local.get(null);
            if (Object.keys(all).filter((key) => key.startsWith('saywho:analysis:')).length >= count) return;
            await new Promise((resolve) => setTimeout(resolve, 100));
          }
          throw new Error('the analysis was not saved');
        },
        index + 1,
      );
      say(`saved ${fixture}`);
    }
    const history = await context.newPage();
    await history.goto(`chrome-extension://${extensionId}/src/history/index.html`);
    await history.waitForSelector('[data-testid="history-item"]');
    await history.locator('[data-testid="history-item"] details').first().evaluate((details) => details.setAttribute('open', ''));
    await history.evaluate(() => document.fonts?.ready);
    mkdirSync(path.dirname(OUT), { recursive: true });
    await history.screenshot({ path: OUT, fullPage: true });
    say(`wrote ${path.relative(ROOT, OUT)} (${WIDTH} px wide)`);
  } finally {
    await context.close().catch(() => undefined);
    server.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(`[screenshots] failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
