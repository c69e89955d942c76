/**
 * The Document every extractor reads: the input text exactly as given, its publication date,
 * paragraphs, paired quotation marks, sentences and tagged tokens. Built once per article;
 * extractors never re-tag.
 */
import type { Span } from './schema.js';
import { tokenize, type Token } from './nlp.js';
import { partitionPoint } from './sorted.js';
import { ABBREVIATIONS } from './lexicon/abbreviations.js';
import type { Deadline } from './guard.js';
import { pairQuoteMarks, type QuoteMarks } from './quote-marks.js';
import { readDateline, readWrittenDay, validDate, type Dateline } from './dateline.js';

export type { Token };

export interface Sentence {
  index: number;
  start: number;
  end: number;
  /** tokens[tokenStart, tokenEnd) lie in this sentence */
  tokenStart: number;
  tokenEnd: number;
  paragraph: number;
}

export interface Paragraph {
  index: number;
  start: number;
  end: number;
}

export type DateSource = 'option' | 'record' | 'header' | 'dateline' | 'none';

export interface Document {
  id: string;
  source: string;
  text: string;
  /** publication date, YYYY-MM-DD, or null when unknown */
  date: string | null;
  dateSource: DateSource;
  title: string | null;
  /** offset where the article body begins (after a date header) */
  bodyStart: number;
  paragraphs: Paragraph[];
  /** datelines at the start of a line ("PARIS (Reuters) -"): each ends the sentence it opens */
  datelines: Dateline[];
  /** quotation marks paired once for every component: what lies inside a quote */
  quoteMarks: QuoteMarks;
  sentences: Sentence[];
  tokens: Token[];
  /**
   * the document's time budget: a long per-sentence loop may call `doc.deadline?.check(name)`
   * so that a pathological input stops with a clear error instead of running on
   */
  deadline?: Deadline;
}

export interface DocumentInput {
  id: string;
  source: string;
  text: string;
  /** a date given from outside (option or record), which wins over a header */
  date?: string | null;
  dateSource?: 'option' | 'record';
  deadline?: Deadline;
}

export function createDocument(input: DocumentInput): Document {
  const { text } = input;
  const header = readDateHeader(text);
  const bodyStart = header?.end ?? 0;
  const paragraphs = splitParagraphs(text, bodyStart);
  const { sentences, datelines } = separateDatelines(text, splitSentences(text, paragraphs));
  // a dated dateline is read only when nothing else gives the date
  const dateline = input.date || header ? null : datelineDate(text, datelines);
  const date = input.date ?? header?.date ?? dateline ?? null;
  const dateSource: DateSource = input.date ? (input.dateSource ?? 'option') : header ? 'header' : dateline ? 'dateline' : 'none';
  const tokens = tokenize(text, sentences, input.deadline);
  assignTokens(sentences, tokens);
  return {
    id: input.id,
    source: input.source,
    text,
    date,
    dateSource,
    title: findTitle(text, paragraphs),
    bodyStart,
    paragraphs,
    datelines,
    quoteMarks: pairQuoteMarks(text, paragraphs),
    sentences,
    tokens,
    ...(input.deadline ? { deadline: input.deadline } : {}),
  };
}

export function span(doc: Pick<Document, 'text'>, start: number, end: number): Span {
  return { start, end, text: doc.text.slice(start, end) };
}

export function sentenceAt(doc: Document, offset: number): Sentence | undefined {
  let lo = 0;
  let hi = doc.sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = doc.sentences[mid]!;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return s;
  }
  return undefined;
}

/** Index of the first token whose end is after `offset`. */
export function tokenIndexAt(doc: Document, offset: number): number {
  return partitionPoint(doc.tokens, (t) => t.end <= offset);
}

/**
 * The sentence a dateline opens, widened to take the dateline in ("BRUSSELS, Sept. 16 — European
 * leaders met …"): the time and place of what the lead reports are the dateline's unless the
 * sentence names others. Any other sentence as it is.
 */
export function withDateline(doc: Document, s: Sentence): Sentence {
  const opener = doc.datelines.find((d) => d.dashed && d.bodyStart === s.start);
  return opener ? { ...s, start: opener.start } : s;
}

export function sentenceTokens(doc: Document, sentence: Sentence): Token[] {
  return doc.tokens.slice(sentence.tokenStart, sentence.tokenEnd);
}

// ---------- date header ----------

