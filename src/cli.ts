/** argv in, exit code out: 0 all good, 1 some document failed, 2 usage error. */
import { Command, CommanderError, Option } from 'commander';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { validDate } from './dateline.js';
import { COMPONENT_NAMES, type ComponentName } from './extract.js';
import { outputJsonSchema } from './schema.js';
import { NoInputError, defaultJobs, FORMATS, run, type FormatName } from './run.js';

const require = createRequire(import.meta.url);
const { version } = require('../package.json') as { version: string };

export class UsageError extends Error {}

const EXAMPLES = `
Examples:
  $ extract article.txt                          one article, indented JSON
  $ extract --date 2026-02-05 article.txt        resolve "Tuesday" against that date
  $ cat article.txt | extract                    read standard input (or name it: -)
  $ extract a.txt b.txt > facts.jsonl            several articles, one JSON line each
  $ extract --from jsonl archive.jsonl           records {"id","text","date"?}, one a line
  $ extract 'archive/**/*.txt' -o facts.jsonl    a glob (quoted), or a directory; .gz is read too
  $ extract --jobs 4 -o facts.jsonl --resume archive.jsonl.gz   pick up where a killed run stopped
  $ extract --text-field body --id-field url --date-field published feed.ndjson
  $ extract article.txt | jq '.quotes[] | {speaker: .speaker.text, text}'
  $ extract schema                               JSON Schema of the output`;

