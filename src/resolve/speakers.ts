/**
 * Resolves each quote's speaker span to an actor, in text order:
 *   a name inside the span (its head: "Senate spokesman John Doe" → Doe, "Rep. X, head of Y" → X);
 *   a relative pronoun ("the company, which said") → the phrase it hangs on;
 *   a pronoun ("it", "he") → the last speaker of its kind, else the last actor of its kind named before;
 *   a statement or spokesperson ("X's account", "a spokesman for X", "the prosecutors' statement") → its owner,
 *   and a bare "the statement" → whoever spoke last;
 *   a description ("the company") → an actor reference the actors component recorded there, or the last
 *   organization that spoke.
 * Anything else stays null: nothing is invented.
 */
import type { Document } from '../document.js';
import { sentenceAt } from '../document.js';
import type { Actor, Quote, Span } from '../schema.js';
import { PRONOUNS, RELATIVE_PRONOUNS, SPOKESPERSON_NOUNS, STATEMENT_NOUNS } from '../lexicon/cues.js';
import { institutionNamedBy } from './actor-index.js';
import { partitionPoint } from '../sorted.js';

export interface Attribution extends Span {
  kind: Quote['kind'];
  speakerSpan: Span | null;
  cue: Span | null;
  fragments: Span[];
  rule: string;
  paragraph: number;
  /**
   * whether a later quote with no attribution of its own may go on as this speaker's (see
   * extractors/quotes/same-speaker.ts); unset means yes: false for a headline's speaker, who does
   * not speak on into the story, and for a speaker that was itself passed on
   */
  passesOn?: boolean;
  /** later pieces were joined to this statement by the same-speaker rule (its rule id says so once) */
  goesOnInPieces?: boolean;
}

/** Organization descriptions that point back to the organization last in view ("the company said"). */
const ORGANIZATION_DESCRIPTIONS = new Set([
  'company', 'firm', 'group', 'platform', 'agency', 'office', 'ministry', 'department', 'government', 'campaign',
  'organization', 'organisation', 'party', 'bank', 'network', 'outlet', 'newspaper', 'paper', 'committee', 'board',
  'commission', 'court', 'union', 'council', 'administration', 'association', 'foundation', 'institute', 'startup',
]);

/**
 * "which", "who", "that" as a relative pronoun: never a word in capitals throughout, which is an
 * acronym ("The WHO recommends …" names the World Health Organization).
 */
export function isRelativePronoun(word: string): boolean {
  return RELATIVE_PRONOUNS.has(word.toLowerCase()) && !/^\p{Lu}{2,}$/u.test(word);
}

/** How far back (characters) a relative pronoun's antecedent may end. */
const ANTECEDENT_REACH = 80;

interface Recent {
  person: string | null;
  organization: string | null;
  /** a country or city speaking as its government ("China said …; it added …") */
  place: string | null;
  any: string | null;
}

interface Located {
  start: number;
  end: number;
  actor: Actor;
  named: boolean;
}

export function resolveSpeakers(doc: Document, actors: readonly Actor[], quotes: readonly Attribution[]): Omit<Quote, 'id'>[] {
  const index = locate(actors);
  const byId = new Map(actors.map((a) => [a.id, a]));
  const recent: Recent = { person: null, organization: null, place: null, any: null };
  return quotes.map((q) => {
    const actor = q.speakerSpan ? resolveSpeaker(doc, actors, index, q.speakerSpan, recent) : null;
    if (actor) remember(recent, byId.get(actor));
    return {
      start: q.start,
      end: q.end,
      text: q.text,
      kind: q.kind,
      speaker: q.speakerSpan ? { ...q.speakerSpan, actor } : null,
      cue: q.cue,
      fragments: q.fragments,
      rule: q.rule,
    };
  });
}

/** "the company", "this firm": a description pointing back to an organization in view. */
function isOrganizationDescription(words: readonly string[]): boolean {
  return words.length <= 3 && /^(the|this|that)$/.test(words[0] ?? '') && ORGANIZATION_DESCRIPTIONS.has(words[words.length - 1]!);
}

function remember(recent: Recent, actor: Actor | undefined): void {
  if (!actor) return;
  recent.any = actor.id;
  if (actor.type === 'person') recent.person = actor.id;
  if (actor.type === 'organization') recent.organization = actor.id;
  if (actor.type === 'location') recent.place = actor.id;
}

