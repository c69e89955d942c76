/**
 * Words of English temporal expressions (data only): number words, calendar units, names of
 * months, weekdays, seasons and parts of the day, TIMEX3 reference words, modifiers and
 * holidays. General English knowledge; the recognizers in src/extractors/times/ build their
 * patterns from these tables.
 */

/** Cardinal number words. */
export const NUMBER_WORDS: ReadonlyMap<string, number> = new Map([
  ['zero', 0], ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7],
  ['eight', 8], ['nine', 9], ['ten', 10], ['eleven', 11], ['twelve', 12], ['thirteen', 13], ['fourteen', 14],
  ['fifteen', 15], ['sixteen', 16], ['seventeen', 17], ['eighteen', 18], ['nineteen', 19], ['twenty', 20],
  ['thirty', 30], ['forty', 40], ['fifty', 50], ['sixty', 60], ['seventy', 70], ['eighty', 80], ['ninety', 90],
  ['hundred', 100], ['thousand', 1000], ['dozen', 12],
]);

/** The tens, which combine with a following unit word ("twenty four", "ninety-six"). */
export const TENS_WORDS: ReadonlySet<string> = new Set(['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety']);

/** Quantities that count one ("a year", "an hour"). */
export const ONE_WORDS: ReadonlySet<string> = new Set(['a', 'an', 'one', 'single']);

/** Vague quantities: TIMEX3 writes the amount as X ("several months" → PXM). */
export const VAGUE_AMOUNTS: ReadonlySet<string> = new Set([
  'several', 'a few', 'few', 'many', 'some', 'a number of', 'a couple of', 'couple of', 'a couple', 'numerous', 'recent', 'the past few', 'countless',
]);

/** "a couple of years" counts two. */
export const COUPLE_WORDS: ReadonlySet<string> = new Set(['a couple of', 'couple of', 'a couple']);

/** Ordinals for quarters, halves and days. */
export const ORDINALS: ReadonlyMap<string, number> = new Map([
  ['first', 1], ['1st', 1], ['second', 2], ['2nd', 2], ['third', 3], ['3rd', 3], ['fourth', 4], ['4th', 4],
  ['fifth', 5], ['5th', 5], ['sixth', 6], ['seventh', 7], ['eighth', 8], ['ninth', 9], ['tenth', 10],
]);

export type CalendarUnit = 'second' | 'minute' | 'hour' | 'day' | 'week' | 'weekend' | 'month' | 'quarter' | 'half' | 'year' | 'decade' | 'century';

/** Unit words (singular and plural) → unit. */
export const UNIT_WORDS: ReadonlyMap<string, CalendarUnit> = new Map([
  ['second', 'second'], ['seconds', 'second'], ['minute', 'minute'], ['minutes', 'minute'], ['hour', 'hour'], ['hours', 'hour'],
  ['day', 'day'], ['days', 'day'], ['week', 'week'], ['weeks', 'week'], ['weekend', 'weekend'], ['weekends', 'weekend'],
  ['month', 'month'], ['months', 'month'], ['quarter', 'quarter'], ['quarters', 'quarter'], ['year', 'year'], ['years', 'year'],
  ['decade', 'decade'], ['decades', 'decade'], ['century', 'century'], ['centuries', 'century'],
]);

export const MONTH_NAMES: ReadonlyMap<string, number> = new Map([
  ['january', 1], ['jan', 1], ['february', 2], ['feb', 2], ['march', 3], ['mar', 3], ['april', 4], ['apr', 4],
  ['may', 5], ['june', 6], ['jun', 6], ['july', 7], ['jul', 7], ['august', 8], ['aug', 8], ['september', 9],
  ['sept', 9], ['sep', 9], ['october', 10], ['oct', 10], ['november', 11], ['nov', 11], ['december', 12], ['dec', 12],
]);

/** ISO weekday numbers (Monday 1 … Sunday 7). */
export const WEEKDAY_NAMES: ReadonlyMap<string, number> = new Map([
  ['monday', 1], ['tuesday', 2], ['wednesday', 3], ['thursday', 4], ['friday', 5], ['saturday', 6], ['sunday', 7],
]);

