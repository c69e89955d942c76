/**
 * The command line's input arguments, expanded into the list of sources to read, in order:
 * a file, every file below a directory (recursively, sorted by name), every file a glob pattern
 * matches, or standard input (`-`). Only names are gathered here; nothing is read, so a large
 * archive costs one short string per file.
 */
import { readdirSync, statSync, type Dirent } from 'node:fs';
import { join, resolve } from 'node:path';
import { expandGlob, hasGlobMagic } from './glob.js';

export type InputKind = 'text' | 'jsonl';

export interface FileSource {
  kind: InputKind;
  /** the path as given or as found below a directory; '-' for standard input */
  path: string;
  /** size on disk, null for standard input */
  bytes: number | null;
}

/** An argument that names nothing readable: it still yields one error record in its place. */
export interface MissingSource {
  kind: 'missing';
  path: string;
  message: string;
}

export type Source = FileSource | MissingSource;

export interface SourceOptions {
  from: InputKind | 'auto';
  /** a path never read as input (the output file, which may lie in an input directory) */
  exclude?: string | null;
}

/** `.jsonl`, `.ndjson`, either one gzip-compressed. */
export function isJsonlName(path: string): boolean {
  return /\.(?:jsonl|ndjson)(?:\.gz)?$/i.test(path);
}

export function expandSources(args: readonly string[], options: SourceOptions): Source[] {
  const excluded = options.exclude ? resolve(options.exclude) : null;
  const out: Source[] = [];
  const add = (path: string, bytes: number | null) => {
    if (excluded && path !== '-' && resolve(path) === excluded) return;
    out.push({ kind: kindOf(path, options.from), path, bytes });
  };
  for (const arg of args) {
    if (arg === '-') {
      add('-', null);
      continue;
    }
    const stats = statOrNull(arg);
    if (stats?.isDirectory()) {
      const before = out.length;
      walkDirectory(arg, add);
      if (out.length === before) out.push({ kind: 'missing', path: arg, message: `no files in directory ${arg}` });
    } else if (stats) add(arg, stats.size);
    else if (hasGlobMagic(arg)) {
      const matches = expandGlob(arg);
      if (matches.length === 0) out.push({ kind: 'missing', path: arg, message: `no file matches ${arg}` });
      for (const path of matches) add(path, statOrNull(path)?.size ?? null);
    } else out.push({ kind: 'missing', path: arg, message: `no such file: ${arg}` });
  }
  return out;
}

function kindOf(path: string, from: SourceOptions['from']): InputKind {
  if (from !== 'auto') return from;
  return isJsonlName(path) ? 'jsonl' : 'text';
}

/**
 * Every non-hidden file below `dir`, depth first, names sorted, so the order (and so the output's
 * order) is the same on every machine. Links to directories are not followed, which keeps a link
 * cycle from looping.
 */
function walkDirectory(dir: string, add: (path: string, bytes: number | null) => void): void {
  let entries: Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walkDirectory(path, add);
    else if (entry.isFile() || entry.isSymbolicLink()) {
      const stats = statOrNull(path);
      if (stats?.isFile()) add(path, stats.size);
    }
  }
}

function statOrNull(path: string) {
  try {
    return statSync(path);
  } catch {
    return null;
  }
}