function locate(actors: readonly Actor[]): Located[] {
  return actors
    .flatMap((a) => [
      ...a.mentions.map((m) => ({ start: m.start, end: m.end, actor: a, named: true })),
      ...a.references.map((m) => ({ start: m.start, end: m.end, actor: a, named: false })),
    ])
    .sort((x, y) => x.start - y.start);
}

/** Located mentions lying inside [start, end): binary search to the first, then a short walk. */
function inside(index: readonly Located[], start: number, end: number): Located[] {
  const lo = firstAtOrAfter(index, start);
  const out: Located[] = [];
  for (let k = lo; k < index.length && index[k]!.start < end; k++) if (index[k]!.end <= end) out.push(index[k]!);
  return out;
}

function resolveSpeaker(doc: Document, actors: readonly Actor[], index: readonly Located[], speaker: Span, recent: Recent): string | null {
  const words = wordsOf(speaker);
  const single = words.length === 1 ? words[0]! : null;
  if (single && isRelativePronoun(speaker.text.trim())) return antecedent(index, speaker.start);
  const pronoun = single ? PRONOUNS.get(single) : undefined;
  if (pronoun === 'person') return personInView(doc, index, speaker.start) ?? byKind(doc, index, recent, pronoun, speaker.start);
  if (pronoun) return byKind(doc, index, recent, pronoun, speaker.start);
  const owned = ownerOf(doc, actors, index, speaker, words, recent);
  if (owned !== undefined) return owned;
  const named = headMention(doc, index, speaker);
  if (named) return named;
  if (isOrganizationDescription(words)) return recent.organization;
  return institutionNamedBy(actors, words);
}

/** A speaker span's words, lower case, curly apostrophes straightened. */
function wordsOf(speaker: Span): string[] {
  return speaker.text.toLowerCase().replace(/\u2019/g, "'").split(/\s+/).filter(Boolean);
}

const isPerson = (l: Located) => l.named && l.actor.type === 'person';

/**
 * The actor a name inside the span points to: in the head part (before a comma or "of"/"for"),
 * the last one ("Senate spokesman John Doe" → Doe); else the first anywhere.
 */
