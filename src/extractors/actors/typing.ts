/**
 * Types a name from evidence. Each mention casts weighted votes; the actor's type is the
 * heaviest total over all its mentions (one sense per document). Evidence, strongest first:
 * the layout (a dateline is a place), the institution or descriptor it came with, a title
 * before it (a person), organization suffixes, the lexicons (places, organizations, given
 * names), the context (said/told, "in X", "X-based", an age after it), then the tagger.
 */
import type { Document } from '../../document.js';
import type { ActorType } from '../../schema.js';
import type { NameCandidate } from './names.js';
import { INHABITANTS_OF, PLACE_SUFFIXES, PRODUCT_DESCRIPTORS } from '../../lexicon/typing.js';
import { OF_HEAD_TYPES } from '../../lexicon/names.js';
import { isCompanySuffix, isFamilyNameFirst, isGivenName, isInstitutionSuffix, isOrgPrefix, isSportsWord, isTeamSport, isTeamSportWord, lookupOrg, lookupPlace, type PlaceEntry } from './gazetteer.js';

export type { NameCandidate };

export interface Vote {
  type: ActorType;
  weight: number;
  rule: string;
}

export interface TypedName extends NameCandidate {
  type: ActorType;
  typeRule: string;
  votes: Vote[];
  /** the place lexicon entry the name matched, if any */
  place: PlaceEntry | null;
}

