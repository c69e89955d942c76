/**
 * A small glob matcher for input patterns quoted past the shell: `*`, `?`, `[abc]`, `[!abc]`,
 * `{a,b}` within one path segment, and `**` for any number of directories. Node 20 has no
 * fs.glob; this covers what an archive layout needs without a dependency.
 */
import { readdirSync, statSync, type Dirent } from 'node:fs';
import { join } from 'node:path';

/** True when the argument asks for pattern matching rather than naming one file. */
export function hasGlobMagic(pattern: string): boolean {
  return /[*?[{]/.test(pattern);
}

/**
 * Paths matching `pattern`, in the order a recursive walk of the directories lists them (names
 * sorted), so the order is the same from run to run and machine to machine. Hidden entries (a leading dot) match only a segment that itself starts with a dot, as in
 * the shell.
 */
export function expandGlob(pattern: string): string[] {
  const segments = pattern.split('/');
  const absolute = pattern.startsWith('/');
  const firstMagic = segments.findIndex(hasGlobMagic);
  if (firstMagic < 0) return [pattern];
  const base = segments.slice(0, firstMagic).join('/') || (absolute ? '/' : '');
  const matchers = segments.slice(firstMagic).filter((s, i, all) => s !== '' || i === all.length - 1).map(segmentMatcher);
  const out: string[] = [];
  walk(base, matchers, 0, out);
  // `a/**/**/b` reaches one file along several routes; the order is a directory walk's
  return [...new Set(out)].sort(bySegments);
}

/** Depth-first, names sorted: the order in which a recursive directory walk lists files. */
function bySegments(a: string, b: string): number {
  const x = a.split('/');
  const y = b.split('/');
  for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return x[i]! < y[i]! ? -1 : 1;
  return x.length - y.length;
}

type SegmentMatcher = { kind: 'globstar' } | { kind: 'name'; test: (name: string) => boolean; literal: string | null };

function segmentMatcher(segment: string): SegmentMatcher {
  if (segment === '**') return { kind: 'globstar' };
  if (!hasGlobMagic(segment)) return { kind: 'name', test: (n) => n === segment, literal: segment };
  const regex = new RegExp(`^${segmentToRegex(segment)}$`, 'u');
  const dotOk = segment.startsWith('.');
  return { kind: 'name', test: (n) => (dotOk || !n.startsWith('.')) && regex.test(n), literal: null };
}

/**
 * Translates one segment; every other character is matched literally. The regex runs on one
 * directory entry's name (at most 255 bytes on common file systems), so its cost stays bounded.
 */
export function segmentToRegex(segment: string): string {
  let out = '';
  let braces = 0;
  for (let i = 0; i < segment.length; i++) {
    const c = segment[i]!;
    if (c === '*') {
      // runs of * are one *: keeps the regex free of adjacent overlapping quantifiers
      while (segment[i + 1] === '*') i++;
      out += '[^/]*';
    } else if (c === '?') out += '[^/]';
    else if (c === '[') {
      const close = segment.indexOf(']', i + 2);
      if (close < 0) out += '\\[';
      else {
        let body = segment.slice(i + 1, close);
        const negate = body.startsWith('!') || body.startsWith('^');
        if (negate) body = body.slice(1);
        out += `[${negate ? '^' : ''}${body.replace(/[\\\]^]/g, '\\$&')}]`;
        i = close;
      }
    } else if (c === '{') {
      braces++;
      out += '(?:';
    } else if (c === '}' && braces > 0) {
      braces--;
      out += ')';
    } else if (c === ',' && braces > 0) out += '|';
    else out += c.replace(/[.+^$()|\\\]{}]/g, '\\$&');
  }
  return out + ')'.repeat(braces);
}

function walk(dir: string, matchers: readonly SegmentMatcher[], at: number, out: string[]): void {
  const matcher = matchers[at];
  if (!matcher) return;
  const last = at === matchers.length - 1;
  if (matcher.kind === 'globstar') {
    // ** matches zero directories (try the next segment here) or one more (descend, stay on **)
    if (last) return listAll(dir, out);
    walk(dir, matchers, at + 1, out);
    for (const entry of entries(dir)) {
      if (entry.name.startsWith('.') || !entry.isDirectory()) continue;
      walk(dir ? join(dir, entry.name) : entry.name, matchers, at, out);
    }
    return;
  }
  for (const entry of entries(dir)) {
    if (!matcher.test(entry.name)) continue;
    const path = dir ? join(dir, entry.name) : entry.name;
    if (last) {
      if (isFile(dir, entry)) out.push(path);
    } else if (entry.isDirectory()) walk(path, matchers, at + 1, out);
  }
}

/** `dir/**` alone: every non-hidden file below dir. */
function listAll(dir: string, out: string[]): void {
  for (const entry of entries(dir)) {
    if (entry.name.startsWith('.')) continue;
    const path = dir ? join(dir, entry.name) : entry.name;
    if (entry.isDirectory()) listAll(path, out);
    else if (isFile(dir, entry)) out.push(path);
  }
}

function entries(dir: string): Dirent[] {
  try {
    return readdirSync(dir || '.', { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  } catch {
    return [];
  }
}

/**
 * A symbolic link to a file counts as that file; a broken one as nothing. Directories are entered
 * only when they are real directories (Dirent.isDirectory is false for a link), so a link cycle
 * cannot make the walk loop.
 */
function isFile(dir: string, entry: Dirent): boolean {
  if (entry.isFile()) return true;
  if (!entry.isSymbolicLink()) return false;
  try {
    return statSync(join(dir || '.', entry.name)).isFile();
  } catch {
    return false;
  }
}