const HEADER_LABEL = /^\uFEFF?[ \t]*(?:(?:date|published|posted|updated|dateline|publication date)[ \t]*[:=\-]?[ \t]*)?/i;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?/;
const LINE_END = /^[ \t]*(?:\r?\n|$)/;

/** Reads a publication date at the very start of the text: ` date 2026-02-05 …`, `Date: May 3, 2024`, an ISO timestamp. */
export function readDateHeader(text: string): { date: string; end: number } | null {
  const head = text.slice(0, 200);
  const label = HEADER_LABEL.exec(head)!;
  const labelled = /[a-z]/i.test(label[0]);
  const rest = head.slice(label[0].length);
  const parsed = parseHeaderDate(rest, labelled);
  if (!parsed) return null;
  let end = label[0].length + parsed.length;
  while (end < text.length && /[ \t\r\n]/.test(text[end]!)) end++;
  return { date: parsed.date, end };
}

function parseHeaderDate(rest: string, labelled: boolean): { date: string; length: number } | null {
  const iso = ISO_DATE.exec(rest);
  if (iso) {
    const date = validDate(+iso[1]!, +iso[2]!, +iso[3]!);
    // an unlabelled date counts only when it stands on its own (a timestamp line or before the text)
    if (date && (labelled || /^(\s|$)/.test(rest.slice(iso[0].length)))) return { date, length: iso[0].length };
  }
  // a written-out date is a header when labelled, or when it is the whole first line (a dateline
  // above the text); one that runs on into a sentence ("May 3, 2024 was a Friday") is the text
  const written = readWrittenDay(rest, 0);
  if (!written || written.year === null || !(labelled || LINE_END.test(rest.slice(written.end)))) return null;
  const date = validDate(written.year, written.month, written.day);
  return date ? { date, length: written.end } : null;
}

// ---------- paragraphs and sentences ----------

/** A blank line ends a paragraph; line ends may be LF, CRLF or a lone CR (kept as they are in the text). */
const BLANK_LINE = /(?:\r\n|\r(?!\n)|\n)[ \t]*(?:\r\n|\r(?!\n)|\n)\s*/g;

function splitParagraphs(text: string, from: number): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  const blank = new RegExp(BLANK_LINE);
  blank.lastIndex = from;
  let start = from;
  for (let m = blank.exec(text); m; m = blank.exec(text)) {
    pushTrimmed(text, paragraphs, start, m.index);
    start = m.index + m[0].length;
  }
  pushTrimmed(text, paragraphs, start, text.length);
  return paragraphs;
}

function pushTrimmed(text: string, out: Paragraph[], start: number, end: number) {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (end > start) out.push({ index: out.length, start, end });
}

const CLOSERS = new Set(['"', "'", '\u201d', '\u2019', ')', ']', '\u00bb']);
const OPENERS = new Set(['"', "'", '\u201c', '\u2018', '(', '[', '\u00ab']);

/**
 * Longest sentence the Document holds. A longer run (no punctuation, a list of initials) is
 * cut at whitespace, so that every per-sentence step downstream, compromise included, works
 * on bounded pieces and the whole pipeline stays linear in the document's length.
 */
export const MAX_SENTENCE_LENGTH = 1_000;

function splitSentences(text: string, paragraphs: Paragraph[]): Sentence[] {
  const sentences: Sentence[] = [];
  for (const p of paragraphs) {
    let start = p.start;
    for (let i = p.start; i < p.end; i++) {
      const c = text[i]!;
      if (i - start >= MAX_SENTENCE_LENGTH) {
        const cut = cutPoint(text, start, i);
        pushSentence(text, sentences, start, cut, p.index);
        start = cut;
      }
      if (c === '\n' || c === '\r') {
        pushSentence(text, sentences, start, i, p.index);
        start = i + 1;
      } else if (c === '.' || c === '!' || c === '?') {
        const end = sentenceEndAfter(text, i, p.end);
        if (end > 0) {
          pushSentence(text, sentences, start, end, p.index);
          start = end;
          i = end - 1;
        }
      }
    }
    pushSentence(text, sentences, start, p.end, p.index);
  }
  return sentences;
}

