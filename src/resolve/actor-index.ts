/**
 * Looks up which actor a piece of text refers to: a name mention inside it, a recorded
 * reference (description, pronoun, demonym), or an institution named by a common noun
 * ("prosecutors"). Lookups are binary searches over the sorted mentions, so asking about
 * every argument of every event stays linear-ish in the article.
 */
import { tokenIndexAt, type Document, type Token } from '../document.js';
import type { Actor, ActorRef, Span } from '../schema.js';
import { partitionPoint } from '../sorted.js';
import { NONRESTRICTIVE_RELATIVES } from '../lexicon/function-words.js';

export interface Located {
  start: number;
  end: number;
  actor: Actor;
  named: boolean;
}

/** A conjunct longer than this is cut down to the mention of its head actor. */
const MAX_PHRASE_WORDS = 12;
/** Prepositions after which a phrase's head has ended ("police in Lyon", "leaders of X"). */
const HEAD_ENDS = /\s(?:of|in|from|at|near|for|based|on|with|over|into|against)\s/gi;
/** A comma and a relative pronoun: a non-restrictive relative clause after the head. */
const RELATIVE = new RegExp(`,\\s*(?:${NONRESTRICTIVE_RELATIVES.join('|')})\\s`, 'i');
/** Prepositions whose object may stand for the head when the head names no one ("leaders of X", "authorities in France"). */
const STANDS_FOR_HEAD = /^\s*(?:of|in)\s/i;

export class ActorIndex {
  private readonly located: readonly Located[];
  readonly byId: ReadonlyMap<string, Actor>;
  /** organizations by the words of their names, for institutionNamedBy on every unnamed argument */
  private readonly institutions: ReadonlyMap<string, string>;

  constructor(readonly actors: readonly Actor[]) {
    this.byId = new Map(actors.map((a) => [a.id, a]));
    this.institutions = institutionsByWord(actors);
    this.located = actors
      .flatMap((a) => [
        ...a.mentions.map((m) => ({ start: m.start, end: m.end, actor: a, named: true })),
        ...a.references.map((m) => ({ start: m.start, end: m.end, actor: a, named: false })),
      ])
      .sort((x, y) => x.start - y.start || y.end - x.end);
  }

  /** Mentions and references lying inside [start, end), in text order. */
  inside(start: number, end: number): Located[] {
    const out: Located[] = [];
    let lo = 0;
    let hi = this.located.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.located[mid]!.start < start) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < this.located.length && this.located[i]!.start < end; i++) {
      const l = this.located[i]!;
      if (l.end <= end) out.push(l);
    }
    return out;
  }

  /**
   * The last name of an actor of `type` that ends before `offset`, at most `window` characters
   * back: the antecedent of "he"/"she" the actors component left open ("Ellison was unmoved.
   * He told …"). A name after "a"/"an" describes ("a Democrat from Ohio"), it names no one.
   */
  lastNamedBefore(doc: Document, offset: number, type: Actor['type'], window = 600): Located | null {
    const lo = partitionPoint(this.located, (l) => l.start < offset);
    for (let i = lo - 1; i >= 0; i--) {
      const l = this.located[i]!;
      if (l.start < offset - window) break;
      if (!l.named || l.actor.type !== type || l.end > offset) continue;
      if (/\b(?:a|an)\s+$/i.test(doc.text.slice(Math.max(0, l.start - 4), l.start))) continue;
      return l;
    }
    return null;
  }

  /** A mention that covers [start, end) whole (a name the actors component joined across "and"). */
  covering(start: number, end: number): Located | null {
    const lo = partitionPoint(this.located, (l) => l.start <= start);
    for (let i = lo - 1; i >= Math.max(0, lo - 8); i--) {
      const l = this.located[i]!;
      if (l.start <= start && l.end >= end) return l;
    }
    return null;
  }

  /**
   * The arguments a phrase names: one per conjunct ("X and xAI", "A, B and C"), each the
   * conjunct's text linked to its head actor (the last name in "Musk's AI company xAI", the
   * name in an apposition, a description or demonym, the object of "of"/"in" when the head
   * names no one), or to null when it names none.
   */
  argumentsIn(doc: Document, span: Span): ActorRef[] {
    const refs: ActorRef[] = [];
    for (const part of conjuncts(doc, span)) {
      const head = this.headOf(doc, part);
      const words = part.text.split(/\s+/).length;
      if (head && words > MAX_PHRASE_WORDS) refs.push({ start: head.start, end: head.end, text: doc.text.slice(head.start, head.end), actor: head.actor.id });
      else if (head) refs.push({ start: part.start, end: part.end, text: part.text, actor: head.actor.id });
      else if (/\p{L}/u.test(part.text) && words <= MAX_PHRASE_WORDS)
        refs.push({ start: part.start, end: part.end, text: part.text, actor: institutionIn(this.institutions, part.text.toLowerCase().split(/\s+/)) });
    }
    return dedupe(refs);
  }

  /** The actor a single conjunct refers to, or null. */
  headOf(doc: Document, part: Span): Located | null {
    // "Robert F. Kennedy Jr." at the end of a phrase whose span stops before the final period
    const reach = part.end + trailingPeriods(doc, part.end);
    const inside = this.inside(part.start, reach);
    if (!inside.length) return this.covering(part.start, part.end);
    const boundary = headBoundary(doc, part, inside);
    const headEnd = boundary === part.end ? reach : boundary;
    const inHead = inside.filter((l) => l.end <= headEnd);
    const named = inHead.filter((l) => l.named);
    const last = named[named.length - 1];
    // a name that is the head ("the office of X" → X is not; "Musk's AI company xAI" → xAI is)
    if (last && endsPhrase(doc, last, headEnd)) return fullNameBefore(doc, named, last);
    // a name set off by a comma is the head described ("the former chief of X, Linda Y")
    const apposition = inside.find((l) => l.named && /,\s*$/.test(doc.text.slice(part.start, l.start)));
    if (apposition) return apposition;
    // a reference that is the head ("The Quarvians of northern Brellford", "the company's office" is not)
    const headReference = inHead.filter((l) => !l.named && endsPhrase(doc, l, headEnd)).pop();
    if (headReference) return headReference;
    // a name whose possession the head is ("Russia's invasion of Ukraine", "Serbia's suppression of …"): the possessor acts
    const possessor = named.find((l) => POSSESSIVE_AFTER.test(doc.text.slice(l.end, l.end + 3)));
    if (possessor) return possessor;
    // a name that only modifies the head ("the Paris offices of X"): the "of" object owns it
    const owner = /^\s*of\s/i.test(doc.text.slice(headEnd, part.end)) ? inside.find((l) => l.named && l.start >= headEnd) : undefined;
    if (owner) return owner;
    if (last) return last;
    const reference = inHead[inHead.length - 1];
    if (reference) return reference;
    // "leaders of X", "authorities in France" stand for X; "the Quarvians of Brellford" (a name of its own) do not
    const headTokens = tokensIn(doc, part.start, headEnd);
    const ownName = headTokens.some((t) => t.tags.has('ProperNoun') || t.tags.has('Demonym'));
    const after = doc.text.slice(headEnd, part.end);
    if (!ownName && STANDS_FOR_HEAD.test(after) && (!/^\s*in\s/i.test(after) || standsForItsPlace(headTokens))) return inside.find((l) => l.named) ?? inside[0]!;
    return null;
  }
}

