/**
 * One actor per entity: merges name mentions by exact name, surname ("Musk" → "Elon Musk"),
 * acronym both ways ("ICO" ↔ "Information Commissioner's Office") and parenthetical definitions.
 */
import type { Document } from '../document.js';
import type { ActorType, Mention } from '../schema.js';
import { bestVote, type TypedName, type Vote } from '../extractors/actors/typing.js';
import { coordinationVotes } from '../extractors/actors/coordination.js';
import { isGivenName, isKnownName, lookupDemonym, lookupOrg, lookupPlace, nameKey } from '../extractors/actors/gazetteer.js';
import { GENERATIONAL_SUFFIXES } from '../lexicon/abbreviations.js';
import { FAMILY_NAMES_FIRST, FAMILY_NAMES_FIRST_IF_TWO_SYLLABLES } from '../lexicon/people.js';

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
/** Names compared without case, stops, apostrophes or "public" ("Paris Public Prosecutor's office" = "Paris prosecutor's office"). */
const key = (text: string) => nameKey(text).replace(/'/g, '').replace(/ public /g, ' ');

export function clusterActors(doc: Document, names: readonly TypedName[]): Cluster[] {
  const sorted = [...names].sort((a, b) => a.start - b.start);
  const drafts: Draft[] = [];
  const byKey = new Map<string, Draft>();
  const definitions = parentheticalAcronyms(doc, sorted);
  const possessed = acronymsOwnedByTheirFullForm(doc, sorted);
  const shouted = new Set(doc.tokens.filter((t) => /^\p{Lu}[\p{Lu}.&]+$/u.test(t.text)).map((t) => t.text.replace(/\./g, '')));

  // full names first, so that a surname or acronym met before its full form still links to it
  const isMulti = (n: TypedName) => n.text.includes(' ') || n.institution;
  for (const name of sorted.filter(isMulti)) {
    const k = key(name.text);
    const existing = byKey.get(k);
    if (existing) existing.names.push(name);
    else {
      const draft: Draft = { names: [name], linked: [] };
      drafts.push(draft);
      byKey.set(k, draft);
    }
  }
  const index = indexFullNames(drafts);
  // short forms already linked: their repeats link the same way, so that the short form's own
  // evidence ("Washington" the city) does not outvote the full name ("Denzel Washington")
  const linkedKeys = new Map<string, { draft: Draft; kind: Mention['kind']; rule: string }>();
  for (const name of sorted.filter((n) => !isMulti(n))) {
    const k = key(name.text);
    const earlier = linkedKeys.get(k);
    if (earlier) {
      earlier.draft.linked.push({ name, kind: earlier.kind, rule: earlier.rule });
      continue;
    }
    const exact = byKey.get(k);
    if (exact) {
      exact.names.push(name);
      continue;
    }
    const link = linkShortForm(name, index, byKey, definitions, possessed);
    if (link) {
      link.draft.linked.push({ name, kind: link.kind, rule: link.rule });
      byKey.set(k, link.draft);
      linkedKeys.set(k, link);
      continue;
    }
    const draft: Draft = { names: [name], linked: [] };
    drafts.push(draft);
    byKey.set(k, draft);
  }
  votesFromLists(doc, sorted, drafts);
  return splitPlaceUses(drafts)
    .map((d) => ({ d, first: Math.min(...d.names.map((n) => n.start), ...d.linked.map((l) => l.name.start)) }))
    .sort((a, b) => a.first - b.first)
    .map(({ d }, i) => toCluster(d, `a${i + 1}`, shouted));
}

/** "Northfield , Harbor and Lakeside": a name with no evidence takes the kind of the entities it is listed with. */
function votesFromLists(doc: Document, sorted: readonly TypedName[], drafts: readonly Draft[]) {
  const draftOf = new Map<TypedName, Draft>();
  for (const d of drafts) {
    for (const n of d.names) draftOf.set(n, d);
    for (const l of d.linked) draftOf.set(l.name, d);
  }
  // gathered only for names that stand in a list (most never do)
  const votesOf = new Map<Draft, Vote[]>();
  coordinationVotes(doc, sorted, (n) => {
    const d = draftOf.get(n);
    if (!d) return n.votes;
    let votes = votesOf.get(d);
    if (!votes) votesOf.set(d, (votes = d.names.flatMap((m) => m.votes)));
    return votes;
  });
}

interface FullNameIndex {
  /** surname key → person drafts named in full with it */
  surnames: Map<string, Draft[]>;
  /** initials ("ICO") → drafts whose name they abbreviate */
  initials: Map<string, Draft>;
  /** draft of each multi-word name, by the name itself */
  byName: Map<TypedName, Draft>;
  /** first word → the one organization named in full with it ("Magna" → "Magna International Inc"); null when several */
  firstWords: Map<string, Draft | null>;
}

/** Built once after the full names are grouped, so linking a short form never scans every draft. */
function indexFullNames(drafts: readonly Draft[]): FullNameIndex {
  const surnames = new Map<string, Draft[]>();
  const initials = new Map<string, Draft>();
  const byName = new Map<TypedName, Draft>();
  const firstWords = new Map<string, Draft | null>();
  for (const d of drafts) {
    const type = typeOfDraft(d);
    // a dateline ("UNITED NATIONS, March 3") is where the story was filed: nothing in the body abbreviates it
    const filedFrom = d.names.every((n) => n.dateline);
    for (const n of d.names) {
      byName.set(n, d);
      if (filedFrom) continue;
      const first = type === 'organization' || type === 'product' ? distinctiveFirstWord(n.text) : null;
      if (first) firstWords.set(first, firstWords.has(first) && firstWords.get(first) !== d ? null : d);
      const acronym = acronymOf(n.text);
      if (acronym && type !== 'person' && !initials.has(acronym)) initials.set(acronym, d);
      if (type !== 'person') continue;
      const k = key(surnameOf(n.text));
      const list = surnames.get(k) ?? [];
      if (!list.includes(d)) list.push(d);
      surnames.set(k, list);
    }
  }
  return { surnames, initials, byName, firstWords };
}

/** The first word of an organization's name when it can stand for the whole: not a place, demonym, given name or common word. */
function distinctiveFirstWord(text: string): string | null {
  const words = text.split(/\s+/);
  const first = words[0]!;
  if (words.length < 2 || !/^\p{Lu}\p{Ll}+$/u.test(first) || first.length < 3) return null;
  if (lookupPlace(first) || lookupDemonym(first) || isGivenName(first) || isKnownName(first) || COMMON_FIRST_WORDS.has(first.toLowerCase())) return null;
  return key(first);
}

/** Opening words of many organization names that never stand for one alone. */
const COMMON_FIRST_WORDS = new Set([
  'national', 'international', 'federal', 'central', 'united', 'first', 'new', 'general', 'royal', 'american', 'british', 'european',
  'world', 'global', 'state', 'public', 'democratic', 'republican', 'social', 'socialist', 'communist', 'liberal', 'islamic',
  'christian', 'popular', 'people', 'peoples', 'supreme', 'high', 'north', 'south', 'east', 'west', 'northern', 'southern',
  'eastern', 'western', 'great', 'grand', 'bank', 'university', 'ministry', 'department', 'office', 'council', 'court', 'the',
  'commission', 'committee', 'association', 'union', 'league', 'party', 'front', 'movement', 'army', 'police', 'air', 'city',
  'county', 'trade', 'security', 'human', 'foreign', 'finance', 'economic', 'development', 'free', 'independent', 'standard',
]);

function linkShortForm(
  name: TypedName,
  index: FullNameIndex,
  byKey: ReadonlyMap<string, Draft>,
  definitions: ReadonlyMap<string, TypedName>,
  possessed: ReadonlySet<string>,
): { draft: Draft; kind: Mention['kind']; rule: string } | null {
  if (isAcronym(name.text)) {
    const bare = name.text.replace(/\./g, '');
    const defined = definitions.get(bare);
    const byDefinition = defined ? index.byName.get(defined) : undefined;
    if (byDefinition) return { draft: byDefinition, kind: 'acronym', rule: 'alias.acronym-defined' };
    const known = lookupOrg(name.text);
    // (not to a dateline: "UNITED NATIONS, March 3" is where the story was filed, "U.N." the body)
    const byLexicon = known?.forms.map((f) => byKey.get(key(f))).find((d): d is Draft => !!d && d.names.some((n) => !n.dateline));
    if (byLexicon) return { draft: byLexicon, kind: 'acronym', rule: 'alias.acronym-lexicon' };
    const byInitials = index.initials.get(bare);
    if (byInitials && !lookupPlace(name.text) && !possessed.has(bare)) return { draft: byInitials, kind: 'acronym', rule: 'alias.acronym-initials' };
  }
  if (isAcronym(name.text) && !name.caps) return null;
  const byFirstWord = index.firstWords.get(key(name.text));
  // "at Wuxi" is the city even when "Wuxi Cable Co Ltd" is named too: a short form that reads as a place stays one
  if (byFirstWord && !lookupPlace(name.text) && !lookupOrg(name.text) && bestVote(name.votes).type !== 'location') return { draft: byFirstWord, kind: 'alias', rule: 'alias.first-word' };
  // a dateline names the place the story was filed from, never a person's surname ("BRISTOL" is not "First Bristol")
  if (name.dateline) return null;
  const bySurname = index.surnames.get(key(name.text)) ?? [];
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

/**
 * A person's surname: the last word, before a generational suffix ("Robert F. Kennedy Jr." →
 * "Kennedy"); the first word of a name written family name first ("Xi Jinping" → "Xi", "Kim
 * Jong Un" → "Kim", but "Kim Clijsters" → "Clijsters").
 */
function surnameOf(text: string): string {
  const words = text.split(' ');
  const first = words[0]!.toLowerCase();
  if (words.length === 2 || words.length === 3) {
    if (FAMILY_NAMES_FIRST.has(first) && !isGivenName(words[1]!)) return words[0]!;
    if (FAMILY_NAMES_FIRST_IF_TWO_SYLLABLES.has(first) && (words.length === 3 || words[1]!.includes('-'))) return words[0]!;
  }
  const last = words.length - 1;
  return words.length > 2 && GENERATIONAL_SUFFIXES.has(words[last]!.toLowerCase().replace(/[.,]$/, '')) ? words[last - 1]! : words[last]!;
}

/**
 * The bracketed letters can abbreviate the name: they start with its first capital and each
 * letter is a capital of the name, in order ("Michael Johnson ( U.S. )" is a country, not an acronym).
 */
function abbreviates(acronym: string, name: string): boolean {
  if (lookupPlace(acronym)) return false;
  const capitals = name.replace(/[^\p{Lu}]/gu, '');
  if (!capitals || acronym[0]!.toUpperCase() !== capitals[0]) return false;
  let k = 0;
  for (const ch of acronym.toUpperCase()) {
    k = capitals.indexOf(ch, k);
    if (k < 0) return false;
    k++;
  }
  return true;
}

/**
 * "South Korea's SK On", "General Electric's GE Aerospace": letters owned by the name they would
 * abbreviate name something else (a thing cannot own itself), everywhere in the document.
 */
function acronymsOwnedByTheirFullForm(doc: Document, sorted: readonly TypedName[]): Set<string> {
  const out = new Set<string>();
  for (let i = 1; i < sorted.length; i++) {
    const owner = sorted[i - 1]!;
    const n = sorted[i]!;
    if (!isAcronym(n.text) || !owner.text.includes(' ') || !/^['\u2019]s? $/.test(doc.text.slice(owner.end, n.start))) continue;
    const bare = n.text.replace(/\./g, '');
    if (abbreviates(bare, owner.text)) out.add(bare);
  }
  return out;
}

/** "Asia-Pacific Economic Cooperation (APEC)": the acronym in brackets right after a name. */
function parentheticalAcronyms(doc: Document, names: readonly TypedName[]): Map<string, TypedName> {
  const out = new Map<string, TypedName>();
  for (const n of names) {
    const m = /^\s*\(\s?([A-Z][A-Za-z.&]{1,9})\s?\)/.exec(doc.text.slice(n.end, n.end + 16));
    if (m && n.text.includes(' ') && abbreviates(m[1]!.replace(/\./g, ''), n.text)) out.set(m[1]!.replace(/\./g, ''), n);
  }
  return out;
}

/** One sense per document: the votes of every mention by name add up. */
function typeOfDraft(d: Draft): ActorType {
  // a dateline says where the story was filed: it must not decide what the same name is in the story ("CLEVELAND" vs the team)
  const story = d.names.filter((n) => !n.dateline);
  return bestVote((story.length ? story : d.names).flatMap((n) => n.votes)).type;
}

/** The votes that say a name is used as the place something happens at. */
const VENUE_RULES: ReadonlySet<string> = new Set(['type.context-venue', 'type.context-venue-apposition', 'type.sports-venue-heading']);

/** "in Chicago", "at Toronto": a known place used as where something happens. */
function isVenueUse(n: TypedName): boolean {
  return !!n.place && n.votes.some((v) => VENUE_RULES.has(v.rule));
}

/**
 * A place named by a team or firm of the same name ("Cleveland" the club) is still a place where
 * the text uses it as one: in a dateline, or after "in"/"at" ("Chicago at Toronto"), not "from"/"for". Those uses
 * become a place of their own.
 */
function splitPlaceUses(drafts: Draft[]): Draft[] {
  const out: Draft[] = [];
  for (const d of drafts) {
    if (!d.names.some((n) => n.dateline || isVenueUse(n))) {
      out.push(d);
      continue;
    }
    // judged on the other uses alone: the venues' own place votes must not outvote the team ("DENVER 58 64" … "DALLAS AT DENVER")
    const restType = typeOfDraft({ names: d.names.filter((n) => !n.dateline && !isVenueUse(n)), linked: d.linked });
    // a team or firm gives up its venues and datelines; a person only the datelines ("in Houston 's film" is the director's)
    const places = d.names.filter((n) => n.dateline || (restType === 'organization' && isVenueUse(n)));
    const placeSet = new Set(places);
    const rest = d.names.filter((n) => !placeSet.has(n));
    if (!places.length || !rest.length || typeOfDraft({ names: rest, linked: d.linked }) === 'location') {
      out.push(d);
      continue;
    }
    out.push({ names: rest, linked: d.linked }, { names: places, linked: [] });
  }
  return out;
}

/** The country code most of the names point to (a country, or the country a city lies in). */
function countryOfDraft(d: Draft, type: ActorType): string | null {
  if (type !== 'location') return null;
  const iso = d.names.map((n) => n.place?.iso).find((x): x is string => !!x);
  return iso ?? null;
}

/** The form used most often, then the longest; one written in ordinary case over an all-caps headline form. */
function canonicalOf(d: Draft, type: ActorType): string {
  const forms = d.names.filter((n) => !n.caps);
  const pool = (forms.length ? forms : d.names).map((n) => n.text.replace(/^the\s+/i, ''));
  // a person is named in full ("Elon Musk", however often "Musk" recurs)
  if (type === 'person') return pool.sort((a, b) => b.length - a.length)[0]!;
  const count = new Map<string, number>();
  for (const f of pool) count.set(f, (count.get(f) ?? 0) + 1);
  const best = [...count.entries()].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length)[0]![0];
  return forms.length ? best : ordinaryCase(best, type, d.names.some((n) => n.dateline));
}

/**
 * "KHARTOUM, Sudan (AP) —", "WASHINGTON —": a name met only in capitals (a dateline, a headline)
 * is written as the lexicon writes it ("Khartoum"); an unknown dateline place in title case
 * ("EL FASHER" → "El Fasher"). Acronyms ("NATO", "UK") and short words keep their capitals.
 */
function ordinaryCase(form: string, type: ActorType, dateline: boolean): string {
  if (/\p{Ll}/u.test(form) || !/\p{Lu}{4}/u.test(form) || form.includes('.')) return form;
  const known = type === 'location' ? lookupPlace(form) : type === 'organization' ? lookupOrg(form) : undefined;
  if (known) return key(known.name) === key(form) ? known.name : form;
  if (!dateline || type !== 'location') return form;
  return form.toLowerCase().replace(/(^|[\s-])(\p{Ll})/gu, (_, sep: string, ch: string) => sep + ch.toUpperCase());
}

function toCluster(d: Draft, id: string, shouted: ReadonlySet<string>): Cluster {
  const type = typeOfDraft(d);
  const canonical = canonicalOf(d, type);
  const mentions: Mention[] = [
    ...d.names.map((n) => ({ start: n.start, end: n.end, text: n.text, kind: 'name' as const, rule: n.rule })),
    ...d.linked.map((l) => ({ start: l.name.start, end: l.name.end, text: l.name.text, kind: l.kind, rule: l.rule })),
  ].sort((a, b) => a.start - b.start);
  const aliasSet = new Set<string>(mentions.map((m) => m.text.replace(/^the\s+/i, '')).filter((t) => key(t) !== key(canonical)));
  // initials only when the text uses them somewhere (else "Apple Inc." would gain "AI")
  const acronym = type === 'organization' ? acronymOf(canonical) : null;
  if (acronym && acronym.length >= 2 && shouted.has(acronym)) aliasSet.add(acronym);
  // a known organization's other forms: "ICO" ↔ "Information Commissioner's Office" even when only one appears
  if (type === 'organization') for (const form of lookupOrg(canonical)?.forms ?? []) if (key(form) !== key(canonical)) aliasSet.add(form);
  if (type === 'person' && canonical.includes(' ')) aliasSet.add(surnameOf(canonical));
  return {
    id,
    name: canonical,
    type,
    aliases: [...aliasSet],
    country: countryOfDraft(d, type),
    // ("KHARTOUM" under the name "Khartoum" is the name in capitals, not an alias)
    mentions: mentions.map((m) => (m.kind === 'name' && key(m.text) !== key(canonical) && m.text.replace(/^the\s+/i, '') !== canonical ? { ...m, kind: 'alias' as const } : m)),
    descriptors: [...new Set(d.names.map((n) => n.descriptor).filter((x): x is string => !!x))],
  };
}
