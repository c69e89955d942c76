/**
 * Finds proper-name spans: runs of capitalised tokens, joined across name particles and
 * "of" after institutional heads, split at possessives, with sentence-initial common words
 * left out. Each candidate keeps the evidence later typing uses.
 */
import type { Document, Sentence, Token } from '../../document.js';
import { INSTITUTION_HEADS, NAME_CONNECTORS, NAME_DESCRIPTORS, OF_HEADS, NOT_NAMES } from '../../lexicon/names.js';

export interface NameCandidate {
  start: number;
  end: number;
  text: string;
  /** tokens[tokenStart, tokenEnd) */
  tokenStart: number;
  tokenEnd: number;
  rule: string;
  /** lower-case noun that introduced the name ("platform" in "social media platform X") */
  descriptor: string | null;
  /** the name ends in a lower-case institution ("Paris prosecutor's office") */
  institution: boolean;
  sentenceInitial: boolean;
}

const POSSESSIVE = /['\u2019]s?$/;

export function isCapitalized(token: Token): boolean {
  return /^\p{Lu}/u.test(token.text) || /^\p{Ll}{1,2}\p{Lu}/u.test(token.text);
}

/** Words that look capitalised but never start or continue a name. */
function excluded(token: Token): boolean {
  if (NOT_NAMES.has(token.normal.replace(POSSESSIVE, ''))) return true;
  const t = token.tags;
  if (t.has('Date') || t.has('Month') || t.has('WeekDay')) return true;
  if (t.has('Pronoun') || t.has('Determiner') || t.has('Preposition') || t.has('Conjunction')) return true;
  return false;
}

export function findNames(doc: Document): NameCandidate[] {
  const capitalizedMidSentence = midSentenceWords(doc);
  return doc.sentences.flatMap((s) => namesInSentence(doc, s, capitalizedMidSentence));
}

function namesInSentence(doc: Document, sentence: Sentence, seenMid: ReadonlySet<string>): NameCandidate[] {
  const { tokens } = doc;
  const out: NameCandidate[] = [];
  let i = sentence.tokenStart;
  while (i < sentence.tokenEnd) {
    const token = tokens[i]!;
    if (!isCapitalized(token) || excluded(token)) {
      i++;
      continue;
    }
    const end = extendRun(doc, i, sentence.tokenEnd);
    for (const [from, to] of splitAtPossessives(tokens, i, end)) {
      const candidate = makeCandidate(doc, sentence, from, to, seenMid);
      if (candidate) out.push(candidate);
    }
    i = end;
  }
  return out;
}

/** Returns the exclusive end of the name run starting at `i`. */
function extendRun(doc: Document, i: number, limit: number): number {
  const { tokens } = doc;
  let j = i + 1;
  while (j < limit) {
    const next = tokens[j]!;
    if (!adjacent(doc, tokens[j - 1]!, next)) break;
    if (isCapitalized(next) && !excluded(next)) {
      j++;
      continue;
    }
    const after = tokens[j + 1];
    if (after && j + 1 < limit && isCapitalized(after) && !excluded(after) && adjacent(doc, next, after) && joins(tokens[j - 1]!, next)) {
      j += 2;
      continue;
    }
    break;
  }
  return j;
}

/** "Bank of England", "Ludwig van Beethoven", "Procter & Gamble". */
function joins(prev: Token, connector: Token): boolean {
  if (connector.normal === 'of') return OF_HEADS.has(prev.normal);
  return NAME_CONNECTORS.has(connector.normal) || connector.text === '&';
}

function adjacent(doc: Document, a: Token, b: Token): boolean {
  const gap = doc.text.slice(a.end, b.start);
  return gap === ' ' || gap === '' || gap === '-';
}

/** A possessive inside a run ends a name unless an institution head follows ("Commissioner's Office"). */
function splitAtPossessives(tokens: Token[], from: number, to: number): Array<[number, number]> {
  const parts: Array<[number, number]> = [];
  let start = from;
  for (let k = from; k < to - 1; k++) {
    const tok = tokens[k]!;
    if (POSSESSIVE.test(tok.text) && !INSTITUTION_HEADS.has(tokens[k + 1]!.normal)) {
      parts.push([start, k + 1]);
      start = k + 1;
    }
  }
  parts.push([start, to]);
  return parts;
}

function makeCandidate(doc: Document, sentence: Sentence, from: number, to: number, seenMid: ReadonlySet<string>): NameCandidate | null {
  const { tokens, text } = doc;
  const first = tokens[from]!;
  let last = tokens[to - 1]!;
  let end = last.end;
  const possessive = /['\u2019]s$/.exec(last.text) ?? (/s['\u2019]$/.test(last.text) ? /['\u2019]$/.exec(last.text) : null);
  if (possessive) end = last.start + possessive.index;
  const sentenceInitial = isSentenceInitial(doc, sentence, from);
  const descriptor = descriptorBefore(tokens, from, sentence.tokenStart);
  const single = to - from === 1;
  const bare = text.slice(first.start, end);
  if (!bare || !/\p{L}/u.test(bare)) return null;
  if (single && bare.length === 1 && !descriptor) return null;
  if (sentenceInitial && single && !descriptor && !seenMid.has(bare) && !namedByTagger(first)) return null;

  const institution = institutionAfter(doc, to, sentence.tokenEnd);
  if (institution !== null && isPlaceLike(tokens, from, to)) {
    last = tokens[institution - 1]!;
    const inner = /['\u2019]s$/.exec(last.text);
    end = inner ? last.start + inner.index : last.end;
    return { start: first.start, end, text: text.slice(first.start, end), tokenStart: from, tokenEnd: institution, rule: 'names.place-institution', descriptor, institution: true, sentenceInitial };
  }
  return { start: first.start, end, text: bare, tokenStart: from, tokenEnd: to, rule: descriptor ? 'names.descriptor' : 'names.capitalized-run', descriptor, institution: false, sentenceInitial };
}

function isSentenceInitial(doc: Document, sentence: Sentence, index: number): boolean {
  if (index === sentence.tokenStart) return true;
  const between = doc.text.slice(doc.tokens[index - 1]!.end, doc.tokens[index]!.start);
  return /["\u201c\u2018:(]\s*$/.test(between) || /[-\u2013\u2014]\s*$/.test(between);
}

function namedByTagger(token: Token): boolean {
  const t = token.tags;
  return (t.has('Person') || t.has('Place') || t.has('Organization')) && !t.has('Plural');
}

/** "platform X", "company xAI": a lower-case noun right before a name. */
function descriptorBefore(tokens: Token[], index: number, sentenceStart: number): string | null {
  if (index <= sentenceStart) return null;
  const prev = tokens[index - 1]!;
  return NAME_DESCRIPTORS.has(prev.normal) && prev.end === tokens[index]!.start - 1 ? prev.normal : null;
}

/** "Paris prosecutor's office": up to three lower-case words after a place, ending in an institution head. */
function institutionAfter(doc: Document, index: number, limit: number): number | null {
  const { tokens } = doc;
  for (let k = index; k < Math.min(limit, index + 3); k++) {
    const tok = tokens[k]!;
    if (!/^\p{Ll}/u.test(tok.text) || !adjacent(doc, tokens[k - 1]!, tok)) return null;
    if (INSTITUTION_HEADS.has(tok.normal) && !POSSESSIVE.test(tok.text)) return k + 1;
    if (!tok.tags.has('Noun')) return null;
  }
  return null;
}

function isPlaceLike(tokens: Token[], from: number, to: number): boolean {
  return tokens.slice(from, to).some((t) => t.tags.has('Place') || t.tags.has('City') || t.tags.has('Country'));
}

/** Capitalised words seen away from the start of a sentence: evidence they are names. */
function midSentenceWords(doc: Document): Set<string> {
  const seen = new Set<string>();
  for (const s of doc.sentences) {
    for (let i = s.tokenStart + 1; i < s.tokenEnd; i++) {
      const tok = doc.tokens[i]!;
      if (isCapitalized(tok) && !isSentenceInitial(doc, s, i)) seen.add(tok.text.replace(POSSESSIVE, ''));
    }
  }
  return seen;
}
