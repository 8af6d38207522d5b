import { createWriteStream } from 'node:fs';
import { parseHTML } from 'linkedom';
import { analyzePage } from '../core/analyze';
import { isExportFormat } from '../core/export';
import { exportPageAnalysis } from '../core/export/page';
import { attribute } from '../core/attribution';
import { readBytes, readPage, UserError } from './input';
import { USAGE } from './usage';

interface Args {
  positional: string[];
  flags: Map<string, string>;
}

const VALUE_FLAGS = new Set(['--url', '--format', '-o', '--output']);

function parseArgs(argv: string[]): Args {
  const positional: string[] = [];
  const flags = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (VALUE_FLAGS.has(arg)) {
      const value = argv[++i];
      if (value === undefined) throw new UserError(`${arg} needs a value`);
      flags.set(arg === '--output' ? '-o' : arg, value);
    } else if (arg === '-h' || arg === '--help') {
      flags.set('--help', '1');
    } else if (arg.startsWith('-') && arg !== '-') {
      throw new UserError(`unknown option ${arg} (saywho --help lists the options)`);
    } else positional.push(arg);
  }
  return { positional, flags };
}

/** Runs one command; resolves to the exit code. */
export async function runCli(argv: string[]): Promise<number> {
  try {
    const [command, ...rest] = argv;
    if (!command || command === '-h' || command === '--help' || command === 'help') {
      process.stdout.write(`${USAGE}\n`);
      return command ? 0 : 2;
    }
    const args = parseArgs(rest);
    if (args.flags.has('--help')) {
      process.stdout.write(`${USAGE}\n`);
      return 0;
    }
    switch (command) {
      case 'analyze':
        return await analyzeCommand(args, false);
      case 'article':
        return await analyzeCommand(args, true);
      case 'text':
        return await textCommand(args);
      default:
        throw new UserError(`unknown command "${command}" (saywho --help lists the commands)`);
    }
  } catch (error) {
    if (error instanceof UserError) {
      process.stderr.write(`saywho: ${error.message}\n`);
      return 1;
    }
    throw error;
  }
}

async function analyzeCommand(args: Args, articleOnly: boolean): Promise<number> {
  const target = args.positional[0];
  if (!target) throw new UserError('which page? (saywho analyze PAGE.html|URL)');
  const format = args.flags.get('--format') ?? 'json';
  if (articleOnly && format !== 'json') throw new UserError('saywho article writes JSON only');
  if (format !== 'json' && !isExportFormat(format)) throw new UserError(`unknown format "${format}" (json, csv, md, w3c)`);
  const { html, url } = await readPage(target, args.flags.get('--url'));
  const { document } = parseHTML(html);
  const analysis = await analyzePage(document as unknown as Document, url, { articleOnly });
  const { result } = analysis;
  if (result.reason === 'empty-page') throw new UserError(`${target} has no text`);
  if (result.reason === 'no-article') process.stderr.write(`saywho: no article found in ${target}\n`);
  if (format !== 'json') {
    process.stdout.write(exportPageAnalysis(format, document as unknown as Document, analysis));
    return 0;
  }
  const output = articleOnly ? withoutAttribution(result) : result;
  process.stdout.write(`${JSON.stringify(output, null, 1)}\n`);
  return 0;
}

function withoutAttribution<T extends { items: unknown; speakers: unknown }>(result: T): Omit<T, 'items' | 'speakers'> {
  const { items: _items, speakers: _speakers, ...rest } = result;
  return rest;
}

async function textCommand(args: Args): Promise<number> {
  const input = args.positional[0];
  if (!input) throw new UserError('which JSONL file? (saywho text IN.jsonl [-o OUT.jsonl])');
  const lines = (await readBytes(input)).toString('utf8').split('\n');
  const outPath = args.flags.get('-o');
  const out = outPath ? createWriteStream(outPath) : process.stdout;
  let bad = 0;
  let done = 0;
  for (const [index, line] of lines.entries()) {
    if (!line.trim()) continue;
    const record = await attributeLine(line, index + 1);
    if ('error' in record) bad++;
    else done++;
    out.write(`${JSON.stringify(record)}\n`);
  }
  if (outPath) await new Promise<void>((resolve, reject) => (out as ReturnType<typeof createWriteStream>).end((e?: Error | null) => (e ? reject(e) : resolve())));
  if (bad) process.stderr.write(`saywho: ${bad} bad line(s) in ${input} (written as error records)\n`);
  if (!done && !bad) throw new UserError(`${input} holds no lines`);
  return done ? 0 : 1;
}

async function attributeLine(line: string, lineNumber: number): Promise<object> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(line);
  } catch {
    return { line: lineNumber, error: 'not valid JSON' };
  }
  const record = parsed as { id?: unknown; text?: unknown };
  if (!parsed || typeof parsed !== 'object' || typeof record.text !== 'string') {
    return { ...(record && typeof record === 'object' && 'id' in record ? { id: record.id } : {}), line: lineNumber, error: 'no "text" string' };
  }
  try {
    const { items, speakers } = await attribute(record.text);
    return { id: record.id ?? lineNumber, items, speakers };
  } catch (error) {
    // One text the engine cannot handle must not cost the others: report it on its own line.
    return { id: record.id ?? lineNumber, line: lineNumber, error: `analysis failed: ${error instanceof Error ? error.message : String(error)}` };
  }
}
