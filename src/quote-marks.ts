/**
 * Pairs quote marks, paragraph by paragraph: straight and curly double marks, single marks,
 * guillemets. Marks nest (a single-quoted phrase inside a double-quoted one stays inside it);
 * only the outermost pairs are returned. An opening mark left unclosed at the end of a
 * paragraph continues into the next paragraph when that one reopens the quote (news style for
 * multi-paragraph quotes); otherwise it is reported as unbalanced and never reaches past its
 * own paragraph.
 */
import type { Paragraph } from './document.js';
import type { Span } from './schema.js';

export interface Marked {
  /** offset of the opening mark */
  open: number;
  /** offset just after the closing mark (or the paragraph's end when unclosed) */
  close: number;
  /** content inside the marks */
  start: number;
  end: number;
  paragraph: number;
  /** true when the closing mark was found in the paragraph */
  closed: boolean;
  /** single marks (‘…’, '…') rather than double */
  single: boolean;
}

/** The quoted stretches of a text; times and quotes both read them, so the Document pairs marks once. */
export interface QuoteMarks {
  marked: Marked[];
  diagnostics: MarkDiagnostic[];
}

export interface MarkDiagnostic {
  code: 'unbalanced-quote';
  message: string;
  span: Span;
}

type Family = 'double' | 'single' | 'angle' | 'single-angle';

interface Open {
  at: number;
  family: Family;
  /** 1, or 2 for a doubled apostrophe used as a double mark (''…'') */
  width: number;
}

const LETTER = /[\p{L}\p{N}]/u;

/** Every outermost quoted span of the text, in text order, with diagnostics for unbalanced marks. */
export function pairQuoteMarks(text: string, paragraphs: readonly Paragraph[]): QuoteMarks {
  const marked: Marked[] = [];
  const diagnostics: MarkDiagnostic[] = [];
  const blocks = paragraphs.flatMap((p) => linesOf(text, p.start, p.end, p.index));
  blocks.forEach((b, i) => {
    const found = pairInParagraph(text, b.start, b.end, b.paragraph);
    marked.push(...found.marked);
    if (!found.unclosed) return;
    const next = blocks[i + 1];
    const reopens = next && opensQuote(text, next.start);
    const { at, family } = found.unclosed;
    if (family !== 'single' && family !== 'single-angle' && (reopens || at === b.start)) {
      // a quote that runs on to the next paragraph, or a whole paragraph that lost its closing mark
      marked.push({ open: at, close: b.end, start: at + found.unclosed.width, end: trimEnd(text, b.end), paragraph: b.paragraph, closed: false, single: false });
      if (!reopens) diagnostics.push(unbalanced(text, at, b.end, 'quote mark not closed by the end of its paragraph'));
    } else if (family !== 'single') {
      diagnostics.push(unbalanced(text, at, Math.min(b.end, at + 80), 'opening quote mark never closed; left out'));
    }
  });
  return { marked, diagnostics };
}

/** Longest markup tag skipped whole, in characters. */
const MAX_TAG_LENGTH = 400;

/** A line this long is a paragraph of its own, not a hard-wrapped line. */
const MIN_PARAGRAPH_LINE = 100;

interface Block {
  start: number;
  end: number;
  paragraph: number;
}

/**
 * Some sources end paragraphs with a single line break. When a paragraph holds a line too long
 * for hard wrapping, each line is paired on its own, so a mark left open in one line never
 * swallows the next ones; hard-wrapped text is paired as one block.
 */
function linesOf(text: string, start: number, end: number, paragraph: number): Block[] {
  const breaks: number[] = [];
  let longest = 0;
  let from = start;
  for (let i = text.indexOf('\n', start); i >= 0 && i < end; i = text.indexOf('\n', i + 1)) {
    breaks.push(i);
    longest = Math.max(longest, i - from);
    from = i + 1;
  }
  longest = Math.max(longest, end - from);
  if (!breaks.length || longest < MIN_PARAGRAPH_LINE) return [{ start, end, paragraph }];
  const out: Block[] = [];
  let s = start;
  for (const b of [...breaks, end]) {
    let a = s;
    while (a < b && /\s/.test(text[a]!)) a++;
    const z = trimEnd(text, b);
    if (z > a) out.push({ start: a, end: z, paragraph });
    s = b + 1;
  }
  return out.length ? out : [{ start, end, paragraph }];
}

function unbalanced(text: string, start: number, end: number, message: string): MarkDiagnostic {
  return { code: 'unbalanced-quote', message, span: { start, end, text: text.slice(start, end) } };
}

function opensQuote(text: string, at: number): boolean {
  const c = text[at];
  return c === '\u201c' || c === '"' || c === '\u00ab' || c === '\u201e' || text.startsWith("''", at) || (c === '\u201d' && LETTER.test(text[at + 1] ?? ''));
}

