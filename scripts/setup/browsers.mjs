#!/usr/bin/env node
/**
 * Makes sure the browsers SayWho is tested and demonstrated in are installed: Debian's `chromium`
 * and `firefox-esr` (the only builds that can be installed here; Playwright's and puppeteer's
 * browser downloads are not used). Installs the missing ones with apt-get when running as root,
 * otherwise says exactly what to install.
 *
 *   node scripts/setup/browsers.mjs [--require] [chromium] [firefox-esr]
 *
 * Without names, both. With --require (CI), a browser still missing afterwards fails the run.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

/** Debian package → the executable the tests and the demo start. */
export const BROWSERS = {
  chromium: process.env.SAYWHO_CHROMIUM ?? '/usr/bin/chromium',
  'firefox-esr': process.env.SAYWHO_FIREFOX ?? '/usr/bin/firefox-esr',
};

const isRoot = () => typeof process.getuid === 'function' && process.getuid() === 0;
const hasAptGet = () => existsSync('/usr/bin/apt-get');

/**
 * Installs the missing browsers among `packages` when possible.
 * @returns the packages still missing afterwards (empty when all are there)
 */
export function ensureBrowsers(packages = Object.keys(BROWSERS), log = console.log) {
  const missing = packages.filter((name) => !existsSync(BROWSERS[name]));
  if (missing.length === 0) return [];
  if (isRoot() && hasAptGet()) {
    log(`Installing ${missing.join(' ')} with apt-get…`);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '--no-install-recommends', ...missing], { stdio: 'inherit', env });
  } else {
    log(`Missing: ${missing.join(', ')}. Install with:\n  sudo apt-get install -y ${missing.join(' ')}`);
  }
  return missing.filter((name) => !existsSync(BROWSERS[name]));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const args = process.argv.slice(2);
  const required = args.includes('--require');
  const names = args.filter((arg) => !arg.startsWith('--'));
  const unknown = names.filter((name) => !(name in BROWSERS));
  if (unknown.length) {
    console.error(`unknown browser package: ${unknown.join(', ')} (known: ${Object.keys(BROWSERS).join(', ')})`);
    process.exit(2);
  }
  const stillMissing = ensureBrowsers(names.length ? names : undefined);
  for (const name of names.length ? names : Object.keys(BROWSERS)) {
    if (!stillMissing.includes(name)) console.log(`${name}: ${BROWSERS[name]}`);
  }
  if (stillMissing.length && required) {
    console.error(`Required browsers missing: ${stillMissing.join(', ')}`);
    process.exit(1);
  }
}
