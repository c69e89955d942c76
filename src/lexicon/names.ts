/** Word lists that shape name spans (data only). All lower-case. */

/** Lower-case heads that make "<Place> … <head>" an institution: "Paris prosecutor's office". */
export const INSTITUTION_HEADS: ReadonlySet<string> = new Set([
  'office', 'ministry', 'police', 'government', 'council', 'court', 'parliament', 'army', 'military', 'navy',
  'division', 'department', 'agency', 'commission', 'authority', 'authorities', 'prosecutor', 'prosecutors',
  'bureau', 'senate', 'assembly', 'administration', 'cabinet', 'embassy', 'consulate', 'regulator', 'watchdog',
  'university', 'hospital', 'airport', 'exchange', 'force', 'forces', 'guard', 'service', 'services', 'unit',
  'board', 'committee', 'institute', 'club', 'team', 'party', 'union', 'league', 'federation', 'association',
  'survey', 'fund', 'foundation', 'corps', 'command', 'patrol', 'academy', 'museum', 'library', 'tribunal', 'observatory',
]);

/**
 * Lower-case heads that make "<Place> … <head>" one institution ("Paris prosecutor's office",
 * "Berlin ministry"); other nouns after a place leave the place alone ("U.S. team", "Belgrade airport").
 */
export const PLACE_INSTITUTION_HEADS: ReadonlySet<string> = new Set([
  'office', 'ministry', 'prosecutor', 'prosecutors', 'prosecution', 'parquet', 'tribunal',
]);

/**
 * Words that open the name of a natural feature or a settlement named after another place:
 * "Mount Kenya", "Lake Chad", "Port Sudan", "Mt. Lebanon". The place after them is part of the name.
 */
export const PLACE_FEATURE_OPENERS: ReadonlySet<string> = new Set([
  'mount', 'mt', 'mont', 'monte', 'lake', 'port', 'fort', 'ft', 'cape', 'gulf', 'isle', 'river', 'bay', 'glacier', 'desert',
]);

/** Heads after which "of" continues a name: "Bank of England", "University of Oxford". */
export const OF_HEADS: ReadonlySet<string> = new Set([
  'bank', 'banks', 'university', 'ministry', 'department', 'office', 'institute', 'republic', 'kingdom', 'state', 'states',
  'city', 'federation', 'union', 'council', 'court', 'secretary', 'museum', 'church', 'board', 'commission', 'bureau',
  'academy', 'school', 'college', 'association', 'society', 'league', 'house', 'chamber', 'school', 'duke', 'prince',
  'princess', 'king', 'queen', 'earl', 'archbishop', 'bishop', 'organization', 'organisation', 'party', 'front',
  'movement', 'army', 'force', 'forces', 'division', 'agency', 'authority', 'committee', 'center', 'centre', 'centers', 'centres', 'foundation', 'fund',
  'gulf', 'sea', 'bay', 'isle', 'islands', 'strait', 'cape', 'lake', 'district', 'province', 'county', 'port',
]);

/**
 * What a name of the form "<Head> of|for <…>" names, by its head: "Department of Defense" (an
 * organization), "Gulf of Mexico" (a place), "Duke of Norfolk" (a person). Heads not listed decide nothing.
 */
export const OF_HEAD_TYPES: ReadonlyMap<string, 'organization' | 'location' | 'person'> = new Map([
  ...['bank', 'banks', 'university', 'ministry', 'department', 'office', 'institute', 'federation', 'union', 'council', 'court',
    'museum', 'church', 'board', 'commission', 'bureau', 'academy', 'school', 'college', 'association', 'society', 'league',
    'chamber', 'organization', 'organisation', 'party', 'front', 'movement', 'army', 'agency', 'authority', 'committee',
    'center', 'centre', 'centers', 'centres', 'foundation', 'fund', 'house', 'nation', 'friends', 'order', 'congress', 'assembly', 'alliance',
    'coalition', 'institution', 'corporation', 'company', 'group', 'club', 'brotherhood', 'sisters', 'brigade', 'brigades',
    'force', 'forces', 'service', 'tribunal', 'senate', 'parliament', 'conference', 'secretariat', 'directorate'].map((h) => [h, 'organization'] as const),
  ...['republic', 'kingdom', 'state', 'states', 'city', 'gulf', 'sea', 'bay', 'isle', 'islands', 'island', 'strait', 'straits',
    'cape', 'lake', 'district', 'province', 'county', 'port', 'mount', 'valley', 'emirate', 'sultanate', 'principality',
    'duchy', 'commonwealth', 'territory', 'land', 'bight', 'sound', 'firth', 'river', 'vale'].map((h) => [h, 'location'] as const),
  ...['duke', 'duchess', 'prince', 'princess', 'king', 'queen', 'earl', 'count', 'countess', 'baron', 'baroness', 'archbishop',
    'bishop', 'marquess', 'marquis', 'lord', 'lady', 'emperor', 'empress', 'sultan', 'emir', 'shah', 'pope'].map((h) => [h, 'person'] as const),
]);

