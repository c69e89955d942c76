/**
 * Resolves each quote's speaker span to an actor: a name inside the span, a description
 * ("the company", "the prosecutors' statement"), a statement noun ("the statement" speaks for
 * whoever spoke last), or a pronoun ("it", "he") by the last speaker or antecedent of its kind.
 */
import type { Document } from '../document.js';
import type { Actor, Quote, Span } from '../schema.js';
import { PRONOUNS, STATEMENT_NOUNS } from '../lexicon/cues.js';
import { institutionNamedBy } from './actor-index.js';

export interface Attribution extends Span {
  kind: Quote['kind'];
  speakerSpan: Span | null;
  cue: Span | null;
  fragments: Span[];
  rule: string;
  paragraph: number;
  continuesSpeakerOf?: number;
}

export function resolveSpeakers(doc: Document, actors: readonly Actor[], quotes: readonly Attribution[]): Omit<Quote, 'id'>[] {
  const out: Omit<Quote, 'id'>[] = [];
  let lastSpeaker: string | null = null;
  for (const q of quotes) {
    const actor: string | null = q.speakerSpan ? resolveSpeaker(doc, actors, q.speakerSpan, lastSpeaker) : null;
    if (actor) lastSpeaker = actor;
    out.push({
      start: q.start,
      end: q.end,
      text: q.text,
      kind: q.kind,
      speaker: q.speakerSpan ? { ...q.speakerSpan, actor } : null,
      cue: q.cue,
      fragments: q.fragments,
      rule: q.rule,
    });
  }
  return out;
}

export function resolveSpeaker(doc: Document, actors: readonly Actor[], speaker: Span, lastSpeaker: string | null): string | null {
  const named = firstMentionIn(actors, speaker, 'mentions') ?? firstMentionIn(actors, speaker, 'references');
  if (named) return named;
  const words = speaker.text.toLowerCase().replace(/\u2019/g, "'").split(/\s+/);
  const head = words[words.length - 1]!;
  const pronounKind = words.length === 1 ? PRONOUNS.get(head) : undefined;
  if (pronounKind) return byKind(actors, lastSpeaker, pronounKind, speaker.start);
  if (STATEMENT_NOUNS.has(head) && words.length <= 3) {
    const owner = institutionNamedBy(actors, words.slice(0, -1));
    return owner ?? lastSpeaker;
  }
  return institutionNamedBy(actors, words);
}

function firstMentionIn(actors: readonly Actor[], span: Span, field: 'mentions' | 'references'): string | null {
  let best: { id: string; start: number } | null = null;
  for (const a of actors)
    for (const m of a[field])
      if (m.start >= span.start && m.end <= span.end && (!best || m.start < best.start)) best = { id: a.id, start: m.start };
  return best?.id ?? null;
}

function byKind(actors: readonly Actor[], lastSpeaker: string | null, kind: 'person' | 'organization' | 'any', offset: number): string | null {
  const last = lastSpeaker ? actors.find((a) => a.id === lastSpeaker) : undefined;
  if (last && (kind === 'any' || last.type === kind)) return last.id;
  let best: { id: string; at: number } | null = null;
  for (const a of actors) {
    if (kind !== 'any' && a.type !== kind) continue;
    for (const m of a.mentions) if (m.start < offset && (!best || m.start > best.at)) best = { id: a.id, at: m.start };
  }
  return best?.id ?? null;
}
