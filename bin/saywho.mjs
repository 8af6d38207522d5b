#!/usr/bin/env node
// Launches the built command line. `npm install` builds it (package.json "prepare").
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const built = fileURLToPath(new URL('../build/cli/saywho.mjs', import.meta.url));
if (!existsSync(built)) {
  process.stderr.write('saywho: the command line is not built yet; run `npm install` (or `npm run build:cli`) in the project\n');
  process.exit(1);
}
await import(built);