/** Particles and connectors inside names: "Ludwig van Beethoven", "Osama bin Laden". */
export const NAME_CONNECTORS: ReadonlySet<string> = new Set([
  'van', 'von', 'der', 'den', 'de', 'del', 'della', 'di', 'da', 'du', 'dos', 'das', 'la', 'le', 'al', 'el', 'bin', 'ibn',
  'ben', 'abu', 'ter', 'ten', 'y', 'for', 'and', '&',
]);

/** Lower-case nouns that introduce a name right after them: "platform X", "company xAI". */
export const NAME_DESCRIPTORS: ReadonlySet<string> = new Set([
  'platform', 'company', 'firm', 'startup', 'start-up', 'network', 'site', 'website', 'app', 'service', 'group',
  'carmaker', 'automaker', 'airline', 'bank', 'lender', 'insurer', 'retailer', 'broadcaster', 'newspaper', 'magazine',
  'agency', 'giant', 'conglomerate', 'maker', 'manufacturer', 'operator', 'provider', 'publisher', 'studio', 'label',
  'party', 'club', 'chatbot', 'rival', 'subsidiary', 'unit', 'brand', 'outlet', 'exchange', 'fund', 'charity',
]);

/** Capitalised words that are not names wherever they stand (titles, weekdays, common sentence openers). */
export const NOT_NAMES: ReadonlySet<string> = new Set([
  'i', 'mr', 'mrs', 'ms', 'dr', 'mr.', 'mrs.', 'ms.', 'dr.', 'sir', 'madam', 'prof', 'prof.',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'january', 'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'today', 'yesterday', 'tomorrow', 'tonight', 'however', 'meanwhile', 'also', 'but', 'and', 'or', 'if', 'when', 'while',
  'after', 'before', 'since', 'as', 'although', 'though', 'because', 'so', 'yet', 'still', 'then', 'now', 'here', 'there',
  'yes', 'no', 'not', 'all', 'some', 'many', 'most', 'more', 'other', 'others', 'such', 'each', 'every', 'both',
  'this', 'that', 'these', 'those', 'it', 'its', 'he', 'she', 'they', 'we', 'you', 'his', 'her', 'their', 'our',
  'a', 'an', 'the', 'in', 'on', 'at', 'for', 'with', 'by', 'from', 'of', 'to', 'into', 'about', 'over', 'under',
  'according', 'asked', 'said', 'says', 'read', 'more', 'related', 'photo', 'video', 'advertisement', 'update',
]);

/** Acronyms of common nouns, never an actor's name: "AI company", "GDP figures", "IPO filing". */
export const COMMON_ACRONYMS: ReadonlySet<string> = new Set([
  'ai', 'gdp', 'gnp', 'ceo', 'cfo', 'coo', 'cto', 'ipo', 'tv', 'pc', 'dna', 'hiv', 'gmt', 'utc', 'edt', 'est', 'pdt', 'pst', 'cet',
  'am', 'pm', 'isdn', 'it', 'vat', 'ufo', 'suv', 'atm', 'gps', 'pr', 'hr', 'etf', 'fdi', 'pmi', 'cpi', 'ppi', 'nav', 'eps', 'lng',
  'lpg', 'ok', 'id', 'sms', 'url', 'usb', 'vip', 'ngo', 'ngos', 'mp', 'mps', 'faq', 'pdf', 'dvd', 'cd', 'led', 'lcd', 'rpm',
  'mph', 'kph', 'km', 'kg', 'mw', 'gw', 'kwh', 'bbc1', 'q1', 'q2', 'q3', 'q4', 'h1', 'h2', 'yoy', 'ytd', 'qoq', 'rd', 'mna', 'api',
  'vr', 'ar', 'ml', 'llm', 'llms', 'csam', 'vpn', 'wifi', 'ev', 'evs', 'covid', 'sars', 'mers', 'aids',
]);

