import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';
import { crx } from '@crxjs/vite-plugin';
import { makeManifest, type Target } from './scripts/build/manifest.ts';
import { CONTENT_SCRIPT_SOURCE, contentScriptHygiene, storeArchive } from './scripts/build/plugins.ts';
import { popupAsOneScript } from './scripts/build/popup-bundle.ts';

/**
 * One source, two packages: `vite build --mode chrome|firefox` writes `dist/<target>` and its store
 * archive; `--mode chrome-test|firefox-test` writes `dist/<target>-test`, which may also read the
 * local test server (see makeManifest).
 */
export default defineConfig(({ mode }) => {
  const target: Target = mode.startsWith('firefox') ? 'firefox' : 'chrome';
  const testBuild = mode.endsWith('-test');
  // SAYWHO_DIST lets parallel work (benchmarks, a second checkout) build without emptying dist/.
  const outDir = `${process.env.SAYWHO_DIST ?? 'dist'}/${target}${testBuild ? '-test' : ''}`;
  const browsers = ['chrome121', 'firefox140'];
  return {
    plugins: [
      preact(),
      crx({
        manifest: makeManifest(target, { testBuild }) as never,
        browser: target,
        contentScripts: { standaloneFiles: [CONTENT_SCRIPT_SOURCE] },
      }),
      contentScriptHygiene(),
      // The popup loads as one script (it opens on every click): see scripts/build/popup-bundle.ts.
      popupAsOneScript(outDir, browsers),
      ...(testBuild ? [] : [storeArchive(target, outDir)]),
    ],
    build: {
      outDir,
      emptyOutDir: true,
      target: browsers,
      // Extension pages load from the package: no reason to split or inline assets into data: URLs.
      assetsInlineLimit: 0,
      // Pages the manifest does not name (crxjs adds the popup and the options page itself).
      rollupOptions: { input: { history: 'src/history/index.html' } },
    },
  };
});
