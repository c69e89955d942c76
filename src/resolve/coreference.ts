/**
 * References to actors without their names:
 *   - descriptions: "the company", "the prosecutor's office", "the platform";
 *   - bare institutional nouns: "prosecutors" → the Paris prosecutor's office;
 *   - demonyms: "French authorities" → France (kind 'demonym'); a demonym is never an actor
 *     of its own, and a country met only through its demonym gets an actor without mentions.
 * "The company" goes to the most salient company-like organization so far (how often and how
 * recently it was named), not merely the last one or the one introduced as "company".
 * All lookups go through indexes built once, so the cost stays linear in the document.
 */
import type { Document } from '../document.js';
import type { ActorType, Mention } from '../schema.js';
import type { Cluster } from './aliases.js';
import { partitionPoint } from '../sorted.js';
import { isInstitutionSuffix, lookupDemonym, lookupPlace } from '../extractors/actors/gazetteer.js';

/** "the company", "the prosecutor's office", "the platform": determiner + up to two lower-case words. */
const DESCRIPTION = /\b(?:[Tt]he|[Ii]ts|[Tt]his|[Tt]hat)\s+((?:[a-z][a-z-]*(?:['\u2019]s)?\s+)?[a-z][a-z-]*)\b/g;

const GENERIC_ORG_HEADS = new Set(['company', 'firm', 'group', 'corporation', 'business', 'organisation', 'organization', 'agency', 'platform', 'network', 'site', 'startup']);
/** Heads that are companies, not institutions: "the company" never means the prosecutor's office. */
const COMPANY_HEADS = new Set(['company', 'firm', 'corporation', 'business', 'platform', 'network', 'site', 'startup', 'group']);
/** Bare plural or singular nouns that stand for an institution already named: "prosecutors said". */
const INSTITUTION_NOUNS = new Map([
  ['prosecutors', 'prosecutor'], ['prosecutor', 'prosecutor'], ['police', 'police'], ['regulators', 'regulator'],
  ['regulator', 'regulator'], ['ministry', 'ministry'], ['commission', 'commission'], ['watchdog', 'watchdog'],
]);

export interface References {
  byActor: Map<string, Mention[]>;
  /** actors met only through a demonym ("French" with no "France" in the text) */
  implied: Cluster[];
}

interface Occurrence {
  start: number;
  end: number;
  cluster: Cluster;
}

export function findReferences(doc: Document, clusters: readonly Cluster[]): References {
  const out = new Map<string, Mention[]>();
  const add = (id: string, m: Mention) => out.set(id, [...(out.get(id) ?? []), m]);
  const occurrences = clusters.flatMap((c) => c.mentions.map((m) => ({ start: m.start, end: m.end, cluster: c }))).sort((a, b) => a.start - b.start);
  const inName = (start: number, end: number) => overlapsAny(occurrences, start, end);

  const tracker = new SalienceTracker(occurrences);
  const described: Occurrence[] = [];
  DESCRIPTION.lastIndex = doc.bodyStart;
  for (let m = DESCRIPTION.exec(doc.text); m; m = DESCRIPTION.exec(doc.text)) {
    const start = m.index;
    let end = start + m[0].length;
    if (inName(start, end)) continue;
    let target = describedActor(tracker, m[1]!, start);
    // "The company rejected": the description may be the first word alone
    const firstWord = /^\S+/.exec(m[1]!)![0];
    if (!target && firstWord !== m[1]) {
      target = describedActor(tracker, firstWord, start);
      end = start + m[0].indexOf(firstWord, m[0].length - m[1]!.length) + firstWord.length;
    }
    if (!target) continue;
    add(target.id, { start, end, text: doc.text.slice(start, end), kind: 'description', rule: target.rule });
    described.push({ start, end, cluster: clusters.find((c) => c.id === target.id)! });
  }
  const taken = (s: number, e: number) => inName(s, e) || overlapsAny(described, s, e);
  for (const ref of institutionNouns(doc, tracker, taken)) add(ref.id, ref.mention);
  const implied = demonymReferences(doc, clusters, inName, add);
  for (const list of out.values()) list.sort((a, b) => a.start - b.start);
  return { byActor: out, implied };
}

function overlapsAny(sorted: readonly Occurrence[], start: number, end: number): boolean {
  // the last occurrence starting before `end`; mentions never nest deeply, so a short walk back suffices
  const lo = partitionPoint(sorted, (o) => o.start < end);
  for (let i = lo - 1; i >= 0 && i >= lo - 4; i--) if (sorted[i]!.end > start) return true;
  return false;
}

/**
 * Counts and last positions of each actor's mentions before an offset. Offsets are asked in
 * increasing order, so one pass over the sorted mentions serves the whole document.
 */
class SalienceTracker {
  private next = 0;
  private readonly count = new Map<Cluster, number>();
  private readonly last = new Map<Cluster, number>();
  constructor(private readonly sorted: readonly Occurrence[]) {}

  /** Actors named before `offset`, with their mention count and last position. */
  before(offset: number): Array<{ cluster: Cluster; count: number; last: number }> {
    if (this.next > 0 && this.sorted[this.next - 1]!.start >= offset) this.reset();
    while (this.next < this.sorted.length && this.sorted[this.next]!.start < offset) {
      const o = this.sorted[this.next++]!;
      this.count.set(o.cluster, (this.count.get(o.cluster) ?? 0) + 1);
      this.last.set(o.cluster, o.start);
    }
    return [...this.count.keys()].map((cluster) => ({ cluster, count: this.count.get(cluster)!, last: this.last.get(cluster)! }));
  }

  private reset() {
    this.next = 0;
    this.count.clear();
    this.last.clear();
  }
}

/**
 * The actor a description refers to: one whose name ends with the description ("the prosecutor's
 * office" → "Paris prosecutor's office"), else for a company-like head the most salient
 * company-like organization (a matching descriptor counts in its favour), else one introduced
 * with that descriptor.
 */
function describedActor(tracker: SalienceTracker, phrase: string, offset: number): { id: string; rule: string } | null {
  const lower = phrase.toLowerCase().replace(/\u2019/g, "'");
  const head = lower.split(/\s+/).pop()!;
  const seen = tracker.before(offset);
  const bySuffix = latest(seen.filter((s) => s.cluster.name.toLowerCase().replace(/\u2019/g, "'").endsWith(` ${lower}`)));
  if (bySuffix) return { id: bySuffix.id, rule: 'coref.name-suffix' };
  if (GENERIC_ORG_HEADS.has(head) && lower === head) {
    const pool = seen.filter((s) => s.cluster.type === 'organization' && (!COMPANY_HEADS.has(head) || companyLike(s.cluster)));
    const best = mostSalient(pool, head);
    if (best) return { id: best.id, rule: 'coref.salient-organization' };
  }
  const byDescriptor = latest(seen.filter((s) => s.cluster.descriptors.includes(head)));
  if (byDescriptor) return { id: byDescriptor.id, rule: 'coref.descriptor' };
  return null;
}

/** A company or platform rather than a public institution. */
function companyLike(c: Cluster): boolean {
  const last = c.name.split(/\s+/).pop()!;
  return !isInstitutionSuffix(last) && !/prosecutor|police|ministry|court/i.test(c.name);
}

/** Frequency plus recency: the most recently named candidate gets a bonus, a matching descriptor a smaller one. */
function mostSalient(pool: ReadonlyArray<{ cluster: Cluster; count: number; last: number }>, head: string): Cluster | null {
  if (!pool.length) return null;
  const latestAt = Math.max(...pool.map((p) => p.last));
  let best: Cluster | null = null;
  let bestScore = -1;
  for (const p of pool) {
    // "the platform" after "platform X" is X; "the company" weighs frequency and recency too
    const descriptor = p.cluster.descriptors.includes(head) ? (head === 'company' || head === 'firm' || head === 'group' ? 1 : 5) : 0;
    const score = p.count + (p.last === latestAt ? 2 : 0) + descriptor;
    if (score > bestScore) [best, bestScore] = [p.cluster, score];
  }
  return best;
}

function latest(pool: ReadonlyArray<{ cluster: Cluster; last: number }>): Cluster | null {
  let best: { cluster: Cluster; last: number } | null = null;
  for (const p of pool) if (!best || p.last > best.last) best = p;
  return best?.cluster ?? null;
}

/** "Prosecutors have summoned …" after (or before) "the Paris prosecutor's office" is named. */
function institutionNouns(doc: Document, tracker: SalienceTracker, inName: (s: number, e: number) => boolean): Array<{ id: string; mention: Mention }> {
  const out: Array<{ id: string; mention: Mention }> = [];
  const all = tracker.before(Number.MAX_SAFE_INTEGER);
  const holders = new Map<string, Cluster>();
  for (const stem of new Set(INSTITUTION_NOUNS.values())) {
    const found = all.filter((s) => s.cluster.type === 'organization' && s.cluster.name.toLowerCase().includes(stem)).sort((a, b) => b.count - a.count)[0];
    if (found) holders.set(stem, found.cluster);
  }
  if (!holders.size) return out;
  for (const t of doc.tokens) {
    if (t.start < doc.bodyStart) continue;
    const stem = INSTITUTION_NOUNS.get(t.normal.replace(/['\u2019]s?$/, ''));
    const holder = stem ? holders.get(stem) : undefined;
    if (!holder || inName(t.start, t.end)) continue;
    const prev = doc.tokens[t.index - 1];
    // "French prosecutors" may be other prosecutors; a bare or determiner-led noun is the one named
    if (prev && /^\p{Lu}/u.test(prev.text) && !prev.tags.has('Determiner') && prev.end === t.start - 1 && t.index > 0 && !isSentenceStartWord(prev)) continue;
    out.push({ id: holder.id, mention: { start: t.start, end: t.end, text: t.text, kind: 'description', rule: 'coref.institution-noun' } });
  }
  return out;
}

function isSentenceStartWord(t: { tags: ReadonlySet<string> }): boolean {
  return t.tags.has('Determiner') || t.tags.has('Preposition') || t.tags.has('Conjunction');
}

/** "French", "Britons", "South African": linked to the country; the country gets an actor if it has none. */
function demonymReferences(
  doc: Document,
  clusters: readonly Cluster[],
  inName: (s: number, e: number) => boolean,
  add: (id: string, m: Mention) => void,
): Cluster[] {
  const byCountry = new Map<string, Cluster>();
  for (const c of clusters) if (c.type === 'location' && c.country && lookupPlace(c.name)?.kind === 'country') byCountry.set(c.country, c);
  const implied: Cluster[] = [];
  const { tokens, text } = doc;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!/^\p{Lu}/u.test(t.text) || t.start < doc.bodyStart) continue;
    const next = tokens[i + 1];
    const pair = next && text.slice(t.end, next.start) === ' ' ? text.slice(t.start, next.end) : null;
    const two = pair ? lookupDemonym(pair) : undefined;
    const hit = two ?? lookupDemonym(t.text);
    if (!hit) continue;
    const end = two ? next!.end : t.end;
    if (inName(t.start, end) || lookupPlace(text.slice(t.start, end))) continue;
    let country = byCountry.get(hit.iso);
    if (!country) {
      country = impliedCountry(hit.country, hit.iso, clusters.length + implied.length + 1);
      byCountry.set(hit.iso, country);
      implied.push(country);
    }
    add(country.id, { start: t.start, end, text: text.slice(t.start, end), kind: 'demonym', rule: 'coref.demonym' });
    if (two) i++;
  }
  return implied;
}

function impliedCountry(name: string, iso: string, n: number): Cluster {
  const type: ActorType = 'location';
  return { id: `a${n}`, name, type, aliases: [], country: iso, mentions: [], descriptors: [] };
}