/**
 * Words that are never a name standing alone, though capitalised in headings, labels and lists
 * ("First test", "Men 's singles", "Fax +31 …"); inside a longer name they stay ("First Union").
 */
export const NEVER_ALONE: ReadonlySet<string> = new Set([
  'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth', 'last',
  'next', 'men', 'women', 'boys', 'girls', 'juniors', 'seniors', 'veterans', 'stadium', 'department', 'ministry', 'series',
  'half', 'fax', 'telephone', 'tel', 'phone', 'email', 'e-mail', 'note', 'notes', 'source', 'sources', 'total', 'totals',
  'average', 'attendance', 'scorers', 'result', 'results', 'standings', 'practice', 'arrive', 'depart', 'round', 'group',
  'division', 'section', 'chapter', 'page', 'table', 'chart', 'figure', 'index', 'data', 'proceeds', 'revenue', 'revenues',
  'income', 'sales', 'profit', 'loss', 'net', 'current', 'previous', 'latest', 'forecast', 'actual', 'change', 'chg',
  'government', 'parliament', 'police', 'army', 'court', 'city', 'state', 'county', 'republic', 'kingdom', 'union', 'party',
]);

/**
 * Nouns for one member of a party or political camp ("a Democrat from Ohio", "the Tory"): an
 * affiliation, not an actor. Singular only: the plural names the party ("Democrats voted …").
 */
export const PARTY_MEMBERS: ReadonlySet<string> = new Set([
  'democrat', 'republican', 'tory', 'whig', 'labourite', 'socialist', 'communist', 'liberal', 'conservative', 'libertarian',
  'nationalist', 'unionist', 'loyalist', 'federalist', 'gaullist', 'peronist', 'chavista', 'maoist', 'marxist', 'leninist',
  'trotskyist', 'baathist', 'islamist', 'blairite', 'thatcherite', 'dem', 'lib', 'social-democrat', 'christian-democrat',
]);

/** Acronyms for members or officers of the name before them ("Labour MPs", "Tory MP"). */
export const MEMBER_ACRONYMS: ReadonlySet<string> = new Set(['mp', 'mps', 'meps', 'mep', 'msps', 'msp', 'mla', 'mlas']);

/**
 * Holidays, feasts and festivals: capitalised, but dates, never actors ("before Thanksgiving",
 * "during Ramadan", "over Labor Day weekend"). Lower-case, whole names; "day"/"eve" forms listed.
 */
export const HOLIDAYS: ReadonlySet<string> = new Set([
  'christmas', 'christmas day', 'christmas eve', 'xmas', 'easter', 'easter sunday', 'easter monday', 'good friday', 'holy week',
  'ash wednesday', 'palm sunday', 'lent', 'advent', 'epiphany', 'pentecost', 'whitsun', 'whitsunday', 'ascension day',
  'all saints day', "all saints' day", 'boxing day', 'new year', "new year's", "new year's day", "new year's eve", 'lunar new year',
  'chinese new year', 'thanksgiving', 'thanksgiving day', 'halloween', 'hallowe\'en', 'labor day', 'labour day', 'memorial day',
  'veterans day', "veterans' day", 'independence day', 'presidents day', "presidents' day", 'columbus day', 'juneteenth',
  'martin luther king day', 'mlk day', 'groundhog day', "valentine's day", 'valentines day', "mother's day", "father's day",
  'mothers day', 'fathers day', 'may day', 'bastille day', 'canada day', 'australia day', 'anzac day', 'remembrance day',
  'remembrance sunday', 'armistice day', 'victory day', 'guy fawkes night', 'bonfire night', 'hogmanay', 'mardi gras',
  'shrove tuesday', 'ramadan', 'ramzan', 'eid', 'eid al-fitr', 'eid al-adha', 'eid ul-fitr', 'eid ul-adha', 'eid-al-fitr',
  'eid-al-adha', 'muharram', 'ashura', 'mawlid', 'hanukkah', 'chanukah', 'passover', 'pesach', 'yom kippur', 'rosh hashanah',
  'rosh hashana', 'sukkot', 'purim', 'shavuot', 'diwali', 'deepavali', 'holi', 'navratri', 'dussehra', 'vesak', 'nowruz',
  'norouz', 'songkran', 'tet', 'chuseok', 'obon', 'golden week', 'kwanzaa', 'st patrick\'s day', "saint patrick's day",
  'cinco de mayo', 'dia de los muertos', 'day of the dead', 'black friday', 'cyber monday', 'super bowl sunday', 'singles day',
]);
