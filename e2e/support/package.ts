/**
 * The extension packages under test, read from the build output at run time: the popup path, the
 * Firefox add-on id and the permissions come from each package's own manifest, never hard-coded.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** Build output to test; `SAYWHO_DIST` points the suite at another folder (e.g. a stand-in build). */
export const DIST = path.resolve(ROOT, process.env.SAYWHO_DIST ?? 'dist');
export const FIXTURES = path.join(ROOT, 'test/fixtures');

export type Browser = 'chrome' | 'firefox';
/** `shipped`: the package users install (activeTab only). `test`: may also read 127.0.0.1. */
export type Build = 'shipped' | 'test';

interface ManifestJson {
  action?: { default_popup?: string };
  key?: string;
  host_permissions?: string[];
  permissions?: string[];
  content_scripts?: unknown[];
  browser_specific_settings?: { gecko?: { id?: string } };
}

export interface ExtensionPackage {
  browser: Browser;
  build: Build;
  dir: string;
  manifest: ManifestJson;
  /** Popup page path inside the package, without a leading slash. */
  popupPath: string;
  /** Firefox add-on id (`browser_specific_settings.gecko.id`); undefined for Chrome. */
  geckoId: string | undefined;
}

export function packageDir(browser: Browser, build: Build): string {
  return path.join(DIST, build === 'test' ? `${browser}-test` : browser);
}

/** Reads one built package; fails with the command that builds it when it is missing. */
export function readPackage(browser: Browser, build: Build): ExtensionPackage {
  const dir = packageDir(browser, build);
  const manifestFile = path.join(dir, 'manifest.json');
  if (!existsSync(manifestFile)) {
    throw new Error(`${manifestFile} is missing: run \`npm run ${build === 'test' ? 'build:test' : 'build'}\` first`);
  }
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as ManifestJson;
  const popupPath = manifest.action?.default_popup?.replace(/^\//, '');
  if (!popupPath) throw new Error(`${manifestFile}: action.default_popup is missing`);
  return { browser, build, dir, manifest, popupPath, geckoId: manifest.browser_specific_settings?.gecko?.id };
}

/** The id Chrome derives from a manifest `key`: SHA-256 of the key, 32 hex digits spelled a–p. */
export function chromeIdFromKey(key: string): string {
  const digest = createHash('sha256').update(Buffer.from(key, 'base64')).digest('hex').slice(0, 32);
  return Array.from(digest, (hex) => String.fromCharCode(97 + parseInt(hex, 16))).join('');
}