/** Seasons → TIMEX3 season codes. */
export const SEASON_NAMES: ReadonlyMap<string, 'SP' | 'SU' | 'FA' | 'WI'> = new Map([
  ['spring', 'SP'], ['summer', 'SU'], ['fall', 'FA'], ['autumn', 'FA'], ['winter', 'WI'],
]);

/** Parts of the day → TIMEX3 codes. */
export const PART_OF_DAY: ReadonlyMap<string, 'MO' | 'MI' | 'AF' | 'EV' | 'NI' | 'DT'> = new Map([
  ['morning', 'MO'], ['afternoon', 'AF'], ['evening', 'EV'], ['night', 'NI'], ['overnight', 'NI'],
  ['midday', 'MI'], ['daytime', 'DT'],
]);

/** Clock times named by a word → 24-hour time (TIMEX3 writes midnight as the day's end, 24:00). */
export const CLOCK_WORDS: ReadonlyMap<string, string> = new Map([['noon', '12:00'], ['midday', '12:00'], ['midnight', '24:00']]);

/** Days named relative to now → offset in days (tonight is today's night). */
export const RELATIVE_DAYS: ReadonlyMap<string, -1 | 0 | 1> = new Map([['yesterday', -1], ['today', 0], ['tonight', 0], ['tomorrow', 1]]);

/** Words that say where on the calendar relative to now: last week, next year, this month. */
export const RELATIVE_DIRECTIONS: ReadonlyMap<string, -1 | 0 | 1> = new Map([
  ['last', -1], ['past', -1], ['previous', -1], ['this', 0], ['current', 0], ['next', 1], ['coming', 1], ['upcoming', 1],
]);

/** Reference words and phrases → TIMEX3 value. Longest phrases first when matching. */
export const REFERENCE_WORDS: ReadonlyMap<string, 'PRESENT_REF' | 'PAST_REF' | 'FUTURE_REF'> = new Map([
  ['now', 'PRESENT_REF'], ['currently', 'PRESENT_REF'], ['current', 'PRESENT_REF'],
  ['nowadays', 'PRESENT_REF'], ['these days', 'PRESENT_REF'], ['at present', 'PRESENT_REF'], ['the present', 'PRESENT_REF'],
  ['at the moment', 'PRESENT_REF'],
  ['recently', 'PAST_REF'], ['lately', 'PAST_REF'], ['the past', 'PAST_REF'], ['recent years', 'PAST_REF'],
  ['recent decades', 'PAST_REF'],
  ['the future', 'FUTURE_REF'], ['the near future', 'FUTURE_REF'],
  ['the near term', 'FUTURE_REF'], ['the short term', 'FUTURE_REF'], ['the long term', 'FUTURE_REF'], ['someday', 'FUTURE_REF'],
]);

/** Modifiers before a time and the TIMEX3 mod they carry. */
export const MODIFIERS: ReadonlyMap<string, string> = new Map([
  ['about', 'APPROX'], ['around', 'APPROX'], ['roughly', 'APPROX'], ['approximately', 'APPROX'], ['some', 'APPROX'],
  ['nearly', 'LESS_THAN'], ['almost', 'LESS_THAN'], ['less than', 'LESS_THAN'], ['under', 'LESS_THAN'], ['fewer than', 'LESS_THAN'],
  ['more than', 'MORE_THAN'], ['upwards of', 'MORE_THAN'], ['longer than', 'MORE_THAN'],
  ['at least', 'EQUAL_OR_MORE'], ['no less than', 'EQUAL_OR_MORE'], ['at most', 'EQUAL_OR_LESS'], ['up to', 'EQUAL_OR_LESS'],
  ['no more than', 'EQUAL_OR_LESS'],
  ['early', 'START'], ['earlier', 'START'], ['early on', 'START'], ['earlier on', 'START'], ['late on', 'END'], ['later on', 'END'], ['the beginning of', 'START'], ['the start of', 'START'], ['the early', 'START'],
  ['beginning of', 'START'], ['start of', 'START'],
  ['mid', 'MID'], ['mid-', 'MID'], ['the middle of', 'MID'], ['middle of', 'MID'], ['the mid', 'MID'], ['the mid-', 'MID'],
  ['late', 'END'], ['later', 'END'], ['the end of', 'END'], ['end of', 'END'], ['the late', 'END'], ['the close of', 'END'],
]);

