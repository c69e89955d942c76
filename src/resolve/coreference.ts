/**
 * References to actors without their names:
 *   - descriptions: "the company", "the prosecutor's office", "the platform";
 *   - bare institutional nouns: "prosecutors" → the Paris prosecutor's office;
 *   - demonyms: "French authorities" → France (kind 'demonym'); a demonym is never an actor
 *     of its own, and a country met only through its demonym gets an actor without mentions.
 * "The company" goes to the most salient organization so far whose kind the head can name ("the
 * carmaker" a company, "the group" a company, NGO or armed group, "the ministry" a ministry named
 * as such): mentions weigh more as a sentence's subject and less as an aside (the firm of an
 * analyst quoted in apposition, a name in parentheses); being in view, having just spoken when the
 * description speaks, and a name that confirms the head ("… Motors" for "the carmaker") count too.
 * All lookups go through indexes built once, so the cost stays linear in the document.
 */
import { sentenceAt, tokenIndexAt, type Document } from '../document.js';
import type { ActorType, Mention } from '../schema.js';
import type { Cluster } from './aliases.js';
import { partitionPoint } from '../sorted.js';
import { isCompanySuffix, isInstitutionSuffix, lookupDemonym, lookupPlace } from '../extractors/actors/gazetteer.js';
import { SPEECH_VERBS } from '../lexicon/cues.js';
import { AFFILIATION_NOUNS, DESCRIPTION_HEADS, HEAD_NAME_WORDS, NAMED_ONLY_HEADS, NAME_WORD_KINDS, type OrgKind } from '../lexicon/descriptions.js';

