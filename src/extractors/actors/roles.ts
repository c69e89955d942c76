/**
 * Roles and affiliations stated next to a person's name:
 *   "billionaire X owner Elon Musk"            → owner, of X
 *   "the former chief executive of X, Linda Yaccarino" → chief executive, of X, former
 *   "Linda Yaccarino, the former chief executive of X"  (the same after the name)
 */
import type { Document } from '../../document.js';
import type { Role } from '../../schema.js';
import type { Cluster } from '../../resolve/aliases.js';
import { ROLE_PHRASES, FORMER_WORDS } from '../../lexicon/roles.js';
import { lookupDemonym, lookupPlace } from './gazetteer.js';

const MAX_ROLE_WORDS = 4;
const WINDOW = 120;

interface Hit {
  role: string;
  start: number;
  end: number;
  former: boolean;
}

export function findRoles(doc: Document, clusters: readonly Cluster[]): Map<string, Role[]> {
  const out = new Map<string, Role[]>();
  const mentionAt = mentionIndex(clusters);
  for (const cluster of clusters) {
    if (cluster.type !== 'person') continue;
    const roles: Role[] = [];
    for (const m of cluster.mentions) {
      for (const found of [rolesBefore(doc, m.start, mentionAt), rolesAfter(doc, m.end, mentionAt)]) {
        if (!found) continue;
        if (roles.some((r) => r.role === found.role && r.of === found.of)) continue;
        roles.push(found);
      }
    }
    if (roles.length) out.set(cluster.id, roles);
  }
  return out;
}

/** Mentions by where they start and end, and countries by ISO code, so each lookup is one map access. */
interface MentionIndex {
  byStart: Map<number, { end: number; id: string }>;
  byEnd: Map<number, string>;
  countries: Map<string, string>;
}

function mentionIndex(clusters: readonly Cluster[]): MentionIndex {
  const byStart = new Map<number, { end: number; id: string }>();
  const byEnd = new Map<number, string>();
  const countries = new Map<string, string>();
  for (const c of clusters) {
    for (const m of c.mentions) {
      if (!byStart.has(m.start)) byStart.set(m.start, { end: m.end, id: c.id });
      if (!byEnd.has(m.end)) byEnd.set(m.end, c.id);
    }
    if (c.type === 'location' && c.country && lookupPlace(c.name)?.kind === 'country' && !countries.has(c.country)) countries.set(c.country, c.id);
  }
  return { byStart, byEnd, countries };
}

/** The actor named right before `end` ("U.S. President", "X owner", "Musk's company"), or the country of a demonym ("German Chancellor"). */
function actorEndingAt(doc: Document, index: MentionIndex, end: number): string | null {
  const named = index.byEnd.get(end) ?? index.byEnd.get(end - 2) ?? index.byEnd.get(end - 3);
  if (named) return named;
  const word = /([\p{L}]+(?: [\p{L}]+)?)$/u.exec(doc.text.slice(Math.max(0, end - 30), end));
  if (!word) return null;
  const demonym = lookupDemonym(word[1]!) ?? lookupDemonym(word[1]!.split(' ').pop()!);
  return demonym ? (index.countries.get(demonym.iso) ?? null) : null;
}

function actorStartingAt(index: MentionIndex, start: number): string | null {
  return index.byStart.get(start)?.id ?? null;
}

/** A role phrase ending right at `end` (words before it in lower case). */
function rolePhraseEndingAt(doc: Document, end: number): Hit | null {
  const before = doc.text.slice(Math.max(0, end - WINDOW), end);
  const words = [...before.matchAll(/[\p{L}-]+/gu)];
  for (let n = Math.min(MAX_ROLE_WORDS, words.length); n >= 1; n--) {
    const slice = words.slice(words.length - n);
    const phrase = slice.map((w) => w[0]).join(' ');
    const lastWord = slice[slice.length - 1]!;
    const base = end - before.length;
    if (base + lastWord.index! + lastWord[0].length !== end) continue;
    const role = ROLE_PHRASES.get(phrase.toLowerCase());
    if (!role) continue;
    const start = base + slice[0]!.index!;
    const prev = words[words.length - n - 1];
    const former = !!prev && FORMER_WORDS.has(prev[0].toLowerCase()) && base + prev.index! + prev[0].length + 1 === start;
    return { role, start: former ? base + prev!.index! : start, end, former };
  }
  return null;
}

