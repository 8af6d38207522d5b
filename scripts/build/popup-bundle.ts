/**
 * The popup as one script. crxjs builds the popup like every other page: its entry chunk plus the
 * chunks it shares with the background and the other pages (nine files), and an opening popup
 * pays a module request for each before any of its code runs (Chromium, busy machine: first entry
 * 511 → 372 ms median, same code, same session; Firefox loads them in-process and gains little).
 * After the main build has written the package, this builds the popup page again on its own, into
 * the same folder: one ES module with everything the first frame needs (parts loaded later with
 * `import()` stay apart), over the page crxjs wrote. The popup's old entry chunk and style sheet,
 * which nothing loads any more, go. The popup then carries its own copy of Preact.
 */
import { rmSync } from 'node:fs';
import path from 'node:path';
import preact from '@preact/preset-vite';
import { build, type Plugin } from 'vite';

export const POPUP_HTML = 'src/popup/index.html';

export function popupAsOneScript(outDir: string, target: string[]): Plugin {
  return {
    name: 'saywho:popup-one-script',
    apply: 'build',
    writeBundle: {
      sequential: true,
      order: 'post',
      async handler(_options, bundle) {
        // What crxjs wrote for the popup: its entry chunk and that chunk's style sheets.
        const chunks = Object.values(bundle).filter((output) => output.type === 'chunk');
        const stale: string[] = [];
        for (const chunk of chunks) {
          if (!chunk.isEntry || !chunk.facadeModuleId?.endsWith(`/${POPUP_HTML}`)) continue;
          // Never the case today (pages share code through common chunks); checked all the same.
          if (chunks.some((other) => other.imports.includes(chunk.fileName) || other.dynamicImports.includes(chunk.fileName))) continue;
          stale.push(chunk.fileName, ...(chunk.viteMetadata?.importedCss ?? []));
        }
        await build({
          configFile: false,
          logLevel: 'warn',
          publicDir: false,
          plugins: [preact()],
          build: {
            outDir,
            emptyOutDir: false,
            target,
            assetsInlineLimit: 0,
            // Extension pages support modules natively; the preload polyfill would be one more script.
            modulePreload: false,
            rollupOptions: {
              input: POPUP_HTML,
              output: { entryFileNames: 'assets/popup-[hash].js', chunkFileNames: 'assets/popup-[name]-[hash].js', assetFileNames: 'assets/popup-[hash][extname]' },
            },
          },
        });
        for (const file of stale) rmSync(path.join(outDir, file), { force: true });
      },
    },
  };
}