/** One pass over a paragraph with a stack of open marks: linear in its length. */
function pairInParagraph(text: string, from: number, to: number, paragraph: number): { marked: Marked[]; unclosed: Open | null } {
  const out: Marked[] = [];
  const stack: Open[] = [];
  for (let i = from; i < to; i++) {
    // marks inside markup left in the text (<tweet author="…">) delimit attributes, not speech
    if (text[i] === '<' && /[a-zA-Z/]/.test(text[i + 1] ?? '')) {
      let close = i + 1;
      const limit = Math.min(to, i + MAX_TAG_LENGTH);
      while (close < limit && text[close] !== '>') close++;
      if (close < limit) {
        i = close;
        continue;
      }
    }
    // two apostrophes stand for a straight double mark in some newsroom text: ''…''
    const doubled = text[i] === "'" && text[i + 1] === "'";
    const width = doubled ? 2 : 1;
    const c = doubled ? '"' : text[i]!;
    const before = i > from ? text[i - 1]! : ' ';
    const after = i + width < to ? text[i + width]! : ' ';
    // a closing curly mark that starts a paragraph can only open it (”… he delivered …,” X wrote)
    const role = i === from && c === '\u201d' ? ({ kind: 'open', family: 'double' } as const) : markRole(c, before, after, stack);
    if (!role) {
      i += width - 1;
      continue;
    }
    if (role.kind === 'open') {
      stack.push({ at: i, family: role.family, width });
      i += width - 1;
      continue;
    }
    // close the innermost open mark of this family; inner marks left open (apostrophes taken for quotes) are dropped
    let k = stack.length - 1;
    while (k >= 0 && stack[k]!.family !== role.family) k--;
    if (k < 0) continue;
    const opened = stack[k]!;
    stack.length = k;
    if (isOutermost(stack, k, opened.family) && i > opened.at + opened.width)
      out.push({ open: opened.at, close: i + width, start: opened.at + opened.width, end: i, paragraph, closed: true, single: opened.family === 'single' });
    i += width - 1;
  }
  const outer = stack.find((o) => o.family === 'double' || o.family === 'angle') ?? null;
  return { marked: out, unclosed: outer };
}

/** Nothing but stray single marks (apostrophes taken for openers) lies under position k. */
function isOutermost(stack: readonly Open[], k: number, family: Family): boolean {
  for (let j = 0; j < k; j++) if (stack[j]!.family !== 'single') return false;
  return k === 0 || family !== 'single';
}

/** Decides whether a character opens or closes a quote, from its shape and its neighbours. */
function markRole(c: string, before: string, after: string, stack: readonly Open[]): { kind: 'open' | 'close'; family: Family } | null {
  const spaceBefore = /[\s([{\u2014\u2013/-]/.test(before);
  const spaceAfter = /[\s)\]}.,;:!?\u2014\u2013-]/.test(after);
  const isOpen = (f: Family) => stack.some((o) => o.family === f);
  switch (c) {
    case '\u201c': // “ opens; used by mistake as a closer after a word at a word's end
      if (isOpen('double') && !spaceBefore && spaceAfter) return { kind: 'close', family: 'double' };
      return { kind: 'open', family: 'double' };
    case '\u201e':
      return { kind: 'open', family: 'double' };
    case '\u201d': // ” closes; used by mistake as an opener at a word's start
      if (!isOpen('double') && spaceBefore && LETTER.test(after)) return { kind: 'open', family: 'double' };
      return { kind: 'close', family: 'double' };
    case '"':
      if (isOpen('double') && (!spaceBefore || spaceAfter)) return { kind: 'close', family: 'double' };
      if (!spaceAfter) return { kind: 'open', family: 'double' };
      return null;
    case '\u00ab':
      return { kind: 'open', family: 'angle' };
    case '\u00bb':
      return { kind: 'close', family: 'angle' };
    case '\u2039':
      return { kind: 'open', family: 'single-angle' };
    case '\u203a':
      return { kind: 'close', family: 'single-angle' };
    case '\u2018':
      if (spaceBefore || /["\u201c]/.test(before)) return LETTER.test(after) || /["\u201c]/.test(after) ? { kind: 'open', family: 'single' } : null;
      return null;
    case '\u2019':
    case "'":
      // an apostrophe inside a word ("don't", "Musk's") or after a plural ("prosecutors'") is not a mark
      if (isOpen('single') && !spaceBefore && (spaceAfter || /["\u201d]/.test(after)) && !/s/i.test(before))
        return { kind: 'close', family: 'single' };
      if (isOpen('single') && !spaceBefore && /["\u201d]/.test(after)) return { kind: 'close', family: 'single' };
      if (c === "'" && spaceBefore && LETTER.test(after)) return { kind: 'open', family: 'single' };
      return null;
    default:
      return null;
  }
}

function trimEnd(text: string, end: number): number {
  while (end > 0 && /\s/.test(text[end - 1]!)) end--;
  return end;
}