const SPEECH_AFTER = new Set(['said', 'says', 'told', 'added', 'stated', 'announced', 'argued', 'warned', 'explained', 'insisted']);
const PLACE_BEFORE = new Set(['in', 'at', 'near', 'from', 'across', 'to', 'outside', 'inside', 'into', 'towards', 'toward', 'around', 'throughout']);
/** Prepositions of where something happens: in a sports report "at Toronto" is the venue, "from Torino" the club. */
const VENUE_BEFORE = new Set(['in', 'at', 'near', 'outside', 'inside', 'around', 'throughout']);
/** Nouns that announce a place: "the village of X", "X province". */
const PLACE_NOUNS = new Set(['town', 'village', 'city', 'province', 'region', 'district', 'capital', 'port', 'suburb', 'outskirts', 'area', 'state', 'island', 'county', 'municipality', 'enclave', 'republic', 'north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest', 'settlement', 'camp']);
const COMPASS = new Set(['north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest', 'midwest', 'mideast']);
const FIXTURE_WORDS = new Set(['v', 'vs', 'v.', 'vs.', 'versus']);
/** Words after a name that speak of a company: "Magna shares", "Cofinec 's profit". */
const COMPANY_CONTEXT_AFTER = new Set(['chairman', 'board', 'management', 'executives', 'employees', 'headquarters', 'daily', 'newspaper', 'weekly', 'magazine', 'paper', 'agency', 'radio', 'television', 'shares', 'stock', 'stocks', 'profit', 'profits', 'earnings', 'revenue', 'revenues', 'sales', 'subsidiary', 'unit', 'shareholders', 'bonds', 'plant', 'plants', 'output', 'exports', 'turnover', 'dividend', 'merger', 'takeover', 'stake', 'inc', 'corp']);
const FIRM_SAID_IT = /^ (?:said|says|announced|reported) (?:on \p{L}+ )?(?:its|it had|it has|it would|it will|it expects|it expected|it posted|it plans|it planned) /u;
const FIRM_ROLE_AFTER = /^ (?:['\u2019]s? )?(?:general manager|chief executive|managing director|board of directors|chief financial officer|shareholders|subsidiary|subsidiaries)\b/;
const FIRM_ROLE_OF = /\b(?:general manager|chief executive(?: officer)?|managing director|board of directors|chief financial officer|shareholders|subsidiary|a unit|stake) (?:of|in) (?:the )?$/;
const PERSON_VERBS_AFTER = new Set(['who', 'whose', 'himself', 'herself']);
/** "the Dole campaign", "the Obama administration", "Clinton aides": what a candidate or a head of government has. */
const LEADER_NOUNS_AFTER = new Set(['campaign', 'administration', 'presidency', 'aides', 'camp', 'candidacy', 'premiership', 'cabinet']);

export interface ReportContext {
  /** a team-sport report: places named as sides are teams */
  sports: boolean;
}

/** "SOCCER - …" headlines, or a body dense with sports words. */
export function reportContext(doc: Document): ReportContext {
  const first = doc.sentences[0];
  const head = first ? doc.text.slice(first.start, first.end) : '';
  // "SOCCER - …", "BASEBALL - …": a team sport; "TENNIS - …", "GOLF - …": players, and their cities stay places
  const topic = /^([A-Za-z][A-Za-z ]{2,20}?) ?[-\u2013\u2014:] /.exec(head);
  if (topic && isSportsWord(topic[1]!)) return { sports: isTeamSport(topic[1]!) };
  let hits = 0;
  for (const t of doc.tokens) if (isTeamSportWord(t.normal)) hits++;
  return { sports: hits >= 6 && hits / Math.max(1, doc.tokens.length) > 0.01 };
}

export function classify(doc: Document, c: NameCandidate, report: ReportContext = { sports: false }): TypedName {
  const place = lookupPlace(c.text) ?? null;
  const votes = evidence(doc, c, place, report);
  if (report.sports) sportsVotes(doc, c, place, votes);
  const best = bestVote(votes);
  return { ...c, type: best.type, typeRule: best.rule, votes, place };
}

/** Guesses from the name's shape: counted once per actor however often the name recurs. */
export const WEAK_RULES: ReadonlySet<string> = new Set(['type.single-word', 'type.two-word-name', 'type.default', 'type.table-row']);

/**
 * The heaviest type. The same rule firing again for another mention adds a little (each repeat
 * a third of its weight, at most doubling it), so one piece of real evidence is not outvoted
 * by a shape guess repeated over many mentions.
 */
export function bestVote(votes: readonly Vote[]): Vote {
  const byRule = new Map<string, { type: ActorType; max: number; n: number }>();
  for (const v of votes) {
    const k = `${v.type}|${v.rule}`;
    const cur = byRule.get(k);
    if (cur) [cur.max, cur.n] = [Math.max(cur.max, v.weight), cur.n + 1];
    else byRule.set(k, { type: v.type, max: v.weight, n: 1 });
  }
  const totals = new Map<ActorType, number>();
  for (const [k, r] of byRule) {
    const weak = WEAK_RULES.has(k.slice(k.indexOf('|') + 1));
    const w = weak ? r.max : r.max * Math.min(2, 1 + (r.n - 1) / 3);
    totals.set(r.type, (totals.get(r.type) ?? 0) + w);
  }
  let best: ActorType = 'organization';
  let bestWeight = -1;
  for (const [type, w] of totals) if (w > bestWeight) [best, bestWeight] = [type, w];
  const rule = votes.filter((v) => v.type === best).sort((a, b) => b.weight - a.weight)[0]?.rule ?? 'type.default';
  return { type: best, weight: bestWeight, rule };
}

/** "Park Geun-hye", "Wang Yi", "Kim Jong Un": a family name written first, then a given name of short syllables. */
function familyNameFirst(words: readonly string[]): boolean {
  if (!isFamilyNameFirst(words[0]!)) return false;
  return words.slice(1).every((w) => /^\p{Lu}\p{Ll}{0,5}(?:-\p{Ll}{1,5})?$/u.test(w));
}

/** Last words of both places and clubs ("Kansas City", "Manchester City"): a club only in a team-sport report. */
const CLUB_OR_PLACE_SUFFIXES = new Set(['city', 'town', 'county']);

function evidence(doc: Document, c: NameCandidate, place: PlaceEntry | null, report: ReportContext): Vote[] {
  const votes: Vote[] = [];
  const vote = (type: ActorType, weight: number, rule: string) => votes.push({ type, weight, rule });
  const words = c.text.split(/\s+/);
  const lastWord = words[words.length - 1]!;
  if (c.dateline) vote('location', 20, 'type.dateline');
  if (c.institution) vote('organization', 10, 'type.institution');
  if (c.descriptor) vote(PRODUCT_DESCRIPTORS.has(c.descriptor) ? 'product' : 'organization', 8, 'type.descriptor');
  if (c.title) vote('person', 6, 'type.title');
  const org = lookupOrg(c.text);
  if (org) vote('organization', 6, 'type.lexicon-organization');
  if (place) vote('location', place.kind === 'country' || place.kind === 'nation' ? 7 : 5, `type.lexicon-${place.kind}`);
  const clubOrPlace = CLUB_OR_PLACE_SUFFIXES.has(lastWord.toLowerCase());
  const orgSuffix = (isCompanySuffix(lastWord) || isInstitutionSuffix(lastWord)) && (!clubOrPlace || report.sports);
  if (words.length > 1 && !place && orgSuffix) vote('organization', 5, 'type.org-suffix');
  const placeSuffix = clubOrPlace ? !report.sports : PLACE_SUFFIXES.has(lastWord.toLowerCase());
  if (words.length > 1 && !org && placeSuffix) vote('location', 5, 'type.place-suffix');
  // "Dinamo Zagreb", "Radio Red", "Le Matin": a club's or paper's opening word (a lower-case "le"/"de" is a particle)
  if (words.length > 1 && !place && isOrgPrefix(words[0]!) && /^\p{Lu}/u.test(words[0]!)) vote('organization', 4, 'type.org-prefix');
  const ofHead = ofHeadType(words);
  if (ofHead) vote(ofHead, 5, 'type.of-head');
  if (words.length > 1 && isGivenName(words[0]!) && !ofHead) vote('person', 4, 'type.given-name');
  else if (words.length > 1 && words.length <= 3 && familyNameFirst(words)) vote('person', 4, 'type.family-name-first');
  else if (words.length === 1 && isGivenName(words[0]!)) vote('person', 2, 'type.given-name');
  if (words.length > 1 && /^\p{Lu}\.?$/u.test(words[0]!)) vote('person', 3, 'type.initial');
  contextVotes(doc, c, place, vote);
  taggerVotes(doc, c, vote);
  // "NATO", "CONCACAF": a word in capitals inside ordinary text (people are not written in capitals there)
  if (!c.caps && /^\p{Lu}[\p{Lu}&]{1,7}$/u.test(c.text.replace(/\./g, ''))) vote('organization', 1.5, 'type.acronym');
  // "Party of God" is three words but no person's name
  if (words.length >= 2 && words.length <= 3 && !words.some((w) => w === 'of' || w === 'for')) vote('person', 1, 'type.two-word-name');
  if (words.length === 1) vote('person', 0.5, 'type.single-word');
  // "the North", "in the Midwest": a compass point standing alone names a region
  if (words.length === 1 && COMPASS.has(c.text.toLowerCase())) vote('location', 3, 'type.compass');
  vote('organization', 0.4, 'type.default');
  return votes;
}

/**
 * In a sports report a city, county or state named as a side is a team ("Essex beat Kent",
 * "Torino 1 Milan 2"); a country stays a place (national sides are named by their country),
 * and so does a venue ("at Lord's", "in Chicago").
 */
const VENUE_VOTES: ReadonlySet<string> = new Set(['type.context-venue', 'type.context-venue-apposition']);

function sportsVotes(doc: Document, c: NameCandidate, place: PlaceEntry | null, votes: Vote[]) {
  if (c.dateline) return;
  const before = doc.tokens[c.tokenStart - 1];
  // a venue: read from the context votes, whose venue tests already ran on this name
  if (votes.some((v) => VENUE_VOTES.has(v.rule))) return;
  if (place && venueHeading(doc, c)) {
    votes.push({ type: 'location', weight: 2, rule: 'type.sports-venue-heading' });
    return;
  }
  if (place && (place.kind === 'city' || place.kind === 'subdivision')) votes.push({ type: 'organization', weight: 8, rule: 'type.sports-team' });
  else if (!place && c.tableRow) votes.push({ type: 'organization', weight: c.tokenEnd - c.tokenStart === 1 ? 2 : 0.5, rule: 'type.sports-table-row' });
  if (place) return;
  // "Dynamo Moscow", "Rotor Volgograd", "Paris St Germain": a club named with its city
  const words = c.text.split(/\s+/);
  if (words.length > 1 && (lookupPlace(words[words.length - 1]!) || lookupPlace(words[0]!))) votes.push({ type: 'organization', weight: 3, rule: 'type.sports-club-city' });
  // "victory over Ashby", "Dynamo ( Ukraine ) lost to …": the sides of a result
  if (resultSide(doc, c)) votes.push({ type: 'organization', weight: 2.5, rule: 'type.sports-result-side' });
  // "Former Springbok captain", "Leeds striker": a name before a player's role is the player's team
  const role = doc.tokens[c.tokenEnd];
  if (c.tokenEnd - c.tokenStart === 1 && role && doc.text.slice(c.end, role.start) === ' ' && PLAYER_ROLES.has(role.normal)) {
    votes.push({ type: 'organization', weight: 3, rule: 'type.sports-team-role' });
  }
  // "Walsall v Wrexham": sides of a fixture
  const after = doc.tokens[c.tokenEnd];
  if ((before && FIXTURE_WORDS.has(before.normal)) || (after && FIXTURE_WORDS.has(after.normal))) votes.push({ type: 'organization', weight: 2, rule: 'type.sports-fixture' });
  // "the Springboks", "Cardinals": a plural name is a team (a surname in -s usually comes with a given name)
  const tok = doc.tokens[c.tokenStart]!;
  if (c.tokenEnd - c.tokenStart === 1 && /^\p{Lu}\p{Ll}{2,}[^su]s$/u.test(c.text) && !tok.tags.has('LastName') && !tok.tags.has('Person')) {
    const the = before?.normal === 'the';
    votes.push({ type: 'organization', weight: the ? 3 : 1.5, rule: 'type.sports-plural' });
  }
}

/** Verbs and phrases of a result, read after the side ("X beat", "X ( Russia ) lost to") and before it ("victory over X"). */
const RESULT_AFTER = /^\s*(?:\(\s*[^()\n]{1,30}\)\s*)?(?:beat|beats|defeated|defeats|drew with|draw with|lost to|lose to|overcame|edged|thrashed|routed|crushed|downed|outclassed)\b/;
const RESULT_BEFORE = /\b(?:beat|beats|defeated|defeats|drew with|draw with|lost to|lose to|victory over|win over|wins over|winners over|defeat by|defeat to|loss to|defeat of|victory against|win against|draw against)\s+(?:the\s+)?$/;

function resultSide(doc: Document, c: NameCandidate): boolean {
  return RESULT_AFTER.test(doc.text.slice(c.end, c.end + 50)) || RESULT_BEFORE.test(doc.text.slice(Math.max(0, c.start - 30), c.start));
}

/** Lower-case roles of players and staff that follow their team's name ("Leeds striker", "Springbok captain"). */
const PLAYER_ROLES = new Set([
  'captain', 'skipper', 'coach', 'manager', 'striker', 'forward', 'midfielder', 'defender', 'goalkeeper', 'keeper', 'winger',
  'fullback', 'full-back', 'centre-back', 'sweeper', 'playmaker', 'scrum-half', 'fly-half', 'hooker', 'prop', 'flanker', 'lock',
  'centre', 'wing', 'pitcher', 'shortstop', 'outfielder', 'infielder', 'catcher', 'slugger', 'reliever', 'closer', 'quarterback',
  'linebacker', 'batsman', 'bowler', 'opener', 'all-rounder', 'spinner', 'wicketkeeper', 'guard', 'chairman', 'fans', 'supporters',
]);

function contextVotes(doc: Document, c: NameCandidate, place: PlaceEntry | null, vote: (t: ActorType, w: number, r: string) => void) {
  const { tokens, text } = doc;
  const before = tokens[c.tokenStart - 1];
  const after = tokens[c.tokenEnd];
  const afterGap = after ? text.slice(c.end, after.start) : '';
  if (after && text.slice(c.end, c.end + 1) === '-' && /^based$/i.test(after.text)) vote('location', 4, 'type.context-based');
  if (before && VENUE_BEFORE.has(before.normal) && !c.sentenceInitial) vote('location', 1.5, 'type.context-venue');
  else if (venueApposition(doc, c, place)) vote('location', 2, 'type.context-venue-apposition');
  else if (before && PLACE_BEFORE.has(before.normal) && !c.sentenceInitial) vote('location', 1.5, 'type.context-preposition');
  const beforeOf = before?.normal === 'of' ? tokens[c.tokenStart - 2] : undefined;
  if (beforeOf && PLACE_NOUNS.has(beforeOf.normal)) vote('location', 4, 'type.context-place-of');
  else if (beforeOf && INHABITANTS_OF.has(beforeOf.normal)) vote('location', 3, 'type.context-inhabitants-of');
  if (after && /^ $/.test(afterGap) && PLACE_NOUNS.has(after.normal) && !['north', 'south', 'east', 'west', 'state', 'capital'].includes(after.normal)) vote('location', 2.5, 'type.context-place-noun');
  if (after && SPEECH_AFTER.has(after.normal) && /^\s*$/.test(afterGap)) vote('person', 1, 'type.context-said');
  if (after && PERSON_VERBS_AFTER.has(after.normal)) vote('person', 2, 'type.context-who');
  // (a one-word name only: "the Greenpeace campaign" is known, "the Labour Party campaign" has two words)
  if (after && afterGap === ' ' && LEADER_NOUNS_AFTER.has(after.normal) && c.tokenEnd - c.tokenStart === 1 && !/^\p{Lu}+$/u.test(c.text)) vote('person', 2, 'type.context-leader');
  // "Ariel Cruz , 30 ," — an age in apposition
  if (/^ ?, ?\d{1,2} ?,/.test(text.slice(c.end, c.end + 8))) vote('person', 4, 'type.context-age');
  // "Michael Johnson ( U.S. )": a person listed with the country they represent
  const paren = /^ ?\( ?([\p{L}. ]{2,30}?) ?\)/u.exec(text.slice(c.end, c.end + 40));
  if (paren && lookupPlace(paren[1]!)?.kind === 'country' && !place) vote('person', 2, 'type.context-country-in-brackets');
  if (c.tableRow) vote('organization', 0.6, 'type.table-row');
  // "the Pentagon", "the Cardinals": people are not named with "the"
  // ("the Dole campaign" uses the name as a modifier, which proves nothing)
  const modifier = !!after && /^\p{Ll}/u.test(after.text) && after.tags.has('Noun') && afterGap === ' ';
  if (before?.normal === 'the' && c.tokenEnd - c.tokenStart === 1 && !/^\p{Lu}+$/u.test(c.text) && !modifier) vote('organization', 1, 'type.context-the');
  const next = after && afterGap.trim() === "'s" ? tokens[c.tokenEnd + 1] : after;
  if (next && COMPANY_CONTEXT_AFTER.has(next.normal)) vote('organization', 2, 'type.context-company');
  else if (possessiveAfter(doc, c) && companyNounAhead(doc, c.tokenEnd + 1)) vote('organization', 2, 'type.context-company');
  // "Halvex said its …", "X said it would …": a company speaks of itself as "it" (not "said it was": the
  // "it" of a person's statement); "the general manager of Halvex", "Halvex 's board of directors"
  const right = text.slice(c.end, c.end + 40);
  if (FIRM_SAID_IT.test(right) || FIRM_ROLE_AFTER.test(right)) vote('organization', 2.5, 'type.context-firm');
  else if (!place && FIRM_ROLE_OF.test(text.slice(Math.max(0, c.start - 40), c.start))) vote('organization', 2.5, 'type.context-firm');
  // "the Grok AI chatbot", "the WhatsApp app": a product named before its kind
  if (after && afterGap === ' ' && PRODUCT_DESCRIPTORS.has(after.normal)) vote('product', 3, 'type.context-product');
  // "NationsBank", "KeyCorp", "LinkedIn": a capital inside a word; "Douglas & Lomason": an ampersand
  if (/^\p{Lu}\p{Ll}+\p{Lu}\p{Ll}+$/u.test(c.text) && !/^(Mc|Mac|O')/.test(c.text)) vote('organization', 2, 'type.camel-case');
  if (c.text.includes('&')) vote('organization', 4, 'type.ampersand');
}

/**
 * "at The Oval , London )", "in Grant Park, Chicago.": a place after a comma that follows a named
 * venue, itself after "at"/"in", and closing the phrase, says where the venue lies (up to four
 * capitalised words back).
 */
export function venueApposition(doc: Document, c: NameCandidate, place: PlaceEntry | null): boolean {
  // the place closes the phrase ("… , London )"); "at Park Lane , Kent extended" starts a clause
  if (!/^\s*(?:[),.;]|$)/.test(doc.text.slice(c.end, c.end + 3))) return false;
  const back = doc.text.slice(Math.max(0, c.start - 60), c.start);
  // the line the venue is on (a line break may follow its comma)
  const line = back.slice(back.trimEnd().lastIndexOf('\n') + 1);
  // "At The Oval ( London ) :": the place in brackets after the venue
  // (a known place only: "Stabilisation Mission in Mali ( MINUSMA )" is an acronym)
  return VENUE_APPOSITION.test(line) || (/^\s*\)/.test(doc.text.slice(c.end, c.end + 3)) && !!place && VENUE_BRACKET.test(line));
}

/** "Leicester : Essex beat Kent", "London ( The Oval ) : Surrey 195": a place heading a results line is where the match was played. */
export function venueHeading(doc: Document, c: NameCandidate): boolean {
  if (!opensLine(doc.text, c.start)) return false;
  return /^ ?(?:\( ?[^()\n]{1,30}\) ?)?: /.test(doc.text.slice(c.end, c.end + 40));
}

/**
 * Only spaces between the start of the line and `at`. Scans back over those spaces alone (a search
 * for the line break would read back through a whole article written on one line, for every name).
 */
function opensLine(text: string, at: number): boolean {
  let k = at - 1;
  while (k >= 0 && text[k] !== '\n' && /\s/.test(text[k]!)) k--;
  return k < 0 || text[k] === '\n';
}

const VENUE_BRACKET = /(?:^|\s)(?:[Aa]t|[Ii]n)\s+(?:[Tt]he\s+)?\p{Lu}[\p{L}.'\u2019-]*(?:\s+(?:['\u2019]s|\p{Lu}[\p{L}.'\u2019-]*)|['\u2019]s){0,3}\s*\(\s*$/u;

/** "at|in [the] Venue Words[ 's] ," right before the name; bounded (four words, a 60-character window). */
const VENUE_APPOSITION = /(?:^|\s)(?:at|in|near|outside|inside)\s+(?:[Tt]he\s+)?\p{Lu}[\p{L}.'\u2019-]*(?:\s+(?:['\u2019]s|\p{Lu}[\p{L}.'\u2019-]*)|['\u2019]s){0,3}\s*,\s*$/u;

/** "Department of Defense", "Gulf of Mexico", "Duke of Norfolk": the word before a lower-case "of"/"for" says what the name names. */
function ofHeadType(words: readonly string[]): ActorType | null {
  const at = words.findIndex((w, i) => i > 0 && (w === 'of' || w === 'for'));
  return at > 0 && at < words.length - 1 ? (OF_HEAD_TYPES.get(words[at - 1]!.toLowerCase()) ?? null) : null;
}

function isPlaceTagged(t: { tags: ReadonlySet<string> }): boolean {
  return t.tags.has('Place') || t.tags.has('Country') || t.tags.has('City') || t.tags.has('Region');
}

/** "X's", "X 's" (the tokenizer may keep the "s" as a word of its own). */
function possessiveAfter(doc: Document, c: NameCandidate): boolean {
  const after = doc.tokens[c.tokenEnd];
  if (!after) return false;
  const gap = doc.text.slice(c.end, after.start).trim();
  return gap === "'s" || gap === '\u2019s' || (after.text === 's' && (gap === "'" || gap === '\u2019'));
}

/** "X 's six-month output", "X 's net profit": up to two lower-case modifiers, then a company noun. */
function companyNounAhead(doc: Document, from: number): boolean {
  for (let k = from; k < Math.min(doc.tokens.length, from + 4); k++) {
    const t = doc.tokens[k]!;
    if (COMPANY_CONTEXT_AFTER.has(t.normal)) return k > from;
    if (!/^[\p{Ll}\d][\p{Ll}\d-]*$/u.test(t.text) || !/^[ -]?$/.test(doc.text.slice(t.end, doc.tokens[k + 1]?.start ?? t.end))) return false;
  }
  return false;
}

function taggerVotes(doc: Document, c: NameCandidate, vote: (t: ActorType, w: number, r: string) => void) {
  if (c.caps) return;
  const tokens = doc.tokens.slice(c.tokenStart, c.tokenEnd);
  const has = (tag: string) => tokens.some((t) => t.tags.has(tag));
  // "Denzel Washington": a place word closing a longer name whose first word is no place says little
  const placeTokens = tokens.length > 1 && !isPlaceTagged(tokens[0]!) ? tokens.slice(0, -1) : tokens;
  const place = (tag: string) => placeTokens.some((t) => t.tags.has(tag));
  if (place('Country') || place('City') || place('Region')) vote('location', 2, 'type.tagger-place');
  else if (place('Place')) vote('location', 1, 'type.tagger-place');
  if (has('Organization')) vote('organization', 1.5, 'type.tagger-org');
  if (has('Honorific') || has('FirstName')) vote('person', 1.5, 'type.tagger-person');
  else if (has('Person') || has('LastName')) vote('person', 1, 'type.tagger-person');
}