function rolesBefore(doc: Document, nameStart: number, index: MentionIndex): Role | null {
  const gap = /(\s+|,\s+)$/.exec(doc.text.slice(Math.max(0, nameStart - 3), nameStart));
  if (!gap) return null;
  const phraseEnd = nameStart - gap[0].length;
  if (gap[0].includes(',')) return roleOfApposition(doc, phraseEnd, index);
  // lower-case ("X owner Elon Musk") or a title kept out of the name ("U.S. President Joe Biden")
  const hit = rolePhraseEndingAt(doc, phraseEnd);
  if (!hit || index.byEnd.has(hit.end)) return null;
  const beforeRole = /\s+$/.exec(doc.text.slice(Math.max(0, hit.start - 2), hit.start));
  const of = beforeRole ? actorEndingAt(doc, index, hit.start - beforeRole[0].length) : null;
  return toRole(doc, hit, of, 'roles.pre-name');
}

/** "the former chief executive of X, NAME"; "X's chief executive, NAME" */
function roleOfApposition(doc: Document, end: number, index: MentionIndex): Role | null {
  const window = doc.text.slice(Math.max(0, end - WINDOW), end);
  const of = /\b(?:of|at)\s+(?:the\s+)?([^,;]{1,60})$/.exec(window);
  if (!of) return possessiveApposition(doc, end, index);
  const ofStart = end - of[1]!.length;
  const orgId = actorStartingAt(index, ofStart);
  let roleEnd = end - of[0].length;
  while (roleEnd > 0 && /\s/.test(doc.text[roleEnd - 1]!)) roleEnd--;
  const hit = rolePhraseEndingAt(doc, roleEnd);
  if (!hit) return null;
  return toRole(doc, { ...hit, end }, orgId, 'roles.apposition-before');
}

/**
 * "Meridian's chief executive, Tomas Lindgren, said": a role owned by a named actor, then the name
 * in apposition. Only after a possessive name, so a list ("a lawyer, a judge, Tom Hale") gives nothing.
 */
function possessiveApposition(doc: Document, end: number, index: MentionIndex): Role | null {
  const hit = rolePhraseEndingAt(doc, end);
  if (!hit) return null;
  const owner = /(['\u2019]s?)\s+$/.exec(doc.text.slice(Math.max(0, hit.start - 4), hit.start));
  if (!owner) return null;
  const of = actorEndingAt(doc, index, hit.start - owner[0].length);
  if (!of) return null;
  return toRole(doc, hit, of, 'roles.apposition-possessive');
}

/** "NAME, the former chief executive of X" */
function rolesAfter(doc: Document, nameEnd: number, index: MentionIndex): Role | null {
  const after = doc.text.slice(nameEnd, nameEnd + WINDOW);
  const m = /^,\s+(?:the\s+|a\s+|an\s+)?((?:former\s+|ex-)?)([\p{Ll}-]+(?:\s[\p{Ll}-]+){0,3}?)\s+(?:of|at|for)\s+(?:the\s+)?/u.exec(after);
  if (!m) return null;
  const role = ROLE_PHRASES.get(m[2]!.toLowerCase());
  if (!role) return null;
  const start = nameEnd + m[0].indexOf(m[1] || m[2]!, 1);
  const ofStart = nameEnd + m[0].length;
  const orgId = actorStartingAt(index, ofStart);
  const orgEnd = index.byStart.get(ofStart)?.end ?? start + m[1]!.length + m[2]!.length;
  return toRole(doc, { role, start, end: orgEnd, former: !!m[1] }, orgId, 'roles.apposition-after');
}

function toRole(doc: Document, hit: Hit, of: string | null, rule: string): Role {
  return { role: hit.role, of, former: hit.former, span: { start: hit.start, end: hit.end, text: doc.text.slice(hit.start, hit.end) }, rule };
}