/** A possessive ending right after a name ("Russia's", "the Allies'"). */
const POSSESSIVE_AFTER = /^['\u2019]s?\b/;

/**
 * "The Nigerian Union of Teachers (NUT)": an acronym in brackets right after the full name of
 * the same actor names it again; the full name is the phrase's head as written.
 */
function fullNameBefore(doc: Document, named: readonly Located[], last: Located): Located {
  const i = named.indexOf(last);
  const prev = i > 0 ? named[i - 1] : undefined;
  if (prev && prev.actor === last.actor && /^\s*\($/.test(doc.text.slice(prev.end, last.start))) return prev;
  return last;
}

/** How many periods follow `end` ("Jr." whose period the phrase left out). */
function trailingPeriods(doc: Document, end: number): number {
  let n = 0;
  while (doc.text[end + n] === '.' && n < 3) n++;
  return n;
}

/** Bodies of a state or place named by a singular common noun ("the police in Lyon", "the government in Kabul"). */
const PLACE_BODIES = new Set(['police', 'government', 'army', 'military', 'authorities', 'administration', 'regime', 'junta', 'leadership', 'opposition']);

/**
 * "authorities in France", "police in Lyon", "protesters in Serbia": a group in a place
 * stands for the place's side. One person or thing in a place does not ("a federal judge in
 * New York", "a camp in Sudan"): the place only says where it is. Plural or collective heads only.
 */
function standsForItsPlace(head: readonly Token[]): boolean {
  const last = head[head.length - 1];
  if (!last) return false;
  return PLACE_BODIES.has(last.normal) || (last.tags.has('Plural') && !/^(?:a|an|one|each|every)$/.test(head[0]!.normal));
}

/** Whether only punctuation or a comma-apposition follows the mention before `end`. */
function endsPhrase(doc: Document, l: Located, end: number): boolean {
  return /^[\s'\u2019s.,]*$/.test(doc.text.slice(l.end, end)) || /^\s*,/.test(doc.text.slice(l.end, end));
}

function tokensIn(doc: Document, start: number, end: number): Token[] {
  const out: Token[] = [];
  for (let k = tokenIndexAt(doc, start); k < doc.tokens.length && doc.tokens[k]!.start < end; k++) out.push(doc.tokens[k]!);
  return out;
}

/** Offset where the phrase's head ends: at its first preposition that is not inside a name. */
function headBoundary(doc: Document, part: Span, inside: readonly Located[]): number {
  // "Sudan's army, which has fought the RSF": the relative clause describes the head, it names no other head
  const relative = RELATIVE.exec(part.text);
  if (relative) part = { start: part.start, end: part.start + relative.index, text: part.text.slice(0, relative.index) };
  // "Senator Elaine Brooks, a Democrat from Ohio": an apposition after a comma describes the head before it
  // (a name after the comma is the head itself: "the former chief of X, Linda Y")
  const comma = part.text.indexOf(',');
  const described = comma > 0 && /^,\s*(?:a|an|the|its|his|her|their)\s/i.test(part.text.slice(comma));
  const end = described ? part.start + comma : part.end;
  // matchAll iterates over its own copy of the regex: no lastIndex is shared between calls
  for (const m of part.text.matchAll(HEAD_ENDS)) {
    const at = part.start + m.index;
    if (at >= end) break;
    if (!inside.some((l) => l.start <= at && at < l.end)) return at;
  }
  return end;
}

function dedupe(refs: ActorRef[]): ActorRef[] {
  return refs.filter((r, i) => !refs.slice(0, i).some((o) => (o.actor && o.actor === r.actor) || (o.start === r.start && o.end === r.end)));
}

/**
 * Splits "A, B and C" into conjuncts; an apposition "the chief of X, Linda Y" stays one.
 * Commas split only before the last "and" (a list), never after it.
 */
/**
 * "the chief of X, Linda Y": a comma after of/in/at is an apposition's, not a list's. Found by
 * comparing two positions: a regex scanning from each preposition to the next comma would be
 * quadratic on a long run of prepositions without one.
 */
function prepositionBeforeComma(text: string): boolean {
  const preposition = /\b(?:of|in|at)\b/.exec(text);
  return preposition !== null && preposition.index + preposition[0].length <= text.lastIndexOf(',');
}

export function conjuncts(doc: Document, span: Span): Span[] {
  const text = doc.text.slice(span.start, span.end);
  const ands = [...text.matchAll(/(?<!\s)(?:\s+(?:and|&)\s+|\s*;\s*)/g)];
  const out: Span[] = [];
  let from = span.start;
  ands.forEach((m, i) => {
    const cut = span.start + m.index;
    const before = doc.text.slice(from, cut);
    const isLast = i === ands.length - 1;
    if (isLast && before.includes(',') && !prepositionBeforeComma(before)) {
      let f = from;
      for (const c of before.matchAll(/,\s*/g)) {
        push(doc, out, f, from + c.index);
        f = from + c.index + c[0].length;
      }
      push(doc, out, f, cut);
    } else push(doc, out, from, cut);
    from = cut + m[0].length;
  });
  push(doc, out, from, span.end);
  return out;
}

/** A TeX-style quote mark: two backquotes or two apostrophes. */
const TEX_QUOTE = /^(?:``|'')$/;

function push(doc: Document, out: Span[], start: number, end: number) {
  let s = start;
  let e = end;
  // (TeX-style quote marks of older wire copy too: "`` Jordan", "Jordan ``")
  while (s < e && (/[\s,"\u201c\u201d(]/.test(doc.text[s]!) || TEX_QUOTE.test(doc.text.slice(s, s + 2)))) s += TEX_QUOTE.test(doc.text.slice(s, s + 2)) ? 2 : 1;
  while (e > s && (/[\s,.;:"\u201c\u201d)]/.test(doc.text[e - 1]!) || (e - 2 >= s && TEX_QUOTE.test(doc.text.slice(e - 2, e))))) e -= TEX_QUOTE.test(doc.text.slice(e - 2, e)) ? 2 : 1;
  // "The Nigerian Union of Teachers (NUT)": a bracket the phrase opened stays closed
  if (doc.text[e] === ')' && doc.text.lastIndexOf('(', e) >= s && doc.text.lastIndexOf(')', e - 1) < doc.text.lastIndexOf('(', e)) e++;
  if (e > s) out.push({ start: s, end: e, text: doc.text.slice(s, e) });
}

/** "the prosecutors'", "prosecutors" → the organization whose name holds "prosecutor". */
export function institutionNamedBy(actors: readonly Actor[], words: readonly string[]): string | null {
  return institutionIn(institutionsByWord(actors), words);
}

/**
 * Each word of an organization's name (a possessive cut off) → the first organization, in actor
 * order, whose name holds it. Built once per index, so naming an institution costs a lookup per
 * word, not a pass over every actor's name.
 */
function institutionsByWord(actors: readonly Actor[]): ReadonlyMap<string, string> {
  const out = new Map<string, string>();
  for (const a of actors) {
    if (a.type !== 'organization') continue;
    for (const n of a.name.toLowerCase().replace(/\u2019/g, "'").split(/\s+/)) {
      const word = n.replace(/'s?$/, '');
      if (!out.has(word)) out.set(word, a.id);
    }
  }
  return out;
}

/** The first word (its plural and possessive cut) of at least four letters that names an organization. */
function institutionIn(byWord: ReadonlyMap<string, string>, words: readonly string[]): string | null {
  for (const w of words) {
    const stem = w.replace(/\u2019/g, "'").replace(/'s?$|s'$/, '').replace(/s$/, '');
    if (stem.length < 4) continue;
    const org = byWord.get(stem);
    if (org) return org;
  }
  return null;
}