/** If the terminator at `i` ends a sentence, the offset just after it (closers included), else -1. */
function sentenceEndAfter(text: string, i: number, limit: number): number {
  // a run of terminators and closers longer than this is not a sentence end; bounding the scan keeps "....…" linear
  const stop = Math.min(limit, i + 32);
  let j = i + 1;
  while (j < stop && (text[j] === '.' || text[j] === '!' || text[j] === '?')) j++;
  while (j < stop && CLOSERS.has(text[j]!)) j++;
  if (j >= limit) return limit;
  if (j >= stop) return -1;
  if (!/\s/.test(text[j]!)) return -1;
  let k = j;
  while (k < limit && (text[k] === ' ' || text[k] === '\t')) k++;
  const next = text[k] ?? '';
  if (next === '\n' || next === '\r') return j;
  if (!(/[A-Z0-9]/.test(next) || OPENERS.has(next) || /\p{Lu}/u.test(next))) return -1;
  if (text[i] === '.' && isAbbreviation(text, i)) return -1;
  return j;
}

function isAbbreviation(text: string, dot: number): boolean {
  let s = dot;
  while (s > 0 && /[A-Za-z.]/.test(text[s - 1]!)) s--;
  const word = text.slice(s, dot);
  if (/^[A-Z]$/.test(word)) return true; // an initial: "J. Smith"
  if (/^([A-Za-z]\.)+[A-Za-z]$/.test(word)) return true; // U.S, U.N, a.m
  return ABBREVIATIONS.has(word.toLowerCase());
}

/** Where to cut an overlong run that started at `start`: the last whitespace before `limit`, else `limit` (never inside a surrogate pair). */
function cutPoint(text: string, start: number, limit: number): number {
  for (let k = limit; k > start + MAX_SENTENCE_LENGTH / 2; k--) if (/\s/.test(text[k - 1]!)) return k;
  const code = text.charCodeAt(limit - 1);
  return code >= 0xd800 && code <= 0xdbff ? limit - 1 : limit;
}

function pushSentence(text: string, out: Sentence[], start: number, end: number, paragraph: number) {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (end > start) out.push({ index: out.length, start, end, tokenStart: 0, tokenEnd: 0, paragraph });
}

function assignTokens(sentences: Sentence[], tokens: Token[]) {
  let t = 0;
  for (const s of sentences) {
    while (t < tokens.length && tokens[t]!.end <= s.start) t++;
    s.tokenStart = t;
    while (t < tokens.length && tokens[t]!.start < s.end) t++;
    s.tokenEnd = t;
  }
}

// ---------- datelines ----------

/**
 * Reads the dateline at the start of each line. A story that runs on after the dateline's dash
 * starts a sentence of its own there: "MALATYA, Turkey, March 9 (Reuters) - A quake struck …"
 * is the dateline, then "A quake struck …". A headline's topic ("SOCCER - JAPAN WIN") stays one
 * sentence: what follows its dash is no story text.
 */
function separateDatelines(text: string, lines: Sentence[]): { sentences: Sentence[]; datelines: Dateline[] } {
  const datelines: Dateline[] = [];
  const sentences: Sentence[] = [];
  for (const s of lines) {
    const found = startsLine(text, s.start) ? readDateline(text, s.start, s.end) : null;
    if (found) datelines.push(found);
    if (found && found.dashed && /\p{Ll}/u.test(text.slice(found.bodyStart, s.end))) {
      pushSentence(text, sentences, s.start, found.bodyStart, s.paragraph);
      pushSentence(text, sentences, found.bodyStart, s.end, s.paragraph);
    } else sentences.push({ ...s, index: sentences.length });
  }
  return { sentences, datelines };
}

function startsLine(text: string, at: number): boolean {
  let k = at;
  while (k > 0 && (text[k - 1] === ' ' || text[k - 1] === '\t')) k--;
  return k === 0 || text[k - 1] === '\n' || text[k - 1] === '\r';
}

/** The lines a dated dateline may open: a headline and a byline or two come before it. */
const DATELINE_LINES = 6;

/** The date of the first dateline that writes it in full and runs on with a dash, in the first lines. */
function datelineDate(text: string, datelines: readonly Dateline[]): string | null {
  const first = datelines.find((d) => d.date && d.dashed);
  if (!first) return null;
  let lines = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < first.start; i = text.indexOf('\n', i + 1)) if (++lines >= DATELINE_LINES) return null;
  return first.date;
}

/** A first paragraph of one short line with no final stop is a headline. */
function findTitle(text: string, paragraphs: Paragraph[]): string | null {
  const first = paragraphs[0];
  if (!first || paragraphs.length < 2) return null;
  const line = text.slice(first.start, first.end);
  if (/[\r\n]/.test(line) || line.length > 160 || /[.!?"\u201d]$/.test(line)) return null;
  return line;
}
