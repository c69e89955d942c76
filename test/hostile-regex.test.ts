/**
 * Every regular-expression literal in src/ runs in linear time on hostile input: each is run
 * over long runs of the characters that make backtracking regexes go quadratic (whitespace,
 * letters, punctuation, quote marks, "of the ", initials) followed by a character that makes
 * the match fail. A linear regex takes well under a millisecond on these 80,000 characters;
 * a quadratic one takes seconds. `new RegExp(...)` built at run time is not seen here.
 *
 * A regex that is quadratic but only ever applied to a short, bounded slice may be listed in
 * BOUNDED with the reason; better to make it linear (anchor the start of a run with a
 * lookbehind such as (?<!\s)\s+$, or test a trimmed string).
 */
import { describe, expect, it } from 'vitest';
import ts from 'typescript';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const LENGTH = 80_000;
/** Quadratic on 80,000 characters is several seconds (about 1 s at 40,000: too close to call); linear is far below this, even on a busy machine. */
const MAX_MS = 1_000;
const UNITS = [' ', '\t', '\n', '\r\n', 'a', 'A', '\u00e9', 'a ', 'A ', 'A.', 'A. ', '.', ',', 'a,', ', ', '"', '\u201c', "'", '1', '1 ', '-', 'of the ', 'said ', 'Mr. '];
const TAILS = ['', '!', 'a', '\u0000'];

/** file (from the repository root) and regex source → why its input is short. */
const BOUNDED: Record<string, string> = {
  'src/extractors/times/parsers.ts /([\\p{L}]+)\\s+$/u': 'applied to the 20 characters before a date',
  'src/extractors/actors/roles.ts /(\\s+|,\\s+)$/': 'applied to the 3 characters before a name',
  'src/extractors/actors/roles.ts /\\s+$/': 'applied to the 2 characters before a role',
  'src/resolve/speakers.ts /\\s+\\S$/': 'applied to a possessive inside a speaker span of a few words',
  'src/extractors/actors/roles.ts /([\\p{L}]+(?: [\\p{L}]+)?)$/u': 'applied to the 30 characters before a role',
  'src/extractors/times/parsers.ts /([a-z]+)\\.?\\s+$/i': 'applied to the 12 characters before a number',
};

interface Literal {
  where: string;
  key: string;
  regex: RegExp;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

function regexLiterals(): Literal[] {
  const out: Literal[] = [];
  for (const path of sourceFiles(join(ROOT, 'src'))) {
    const file = relative(ROOT, path).split('\\').join('/');
    const source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node) => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = node.getText(source);
        const slash = text.lastIndexOf('/');
        const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
        out.push({ where: `${file}:${line} ${text}`, key: `${file} ${text}`, regex: new RegExp(text.slice(1, slash), text.slice(slash + 1)) });
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return out;
}

/** Slowest time (ms) of the regex over the hostile inputs (or the first over MAX_MS), and the input that took it. */
function slowest(regex: RegExp): { ms: number; input: string } {
  let worst = { ms: 0, input: '' };
  for (const unit of UNITS) {
    const run = unit.repeat(Math.ceil(LENGTH / unit.length));
    for (const tail of TAILS) {
      const input = run + tail;
      const started = performance.now();
      if (regex.global || regex.sticky) input.replace(new RegExp(regex.source, regex.flags.replace('y', '')), '');
      else regex.exec(input);
      const ms = performance.now() - started;
      if (ms > worst.ms) worst = { ms, input: `${JSON.stringify(unit)} × ${run.length / unit.length} + ${JSON.stringify(tail)}` };
      if (ms > MAX_MS) return worst; // one is enough
    }
  }
  return worst;
}

describe('regular expressions are linear on hostile input', () => {
  const literals = regexLiterals();

  it('finds the regex literals of src/', () => {
    expect(literals.length).toBeGreaterThan(100);
  });

  it('none is quadratic (or worse) on 80,000 hostile characters', () => {
    const slow: string[] = [];
    for (const literal of literals) {
      if (literal.key in BOUNDED) continue;
      const first = slowest(literal.regex);
      // a second run rules out a garbage-collection pause
      if (first.ms > MAX_MS && Math.min(first.ms, slowest(literal.regex).ms) > MAX_MS)
        slow.push(`${literal.where}: ${Math.round(first.ms)} ms on ${first.input}`);
    }
    expect(slow).toEqual([]);
  }, 240_000);

  it('the check catches a quadratic regex', () => {
    expect(slowest(/\s+$/).ms).toBeGreaterThan(MAX_MS);
    expect(slowest(/(?<!\s)\s+$/).ms).toBeLessThan(MAX_MS);
  }, 60_000);
});
