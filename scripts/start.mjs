#!/usr/bin/env node
/**
 * `npm start`: shows SayWho working on this machine, from scratch.
 *
 * 1. Makes sure Debian's Chromium is installed (installs it as root, otherwise says what to run).
 * 2. Builds both packages (`npm run build` → dist/chrome, dist/firefox).
 * 3. Serves the bundled sample article from 127.0.0.1 and opens it in Chromium with the shipped
 *    package loaded: a visible window when there is a display, headless otherwise.
 * 4. Presses SayWho's toolbar button the way a click does (CDP `Extensions.triggerAction`, which
 *    grants `activeTab` like a real click), prints what it found (speaker: text), and writes to
 *    ./saywho-demo/ (or $SAYWHO_DEMO_DIR): a screenshot of the page with its highlights, one of
 *    the popup rendered against the article tab (420 px wide) and the four export files. With
 *    `--docs` (npm start -- --docs) the popup screenshot also replaces docs/popup.png, the
 *    README's picture; a plain `npm start` leaves the checkout untouched.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureBrowsers, BROWSERS } from './setup/browsers.mjs';
import { clickToolbarButton } from './setup/toolbar.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT = path.resolve(process.env.SAYWHO_DEMO_DIR ?? path.join(ROOT, 'saywho-demo'));
const SAMPLE = path.join(ROOT, 'test/fixtures/seed-article.html');
const EXTENSION = path.join(ROOT, 'dist/chrome');
const EXPORTS = ['json', 'csv', 'md', 'w3c'];
const headed = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
const updateDocs = process.argv.includes('--docs');

const say = (message) => console.log(`[saywho] ${message}`);

function serveSample() {
  const html = readFileSync(SAMPLE);
  const server = http.createServer((req, res) => {
    if (req.url === '/sample-article.html') res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
    else res.writeHead(404).end();
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

function entryLines(analysis) {
  const names = new Map((analysis.speakers ?? []).map((speaker) => [speaker.id, speaker.name]));
  return (analysis.items ?? []).map((item) => {
    const who = names.get(item.speakerId) ?? 'Speaker not identified';
    const text = item.kind === 'quote' ? `“${item.text}”` : item.text;
    return `  ${who}: ${text.replace(/\s+/g, ' ')}`;
  });
}

async function main() {
  if (ensureBrowsers(['chromium'], say).length) process.exit(1);

  say('Building both packages (npm run build)…');
  try {
    execFileSync('npm', ['run', '--silent', 'build'], { cwd: ROOT, stdio: 'pipe', encoding: 'utf8' });
  } catch (error) {
    // Show the build's own output only when it failed.
    process.stderr.write(`${error.stdout ?? ''}${error.stderr ?? ''}`);
    throw new Error('npm run build failed');
  }

  const { chromium } = await import('playwright-core');
  const server = await serveSample();
  const sampleUrl = `http://127.0.0.1:${server.address().port}/sample-article.html`;
  const profile = mkdtempSync(path.join(os.tmpdir(), 'saywho-demo-profile-'));
  say(`Opening ${sampleUrl} in Chromium (${headed ? 'visible window' : 'headless'}) with ${path.relative(ROOT, EXTENSION)} loaded…`);
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: BROWSERS.chromium,
    headless: !headed,
    viewport: { width: 1280, height: 800 },
    args: [
      `--disable-extensions-except=${EXTENSION}`,
      `--load-extension=${EXTENSION}`,
      // Lets CDP press the toolbar button.
      '--enable-unsafe-extension-debugging',
      // The sample is self-contained: nothing needs the network.
      '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
    ],
  });
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const extensionId = new URL(worker.url()).host;
    const manifest = JSON.parse(readFileSync(path.join(EXTENSION, 'manifest.json'), 'utf8'));

    const article = context.pages()[0] ?? (await context.newPage());
    await article.goto(sampleUrl);
    await article.bringToFront();
    say('Clicking the SayWho toolbar button…');
    await clickToolbarButton(context, extensionId, article);
    await article.waitForFunction(() => ['saywho-quote', 'saywho-claim'].some((name) => (CSS.highlights.get(name)?.size ?? 0) > 0), null, { timeout: 15_000 });
    const tabId = await worker.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id);

    // The popup page against the article tab, at the toolbar popup's width. The click above granted
    // activeTab for that tab, so the shipped package may read it.
    const popup = await context.newPage();
    await popup.setViewportSize({ width: 420, height: 760 });
    await popup.goto(`chrome-extension://${extensionId}/${manifest.action.default_popup.replace(/^\//, '')}?tabId=${tabId}`);
    const state = await popup.waitForSelector('[data-testid="state"]:not([data-state="loading"])', { timeout: 15_000 });
    const phase = await state.getAttribute('data-state');
    if (phase !== 'ready') throw new Error(`the popup says "${phase}": ${(await state.textContent())?.trim()}`);

    rmSync(OUT, { recursive: true, force: true });
    mkdirSync(OUT, { recursive: true });
    // The popup as it first appears (before any export message), cut to its own size.
    await popup.locator('body').screenshot({ path: path.join(OUT, 'popup.png') });
    const saved = {};
    for (const format of EXPORTS) {
      const [download] = await Promise.all([popup.waitForEvent('download'), popup.locator(`[data-testid="export-${format}"]`).click()]);
      saved[format] = path.join(OUT, download.suggestedFilename());
      await download.saveAs(saved[format]);
    }
    await article.bringToFront();
    await article.evaluate(() => window.scrollTo(0, 0));
    await article.screenshot({ path: path.join(OUT, 'page.png'), fullPage: true });
    if (updateDocs) {
      mkdirSync(path.join(ROOT, 'docs'), { recursive: true });
      copyFileSync(path.join(OUT, 'popup.png'), path.join(ROOT, 'docs/popup.png'));
    }

    const analysis = JSON.parse(readFileSync(saved.json, 'utf8'));
    const lines = entryLines(analysis);
    console.log(`\nSayWho found ${lines.length} entries in “${analysis.title}” (${analysis.outlet?.name ?? ''}):\n${lines.join('\n')}\n`);
    say(`Written to ${OUT}:`);
    for (const file of ['page.png', 'popup.png', ...EXPORTS.map((format) => path.basename(saved[format]))]) console.log(`  ${file}`);
    if (updateDocs) say('Popup screenshot copied to docs/popup.png');

    if (headed) {
      say('The browser window stays open: try the SayWho button on other tabs; close the window or press Ctrl+C to finish.');
      await popup.close();
      await new Promise((resolve) => {
        context.on('close', resolve);
        process.once('SIGINT', resolve);
        process.once('SIGTERM', resolve);
      });
    }
  } finally {
    await context.close().catch(() => undefined);
    server.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(`[saywho] demo failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
