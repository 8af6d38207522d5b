/** Build steps around crxjs: what a shipped package must not contain, and the store archives. */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';
import { stripContentScriptResources, type Manifest, type Target } from './manifest.ts';
import { gzipSync } from 'node:zlib';
import { zipDirectory } from './zip.ts';

/** The content script, as the background imports it and as crxjs writes it. */
export const CONTENT_SCRIPT_SOURCE = 'src/content/content-script.ts';
export const CONTENT_SCRIPT_OUTPUT = 'src/content/content-script.js';
/** The content script is parsed on every page SayWho reads: it must stay small. */
export const CONTENT_SCRIPT_BUDGET_GZIP = 40 * 1024;

/**
 * crxjs exposes a `?script` import in `web_accessible_resources` and also emits an unused ES
 * chunk of it next to the standalone IIFE. Injection needs neither.
 */
export function contentScriptHygiene(): Plugin & { renderCrxManifest(manifest: Manifest): Manifest } {
  return {
    name: 'saywho:content-script-hygiene',
    enforce: 'post',
    renderCrxManifest(manifest) {
      return stripContentScriptResources(manifest, [CONTENT_SCRIPT_OUTPUT]);
    },
    writeBundle(options) {
      const file = path.join(options.dir ?? 'dist', CONTENT_SCRIPT_OUTPUT);
      if (!existsSync(file)) return;
      const code = readFileSync(file);
      const gzip = gzipSync(code, { level: 9 }).length;
      const line = `${CONTENT_SCRIPT_OUTPUT}: ${(code.length / 1024).toFixed(1)} kB, ${(gzip / 1024).toFixed(1)} kB gzip (budget ${CONTENT_SCRIPT_BUDGET_GZIP / 1024} kB)`;
      if (gzip > CONTENT_SCRIPT_BUDGET_GZIP) this.warn(`OVER BUDGET ${line}`);
      else this.info(line);
    },
    generateBundle(_options, bundle) {
      for (const [fileName, output] of Object.entries(bundle)) {
        if (output.type === 'chunk' && output.facadeModuleId?.endsWith(CONTENT_SCRIPT_SOURCE) && fileName !== CONTENT_SCRIPT_OUTPUT) delete bundle[fileName];
      }
    },
  };
}

/** After a shipped build: `dist/saywho-chrome.zip` (own zip writer) or `dist/saywho-firefox.zip` (web-ext). */
export function storeArchive(target: Target, outDir: string): Plugin {
  let failed = false;
  const distDir = path.dirname(outDir);
  const zipFile = path.join(distDir, `saywho-${target}.zip`);
  return {
    name: 'saywho:store-archive',
    apply: 'build',
    buildStart() {
      failed = false;
      rmSync(zipFile, { force: true });
    },
    buildEnd(error) {
      if (error) failed = true;
    },
    renderError() {
      failed = true;
    },
    closeBundle: {
      order: 'post',
      sequential: true,
      handler() {
        // closeBundle also runs after a failed build: never package a half-written folder.
        if (failed) return;
        if (target === 'chrome') zipDirectory(outDir, zipFile);
        else {
          const webExt = path.resolve('node_modules/.bin/web-ext');
          execFileSync(webExt, ['build', '--source-dir', outDir, '--artifacts-dir', distDir, '--filename', path.basename(zipFile), '--overwrite-dest'], { stdio: 'pipe' });
        }
        if (!existsSync(zipFile)) throw new Error(`no archive written at ${zipFile}`);
        this.info?.(`${zipFile} ${(statSync(zipFile).size / 1024).toFixed(1)} kB`);
      },
    },
  };
}
