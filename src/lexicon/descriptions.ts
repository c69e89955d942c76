/**
 * Definite descriptions of organizations (data only, lower case): which kinds of organization a
 * head noun can stand for ("the carmaker" is a company, "the group" a company, an NGO or an
 * armed group, "the ministry" a government body), and which words in a name tell its kind.
 */

/** Kinds of organization, as far as a description's head noun tells them apart. */
export type OrgKind = 'company' | 'government' | 'armed' | 'civil' | 'international' | 'party' | 'court' | 'media';

function table(rows: ReadonlyArray<[string, readonly OrgKind[]]>): ReadonlyMap<string, readonly OrgKind[]> {
  return new Map(rows.flatMap(([forms, kinds]) => forms.split(/\s+/).map((f): [string, readonly OrgKind[]] => [f, kinds])));
}

/** Head nouns of "the …" descriptions that point back to an organization, with the kinds each can name. */
export const DESCRIPTION_HEADS: ReadonlyMap<string, readonly OrgKind[]> = table([
  ['company firm corporation business carmaker automaker bank lender insurer retailer airline chipmaker drugmaker', ['company']],
  ['miner manufacturer producer startup conglomerate brewer supplier developer automaker retailer utility', ['company']],
  ['platform site', ['company', 'media']],
  ['carrier operator', ['company', 'government']],
  ['group', ['company', 'civil', 'armed', 'party']],
  ['network', ['company', 'civil', 'media']],
  ['publisher broadcaster outlet newspaper paper', ['media', 'company']],
  ['ministry department government administration regulator watchdog cabinet bureau', ['government']],
  ['agency', ['government', 'international', 'media']],
  ['office authority commission', ['government', 'international']],
  ['council committee board', ['government', 'civil', 'party', 'company', 'international']],
  ['militia paramilitary paramilitaries rebels insurgents army military faction', ['armed']],
  ['movement', ['armed', 'civil', 'party']],
  ['charity foundation association union federation institute organization organisation campaign', ['civil', 'international']],
  ['coalition alliance', ['party', 'civil', 'international', 'armed']],
  ['body bloc', ['international', 'government', 'civil']],
  ['party', ['party']],
  ['court tribunal', ['court']],
]);

/** Last words of organization names that tell the kind ("Sudan Doctors Network", "Ministry"), beyond company suffixes. */
export const NAME_WORD_KINDS: ReadonlyMap<string, readonly OrgKind[]> = table([
  ['office ministry department commission authority board bureau administration directorate secretariat', ['government']],
  ['inspectorate regulator watchdog cabinet government treasury parliament senate congress assembly police', ['government']],
  ['agency', ['government', 'international', 'media']],
  ['court tribunal', ['court']],
  ['party caucus', ['party']],
  ['army navy force forces militia brigade brigades front guard corps', ['armed']],
  ['movement', ['armed', 'civil', 'party']],
  ['network', ['civil', 'company', 'media']],
  ['foundation association society federation league institute institution organisation organization', ['civil', 'international']],
  ['union', ['civil', 'international']],
  ['alliance coalition', ['party', 'civil', 'international', 'armed']],
  ['council committee', ['government', 'civil', 'party', 'international']],
  ['university college school academy hospital church museum library centre center', ['civil']],
  ['nations programme program', ['international']],
  ['mission', ['international', 'civil']],
  ['group', ['company', 'civil', 'armed', 'party']],
]);

/** Name words that confirm a specific head ("the carmaker" and "… Motors", "the lender" and "… Bank"). */
export const HEAD_NAME_WORDS: ReadonlyMap<string, readonly string[]> = new Map([
  ['carmaker', ['motors', 'motor', 'auto', 'automotive', 'autos', 'cars']],
  ['automaker', ['motors', 'motor', 'auto', 'automotive', 'autos', 'cars']],
  ['lender', ['bank', 'bancorp', 'banking', 'financial', 'credit']],
  ['bank', ['bank', 'bancorp', 'banking']],
  ['airline', ['airlines', 'airways', 'air']],
  ['carrier', ['airlines', 'airways', 'air', 'telecom', 'mobile', 'wireless']],
  ['insurer', ['insurance', 'assurance', 're']],
  ['drugmaker', ['pharmaceuticals', 'pharma', 'therapeutics', 'biotech']],
  ['chipmaker', ['semiconductor', 'semiconductors', 'micro', 'microelectronics']],
  ['miner', ['mining', 'resources', 'minerals', 'metals', 'gold', 'copper']],
  ['broadcaster', ['broadcasting', 'television', 'tv', 'radio']],
  ['retailer', ['stores', 'retail', 'mart']],
  ['brewer', ['brewery', 'breweries', 'brewing']],
  ['paramilitary', ['forces', 'force', 'militia', 'brigade', 'brigades']],
  ['militia', ['militia', 'forces', 'brigade', 'brigades']],
  ['army', ['army', 'forces']],
  ['military', ['army', 'forces', 'navy']],
]);

/**
 * Heads that name an organization only by its own word ("the ministry" → "Ministry of Defence",
 * "the court" → "Supreme Court"): "the government" or "the commission" with no such name in the
 * text is rarely the one named, so salience alone does not pick them.
 */
export const NAMED_ONLY_HEADS: ReadonlySet<string> = new Set([
  'ministry', 'department', 'government', 'administration', 'office', 'authority', 'commission', 'council', 'committee',
  'board', 'bureau', 'cabinet', 'court', 'tribunal', 'party', 'army', 'military', 'union', 'institute', 'foundation',
  'association', 'federation', 'body', 'bloc', 'movement', 'coalition', 'alliance', 'campaign', 'charity',
]);

/** People quoted for their expertise: the organization after "an analyst at" is their affiliation, not the story's subject. */
export const AFFILIATION_NOUNS: readonly string[] = [
  'analyst', 'economist', 'strategist', 'researcher', 'professor', 'fellow', 'trader', 'broker', 'consultant', 'lecturer', 'scholar', 'expert',
];
