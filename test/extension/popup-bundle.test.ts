/**
 * The popup page as the build leaves it (scripts/build/popup-bundle.ts): one module script, no
 * preloads, nothing imported statically (each module request costs an opening popup time before
 * its first entry shows), and the entry chunk crxjs wrote for it removed. Runs the real popup
 * build into a temporary folder (~1 s).
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { POPUP_HTML, popupAsOneScript } from '../../scripts/build/popup-bundle';

type WriteBundle = { handler: (options: object, bundle: Record<string, object>) => Promise<void> };

describe('the popup built as one script', () => {
  it('replaces the page crxjs wrote with one self-contained module and removes the stale chunk', async () => {
    const outDir = mkdtempSync(path.join(tmpdir(), 'saywho-popup-'));
    mkdirSync(path.join(outDir, 'assets'));
    mkdirSync(path.join(outDir, 'src/popup'), { recursive: true });
    for (const file of ['assets/index.html-old.js', 'assets/index-old.css', 'assets/shared-old.js', POPUP_HTML]) writeFileSync(path.join(outDir, file), 'stale');
    // What the main build reports about the files it wrote: the popup's entry chunk and a shared one.
    const bundle = {
      'assets/index.html-old.js': { type: 'chunk', isEntry: true, facadeModuleId: `/repo/${POPUP_HTML}`, fileName: 'assets/index.html-old.js', imports: ['assets/shared-old.js'], dynamicImports: [], viteMetadata: { importedCss: new Set(['assets/index-old.css']) } },
      'assets/shared-old.js': { type: 'chunk', isEntry: false, facadeModuleId: null, fileName: 'assets/shared-old.js', imports: [], dynamicImports: [], viteMetadata: { importedCss: new Set() } },
    };
    await (popupAsOneScript(outDir, ['chrome121', 'firefox140']).writeBundle as WriteBundle).handler({}, bundle);

    const html = readFileSync(path.join(outDir, POPUP_HTML), 'utf8');
    const scripts = [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((match) => match[1]!);
    expect(scripts).toHaveLength(1);
    expect(html).toMatch(/<script type="module"/);
    expect(html).not.toMatch(/modulepreload/);
    const code = readFileSync(path.join(outDir, scripts[0]!), 'utf8');
    // `import(` (a part loaded on demand, the export formats) is fine; `import{…}from` / `import"…"` is a second request at start.
    expect(code.match(/\bimport\s*[{*"'`\w$]/g)).toBeNull();
    expect(code).toMatch(/\bimport\(/);
    for (const [, href] of html.matchAll(/<link\b[^>]*\bhref="([^"]+)"/g)) expect(existsSync(path.join(outDir, href!))).toBe(true);

    expect(existsSync(path.join(outDir, 'assets/index.html-old.js'))).toBe(false);
    expect(existsSync(path.join(outDir, 'assets/index-old.css'))).toBe(false);
    // Chunks other pages share stay.
    expect(existsSync(path.join(outDir, 'assets/shared-old.js'))).toBe(true);
  });
});
