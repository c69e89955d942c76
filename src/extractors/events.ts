/**
 * Who did what to whom. Triggers come from the PLOVER lexicon (verbs by lemma, nouns and
 * multi-word phrases); arguments from the clause around them: the subject as agent (or the
 * "by" phrase in the passive), the object or prepositional object as target, each conjunct
 * a separate argument linked to its actor. Time and place come from the sentence.
 */
import type { Document, Sentence, Token } from '../document.js';
import type { ActorRef, Event, Span } from '../schema.js';
import type { Facts } from '../extract.js';
import { findTrigger, type TriggerEntry } from '../lexicon/plover.js';
import { SPEECH_VERBS } from '../lexicon/cues.js';
import { ActorIndex } from '../resolve/actor-index.js';
import { dateEvent, locateEvent } from '../resolve/event-context.js';

interface Trigger {
  entry: TriggerEntry;
  /** token index of the trigger word (the head for phrases) */
  index: number;
  span: Span;
  pos: 'verb' | 'noun';
}

const CLAUSE_BREAK = /^(?:;|\s[\u2014\u2013]\s|,\s+(?:according|which|who|while|as|but|after|before|when|raising|saying)\b)/;
const NEGATION = new Set(['not', "n't", 'never', 'no']);
const PLANNED = new Set(['will', "'ll", 'would', 'shall', 'plan', 'plans', 'planned', 'intend', 'intends', 'intended', 'going', 'set', 'expected', 'scheduled', 'aims', 'aim', 'vowed', 'pledged', 'threatened', 'promised', 'decided', 'agreed']);
const REQUESTED = new Set(['urged', 'asked', 'called', 'demanded', 'requested', 'urge', 'ask', 'demand', 'request']);
const HYPOTHETICAL = new Set(['could', 'might', 'may', 'if', 'unless']);

export function extractEvents(doc: Document, facts: Facts): Event[] {
  const index = new ActorIndex(facts.actors);
  const events: Omit<Event, 'id'>[] = [];
  for (const sentence of doc.sentences) {
    for (const trigger of triggersIn(doc, sentence)) {
      const event = buildEvent(doc, sentence, trigger, index, facts);
      if (event) events.push(event);
    }
  }
  return events.map((e, i) => ({ ...e, id: `e${i + 1}` }));
}

function triggersIn(doc: Document, s: Sentence): Trigger[] {
  const out: Trigger[] = [];
  const { tokens } = doc;
  for (let k = s.tokenStart; k < s.tokenEnd; k++) {
    const tok = tokens[k]!;
    if (SPEECH_VERBS.has(tok.normal) && !tok.tags.has('Noun')) continue;
    const pos = tok.tags.has('Verb') ? 'verb' : tok.tags.has('Noun') && !tok.tags.has('ProperNoun') ? 'noun' : null;
    if (!pos) continue;
    const entry = findTrigger(tok.lemma, pos);
    if (!entry || entry.multiword) continue;
    if (entry.requiresPrep && !prepFollows(tokens, k, s.tokenEnd, entry.targetPreps ?? [])) continue;
    if (entry.excludeObjects && objectHead(tokens, k, s.tokenEnd, entry.excludeObjects)) continue;
    out.push({ entry, index: k, span: spanOf(doc, tok.start, tok.end), pos });
  }
  return out;
}

function prepFollows(tokens: Token[], k: number, end: number, preps: readonly string[]): boolean {
  for (let j = k + 1; j < Math.min(end, k + 4); j++) if (preps.includes(tokens[j]!.normal)) return true;
  return false;
}

function objectHead(tokens: Token[], k: number, end: number, heads: readonly string[]): boolean {
  for (let j = k + 1; j < Math.min(end, k + 4); j++) if (heads.includes(tokens[j]!.lemma)) return true;
  return false;
}

function buildEvent(doc: Document, s: Sentence, t: Trigger, index: ActorIndex, facts: Facts): Omit<Event, 'id'> | null {
  const { tokens } = doc;
  const passive = t.pos === 'verb' && isPassive(tokens, t.index, s.tokenStart);
  const governor = t.pos === 'noun' ? governingVerb(tokens, t.index, s.tokenStart) : t.index;
  const subject = subjectSpan(doc, s, governor ?? t.index);
  const objectRegion = regionAfter(doc, s, t.index);
  const byPhrase = passive ? prepObject(doc, objectRegion, ['by']) : null;
  const preps = t.entry.targetPreps ?? [];

  let agents: ActorRef[];
  let targets: ActorRef[];
  if (passive) {
    agents = byPhrase ? index.argumentsIn(doc, byPhrase) : [];
    targets = subject ? index.argumentsIn(doc, subject) : [];
  } else {
    agents = subject ? index.argumentsIn(doc, subject) : [];
    const direct = t.pos === 'verb' ? directObject(doc, objectRegion) : null;
    const prep = prepObject(doc, objectRegion, [...preps, ...(t.pos === 'noun' ? ['on', 'against', 'into', 'of'] : ['with', 'against', 'into', 'on'])]);
    targets = (direct && index.argumentsIn(doc, direct).length ? index.argumentsIn(doc, direct) : prep ? index.argumentsIn(doc, prep) : []);
  }
  if (t.pos === 'noun' && agents.length === 0) agents = possessorOf(doc, t.index, index);
  targets = targets.filter((tg) => !agents.some((a) => a.actor && a.actor === tg.actor));
  if (t.pos === 'noun' && agents.length === 0 && targets.length === 0) return null;
  if (t.entry.weak && agents.length === 0 && targets.length === 0) return null;

  const time = dateEvent(doc, s, t.span, facts.times);
  const quote = facts.quotes.find((q) => q.start <= t.span.start && t.span.end <= q.end && q.cue);
  return {
    action: t.entry.lemma,
    type: t.entry.category,
    mode: t.entry.mode ?? null,
    trigger: t.span,
    agents,
    targets,
    time: time?.id ?? null,
    date: time?.value ?? null,
    location: locateEvent(doc, s, index),
    modality: modalityOf(tokens, t.index, s.tokenStart, quote !== undefined),
    negated: negated(tokens, t.index, s.tokenStart),
    quote: quote?.id ?? null,
    sentence: spanOf(doc, s.start, s.end),
    rule: `events.${t.pos}.${t.entry.rule}${passive ? '.passive' : ''}`,
  };
}