export async function main(argv: readonly string[], io: Io = defaultIo()): Promise<number> {
  let exitCode = 0;
  const program = new Command()
    .name('extract')
    .description('Turn news articles into actors, times, quotes and PLOVER-coded events, with character offsets.')
    .version(version)
    .argument('[inputs...]', 'text files, JSON Lines files (.jsonl, .ndjson), or - for standard input (the default when input is piped in)')
    .option('--date <YYYY-MM-DD>', 'publication date that relative times resolve against')
    .addOption(new Option('--from <kind>', 'input kind').choices(['text', 'jsonl']))
    .addOption(new Option('--format <name>', 'output format (default: json for one article, jsonl for more)').choices([...FORMATS]))
    .option('--no-color', 'no colour in the text report (also NO_COLOR=1; FORCE_COLOR=1 forces it)')
    .option('--only <components>', `components to run, comma-separated (${COMPONENT_NAMES.join(', ')})`)
    .option('--text-field <name>', 'JSON Lines field holding the text (a.b for a nested field)', 'text')
    .option('--id-field <name>', 'JSON Lines field holding the document id', 'id')
    .option('--date-field <name>', 'JSON Lines field holding the publication date (YYYY-MM-DD or ISO 8601)', 'date')
    .option('-j, --jobs <n>', `worker threads (default: ${defaultJobs()}, one per core)`)
    .option('-o, --output <file>', 'write the output to this file instead of standard output')
    .option('--resume', 'with -o: skip documents already complete in the file and append the rest')
    .option('-q, --quiet', 'nothing on standard error: no progress, no summary, no per-document errors')
    .option('--verbose', 'print the summary line on standard error even when it is not a terminal')
    .addHelpText('after', EXAMPLES)
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) })
    .action(async (named: string[], opts: CliOptions) => {
      // like any Unix filter, read a pipe when no file is named; a terminal is a forgotten argument
      const inputs = named.length > 0 ? named : isTerminal(io.stdin) ? null : ['-'];
      if (!inputs) throw new UsageError('no input: give a file, or pipe the text in (see --help)');
      const date = opts.date === undefined ? null : checkDate(opts.date);
      const only = opts.only ? checkOnly(opts.only) : undefined;
      const jobs = opts.jobs === undefined ? undefined : checkJobs(opts.jobs);
      if (opts.resume && !opts.output) throw new UsageError('--resume needs -o FILE: it skips the documents already in that file');
      if (opts.resume && opts.format && opts.format !== 'jsonl')
        throw new UsageError(`--resume works with --format jsonl (one line per document), not ${opts.format}`);
      checkInputsExist(inputs);
      const summary = await run({
        inputs,
        from: opts.from ?? 'auto',
        date,
        format: opts.format ?? null,
        formatOptions: { color: useColor(opts.color, io.stdout, io.env), width: terminalWidth(io.stdout) },
        ...(only ? { only } : {}),
        fields: { text: opts.textField, id: opts.idField, date: opts.dateField },
        ...(jobs ? { jobs } : {}),
        output: opts.output ?? null,
        resume: opts.resume === true,
        quiet: opts.quiet === true,
        verbose: opts.verbose === true,
        stdin: io.stdin,
        stdout: io.stdout,
        stderr: io.stderr,
      });
      exitCode = summary.failed > 0 ? 1 : 0;
    });
  program
    .command('schema')
    .description('print the JSON Schema of one output record')
    .action(() => {
      io.stdout.write(`${JSON.stringify(outputJsonSchema(), null, 2)}\n`);
    });

  try {
    await program.parseAsync([...argv], { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    if (error instanceof UsageError || error instanceof NoInputError) {
      io.stderr.write(`extract: ${error.message}\n`);
      return 2;
    }
    io.stderr.write(`extract: ${(error as Error).message}\n`);
    return 1;
  }
}

interface CliOptions {
  date?: string;
  from?: 'text' | 'jsonl';
  format?: FormatName;
  only?: string;
  color: boolean;
  textField: string;
  idField: string;
  dateField: string;
  jobs?: string;
  output?: string;
  resume?: boolean;
  quiet?: boolean;
  verbose?: boolean;
}

function checkJobs(value: string): number {
  const n = /^\d+$/.test(value) ? Number(value) : NaN;
  if (!(n >= 1 && n <= 1024)) throw new UsageError(`--jobs ${JSON.stringify(value)}: give a whole number of worker threads, 1 or more`);
  return n;
}

/** A named file that does not exist is a usage error, found before any work starts. */
function checkInputsExist(inputs: readonly string[]) {
  for (const input of inputs) {
    if (input === '-' || /[*?[{]/.test(input)) continue;
    if (!existsSync(input)) throw new UsageError(`no such file: ${input} (check the path, or give - to read standard input)`);
  }
}

function checkDate(value: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const date = m ? validDate(+m[1]!, +m[2]!, +m[3]!) : null;
  if (!date) throw new UsageError(`--date ${JSON.stringify(value)} is not a date: use YYYY-MM-DD, e.g. --date 2026-02-05`);
  return date;
}

function checkOnly(value: string): ComponentName[] {
  const names = value.split(',').map((s) => s.trim()).filter(Boolean);
  const unknown = names.filter((n) => !(COMPONENT_NAMES as readonly string[]).includes(n));
  if (unknown.length || names.length === 0)
    throw new UsageError(`--only ${JSON.stringify(value)}: unknown component; choose from ${COMPONENT_NAMES.join(', ')}`);
  return names as ComponentName[];
}

/** Colour only for a terminal, never with --no-color or NO_COLOR, always with FORCE_COLOR (not 0). */
export function useColor(flag: boolean, stdout: NodeJS.WritableStream, env: NodeJS.ProcessEnv): boolean {
  if (!flag) return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false') return true;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  return (stdout as { isTTY?: boolean }).isTTY === true;
}

function terminalWidth(stdout: NodeJS.WritableStream): number {
  return (stdout as { columns?: number }).columns ?? 100;
}

export interface Io {
  stdin: NodeJS.ReadableStream & import('node:stream').Readable;
  stdout: NodeJS.WritableStream & import('node:stream').Writable;
  stderr: NodeJS.WritableStream & import('node:stream').Writable;
  env: NodeJS.ProcessEnv;
}

function isTerminal(stream: Io['stdin']): boolean {
  return (stream as { isTTY?: boolean }).isTTY === true;
}

function defaultIo(): Io {
  return { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, env: process.env };
}
