/**
 * `saywho`: the engine on the command line, over a Node DOM (linkedom). Same code as the content
 * script. Errors are one line on stderr and a non-zero exit, never a stack trace.
 */
import { runCli } from './commands';

runCli(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (error: unknown) => {
    process.stderr.write(`saywho: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
