/**
 * Clause and phrase shapes around an event trigger, read from the tagged tokens of one
 * sentence: the verb group, its subject, its object, prepositional objects and clause ends.
 * A phrase is a token range [from, to) inside the sentence; nothing here re-tags text.
 */
import type { Document, Sentence, Token } from '../../document.js';
import { COORDINATORS, MODALS, NONRESTRICTIVE_RELATIVES, RELATIVE_PRONOUNS } from '../../lexicon/function-words.js';

export interface Range {
  from: number;
  to: number;
}

/** What a phrase finder needs besides the document: the sentence and the tokens that are times. */
export interface ClauseContext {
  doc: Document;
  s: Sentence;
  /** token indices covered by a time expression ("on Tuesday" → Tuesday) */
  timeTokens: ReadonlySet<number>;
}

/** Auxiliaries: forms of be, have, do and get, the modals, their clitics ("wo" of "won't"). */
const AUX: ReadonlySet<string> = new Set([
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', 'has', 'have', 'had', 'having', 'do', 'does', 'did',
  "'s", "'re", "'ve", "'d", 'wo', 'got', 'get', 'gets', ...MODALS,
]);
const NEGATORS = /^(?:not|n't|never|no longer)$/;
/** Prepositions a subject or object phrase may keep inside it ("leaders of X", "police in Y"). */
const INNER_PREPS = new Set(['of', 'in', 'from', 'at', 'near', 'for', 'based', 'throughout', 'across', 'around', 'on', 'against']);
/** Words that join a subject to more of itself ("Russian aircraft including helicopter gunships", "Washington along with its allies"). */
const SUBJECT_JOINERS = new Set(['including', 'along', 'with', 'together']);
const RELATIVES: ReadonlySet<string> = new Set(RELATIVE_PRONOUNS);
const COORDINATOR: ReadonlySet<string> = new Set(COORDINATORS);
/** Relative pronouns that open a clause set off by commas ("that" never does). */
const NONRESTRICTIVE: ReadonlySet<string> = new Set(NONRESTRICTIVE_RELATIVES);
/** Words that end a clause when they follow a comma ("…, which", "…, raising"). */
const CLAUSE_OPENERS = new Set([
  ...NONRESTRICTIVE_RELATIVES, 'while', 'whereas', 'as', 'but', 'after', 'before', 'when', 'where', 'although', 'though',
  'because', 'since', 'according', 'saying', 'adding', 'raising', 'leaving', 'killing', 'wounding', 'following',
  'despite', 'amid', 'unless', 'if', 'until',
]);
/** Determiners and quantifiers that may open a noun phrase. */
const NP_OPENERS = new Set(['a', 'an', 'the', 'some', 'any', 'all', 'both', 'several', 'many', 'more', 'most', 'about', 'nearly', 'around', 'up', 'least', 'at']);

export function gapBefore(doc: Document, k: number): string {
  const prev = doc.tokens[k - 1];
  const tok = doc.tokens[k]!;
  return prev ? doc.text.slice(prev.end, tok.start) : '';
}

/** Punctuation that closes a clause: semicolon, colon, dash, a quote mark, a bracket. */
function hardBreak(gap: string): boolean {
  return /[;:\u2014\u2013"\u201c\u201d()[\]]|\s-\s|--/.test(gap);
}

export function isVerbLike(t: Token): boolean {
  return t.tags.has('Verb') && !t.tags.has('Noun') && !t.tags.has('Adjective');
}

/** Subordinators and sentence adverbials that a capital letter makes look like names ("Since Halvex bought …", "As for the court"). */
const CLAUSE_WORDS = new Set(['since', 'as', 'because', 'although', 'though', 'while', 'whereas', 'when', 'whenever', 'if', 'unless', 'until', 'once', 'whether']);

/** Prepositions compromise sometimes tags as adjectives or nouns ("against", "near"). */
const PREPOSITIONS = new Set(['against', 'from', 'with', 'into', 'onto', 'toward', 'towards', 'near', 'over', 'under', 'between', 'among', 'during', 'amid', 'despite', 'without', 'via', 'per']);

export function isNominal(t: Token): boolean {
  if (t.normal === 'that' || t.normal === 'than' || PREPOSITIONS.has(t.normal) || CLAUSE_WORDS.has(t.normal)) return false;
  if (t.tags.has('Verb') && !t.tags.has('Noun') && !t.tags.has('Gerund') && !t.tags.has('Adjective')) return false;
  if (t.tags.has('Preposition') || t.tags.has('Conjunction')) return false;
  if (t.tags.has('Adverb') && !t.tags.has('Noun')) return false;
  return (
    t.tags.has('Noun') || t.tags.has('ProperNoun') || t.tags.has('Adjective') || t.tags.has('Determiner') ||
    t.tags.has('Value') || t.tags.has('Pronoun') || t.tags.has('Acronym') || t.tags.has('Possessive') ||
    /^\p{Lu}/u.test(t.text) || /^\d/.test(t.text)
  );
}

/** A common noun or adjective inside a phrase (not a name, a determiner or a pronoun). */
function isModifier(t: Token): boolean {
  return (t.tags.has('Noun') || t.tags.has('Adjective')) && !t.tags.has('ProperNoun') && !t.tags.has('Determiner') && !t.tags.has('Pronoun');
}

/** The verb group ending at verb token k: auxiliaries, modals, negation and adverbs before it. */
export function verbGroupStart(ctx: ClauseContext, k: number): number {
  const { tokens } = ctx.doc;
  let g = k;
  while (g > ctx.s.tokenStart) {
    const prev = tokens[g - 1]!;
    if (/[,;:]/.test(gapBefore(ctx.doc, g))) break;
    if (AUX.has(prev.normal) || NEGATORS.test(prev.normal) || prev.tags.has('Modal') || prev.tags.has('Auxiliary') ||
      prev.tags.has('Negative') || (prev.tags.has('Adverb') && !prev.tags.has('Noun'))) g--;
    else break;
  }
  return g;
}

export function isPassive(ctx: ClauseContext, k: number): boolean {
  const tok = ctx.doc.tokens[k]!;
  // "has been put", "was hit": irregular participles that compromise tags as base forms, after a form of "be"
  const bareParticiple = tok.tags.has('Verb') && tok.tags.has('Infinitive') && !tok.tags.has('Gerund') && k > ctx.s.tokenStart &&
    /^(?:was|were|been|being|be|is|are)$/.test(ctx.doc.tokens[k - 1]!.normal) && !/^(?:to)$/.test(ctx.doc.tokens[k - 2]?.normal ?? '');
  if (!tok.tags.has('PastTense') && !tok.tags.has('Participle') && !tok.tags.has('Passive') && !bareParticiple) return false;
  if (beBefore(ctx, k)) return true;
  // "were indicted and convicted": the second participle of a coordinated passive is passive too (one step back, no chain)
  const before = ctx.doc.tokens[k - 1];
  const first = ctx.doc.tokens[k - 2];
  return !!before && !!first && k - 2 >= ctx.s.tokenStart && /^(?:and|or)$/.test(before.normal) &&
    (first.tags.has('PastTense') || first.tags.has('Participle')) && beBefore(ctx, k - 2);
}

/** A form of "be" or "get" right before token k, past adverbs and negation ("was not immediately"). */
function beBefore(ctx: ClauseContext, k: number): boolean {
  for (let j = k - 1; j >= Math.max(ctx.s.tokenStart, k - 4); j--) {
    const w = ctx.doc.tokens[j]!.normal;
    if (/^(?:was|were|is|are|been|be|being|got|get|gets|'s|'re)$/.test(w)) return true;
    const t = ctx.doc.tokens[j]!;
    if (!(t.tags.has('Adverb') || NEGATORS.test(w))) return false;
  }
  return false;
}

/** What a clause stop sees at token j: the gap before it and whether the clause is a comma-delimited relative one. */
interface StopSite {
  ctx: ClauseContext;
  j: number;
  gap: string;
  relative: boolean;
}

/**
 * Where a clause ends, as rules (each with its id): the first token at which one holds is the
 * first token of the next clause.
 */
const CLAUSE_STOPS: ReadonlyArray<{ id: string; holds(site: StopSite): boolean }> = [
  // a semicolon, colon, dash, quote mark or bracket
  { id: 'clause.punctuation', holds: ({ gap }) => hardBreak(gap) },
  // "the army, which has fought the RSF since 2023, accused …": the comma closes the relative clause
  { id: 'clause.relative-closed', holds: ({ gap, relative }) => relative && gap.includes(',') },
  // "…, which", "…, killing two", "…, officials said": a comma and a word that opens a clause
  {
    id: 'clause.comma-opener',
    holds: ({ ctx, j, gap }) => gap.includes(',') && (CLAUSE_OPENERS.has(ctx.doc.tokens[j]!.normal) || ctx.doc.tokens[j]!.tags.has('Gerund') || saysAfter(ctx, j)),
  },
  // "killed one soldier and wounded two others", "arrested two men, and troops shelled a village":
  // a coordinating conjunction before a new predicate, with or without a subject of its own
  { id: 'clause.coordinated', holds: ({ ctx, j }) => COORDINATOR.has(ctx.doc.tokens[j]!.normal) && newPredicateAt(ctx, j + 1) },
];

/** Index one past the last token of the clause that token k lies in. */
export function clauseEnd(ctx: ClauseContext, k: number): number {
  const relative = relativeOpening(ctx, k) !== null;
  for (let j = k + 1; j < ctx.s.tokenEnd; j++) {
    const site: StopSite = { ctx, j, gap: gapBefore(ctx.doc, j), relative };
    if (CLAUSE_STOPS.some((stop) => stop.holds(site))) return j;
  }
  return ctx.s.tokenEnd;
}

/** The id of the rule that ends the clause of token k at `end` (for tests and traces), or null at the sentence's end. */
export function clauseStopAt(ctx: ClauseContext, k: number, end: number): string | null {
  if (end >= ctx.s.tokenEnd) return null;
  const site: StopSite = { ctx, j: end, gap: gapBefore(ctx.doc, end), relative: relativeOpening(ctx, k) !== null };
  return CLAUSE_STOPS.find((stop) => stop.holds(site))?.id ?? null;
}

/**
 * A new predicate from token k, after a coordinating conjunction: a verb that shares the
 * subject ("and wounded", "and then fled", "but are probing"), or a subject phrase and a
 * finite verb of its own ("and troops shelled").
 */
function newPredicateAt(ctx: ClauseContext, k: number): boolean {
  const { tokens } = ctx.doc;
  let v = k;
  // "and then fled", "and later wounded": adverbs between the conjunction and the verb
  while (v < ctx.s.tokenEnd && v < k + 2 && isPlainAdverb(tokens[v]!)) v++;
  // (after an adverb a participle still modifies a noun: "an urgent and seemingly growing threat")
  if (v < ctx.s.tokenEnd && isVerbLike(tokens[v]!) && (v === k || !tokens[v]!.tags.has('Gerund'))) return true;
  if (v < ctx.s.tokenEnd && pastFormBeforeObject(ctx, v)) return true;
  return ownClauseAfter(ctx, k);
}

/**
 * "and wounded two others", "and injured the driver": an -ed form that compromise reads as an
 * adjective is a past verb when a determiner or a number follows (no adjective stands before one).
 */
function pastFormBeforeObject(ctx: ClauseContext, v: number): boolean {
  const t = ctx.doc.tokens[v]!;
  const next = ctx.doc.tokens[v + 1];
  if (!next || v + 1 >= ctx.s.tokenEnd || !t.tags.has('Adjective') || !/ed$/.test(t.normal) || /[,;:]/.test(gapBefore(ctx.doc, v + 1))) return false;
  return (next.tags.has('Determiner') && !next.tags.has('Pronoun')) || (next.tags.has('Value') && !ctx.timeTokens.has(v + 1));
}

function isPlainAdverb(t: Token): boolean {
  return t.tags.has('Adverb') && !t.tags.has('Noun') && !t.tags.has('Adjective') && !t.tags.has('Verb');
}

/**
 * The relative pronoun opening the comma-delimited relative clause that token k lies in
 * ("The settlement, which Meridian accepted last week, is …"), or null: the nearest comma
 * before k is followed by "which"/"who"/"whom"/"whose".
 */
export function relativeOpening(ctx: ClauseContext, k: number): number | null {
  const { tokens } = ctx.doc;
  for (let i = k; i > ctx.s.tokenStart; i--) {
    const gap = gapBefore(ctx.doc, i);
    if (hardBreak(gap)) return null;
    if (gap.includes(',')) return NONRESTRICTIVE.has(tokens[i]!.normal) && i < k ? i : null;
  }
  return null;
}

/** A subject phrase then a finite verb from token k ("troops shelled", "the army has"), within a few words. */
function ownClauseAfter(ctx: ClauseContext, k: number): boolean {
  const { tokens } = ctx.doc;
  let i = k;
  while (i < Math.min(ctx.s.tokenEnd, k + 7) && isNominal(tokens[i]!) && !ctx.timeTokens.has(i)) {
    if (i > k && /[,;:]/.test(gapBefore(ctx.doc, i))) return false;
    i++;
  }
  if (i === k || i >= ctx.s.tokenEnd) return false;
  const v = tokens[i]!;
  if (/,/.test(gapBefore(ctx.doc, i))) return false;
  // "weapons and equipment seized last year from …": a participle before a time or preposition modifies the noun
  const next = tokens[i + 1];
  if (v.tags.has('PastTense') && (!next || i + 1 >= ctx.s.tokenEnd || next.tags.has('Preposition') || ctx.timeTokens.has(i + 1) || next.tags.has('Date'))) return false;
  return isVerbLike(v) && !v.tags.has('Gerund') && (v.tags.has('PastTense') || v.tags.has('Auxiliary') || v.tags.has('Modal') || (v.tags.has('PresentTense') && !v.tags.has('Infinitive')));
}

/** ", officials said" / ", the White House announced Tuesday": a trailing attribution. */
function saysAfter(ctx: ClauseContext, j: number): boolean {
  const { tokens } = ctx.doc;
  for (let i = j; i < Math.min(ctx.s.tokenEnd, j + 11); i++) {
    const t = tokens[i]!;
    if (/^(?:said|says|say|told|reported|announced|added|stated|confirmed)$/.test(t.normal)) return true;
    if (!isNominal(t) && !/^(?:of|and|to|for|at|in|with)$/.test(t.normal)) return false;
  }
  return false;
}

/**
 * The subject of the verb group starting at g: the noun phrase before it, with its conjuncts
 * ("Hungarian and Romanian officials"), "of"/"in" complements ("leaders of X") and an
 * apposition or relative clause set off by commas ("Pakistan, a key ally, has refused").
 * Time phrases and adverbs between subject and verb are skipped ("The PRC on Tuesday demanded").
 */
export function subjectBefore(ctx: ClauseContext, g: number): Range | null {
  const { tokens } = ctx.doc;
  const s0 = ctx.s.tokenStart;
  // an apposition or participial phrase closed by a comma just before the verb ("Pakistan, a key ally, has refused")
  if (g > s0 && gapBefore(ctx.doc, g).includes(',')) {
    const open = openingComma(ctx, g - 1);
    // "The Russian foreign minister, meanwhile, sought …": an adverb set off by commas is no apposition
    if (open !== null && open === g - 1 && isAsideAdverb(tokens[open]!)) {
      const head = npEndingAt(ctx, open - 1);
      if (head) return head;
    }
    if (open !== null) {
      const head = npEndingAt(ctx, open - 1);
      // a relative clause describes the head and is no part of the argument ("Sudan's army, which has fought …, accused")
      if (head) return NONRESTRICTIVE.has(tokens[open]!.normal) ? head : { from: head.from, to: g };
    }
  }
  let j = g - 1;
  while (j >= s0 && skippable(ctx, j)) j--;
  if (j < s0) return null;
  // a relative pronoun: the subject is the phrase it refers to ("the militia that attacked")
  if (RELATIVES.has(tokens[j]!.normal) && j > s0) {
    const np = npEndingAt(ctx, j - 1);
    return np;
  }
  // an apposition or relative clause closed by a comma just before the verb
  if (gapBefore(ctx.doc, j + 1).includes(',') && j + 1 === g) {
    const open = openingComma(ctx, j);
    if (open !== null) {
      const head = npEndingAt(ctx, open - 1);
      if (head) return NONRESTRICTIVE.has(tokens[open]!.normal) ? head : { from: head.from, to: j + 1 };
    }
  }
  const np = npEndingAt(ctx, j);
  return np ? reducedRelativeHead(ctx, np) ?? np : null;
}

/**
 * "Muslim hackers angered by the cartoons have defaced …", "troops backed by tanks stormed …": the
 * phrase before the verb is the agent of a participle modifying the subject; the subject is the
 * noun phrase before that participle (the rule clause.subject.reduced-relative).
 */
function reducedRelativeHead(ctx: ClauseContext, np: Range): Range | null {
  const { tokens } = ctx.doc;
  const prep = np.from - 1;
  const participle = prep - 1;
  // (not "with": "workers affiliated with the union" name the union as their side)
  if (participle <= ctx.s.tokenStart || !/^(?:by|over|at)$/.test(tokens[prep]!.normal)) return null;
  const t = tokens[participle]!;
  if (!(t.tags.has('PastTense') || t.tags.has('Participle')) || t.tags.has('Auxiliary') || /[,;:]/.test(gapBefore(ctx.doc, participle))) return null;
  const head = npEndingAt(ctx, participle - 1);
  return head && tokens[head.to - 1]!.tags.has('Noun') && !tokens[head.to - 1]!.tags.has('Pronoun') ? head : null;
}

/** An adverb that a writer sets off by commas ("meanwhile", "however"). */
function isAsideAdverb(t: Token): boolean {
  return (t.tags.has('Adverb') && !t.tags.has('Noun')) || /^(?:meanwhile|however|though|too|also|instead|nonetheless|nevertheless|moreover|separately)$/.test(t.normal);
}

function skippable(ctx: ClauseContext, j: number): boolean {
  const t = ctx.doc.tokens[j]!;
  if (ctx.timeTokens.has(j)) return true;
  if (t.tags.has('Adverb') && !t.tags.has('Noun') && !t.tags.has('Adjective')) return true;
  // the preposition of a time phrase: "on Tuesday"
  if (t.tags.has('Preposition') && ctx.timeTokens.has(j + 1)) return true;
  return /^(?:today|yesterday|tonight|again|also|reportedly|bluntly|flatly|once)$/.test(t.normal);
}

/** Token index just after the comma that opens the apposition ending at j, if any. */
function openingComma(ctx: ClauseContext, j: number): number | null {
  for (let i = j; i > ctx.s.tokenStart; i--) {
    const gap = gapBefore(ctx.doc, i);
    if (hardBreak(gap)) return null;
    if (gap.includes(',')) return i;
  }
  return null;
}

/** The noun phrase that ends at token j, walking left. */
export function npEndingAt(ctx: ClauseContext, j: number): Range | null {
  const { tokens } = ctx.doc;
  const s0 = ctx.s.tokenStart;
  if (j < s0) return null;
  const last = tokens[j]!;
  if (!isNominal(last) && !(last.tags.has('PresentTense') && j > s0 && isNominal(tokens[j - 1]!))) return null;
  // a personal pronoun takes no modifiers: "As for the court, it managed …"
  if (last.tags.has('Pronoun') && PERSONAL_PRONOUNS.test(last.normal)) return { from: j, to: j + 1 };
  let from = j;
  let crossedComma = -1;
  for (let i = j; i >= s0; i--) {
    const t = tokens[i]!;
    // compromise reads some plural nouns as verbs before an auxiliary ("military police have")
    const misread = i === j && t.tags.has('PresentTense') && i > s0 && isNominal(tokens[i - 1]!) && !tokens[i - 1]!.tags.has('Determiner');
    // (a possessive after it opens a new phrase: "the army said its forces", compromise tags "its" a noun)
    const inner = i < j && i > s0 && (t.tags.has('PastTense') || t.tags.has('Participle') || t.tags.has('Gerund')) && isModifier(tokens[i - 1]!) && isModifier(tokens[i + 1]!) &&
      !tokens[i + 1]!.tags.has('Possessive');
    // ("saying Washington would …": a reporting participle opens the clause whose subject this is)
    const ok = (isNominal(t) || misread || inner || verbModifier(ctx, i, j)) && !ctx.timeTokens.has(i) && !REPORTING_PARTICIPLES.has(t.normal);
    const connector = (t.normal === 'and' || t.normal === '&' || INNER_PREPS.has(t.normal) || SUBJECT_JOINERS.has(t.normal)) && i > s0 &&
      (isNominal(tokens[i - 1]!) || SUBJECT_JOINERS.has(tokens[i - 1]!.normal) || INNER_PREPS.has(tokens[i - 1]!.normal)) && i < j;
    if (!ok && !connector) {
      if (crossedComma >= 0) from = crossedComma;
      break;
    }
    from = i;
    const gap = gapBefore(ctx.doc, i);
    // a bracketed acronym inside a name ("the Serbian Workers' Union (SSS)") does not end it
    if (hardBreak(gap.replace(/[()]/g, ''))) break;
    if (gap.includes(',')) {
      if (crossedComma >= 0) {
        from = crossedComma;
        break;
      }
      crossedComma = i;
    }
  }
  // a phrase never starts with a connector
  while (from <= j && (tokens[from]!.normal === 'and' || INNER_PREPS.has(tokens[from]!.normal) || SUBJECT_JOINERS.has(tokens[from]!.normal))) from++;
  // a lone participle ("raising further questions") is no subject
  if (from === j && tokens[j]!.tags.has('Gerund')) return null;
  return from <= j ? { from, to: j + 1 } : null;
}

/**
 * "state highway patrol officers": compromise tags some noun modifiers as base-form verbs. Inside
 * a phrase ending at j, a run of them counts as modifiers when the word before the run is a
 * singular noun, a name or a determiner ("Troops fire shells" stays a clause: a plural before it).
 */
function verbModifier(ctx: ClauseContext, i: number, j: number): boolean {
  const { tokens } = ctx.doc;
  const baseForm = (t: Token) => t.tags.has('Infinitive') && !t.tags.has('PastTense') && !t.tags.has('Gerund') && !/^\p{Lu}/u.test(t.text);
  if (i >= j || i <= ctx.s.tokenStart || !baseForm(tokens[i]!)) return false;
  let l = i - 1;
  while (l > ctx.s.tokenStart && baseForm(tokens[l]!)) l--;
  const left = tokens[l]!;
  if (/[,;:]/.test(gapBefore(ctx.doc, l + 1))) return false;
  return isNominal(left) && !left.tags.has('Plural') && !left.tags.has('Pronoun') && !baseForm(left);
}

/**
 * The noun phrase that starts at token k, walking right: determiners, modifiers, the head,
 * "of"-complements and conjuncts ("X and Musk's AI company xAI"); it stops at other
 * prepositions, verbs, times and clause punctuation, and never passes `limit`.
 */
export function npStartingAt(ctx: ClauseContext, k: number, limit: number, keepPreps: ReadonlySet<string> = OF_ONLY): Range | null {
  const { tokens } = ctx.doc;
  let i = k;
  // ("over 300": a count; NP_OPENERS leaves "over" out, a preposition everywhere else)
  while (i < limit && ((NP_OPENERS.has(tokens[i]!.normal) && !isNominal(tokens[i]!)) || (tokens[i]!.normal === 'over' && i === k && countStart(tokens, i)) || /^(?:more|less|fewer|than|least|up|to)$/.test(tokens[i]!.normal) && i + 1 < limit && /^(?:than|least|to|\d)/.test(tokens[i + 1]!.normal))) i++;
  if (i >= limit || !isNominal(tokens[i]!) || ctx.timeTokens.has(i)) return null;
  const from = k;
  let to = i + 1;
  for (let j = i + 1; j < limit; j++) {
    const t = tokens[j]!;
    const gap = gapBefore(ctx.doc, j);
    if (hardBreak(gap)) break;
    if (gap.includes(',')) {
      // a list "A, B and C" or an apposition "the chief of X, Linda Y" continues; a clause does not
      if (!(isNominal(t) && !CLAUSE_OPENERS.has(t.normal) && listContinues(ctx, j, limit))) break;
    }
    if (ctx.timeTokens.has(j) || TIME_ADVERBS.test(t.normal)) break;
    // "the government's handling": a gerund after a possessive is the phrase's head noun
    const gerundHead = t.tags.has('Gerund') && (tokens[j - 1]!.tags.has('Possessive') || /['\u2019]s$/.test(tokens[j - 1]!.text));
    if ((isNominal(t) || gerundHead) && !RELATIVES.has(t.normal)) {
      to = j + 1;
      continue;
    }
    const next = tokens[j + 1];
    // "every destroyed home", "the besieged town": a participle between a determiner (or modifier) and a noun modifies it
    if ((t.tags.has('PastTense') || t.tags.has('Participle')) && !t.tags.has('Auxiliary') && next && j + 1 < limit &&
      (prevAttributive(tokens[j - 1]!)) && next.tags.has('Noun') && !next.tags.has('Pronoun') && !next.tags.has('Date') && !ctx.timeTokens.has(j + 1)) {
      to = j + 1;
      continue;
    }
    // "eight top rebel leaders": a modifier read as a base-form verb, after a number or adjective and before a noun
    const prevTok = tokens[j - 1]!;
    if (t.tags.has('Infinitive') && !t.tags.has('Gerund') && (prevTok.tags.has('Value') || prevTok.tags.has('Adjective')) &&
      next && j + 1 < limit && next.tags.has('Noun') && !next.tags.has('Gerund') && !next.tags.has('Pronoun')) {
      to = j + 1;
      continue;
    }
    // "forces from Panama", "riot police in Nairobi": a plural or collective noun read as a verb, between a noun and a preposition
    if (t.tags.has('PresentTense') && (/s$/.test(t.normal) || COLLECTIVE_MISREAD.has(t.normal)) && isNominal(tokens[j - 1]!) &&
      (!next || j + 1 >= limit || next.tags.has('Preposition') || next.normal === 'to')) {
      to = j + 1;
      continue;
    }
    // ("at" and "up" open a count only as "at least", "up to": "fired tear gas at the crowd" ends the phrase at "gas")
    if ((NP_OPENERS.has(t.normal) || /^(?:than|least)$/.test(t.normal)) && j + 1 < limit && startsNp(ctx, j + 1) && countOpener(tokens, j)) continue;
    if ((t.normal === 'and' || t.normal === '&' || t.normal === 'or' || keepPreps.has(t.normal)) && j + 1 < limit && startsNp(ctx, j + 1)) continue;
    break;
  }
  return { from, to };
}

const OF_ONLY: ReadonlySet<string> = new Set(['of']);

/** Adverbs of time that compromise may read as nouns and the times component may leave out ("40 drones overnight"). */
const TIME_ADVERBS = /^(?:overnight|yesterday|today|tonight|tomorrow|earlier|later)$/;

/** Personal pronouns in the subject case. */
const PERSONAL_PRONOUNS = /^(?:it|he|she|they|we|i|you)$/;

/** Participles of reporting that open a clause: never inside its subject. */
const REPORTING_PARTICIPLES = new Set([
  'saying', 'adding', 'claiming', 'noting', 'arguing', 'insisting', 'warning', 'stressing', 'stating', 'explaining', 'asserting',
  // compromise may read "said" before a name as the adjective of "the said company"
  'said', 'says',
]);

/** Collective nouns compromise reads as present-tense verbs after a modifier ("riot police", "hospital staff"). */
const COLLECTIVE_MISREAD = new Set(['police', 'staff', 'crew', 'personnel']);

/** A quantifier word at j that opens a count ("at least 40", "up to 300", "more than 20", "some 50"), not a preposition ("at Sderot"). */
function countStart(tokens: readonly Token[], j: number): boolean {
  const w = tokens[j]!.normal;
  const next = tokens[j + 1];
  if (!next) return false;
  if (w === 'at') return /^(?:least|most)$/.test(next.normal);
  if (w === 'up') return next.normal === 'to';
  if (/^(?:more|less|fewer)$/.test(w)) return next.normal === 'than';
  if (/^(?:over|about|around|some)$/.test(w)) return /^\d/.test(next.normal) || next.tags.has('Value');
  return true;
}

/** "at"/"up"/"about"/"around" inside a phrase open a count ("at least 40", "up to 300") only before the word that makes it one. */
function countOpener(tokens: readonly Token[], j: number): boolean {
  const w = tokens[j]!.normal;
  const next = tokens[j + 1]?.normal ?? '';
  if (w === 'at') return /^(?:least|most)$/.test(next);
  if (w === 'up') return next === 'to';
  if (w === 'about' || w === 'around') return /^\d/.test(next) || !!tokens[j + 1]?.tags.has('Value');
  return true;
}

/** A word a participle may follow inside a noun phrase: a determiner, a number or an adjective ("every destroyed", "two wounded"). */
function prevAttributive(t: Token): boolean {
  return (t.tags.has('Determiner') && !t.tags.has('Pronoun')) || t.tags.has('Value') || (t.tags.has('Adjective') && !t.tags.has('Verb'));
}

/**
 * Nouns of complex prepositions that open a circumstance ("in connection with the theft",
 * "in response to the attack", "in retaliation for …"): what follows is the reason, not a party
 * the event is aimed at.
 */
const CIRCUMSTANCE_NOUNS = new Set(['connection', 'response', 'retaliation', 'reprisal', 'addition', 'line', 'accordance', 'compliance', 'relation', 'reference', 'light', 'spite', 'view']);
/** Prepositions that open a circumstance (time, cause, concession) rather than an argument. */
const CIRCUMSTANTIAL = new Set(['after', 'before', 'during', 'amid', 'following', 'since', 'until', 'because', 'as', 'while', 'unless', 'if']);
/** Words that open a counted phrase: "more than 100", "at least 156", "up to 4,000", "nearly 2,000". */
const QUANTIFIERS = /^(?:more|less|fewer|about|nearly|almost|around|some|over|up|at)$/;

function startsNp(ctx: ClauseContext, j: number): boolean {
  const t = ctx.doc.tokens[j]!;
  if (ctx.timeTokens.has(j)) return false;
  return isNominal(t) || NP_OPENERS.has(t.normal);
}

/** After a comma at j: another list item or apposition (a name, or "the …" ending before a verb or "and"). */
function listContinues(ctx: ClauseContext, j: number, limit: number): boolean {
  const { tokens } = ctx.doc;
  for (let i = j; i < Math.min(limit, j + 8); i++) {
    const t = tokens[i]!;
    if (i > j && /,/.test(gapBefore(ctx.doc, i))) return true;
    if (t.normal === 'and' || t.normal === 'or') return true;
    if (!isNominal(t) && t.normal !== 'of') return false;
  }
  return true;
}

/** The object right after a verb (after particles such as "up", "off"), or null. */
export function directObjectAfter(ctx: ClauseContext, k: number, limit: number): Range | null {
  const { tokens } = ctx.doc;
  let i = k + 1;
  const count = (j: number) => QUANTIFIERS.test(tokens[j]!.normal) && countStart(tokens, j);
  while (i < limit && (tokens[i]!.tags.has('Adverb') || tokens[i]!.tags.has('Particle')) && !isNominal(tokens[i]!) && !count(i)) i++;
  // "shot dead two protesters": a resultative adjective before the object is no part of it
  if (i + 1 < limit && tokens[i]!.normal === 'dead') i++;
  if (i < limit && count(i)) return npStartingAt(ctx, i, limit);
  if (i >= limit) return null;
  if (/,/.test(gapBefore(ctx.doc, i))) return null;
  const t = tokens[i]!;
  if (t.tags.has('Preposition') || t.normal === 'to' || t.normal === 'that' || t.tags.has('Conjunction')) return null;
  return npStartingAt(ctx, i, limit);
}

/** The object of the first of `preps` between token k and limit ("inquiries into X"). */
export function prepObjectAfter(ctx: ClauseContext, k: number, limit: number, preps: readonly string[]): { prep: number; np: Range } | null {
  return prepObjectsAfter(ctx, k, limit, preps)[0] ?? null;
}

/** Every prepositional object introduced by one of `preps` between token k and limit, in order. */
export function prepObjectsAfter(ctx: ClauseContext, k: number, limit: number, preps: readonly string[]): Array<{ prep: number; np: Range }> {
  const { tokens } = ctx.doc;
  const out: Array<{ prep: number; np: Range }> = [];
  for (let i = k + 1; i < limit - 1; i++) {
    // "after fierce fighting with guerrillas": a circumstance, not the event's target
    if (CIRCUMSTANTIAL.has(tokens[i]!.normal)) break;
    if (tokens[i]!.normal === 'in' && i + 2 < limit && CIRCUMSTANCE_NOUNS.has(tokens[i + 1]!.normal) && tokens[i + 2]!.tags.has('Preposition')) break;
    const listed = preps.includes(tokens[i]!.normal);
    // the object of another preposition ("in a sweep of the area") is not searched for targets
    if (!listed && !tokens[i]!.tags.has('Preposition')) continue;
    const np = npStartingAt(ctx, i + 1, limit);
    if (!np) continue;
    if (listed) out.push({ prep: i, np });
    i = np.to - 1;
  }
  return out;
}
