/**
 * Progress on standard error for a person watching a terminal: documents done (of how many, when
 * known), rate, and time left; one summary line at the end. Nothing at all goes to a pipe or a
 * file unless asked for (--verbose), so stderr stays clean for scripts.
 */
import type { Writable } from 'node:stream';

export interface ProgressOptions {
  stream: Writable;
  /** redraw a status line (stderr is a terminal and --quiet not given) */
  live: boolean;
  /** print the summary line at the end */
  summary: boolean;
  /** documents to do, when known before reading (plain text files) */
  total: number | null;
  /** input bytes to read, when known (files on disk, not stdin or gzip) */
  totalBytes: number | null;
  /** clock in milliseconds (tests pass their own) */
  now?: () => number;
}

export interface Counts {
  documents: number;
  failed: number;
  /** documents skipped because they are already in the output (--resume) */
  skipped: number;
  /** input bytes of the documents done (and skipped) */
  bytes: number;
}

/** Redraws at most this often: a terminal write per document would cost more than it shows. */
const REDRAW_MS = 200;

export class Progress {
  private readonly now: () => number;
  private readonly started: number;
  private lastDraw = -Infinity;
  private drawn = false;
  private timer: NodeJS.Timeout | null = null;
  private counts: Counts = { documents: 0, failed: 0, skipped: 0, bytes: 0 };

  constructor(private readonly options: ProgressOptions) {
    this.now = options.now ?? (() => performance.now());
    this.started = this.now();
    // redraws while a slow document holds everything up, so the clock and ETA keep moving
    if (options.live) this.timer = setInterval(() => this.draw(), 1000).unref();
  }

  update(counts: Counts): void {
    this.counts = counts;
    if (this.options.live && this.now() - this.lastDraw >= REDRAW_MS) this.draw();
  }

  /** A message line (a document's error) printed above the status line. */
  note(line: string): void {
    this.clear();
    this.options.stream.write(`${line}\n`);
    if (this.drawn) this.draw();
  }

  finish(): void {
    if (this.timer) clearInterval(this.timer);
    this.clear();
    if (this.options.summary) this.options.stream.write(`${summaryLine(this.counts, (this.now() - this.started) / 1000)}\n`);
  }

  private draw(): void {
    this.lastDraw = this.now();
    this.drawn = true;
    this.options.stream.write(`\r\x1b[2K${statusLine(this.counts, (this.now() - this.started) / 1000, this.options)}`);
  }

  private clear(): void {
    if (this.drawn) this.options.stream.write('\r\x1b[2K');
  }
}

/** e.g. `extract: 120/1,000 documents · 3 failed · 45.2 documents/s · 1.2 MB/s · ETA 0:19` */
export function statusLine(counts: Counts, seconds: number, known: Pick<ProgressOptions, 'total' | 'totalBytes'>): string {
  const parts: string[] = [];
  const done = counts.documents + counts.skipped;
  parts.push(known.total !== null ? `${fmt(done)}/${fmt(known.total)} documents` : `${fmt(done)} documents`);
  if (counts.failed) parts.push(`${fmt(counts.failed)} failed`);
  if (seconds > 0) {
    parts.push(`${(counts.documents / seconds).toFixed(1)} documents/s`);
    if (counts.bytes) parts.push(`${(counts.bytes / 1e6 / seconds).toFixed(1)} MB/s`);
  }
  const eta = remaining(counts, seconds, known);
  if (eta !== null) parts.push(`ETA ${clock(eta)}`);
  return `extract: ${parts.join(' · ')}`;
}

/** Time left from the share done: by documents when their number is known, else by bytes read. */
function remaining(counts: Counts, seconds: number, known: Pick<ProgressOptions, 'total' | 'totalBytes'>): number | null {
  const done = counts.documents + counts.skipped;
  const share = known.total ? done / known.total : known.totalBytes ? counts.bytes / known.totalBytes : null;
  if (share === null || share <= 0 || seconds <= 0) return null;
  return Math.max(0, (seconds * (1 - Math.min(1, share))) / share);
}

/** e.g. `extract: 1,000 documents, 2 failed, 200 skipped (already in the output), 12.3 s` */
export function summaryLine(counts: Counts, seconds: number): string {
  const parts = [`${fmt(counts.documents)} document${counts.documents === 1 ? '' : 's'}`, `${fmt(counts.failed)} failed`];
  if (counts.skipped) parts.push(`${fmt(counts.skipped)} skipped (already in the output)`);
  parts.push(`${seconds.toFixed(1)} s`);
  return `extract: ${parts.join(', ')}`;
}

function fmt(n: number): string {
  return n.toLocaleString('en-US');
}

function clock(seconds: number): string {
  const s = Math.round(seconds);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const ss = String(s % 60).padStart(2, '0');
  return h ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}