/** "the company", "the prosecutor's office", "the platform": determiner + up to two lower-case words. */
const DESCRIPTION = /\b(?:[Tt]he|[Ii]ts|[Tt]his|[Tt]hat)\s+((?:[a-z][a-z-]*(?:['\u2019]s)?\s+)?[a-z][a-z-]*)\b/g;

/** How many tokens back an apposition may open before its organization (", a senior fellow at the X"). */
const APPOSITION_REACH = 10;
/** Words between a subject and its speech verb: "the group also said", "X on Tuesday said". */
const BEFORE_VERB = new Set(['also', 'has', 'had', 'have', 'will', 'would', 'later', 'then', 'earlier', 'previously', 'again', 'further', 'separately', 'on', 'in', 'a', 'statement', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
/** Words that put a name in a prepositional phrase rather than the subject. */
const PREPOSITIONS = new Set(['of', 'at', 'by', 'with', 'for', 'from', 'to', 'in', 'on', 'into', 'against', 'about', 'over', 'under', 'between', 'like', 'than', 'via', 'including', 'and', 'or']);

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
  const byId = new Map(clusters.map((c) => [c.id, c]));

  const tracker = new SalienceTracker(weigh(doc, occurrences));
  const described: Occurrence[] = [];
  DESCRIPTION.lastIndex = doc.bodyStart;
  for (let m = DESCRIPTION.exec(doc.text); m; m = DESCRIPTION.exec(doc.text)) {
    const start = m.index;
    let end = start + m[0].length;
    if (inName(start, end)) continue;
    const sentence = () => sentenceAt(doc, start)?.index ?? -1;
    let target = describedActor(tracker, m[1]!, start, () => ({ sentence: sentence(), speaks: speaksAfter(doc, end) }));
    // "The company rejected": the description may be the first word alone
    const firstWord = /^\S+/.exec(m[1]!)![0];
    if (!target && firstWord !== m[1]) {
      end = start + m[0].indexOf(firstWord, m[0].length - m[1]!.length) + firstWord.length;
      target = describedActor(tracker, firstWord, start, () => ({ sentence: sentence(), speaks: speaksAfter(doc, end) }));
    }
    if (!target) continue;
    add(target.id, { start, end, text: doc.text.slice(start, end), kind: 'description', rule: target.rule });
    const cluster = byId.get(target.id)!;
    described.push({ start, end, cluster });
    tracker.note({ start, end, cluster, sentence: sentence(), subject: startsSentence(doc, start), aside: false, speaks: speaksAfter(doc, end) });
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
 * Each name occurrence weighed by its place in its sentence: the first actor named (not after a
 * preposition or inside parentheses) is the subject; one in an apposition's affiliation or in
 * parentheses is an aside; one followed by a speech verb or after "according to" speaks.
 * Neighbours are read from the tokens; the text before is matched only after a linking word.
 */
function weigh(doc: Document, sorted: readonly Occurrence[]): Weighed[] {
  const { tokens, text } = doc;
  const out: Weighed[] = [];
  let sentence = -2;
  let subjectTaken = false;
  for (const o of sorted) {
    const s = sentenceAt(doc, o.start);
    const index = s?.index ?? -1;
    if (index !== sentence) [sentence, subjectTaken] = [index, false];
    const t = tokenIndexAt(doc, o.start);
    const prev = t > 0 && (!s || t - 1 >= s.tokenStart) ? tokens[t - 1] : undefined;
    const previous = prev?.normal;
    const inParentheses = !!prev && text.slice(prev.end, o.start).includes('(');
    const aside = inParentheses || isAffiliation(doc, t, s?.tokenStart ?? 0);
    const eligible = o.cluster.type !== 'location';
    const subject = eligible && !subjectTaken && !aside && !(previous && PREPOSITIONS.has(previous));
    if (subject) subjectTaken = true;
    const speaks = afterAccordingTo(doc, t) || speaksAfter(doc, o.end);
    out.push({ ...o, sentence: index, subject, aside, speaks });
  }
  return out;
}

/** Words an affiliation or apposition ends on before its organization ("an analyst at (the) X"). */
const AFFILIATION_LINKS = new Set(['at', 'of', 'with', 'for', 'from']);
const AFFILIATION_WORDS = new Set(AFFILIATION_NOUNS.flatMap((n) => [n, `${n}s`]));

/**
 * The name at token `t` closes an affiliation: "an analyst at (the) X", or an apposition that
 * opens with a comma and an article and ends on a link word (", a senior fellow of the X").
 * Read from the tokens, a few back, within the sentence that starts at token `from`.
 */
function isAffiliation(doc: Document, t: number, from: number): boolean {
  const { tokens, text } = doc;
  let link = t - 1;
  if (tokens[link]?.normal === 'the') link--;
  if (link < from || !AFFILIATION_LINKS.has(tokens[link]!.normal)) return false;
  if (link - 1 >= from && AFFILIATION_WORDS.has(tokens[link - 1]!.normal)) return true;
  for (let k = link - 1; k > from && link - k <= APPOSITION_REACH; k--) {
    const gap = text.slice(tokens[k - 1]!.end, tokens[k]!.start);
    if (gap.includes(',')) return /^(a|an|the)$/.test(tokens[k]!.normal);
    if (/[.;:()]/.test(gap)) return false;
  }
  return false;
}

/** "according to (the) X": the tokens before the one at `t`. */
function afterAccordingTo(doc: Document, t: number): boolean {
  const word = (k: number) => doc.tokens[k]?.normal;
  const to = word(t - 1) === 'the' ? t - 2 : t - 1;
  return to > 0 && word(to) === 'to' && word(to - 1) === 'according';
}

/** A speech verb follows within a few words: "X said", "the group also said", "X on Tuesday said". */
function speaksAfter(doc: Document, end: number): boolean {
  const { tokens, text } = doc;
  const first = tokenIndexAt(doc, end);
  let at = end;
  for (let k = first; k < tokens.length && k - first < 4; k++) {
    const tok = tokens[k]!;
    // punctuation between ("the group, which …") ends the search
    if (/\S/.test(text.slice(at, tok.start))) return false;
    if (SPEECH_VERBS.has(tok.normal)) return true;
    if (!BEFORE_VERB.has(tok.normal)) return false;
    at = tok.end;
  }
  return false;
}

/** The description opens its sentence ("The company said …"). */
function startsSentence(doc: Document, offset: number): boolean {
  const s = sentenceAt(doc, offset);
  return !!s && /^[\s"'\u201c\u2018]*$/.test(doc.text.slice(s.start, offset));
}

/** How a name occurrence counts towards its actor's salience. */
interface Weighed extends Occurrence {
  sentence: number;
  /** the first actor named in its sentence, not after a preposition: what the sentence is about */
  subject: boolean;
  /** an aside: an affiliation in an apposition ("Ana Ruiz, an analyst at X"), a name in parentheses */
  aside: boolean;
  /** the actor speaks there ("X said", "according to X") */
  speaks: boolean;
}

/** Salience of one actor before an offset. */
interface Standing {
  cluster: Cluster;
  /** name mentions */
  count: number;
  /** weighed mentions and resolved descriptions: a subject counts double, an aside a quarter */
  score: number;
  /** position and sentence of the last mention that is not an aside (-1 when none) */
  last: number;
  lastSentence: number;
  /** sentence where it last spoke (-Infinity when never) */
  spokeSentence: number;
}

const SUBJECT_WEIGHT = 2;
const PLAIN_WEIGHT = 1;
const ASIDE_WEIGHT = 0.25;

/**
 * Weighed standings of each actor before an offset. Offsets must be asked in increasing order
 * (standings never go back), so one pass over the sorted mentions serves the whole document; resolved descriptions are noted
 * as they are found, so that "the carmaker … the company" keeps the carmaker in view.
 */
class SalienceTracker {
  private next = 0;
  private readonly standing = new Map<Cluster, Standing>();
  constructor(private readonly sorted: readonly Weighed[]) {}

  /** Actors named before `offset`, with their standing. */
  before(offset: number): Standing[] {
    while (this.next < this.sorted.length && this.sorted[this.next]!.start < offset) this.count(this.sorted[this.next++]!, true);
    return [...this.standing.values()];
  }

  /** A description resolved to `o.cluster`: it weighs like a name there, without counting as one. */
  note(o: Weighed): void {
    this.count(o, false);
  }

  private count(o: Weighed, named: boolean): void {
    let s = this.standing.get(o.cluster);
    if (!s) {
      s = { cluster: o.cluster, count: 0, score: 0, last: -1, lastSentence: -1, spokeSentence: -Infinity };
      this.standing.set(o.cluster, s);
    }
    if (named) s.count++;
    s.score += o.aside ? ASIDE_WEIGHT : o.subject ? SUBJECT_WEIGHT : PLAIN_WEIGHT;
    if (!o.aside && o.start > s.last) [s.last, s.lastSentence] = [o.start, o.sentence];
    if (o.speaks) s.spokeSentence = Math.max(s.spokeSentence, o.sentence);
  }

}

/** Where a description stands: its sentence, and whether it is the subject of a speech verb ("the group said"). */
interface DescriptionContext {
  sentence: number;
  speaks: boolean;
}

/**
 * The actor a description refers to: one whose name ends with the description ("the prosecutor's
 * office" → "Paris prosecutor's office"), else for an organization head the most salient
 * organization of a kind the head can name, else one introduced with that descriptor.
 */
function describedActor(tracker: SalienceTracker, phrase: string, offset: number, context: () => DescriptionContext): { id: string; rule: string } | null {
  const lower = phrase.toLowerCase().replace(/\u2019/g, "'");
  const head = lower.split(/\s+/).pop()!;
  const seen = tracker.before(offset);
  const bySuffix = latest(seen.filter((s) => s.cluster.name.toLowerCase().replace(/\u2019/g, "'").endsWith(` ${lower}`)));
  if (bySuffix) return { id: bySuffix.id, rule: 'coref.name-suffix' };
  const kinds = DESCRIPTION_HEADS.get(head);
  if (kinds && lower === head) {
    const pool = seen.filter((s) => s.cluster.type === 'organization' && kindsAgree(head, kinds, s.cluster) && (!NAMED_ONLY_HEADS.has(head) || namesHead(s.cluster, head)));
    const best = mostSalient(pool, head, context());
    if (best) return { id: best.id, rule: 'coref.salient-organization' };
  }
  const byDescriptor = latest(seen.filter((s) => s.cluster.descriptors.includes(head)));
  if (byDescriptor) return { id: byDescriptor.id, rule: 'coref.descriptor' };
  return null;
}

/** The kinds an organization's name or introduction tells, or null when nothing tells. */
function kindsOf(c: Cluster): readonly OrgKind[] | null {
  const last = c.name.toLowerCase().split(/\s+/).pop()!;
  const byWord = NAME_WORD_KINDS.get(last);
  if (byWord) return byWord;
  if (/prosecutor|police|ministry/i.test(c.name)) return ['government'];
  if (/\bcourt\b/i.test(c.name)) return ['court'];
  if (isCompanySuffix(last)) return ['company'];
  // a club, a church, a newsroom: an institution of no kind a description names
  if (isInstitutionSuffix(last)) return [];
  const described = c.descriptors.flatMap((d) => DESCRIPTION_HEADS.get(d) ?? []);
  return described.length ? described : null;
}

/** A head's kinds and the organization's agree, or nothing tells the organization's kind. */
function kindsAgree(head: string, kinds: readonly OrgKind[], c: Cluster): boolean {
  const own = kindsOf(c);
  return (own === null || own.some((k) => kinds.includes(k))) && !otherTrade(c, head);
}

/** Every word that tells a trade or force in a name ("Motors", "Bank", "Brigades"). */
const TRADE_WORDS = new Set([...HEAD_NAME_WORDS.values()].flat());

/** The name tells a trade, and not the one a specific head names ("the carmaker" and "Meridian Bank"). */
function otherTrade(c: Cluster, head: string): boolean {
  const confirming = HEAD_NAME_WORDS.get(head);
  if (!confirming) return false;
  const trades = c.name.toLowerCase().split(/[\s-]+/).filter((w) => TRADE_WORDS.has(w));
  return trades.length > 0 && !trades.some((w) => confirming.includes(w));
}

/** The name holds the head or a word confirming it ("the ministry" → "Ministry of Defence", "the carmaker" → "… Motors"). */
function namesHead(c: Cluster, head: string): boolean {
  const words = c.name.toLowerCase().split(/[\s-]+/);
  const confirming = HEAD_NAME_WORDS.get(head) ?? [];
  return words.includes(head) || words.some((w) => confirming.includes(w));
}

/** Bonus when the description continues the story's speech: "according to X. The group said …". */
const SPEAKER_BONUS = 2;
/** How many sentences back an actor's speech still continues in "the company also said". */
const SPEECH_REACH = 3;
/** Bonus for an actor named (not aside) in the description's sentence or the one before. */
const IN_VIEW_BONUS = 2;
const LATEST_BONUS = 1;
const NAME_WORD_BONUS = 3;

/**
 * Salience: weighed mentions (subjects count more, asides less), plus being in view (named in this
 * sentence or the one before), being the last named, having just spoken when the description
 * speaks, a name that confirms the head, and an introduction with the head ("platform X").
 */
function mostSalient(pool: readonly Standing[], head: string, context: DescriptionContext): Cluster | null {
  if (!pool.length) return null;
  const latestAt = Math.max(...pool.map((p) => p.last));
  let best: Cluster | null = null;
  let bestScore = -Infinity;
  for (const p of pool) {
    // "the platform" after "platform X" is X; "the company" weighs frequency and recency too
    const descriptor = p.cluster.descriptors.includes(head) ? (head === 'company' || head === 'firm' || head === 'group' ? 1 : 5) : 0;
    const score =
      p.score +
      (p.last >= 0 && p.lastSentence >= context.sentence - 1 ? IN_VIEW_BONUS : 0) +
      (p.last >= 0 && p.last === latestAt ? LATEST_BONUS : 0) +
      (context.speaks && p.spokeSentence >= context.sentence - SPEECH_REACH ? SPEAKER_BONUS : 0) +
      (namesHead(p.cluster, head) ? NAME_WORD_BONUS : 0) +
      descriptor;
    if (score > bestScore) [best, bestScore] = [p.cluster, score];
  }
  return best;
}

function latest(pool: readonly Standing[]): Cluster | null {
  let best: Standing | null = null;
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
