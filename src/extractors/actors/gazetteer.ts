/**
 * Lookups over the place, organization and people lexicons, built once when the module loads.
 * Names are compared by `nameKey`: lower case, without full stops, hyphens as spaces, so that
 * "U.S." = "US", "St. Louis" = "St Louis" and "Bosnia-Herzegovina" = "Bosnia Herzegovina".
 */
import { CITIES, COUNTRIES, NATIONS, REGIONS, SUBDIVISIONS } from '../../lexicon/places.js';
import { COMPANY_SUFFIXES, INSTITUTION_SUFFIXES, ORG_PREFIXES, ORGANIZATIONS, SPORTS_WORDS, TEAM_SPORTS, TEAM_SPORT_WORDS } from '../../lexicon/organizations.js';
import { FAMILY_NAMES_FIRST, FAMILY_NAMES_FIRST_IF_TWO_SYLLABLES, GIVEN_NAMES, TITLE_HEADS, TITLE_MODIFIERS } from '../../lexicon/people.js';

export type PlaceKind = 'country' | 'nation' | 'city' | 'subdivision' | 'region';

export interface PlaceEntry {
  name: string;
  kind: PlaceKind;
  /** ISO 3166-1 alpha-2 of the country (itself, or the one it lies in) */
  iso: string | null;
}

export interface OrgEntry {
  name: string;
  /** the entry's other forms, acronyms first-class */
  forms: string[];
}

export interface DemonymEntry {
  demonym: string;
  country: string;
  iso: string;
}

/** Words of characters nameKey keeps as they are, one space between them: the key is the lower-cased text. */
const PLAIN_KEY = /^[^.\-\s\u00a0\u2018\u2019`]+(?: [^.\-\s\u00a0\u2018\u2019`]+)*$/;

/**
 * Lower case, no full stops, one space for any run of spaces and hyphens, one apostrophe, no
 * leading "the". One pass over the characters: this runs for every candidate span, so it avoids
 * chained regexes; most names need no cleaning and take the first test only.
 */
export function nameKey(text: string): string {
  const lower = text.toLowerCase();
  if (PLAIN_KEY.test(lower)) return lower.startsWith('the ') ? lower.slice(4) : lower;
  let out = '';
  let gap = false;
  for (const ch of lower) {
    if (ch === '.') continue;
    if (ch === ' ' || ch === '-' || ch === '\t' || ch === '\n' || ch === '\r' || ch === '\u00a0') {
      gap = out.length > 0;
      continue;
    }
    if (gap) out += ' ';
    gap = false;
    out += ch === '\u2018' || ch === '\u2019' || ch === '`' ? "'" : ch;
  }
  return out.startsWith('the ') ? out.slice(4) : out;
}

function parts(entry: string): string[] {
  return entry.split('|').map((p) => p.trim());
}

function list(field: string | undefined): string[] {
  return (field ?? '').split(',').map((s) => s.trim()).filter(Boolean);
}

const PLACES = new Map<string, PlaceEntry>();
const DEMONYMS = new Map<string, DemonymEntry>();
const ORGS = new Map<string, OrgEntry>();

/** A name listed twice keeps its first, larger kind (country before city). */
function addPlace(form: string, entry: PlaceEntry) {
  const k = nameKey(form);
  if (!PLACES.has(k)) PLACES.set(k, entry);
}

for (const source of [COUNTRIES, NATIONS]) {
  const kind: PlaceKind = source === COUNTRIES ? 'country' : 'nation';
  for (const line of source) {
    const [iso, names, demonyms] = parts(line);
    const forms = list(names);
    const entry: PlaceEntry = { name: forms[0]!, kind, iso: iso! };
    for (const f of forms) addPlace(f, entry);
    for (const d of list(demonyms)) if (!DEMONYMS.has(nameKey(d))) DEMONYMS.set(nameKey(d), { demonym: d, country: forms[0]!, iso: iso! });
  }
}
for (const [source, kind] of [[SUBDIVISIONS, 'subdivision'], [CITIES, 'city']] as const) {
  for (const line of source) {
    const [iso, names] = parts(line);
    const forms = list(names);
    const entry: PlaceEntry = { name: forms[0]!, kind, iso: iso! };
    for (const f of forms) addPlace(f, entry);
  }
}
for (const name of REGIONS) addPlace(name, { name, kind: 'region', iso: null });

for (const line of ORGANIZATIONS) {
  const [names, acronyms] = parts(line);
  const forms = [...list(names), ...list(acronyms)];
  const entry: OrgEntry = { name: forms[0]!, forms };
  for (const f of forms) {
    const k = nameKey(f);
    // a place keeps its name ("Georgia" the country, not a club); the org can still be found by its other forms
    if (!ORGS.has(k) && !PLACES.has(k)) ORGS.set(k, entry);
  }
}

const GIVEN = new Set(GIVEN_NAMES.map((n) => n.toLowerCase()));
const FAMILY_FIRST = new Set([...FAMILY_NAMES_FIRST, ...FAMILY_NAMES_FIRST_IF_TWO_SYLLABLES]);
const HEADS = new Set(TITLE_HEADS);
const MODIFIERS = new Set(TITLE_MODIFIERS);
const COMPANY = new Set(COMPANY_SUFFIXES);
const INSTITUTION = new Set(INSTITUTION_SUFFIXES);
const SPORTS = new Set([...SPORTS_WORDS, ...TEAM_SPORTS]);
const TEAM = new Set(TEAM_SPORTS);
const PREFIXES = new Set(ORG_PREFIXES);
const TEAM_WORDS = new Set(TEAM_SPORT_WORDS);

/** Longest lexicon name in words, for greedy phrase matching. */
export const MAX_LEXICON_WORDS = 8;

export const lookupPlace = (text: string): PlaceEntry | undefined => PLACES.get(nameKey(text));
export const lookupOrg = (text: string): OrgEntry | undefined => ORGS.get(nameKey(text));
export const lookupDemonym = (text: string): DemonymEntry | undefined => DEMONYMS.get(nameKey(text).replace(/ s$/, ''));
export const isGivenName = (word: string): boolean => GIVEN.has(word.toLowerCase());
/** A family name written first ("Xi", "Wang", "Kim"), whatever the given name after it. */
export const isFamilyNameFirst = (word: string): boolean => FAMILY_FIRST.has(word.toLowerCase());
export const isTitleHead = (word: string): boolean => HEADS.has(word.toLowerCase().replace(/\.$/, ''));
export const isTitleModifier = (word: string): boolean => MODIFIERS.has(word.toLowerCase());
export const isCompanySuffix = (word: string): boolean => COMPANY.has(word.toLowerCase().replace(/\.$/, ''));
export const isInstitutionSuffix = (word: string): boolean => INSTITUTION.has(word.toLowerCase());
export const isSportsWord = (word: string): boolean => SPORTS.has(word.toLowerCase());
export const isOrgPrefix = (word: string): boolean => PREFIXES.has(word.toLowerCase());
export const isTeamSport = (topic: string): boolean => TEAM.has(topic.toLowerCase());
export const isTeamSportWord = (word: string): boolean => TEAM_WORDS.has(word.toLowerCase());

/** Any lexicon knows this name (place, organization or demonym). */
export function isKnownName(text: string): boolean {
  const k = nameKey(text);
  return PLACES.has(k) || ORGS.has(k);
}