function isPassive(tokens: Token[], k: number, start: number): boolean {
  const tok = tokens[k]!;
  if (!tok.tags.has('PastTense') && !tok.tags.has('Participle')) return false;
  for (let j = k - 1; j >= Math.max(start, k - 3); j--) {
    const w = tokens[j]!.normal;
    if (/^(was|were|is|are|been|be|being|got|get|gets)$/.test(w)) return true;
    if (!tokens[j]!.tags.has('Adverb')) return false;
  }
  return false;
}

/** For a noun trigger, the verb whose object it is ("launched … inquiries"), within a short window. */
function governingVerb(tokens: Token[], k: number, start: number): number | null {
  for (let j = k - 1; j >= Math.max(start, k - 5); j--) {
    if (tokens[j]!.tags.has('Verb') && !tokens[j]!.tags.has('Auxiliary')) return j;
    if (tokens[j]!.tags.has('Preposition')) return null;
  }
  return null;
}

/** The subject: from the clause start up to the verb group before token `k`. */
function subjectSpan(doc: Document, s: Sentence, k: number): Span | null {
  const { tokens, text } = doc;
  let verbStart = k;
  while (verbStart > s.tokenStart && (tokens[verbStart - 1]!.tags.has('Auxiliary') || tokens[verbStart - 1]!.tags.has('Adverb') || tokens[verbStart - 1]!.tags.has('Modal') || tokens[verbStart - 1]!.tags.has('Negative') || /^(have|has|had|also|not)$/.test(tokens[verbStart - 1]!.normal))) verbStart--;
  let from = s.tokenStart;
  for (let j = verbStart - 1; j > s.tokenStart; j--) {
    const gap = text.slice(tokens[j - 1]!.end, tokens[j]!.start);
    if (/[,;:]/.test(gap)) {
      // an apposition ", the former chief of X," stays inside; a leading phrase "In Paris," does not
      from = j;
      break;
    }
    if (tokens[j]!.tags.has('Verb') && !tokens[j]!.tags.has('Noun') && j < verbStart - 1) {
      from = j + 1;
      break;
    }
  }
  if (from >= verbStart) return null;
  return spanOf(doc, tokens[from]!.start, tokens[verbStart - 1]!.end);
}

/** The rest of the clause after the trigger. */
function regionAfter(doc: Document, s: Sentence, k: number): Span {
  const start = doc.tokens[k]!.end;
  const rest = doc.text.slice(start, s.end);
  let end = s.end;
  for (let i = 0; i < rest.length; i++) {
    if (CLAUSE_BREAK.test(rest.slice(i, i + 14))) {
      end = start + i;
      break;
    }
  }
  return spanOf(doc, start, end);
}

/** The noun phrase right after a verb, up to its first preposition. */
function directObject(doc: Document, region: Span): Span | null {
  const m = /^\s+((?:(?!\b(?:from|for|in|on|at|over|after|before|to|into|with|as|by|since|during|amid|about|that|which|who)\b)[^;.!?])+)/.exec(region.text);
  if (!m) return null;
  const start = region.start + m.index + m[0].indexOf(m[1]!);
  return spanOf(doc, start, start + m[1]!.trimEnd().length);
}

function prepObject(doc: Document, region: Span, preps: readonly string[]): Span | null {
  if (!preps.length) return null;
  const alternatives = preps.filter((p) => /^[a-z]+$/.test(p)).join('|');
  if (!alternatives) return null;
  const m = new RegExp(`\\b(?:${alternatives})\\s+`).exec(region.text);
  if (!m) return null;
  const start = region.start + m.index + m[0].length;
  const rest = doc.text.slice(start, region.end);
  const stop = /\s(?:over|after|before|amid|because|since|during|as|to|for|in|at)\s/.exec(rest);
  const end = stop ? start + stop.index : region.end;
  return spanOf(doc, start, end);
}

function possessorOf(doc: Document, k: number, index: ActorIndex): ActorRef[] {
  const prev = doc.tokens[k - 1];
  if (!prev || !/['\u2019]s?$/.test(prev.text)) return [];
  return index.argumentsIn(doc, spanOf(doc, prev.start, prev.end));
}

function modalityOf(tokens: Token[], k: number, start: number, inQuote: boolean): Event['modality'] {
  for (let j = k - 1; j >= Math.max(start, k - 4); j--) {
    const w = tokens[j]!.normal;
    if (HYPOTHETICAL.has(w)) return 'hypothetical';
    if (PLANNED.has(w)) return 'planned';
    if (REQUESTED.has(w)) return 'requested';
  }
  return inQuote ? 'reported' : 'asserted';
}

function negated(tokens: Token[], k: number, start: number): boolean {
  for (let j = k - 1; j >= Math.max(start, k - 3); j--) if (NEGATION.has(tokens[j]!.normal) || /n't$/.test(tokens[j]!.normal)) return true;
  return false;
}

function spanOf(doc: Document, start: number, end: number): Span {
  return { start, end, text: doc.text.slice(start, end) };
}
