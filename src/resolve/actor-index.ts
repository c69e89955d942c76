/**
 * Looks up which actor a piece of text refers to: a name mention inside it, a recorded
 * reference (description, pronoun), or an institution named by a common noun ("prosecutors").
 */
import type { Document } from '../document.js';
import type { Actor, ActorRef, Span } from '../schema.js';

interface Located {
  start: number;
  end: number;
  actor: Actor;
  named: boolean;
}

const MAX_UNRESOLVED_WORDS = 6;

export class ActorIndex {
  private readonly located: readonly Located[];
  readonly byId: ReadonlyMap<string, Actor>;

  constructor(readonly actors: readonly Actor[]) {
    this.byId = new Map(actors.map((a) => [a.id, a]));
    this.located = actors
      .flatMap((a) => [
        ...a.mentions.map((m) => ({ start: m.start, end: m.end, actor: a, named: true })),
        ...a.references.map((m) => ({ start: m.start, end: m.end, actor: a, named: false })),
      ])
      .sort((x, y) => x.start - y.start);
  }

  /** Mentions and references lying inside [start, end), in text order. */
  inside(start: number, end: number): Located[] {
    return this.located.filter((l) => l.start >= start && l.end <= end);
  }

  /**
   * The arguments a phrase names: one per conjunct ("X and xAI"), each the head actor of its
   * conjunct (the last name in "Musk's AI company xAI", the name in an apposition), or the
   * bare phrase with a null actor when it names none.
   */
  argumentsIn(doc: Document, span: Span): ActorRef[] {
    const refs: ActorRef[] = [];
    for (const part of conjuncts(doc, span)) {
      const inside = this.inside(part.start, part.end).filter((l) => l.actor.type !== 'location' || part.locationOk);
      const head = inside.filter((l) => l.named).pop() ?? inside.pop();
      if (head) refs.push({ start: head.start, end: head.end, text: doc.text.slice(head.start, head.end), actor: head.actor.id });
      else {
        const institution = institutionNamedBy(this.actors, part.text.toLowerCase().split(/\s+/));
        const words = part.text.split(/\s+/).length;
        if (institution || (words <= MAX_UNRESOLVED_WORDS && refs.length === 0 && /\p{L}/u.test(part.text)))
          refs.push({ start: part.start, end: part.end, text: part.text, actor: institution });
      }
    }
    return dedupe(refs);
  }
}

function dedupe(refs: ActorRef[]): ActorRef[] {
  return refs.filter((r, i) => !refs.slice(0, i).some((o) => (o.actor && o.actor === r.actor) || (o.start === r.start && o.end === r.end)));
}

/** Splits "A, B and C" into conjuncts; an apposition "the chief of X, Linda Y" stays one. */
function conjuncts(doc: Document, span: Span): Array<Span & { locationOk: boolean }> {
  const out: Array<Span & { locationOk: boolean }> = [];
  const re = /\s+and\s+|\s*;\s*/g;
  let from = span.start;
  const text = doc.text.slice(span.start, span.end);
  for (let m = re.exec(text); m; m = re.exec(text)) {
    push(doc, out, from, span.start + m.index);
    from = span.start + m.index + m[0].length;
  }
  push(doc, out, from, span.end);
  return out;
}

function push(doc: Document, out: Array<Span & { locationOk: boolean }>, start: number, end: number) {
  let s = start;
  let e = end;
  while (s < e && /[\s,]/.test(doc.text[s]!)) s++;
  while (e > s && /[\s,.]/.test(doc.text[e - 1]!)) e--;
  if (e > s) out.push({ start: s, end: e, text: doc.text.slice(s, e), locationOk: true });
}

/** "the prosecutors'", "prosecutors" → the organization whose name holds "prosecutor". */
export function institutionNamedBy(actors: readonly Actor[], words: readonly string[]): string | null {
  for (const w of words) {
    const stem = w.replace(/\u2019/g, "'").replace(/'s?$|s'$/, '').replace(/s$/, '');
    if (stem.length < 4) continue;
    const org = actors.find((a) => a.type === 'organization' && a.name.toLowerCase().replace(/\u2019/g, "'").split(/\s+/).some((n) => n.replace(/'s?$/, '') === stem));
    if (org) return org.id;
  }
  return null;
}
