import { defineConfig } from 'vite';
import { builtinModules } from 'node:module';

// The command line: the engine bundled for Node. `npm install` builds it (the `prepare` script).
export default defineConfig({
  build: {
    ssr: 'src/cli/main.ts',
    outDir: 'build/cli',
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    rollupOptions: {
      external: ['linkedom', ...builtinModules, ...builtinModules.map((m) => `node:${m}`)],
      output: { entryFileNames: 'saywho.mjs', format: 'es' },
    },
  },
  logLevel: 'warn',
});
