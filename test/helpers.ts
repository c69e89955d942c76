import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { PassThrough, Readable } from 'node:stream';
import { main, type Io } from '../src/cli.js';

export const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));
export const readFixture = (name: string) => readFileSync(fixture(name), 'utf8');
export const REFERENCE = 'china-daily-x-raid.txt';

/** Every {start, end, text} object anywhere in a value. */
export function allSpans(value: unknown): Array<{ start: number; end: number; text: string }> {
  const out: Array<{ start: number; end: number; text: string }> = [];
  (function walk(v: unknown) {
    if (Array.isArray(v)) return v.forEach(walk);
    if (v && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      if (Number.isInteger(o.start) && Number.isInteger(o.end) && typeof o.text === 'string')
        out.push(o as { start: number; end: number; text: string });
      Object.values(o).forEach(walk);
    }
  })(value);
  return out;
}

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Two in-memory output streams and what has been written to them so far. */
export function captureStreams() {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const written = { out: '', err: '' };
  stdout.on('data', (d) => (written.out += d));
  stderr.on('data', (d) => (written.err += d));
  return { stdout, stderr, written };
}

/** Runs the command in-process with its own streams and environment. */
export async function runCli(argv: string[], options: { stdin?: string; env?: NodeJS.ProcessEnv; tty?: boolean } = {}): Promise<CliRun> {
  const { stdout, stderr, written } = captureStreams();
  if (options.tty) Object.assign(stdout, { isTTY: true, columns: 120 });
  const io = {
    stdin: Readable.from([options.stdin ?? '']),
    stdout,
    stderr,
    env: options.env ?? {},
  } as unknown as Io;
  const code = await main(argv, io);
  return { code, stdout: written.out, stderr: written.err };
}