/** Modifiers that only make sense before an amount of time (a duration), not before a date. */
export const AMOUNT_MODIFIERS: ReadonlySet<string> = new Set([
  'about', 'around', 'roughly', 'approximately', 'some', 'nearly', 'almost', 'less than', 'under', 'fewer than', 'more than',
  'upwards of', 'longer than', 'at least', 'no less than', 'at most', 'up to', 'no more than',
]);

/** Fixed-date holidays (month, day). */
export const FIXED_HOLIDAYS: ReadonlyMap<string, [number, number]> = new Map([
  ["new year's day", [1, 1]], ["new year's eve", [12, 31]], ['christmas', [12, 25]], ['christmas day', [12, 25]],
  ['christmas eve', [12, 24]], ['boxing day', [12, 26]], ["valentine's day", [2, 14]], ['independence day', [7, 4]],
  ['halloween', [10, 31]], ['bastille day', [7, 14]], ['veterans day', [11, 11]], ['armistice day', [11, 11]],
  ['may day', [5, 1]],
]);

/** Holidays on the nth weekday of a month: [month, ISO weekday, n] (n = -1: last). */
export const WEEKDAY_HOLIDAYS: ReadonlyMap<string, [number, number, number]> = new Map([
  ['thanksgiving', [11, 4, 4]], ['thanksgiving day', [11, 4, 4]], ['labor day', [9, 1, 1]], ['memorial day', [5, 1, -1]],
  ["mother's day", [5, 7, 2]], ["father's day", [6, 7, 3]], ['martin luther king day', [1, 1, 3]], ["presidents' day", [2, 1, 3]],
  ['election day', [11, 2, 1]],
]);

/** Adverbs and adjectives of frequency → TIMEX3 SET value. */
export const FREQUENCY_WORDS: ReadonlyMap<string, string> = new Map([
  ['daily', 'P1D'], ['nightly', 'P1D'], ['weekly', 'P1W'], ['biweekly', 'P2W'], ['monthly', 'P1M'],
  ['yearly', 'P1Y'], ['hourly', 'PT1H'], ['semiannually', 'P6M'], ['biannually', 'P6M'],
]);

/** Nouns counted after a number that show the number is not a year ("1996 votes"). */
export const COUNTED_NOUNS: ReadonlySet<string> = new Set([
  'people', 'persons', 'votes', 'voters', 'shares', 'troops', 'soldiers', 'points', 'feet', 'foot', 'meters', 'metres', 'miles',
  'kilometers', 'kilometres', 'yards', 'tons', 'tonnes', 'barrels', 'cars', 'vehicles', 'jobs', 'employees', 'workers', 'members',
  'students', 'children', 'men', 'women', 'homes', 'houses', 'units', 'copies', 'pounds', 'dollars', 'euros', 'yen', 'acres',
  'seats', 'cases', 'deaths', 'victims', 'refugees', 'prisoners', 'delegates', 'residents', 'families', 'companies', 'rounds',
  'hectares', 'km', 'kg', 'lbs', 'mph', 'ft', 'square', 'cubic', 'per', 'percent', 'times', 'stores', 'flights', 'passengers',
]);

/** Words that make a weekday part of a name ("Good Friday", "Super Tuesday", "Black Monday"). */
export const NAMED_DAY_WORDS: ReadonlySet<string> = new Set([
  'good', 'black', 'super', 'ash', 'holy', 'bloody', 'cyber', 'palm', 'maundy', 'shrove', 'fat', 'easter', 'blue', 'giving', 'small',
]);