function headMention(doc: Document, index: readonly Located[], speaker: Span): string | null {
  // a name may end one full stop past the span ("General Romeo Brawner Jr" before "said" names "Romeo Brawner Jr.")
  const end = /^\.\s/.test(doc.text.slice(speaker.end, speaker.end + 2)) ? speaker.end + 1 : speaker.end;
  const all = inside(index, speaker.start, end);
  if (!all.length) return null;
  const cut = /,|\s(of|for|at|from)\s|\s\(/.exec(speaker.text);
  const headEnd = cut ? speaker.start + cut.index : end;
  const head = all.filter((l) => l.end <= headEnd);
  // "Meridian's chief executive, Tomas Lindgren": a role ends the head part, the person is named after the comma
  if (cut?.[0] === ',' && /\p{Ll}$/u.test(speaker.text.slice(0, cut.index)) && !head.some(isPerson)) {
    const named = all.find((l) => l.start >= headEnd && isPerson(l));
    if (named) return named.actor.id;
  }
  const pick = (list: Located[]) => list.filter((l) => l.named).pop() ?? list[list.length - 1];
  return (pick(head) ?? all.find((l) => l.named) ?? all[0])!.actor.id;
}

/**
 * "X's account", "the prosecutors' statement", "a spokesman for X", "the statement": the span
 * speaks for its owner. Undefined when the span is not of that shape.
 */
function ownerOf(doc: Document, actors: readonly Actor[], index: readonly Located[], speaker: Span, words: readonly string[], recent: Recent): string | null | undefined {
  const head = words[words.length - 1]!;
  const headIsStatement = STATEMENT_NOUNS.has(head);
  const possessive = /^(.*?)(?:'s|\u2019s|s'|s\u2019)\s+\S/.exec(speaker.text);
  if ((headIsStatement || SPOKESPERSON_NOUNS.has(head)) && possessive) {
    const ownerText = possessive[0].replace(/\s+\S$/, '');
    const owner = ownerByText(doc, actors, index, speaker.start, speaker.start + ownerText.length, ownerText);
    if (owner) return owner;
  }
  const forOf = /\b(spokesman|spokeswoman|spokesperson|representative|lawyer|attorney|aide|adviser|advisor|official|statement|account)s?\s+(for|of|from|at)\s+(.+)$/i.exec(speaker.text);
  if (forOf) {
    const ownerStart = speaker.start + forOf.index + forOf[0].length - forOf[3]!.length;
    const owner = ownerByText(doc, actors, index, ownerStart, speaker.end, forOf[3]!);
    if (owner) return owner;
  }
  if (headIsStatement && words.length <= 3) {
    // "the statement said": the author of the statement last quoted; "the prosecutors' statement" by its owner's noun
    return institutionNamedBy(actors, words.slice(0, -1)) ?? recent.any;
  }
  return undefined;
}

/** The actor a short owner phrase names: a mention inside it, or an actor whose name or alias it spells. */
function ownerByText(doc: Document, actors: readonly Actor[], index: readonly Located[], start: number, end: number, text: string): string | null {
  const inOwner = headMention(doc, index, { start, end, text: doc.text.slice(start, end) });
  if (inOwner) return inOwner;
  const bare = text.replace(/(?:'s|\u2019s|'|\u2019)$/, '').replace(/^(the|a|an)\s+/i, '').trim();
  if (!bare) return null;
  const match = actors.find((a) => a.type !== 'location' && (a.name === bare || a.aliases.includes(bare)));
  return match?.id ?? institutionNamedBy(actors, bare.toLowerCase().split(/\s+/));
}

/** Index of the first located mention starting at or after `offset`. */
function firstAtOrAfter(index: readonly Located[], offset: number): number {
  return partitionPoint(index, (l) => l.start < offset);
}

/** "the company, which said …": the actor named or described just before the relative pronoun. */
function antecedent(index: readonly Located[], offset: number): string | null {
  for (let k = firstAtOrAfter(index, offset) - 1; k >= 0 && offset - index[k]!.start <= ANTECEDENT_REACH * 2; k--) {
    const l = index[k]!;
    if (l.end <= offset && offset - l.end <= ANTECEDENT_REACH && l.actor.type !== 'location') return l.actor.id;
  }
  return null;
}

/**
 * Whom "he" or "she" points to: the first person named earlier in the pronoun's own sentence
 * ("Roe told an interviewer that he is feeling …"), else the first named in the sentence before
 * ("Ellison was unmoved. He told reporters …"), ahead of whoever spoke last: news keeps the
 * person it has just named in view. The first is usually the subject.
 */
function personInView(doc: Document, index: readonly Located[], offset: number): string | null {
  const s = sentenceAt(doc, offset);
  if (!s) return null;
  const before = s.index > 0 ? doc.sentences[s.index - 1] : undefined;
  return firstPersonIn(index, s.start, offset) ?? (before ? firstPersonIn(index, before.start, before.end) : null);
}

/** The first person named by a mention lying inside [start, end). */
function firstPersonIn(index: readonly Located[], start: number, end: number): string | null {
  for (let k = firstAtOrAfter(index, start); k < index.length && index[k]!.end <= end; k++) if (isPerson(index[k]!)) return index[k]!.actor.id;
  return null;
}

/**
 * A pronoun: the last speaker of its kind, else the last actor of its kind named before it. A
 * name in brackets alone is a credit ("LONDON (Reuters) -", "(AP Photo)"), never what "it" is.
 */
function byKind(doc: Document, index: readonly Located[], recent: Recent, kind: 'person' | 'organization' | 'any', offset: number): string | null {
  const last = kind === 'any' ? recent.any : recent[kind];
  if (last) return last;
  for (let k = firstAtOrAfter(index, offset) - 1; k >= 0; k--) {
    const l = index[k]!;
    if (l.named && (kind === 'any' ? l.actor.type !== 'location' : l.actor.type === kind) && !isCredit(doc, l)) return l.actor.id;
  }
  return kind === 'organization' ? recent.place : null;
}

function isCredit(doc: Document, l: Located): boolean {
  return doc.text[l.start - 1] === '(' && /^(?: Photo)?\)/.test(doc.text.slice(l.end, l.end + 7));
}

export type { Span };
