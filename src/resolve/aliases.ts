/**
 * One actor per entity: merges name mentions by exact name, surname ("Musk" → "Elon Musk"),
 * acronym both ways ("ICO" ↔ "Information Commissioner's Office") and parenthetical definitions.
 */
import type { Document } from '../document.js';
import type { ActorType, Mention } from '../schema.js';
import type { TypedName } from '../extractors/actors/typing.js';

export interface Cluster {
  id: string;
  name: string;
  type: ActorType;
  aliases: string[];
  country: string | null;
  mentions: Mention[];
  /** lower-case descriptors the actor was introduced with ("platform", "company") */
  descriptors: string[];
}

interface Draft {
  names: TypedName[];
  linked: Array<{ name: TypedName; kind: Mention['kind']; rule: string }>;
}

const FUNCTION_WORDS = new Set(['of', 'the', 'and', 'for', '&', 'de', 'du', 'des', 'la', 'le', 'von', 'van', 'der']);

export function acronymOf(name: string): string | null {
  const words = name.split(/[\s-]+/).filter((w) => w && !FUNCTION_WORDS.has(w.toLowerCase()));
  if (words.length < 2 || !words.every((w) => /^\p{Lu}/u.test(w))) return null;
  return words.map((w) => w[0]).join('').toUpperCase();
}

const isAcronym = (text: string) => /^\p{Lu}[\p{Lu}.&]{1,7}$/u.test(text) && /\p{Lu}.*\p{Lu}/u.test(text);
const key = (text: string) => text.toLowerCase().replace(/^the\s+/, '').replace(/[.\u2019']/g, '');

export function clusterActors(doc: Document, names: readonly TypedName[]): Cluster[] {
  const sorted = [...names].sort((a, b) => a.start - b.start);
  const drafts: Draft[] = [];
  const byKey = new Map<string, Draft>();
  const definitions = parentheticalAcronyms(doc, sorted);

  // full names first, so that a surname or acronym met before its full form still links to it
  const multi = sorted.filter((n) => n.text.includes(' ') || n.institution);
  for (const name of multi) {
    const k = key(name.text);
    const existing = byKey.get(k);
    if (existing) existing.names.push(name);
    else {
      const draft: Draft = { names: [name], linked: [] };
      drafts.push(draft);
      byKey.set(k, draft);
    }
  }
  for (const name of sorted.filter((n) => !multi.includes(n))) {
    const k = key(name.text);
    const exact = byKey.get(k);
    if (exact) {
      exact.names.push(name);
      continue;
    }
    const link = linkShortForm(name, drafts, definitions);
    if (link) {
      link.draft.linked.push({ name, kind: link.kind, rule: link.rule });
      byKey.set(k, link.draft);
      continue;
    }
    const draft: Draft = { names: [name], linked: [] };
    drafts.push(draft);
    byKey.set(k, draft);
  }
  return drafts
    .map((d) => ({ d, first: Math.min(...d.names.map((n) => n.start), ...d.linked.map((l) => l.name.start)) }))
    .sort((a, b) => a.first - b.first)
    .map(({ d }, i) => toCluster(d, `a${i + 1}`));
}

function linkShortForm(
  name: TypedName,
  drafts: readonly Draft[],
  definitions: ReadonlyMap<string, TypedName>,
): { draft: Draft; kind: Mention['kind']; rule: string } | null {
  if (isAcronym(name.text)) {
    const bare = name.text.replace(/\./g, '');
    const defined = definitions.get(bare);
    const byDefinition = defined ? drafts.find((d) => d.names.includes(defined)) : undefined;
    const draft = byDefinition ?? drafts.find((d) => d.names.some((n) => acronymOf(n.text) === bare));
    if (draft) return { draft, kind: 'acronym', rule: byDefinition ? 'alias.acronym-defined' : 'alias.acronym-initials' };
  }
  const persons = drafts.filter((d) => typeOfDraft(d) === 'person');
  const bySurname = persons.filter((d) => d.names.some((n) => lastWord(n.text) === name.text));
  if (bySurname.length === 1) return { draft: bySurname[0]!, kind: 'alias', rule: 'alias.surname' };
  if (bySurname.length > 1) {
    // the most recent full form before the short one
    const before = bySurname.filter((d) => d.names.some((n) => n.start < name.start));
    const last = before.sort((a, b) => lastStart(b) - lastStart(a))[0];
    if (last) return { draft: last, kind: 'alias', rule: 'alias.surname-recent' };
  }
  return null;
}

function lastStart(d: Draft): number {
  return Math.max(...d.names.map((n) => n.start));
}

function lastWord(text: string): string {
  const words = text.split(' ');
  return words[words.length - 1]!;
}

/** "Asia-Pacific Economic Cooperation (APEC)": the acronym in brackets right after a name. */
function parentheticalAcronyms(doc: Document, names: readonly TypedName[]): Map<string, TypedName> {
  const out = new Map<string, TypedName>();
  for (const n of names) {
    const m = /^\s*\(([A-Z][A-Za-z.&]{1,9})\)/.exec(doc.text.slice(n.end, n.end + 14));
    if (m && n.text.includes(' ')) out.set(m[1]!.replace(/\./g, ''), n);
  }
  return out;
}

function typeOfDraft(d: Draft): ActorType {
  const votes = new Map<ActorType, number>();
  for (const n of d.names) votes.set(n.type, (votes.get(n.type) ?? 0) + weight(n));
  return [...votes.entries()].sort((a, b) => b[1] - a[1])[0]![0];
}

/** Evidence from the name's own form outweighs a guess from its length. */
function weight(n: TypedName): number {
  if (n.typeRule === 'type.default' || n.typeRule === 'type.two-word-name') return 1;
  return 3;
}

function toCluster(d: Draft, id: string): Cluster {
  const type = typeOfDraft(d);
  const canonical = d.names.map((n) => n.text.replace(/^the\s+/i, '')).sort((a, b) => b.length - a.length)[0]!;
  const mentions: Mention[] = [
    ...d.names.map((n) => ({ start: n.start, end: n.end, text: n.text, kind: 'name' as const, rule: n.rule })),
    ...d.linked.map((l) => ({ start: l.name.start, end: l.name.end, text: l.name.text, kind: l.kind, rule: l.rule })),
  ].sort((a, b) => a.start - b.start);
  const aliasSet = new Set<string>(mentions.map((m) => m.text.replace(/^the\s+/i, '')).filter((t) => t !== canonical));
  const acronym = type === 'organization' ? acronymOf(canonical) : null;
  if (acronym && acronym.length >= 2) aliasSet.add(acronym);
  if (type === 'person' && canonical.includes(' ')) aliasSet.add(lastWord(canonical));
  return {
    id,
    name: canonical,
    type,
    aliases: [...aliasSet],
    country: null,
    mentions: mentions.map((m) => (m.kind === 'name' && m.text !== canonical && m.text.replace(/^the\s+/i, '') !== canonical ? { ...m, kind: 'alias' as const } : m)),
    descriptors: [...new Set(d.names.map((n) => n.descriptor).filter((x): x is string => !!x))],
  };
}