/** Words before a number that make it a label, not a year ("Flight 1990", "Resolution 1441"). */
export const NUMBER_LABELS: ReadonlySet<string> = new Set([
  'flight', 'route', 'highway', 'interstate', 'room', 'page', 'pages', 'no', 'number', 'model', 'version', 'article', 'section',
  'resolution', 'rule', 'chapter', 'suite', 'apartment', 'unit', 'bus', 'train', 'gate', 'platform', 'code', 'form', 'bill', 'act',
  'paragraph', 'clause', 'item', 'exhibit', 'box', 'lot', 'line', 'building', 'block', 'district', 'ward', 'precinct',
]);

/** Words after a four-digit number that make it a clock time ("1700 GMT"). */
export const CLOCK_SUFFIXES: ReadonlySet<string> = new Set(['gmt', 'utc', 'hours', 'hrs', 'hr', 'local', 'est', 'edt', 'cet', 'bst', 'zulu']);

/** Nouns before "of the year" that make it a title ("player of the year"), not the reporting year. */
export const AWARD_NOUNS: ReadonlySet<string> = new Set([
  'man', 'woman', 'person', 'player', 'athlete', 'coach', 'manager', 'rookie', 'team', 'car', 'album', 'song', 'record', 'book',
  'film', 'movie', 'word', 'artist', 'entertainer', 'executive', 'entrepreneur', 'teacher', 'driver', 'horse', 'comeback', 'goal',
  'play', 'story', 'photo', 'picture', 'event',
]);

/**
 * How a plan marker is read in a clause:
 * - `modal`: the word itself ("will resume Tuesday");
 * - `frame`: the word before "to" + verb ("planned to visit Monday", "was due to land Friday");
 * - `object-frame`: a verb with an object before "to" + verb ("expect the slump to last into the fourth quarter");
 * - `schedule`: a participle that puts its own time ahead ("scheduled Thursday");
 * - `progressive`: a form of "be" before a verb in -ing ("was sending supplies on Monday").
 */
export type PlanKind = 'modal' | 'frame' | 'object-frame' | 'schedule' | 'progressive';

/** Words that make the clause a plan, so a bare weekday in it is the coming one. */
export interface PlanMarker {
  id: string;
  kind: PlanKind;
  words: readonly string[];
}

/**
 * Plan markers: a clause with one of these tells of an arrangement, even when reported in the
 * past ("said it was sending supplies on Monday", "said the plane would land Friday"): its
 * weekday is the next one, not the one before. Checked in the time's own clause only.
 */
export const PLAN_MARKERS: readonly PlanMarker[] = [
  { id: 'times.plan.modal', kind: 'modal', words: ['will', "'ll", 'shall', 'would', "'d"] },
  // "is to resume", "was to meet"
  { id: 'times.plan.be-to', kind: 'frame', words: ['is', 'are', 'am', 'be', 'was', 'were'] },
  { id: 'times.plan.going-to', kind: 'frame', words: ['going'] },
  { id: 'times.plan.intent', kind: 'frame', words: ['plan', 'plans', 'planned', 'planning', 'intend', 'intends', 'intended', 'aim', 'aims', 'hope', 'hopes', 'want', 'wants', 'seek', 'seeks'] },
  { id: 'times.plan.schedule-to', kind: 'frame', words: ['expect', 'expects', 'expected', 'schedule', 'scheduled', 'set', 'due'] },
  {
    id: 'times.plan.commitment',
    kind: 'frame',
    words: [
      'agree', 'agrees', 'agreed', 'promise', 'promises', 'promised', 'pledge', 'pledges', 'pledged', 'vow', 'vows', 'vowed',
      'threaten', 'threatens', 'threatened', 'prepare', 'prepares', 'prepared', 'preparing', 'ready', 'decide', 'decides', 'decided',
    ],
  },
  { id: 'times.plan.expect-object-to', kind: 'object-frame', words: ['expect', 'expects', 'expected', 'expecting', 'want', 'wants', 'forecast', 'forecasts', 'need', 'needs'] },
  // "scheduled Thursday", "postponed until Tuesday", "slated for May"
  { id: 'times.plan.scheduled', kind: 'schedule', words: ['scheduled', 'rescheduled', 'slated', 'postponed', 'adjourned'] },
  // a progressive told of a day is an arrangement: "is meeting Tuesday", "were flying home Friday"
  { id: 'times.plan.progressive', kind: 'progressive', words: ['is', 'are', 'am', 'was', 'were'] },
];

/** -ing words after "be" that describe a state, not a progressive ("was missing", "is willing"). */
export const STATIVE_ING: ReadonlySet<string> = new Set([
  'missing', 'willing', 'unwilling', 'outstanding', 'pending', 'ongoing', 'interesting', 'surprising', 'disappointing',
  'encouraging', 'promising', 'worrying', 'amazing', 'shocking', 'lacking', 'booming', 'thriving', 'struggling', 'existing',
  'remaining', 'underlying', 'leading', 'living', 'boring', 'confusing', 'misleading', 'alarming', 'troubling',
  'being', 'charming', 'compelling', 'demanding', 'exciting', 'frustrating', 'satisfying', 'staggering', 'striking',
]);

/**
 * -ing activities a progressive tells as under way, never as an arrangement: "police were
 * investigating the attack on Sunday" is about Sunday's attack, not a plan for next Sunday
 * (against "was closing the plant on Friday", "is flying home Tuesday").
 */
export const ONGOING_ING: ReadonlySet<string> = new Set([
  'investigating', 'probing', 'examining', 'studying', 'reviewing', 'assessing', 'evaluating', 'checking', 'monitoring',
  'watching', 'looking', 'searching', 'seeking', 'hunting', 'waiting', 'trying', 'working', 'fighting',
  'considering', 'weighing', 'analysing', 'analyzing', 'questioning', 'treating', 'tracking', 'tracing', 'documenting',
]);

/** Words before a season that look ahead to it ("before the summer travel season", "ahead of the winter"): the coming one. */
export const SEASON_AHEAD_CUES: readonly string[] = ['before', 'ahead of', 'prior to', 'until', 'till', 'in time for', 'in preparation for', 'in the run-up to'];

/** A fact about verb forms the tagger misreads, for reading a clause's tense, with its rule id. */
export interface VerbFormRule {
  id: string;
  words: readonly string[];
}

/**
 * Past-tense forms the tagger takes for nouns or names ("prices rose", "the rally drew
 * thousands"): after a subject they are the past of the verb.
 */
export const PAST_FORMS_READ_AS_NOUNS: VerbFormRule = { id: 'times.tense.past-form', words: ['rose', 'drew', 'bore', 'swore', 'wove', 'strove'] };

/**
 * Verbs whose past is the bare form ("set", "cut", "hit"): after he, she, it or a singular noun
 * the bare form is past ("the company set Friday as the deadline"; the present would be
 * "sets"); after any other subject the form says nothing of the tense.
 */
export const INVARIANT_PAST_VERBS: VerbFormRule = {
  id: 'times.tense.invariant-past',
  words: [
    'bet', 'bid', 'broadcast', 'burst', 'cast', 'cost', 'cut', 'forecast', 'hit', 'hurt', 'let', 'put', 'quit', 'set', 'shed',
    'shut', 'split', 'spread', 'thrust', 'upset', 'offset', 'reset', 'outbid', 'undercut', 'beat', 'read', 'fit', 'rid',
  ],
};

/** Verbs that take a participle or adjective after them ("gets paid", "remains closed"): no subject before a past verb. */
export const LINKING_VERBS: ReadonlySet<string> = new Set([
  'get', 'gets', 'got', 'have', 'has', 'had', 'seem', 'seems', 'look', 'looks', 'feel', 'feels', 'become', 'becomes', 'remain',
  'remains', 'stay', 'stays', 'sound', 'sounds', 'appear', 'appears', 'keep', 'keeps', 'need', 'needs', 'want', 'wants',
]);
