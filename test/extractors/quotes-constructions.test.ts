import { describe, it, expect } from 'vitest';
import { createDocument } from '../../src/document.js';
import { extractActors } from '../../src/extractors/actors.js';
import { analyzeQuotes } from '../../src/extractors/quotes.js';

/** Attribution constructions of wire stories: invented sentences, rows that fire and rows that must not. */
const LEAD = 'Reporting by staff.\n\n';

interface Expected {
  text: string;
  speaker: string | null;
  cue: string | null;
}

type Row = [name: string, body: string, expected: Expected[]];

function analyze(body: string) {
  const text = LEAD + body;
  const doc = createDocument({ id: 't', source: 't', text });
  const actors = extractActors(doc);
  return { text, actors, quotes: analyzeQuotes(doc, actors).quotes };
}

function quotesOf(body: string): Expected[] {
  const { text, quotes } = analyze(body);
  return quotes.map((q) => ({ text: q.text, speaker: q.speaker?.text ?? null, cue: q.cue ? text.slice(q.cue.start, q.cue.end) : null }));
}

/** The name of the actor each quote's speaker resolves to. */
function speakerActors(body: string): (string | null)[] {
  const { actors, quotes } = analyze(body);
  const byId = new Map(actors.map((a) => [a.id, a.name]));
  return quotes.map((q) => (q.speaker?.actor ? (byId.get(q.speaker.actor) ?? null) : null));
}

/** "criticised by X for Y": the judged subject with its reason is the content; the agent never runs past "for". */
const JUDGED_PASSIVE: Row[] = [
  [
    'criticised by doctors for a reason',
    'Health Secretary Jane Roe has been criticised by doctors for mixed messages about the vaccine.',
    [{ text: 'Health Secretary Jane Roe has been criticised by doctors for mixed messages about the vaccine', speaker: 'doctors', cue: 'criticised' }],
  ],
  [
    'criticized for a reason, no agent',
    'Ferry operators have been criticized for not posting revised winter timetables.',
    [{ text: 'Ferry operators have been criticized for not posting revised winter timetables', speaker: null, cue: 'criticized' }],
  ],
  [
    'a spokesman for a party stays the agent',
    'He was criticized by a spokesman for the party for his remarks.',
    [{ text: 'He was criticized by a spokesman for the party for his remarks', speaker: 'a spokesman for the party', cue: 'criticized' }],
  ],
  ['a judging verb with neither agent nor reason attributes nothing', 'The plan was criticised.', []],
];

/** A relative clause closed by a comma: the main verb after it is the cue, the antecedent the speaker, never "which". */
const AFTER_RELATIVE_CLAUSE: Row[] = [
  [
    'condemned after a relative clause (the tagger calls it an adjective)',
    'Washington, which has a mutual defence treaty with Manila, condemned China\'s "escalatory and irresponsible actions".',
    [{ text: 'China\'s "escalatory and irresponsible actions"', speaker: 'Washington, which has a mutual defence treaty with Manila', cue: 'condemned' }],
  ],
  [
    'a relative clause that is itself the attribution keeps its pronoun',
    'The company, which said last year it would expand, cut 300 jobs.',
    [{ text: 'it would expand', speaker: 'which', cue: 'said' }],
  ],
  ['a non-cue verb after a relative clause is no attribution', 'The city, which has a large port, grew quickly after the war.', []],
];

describe('quotes: a passive of judging (quotes.reported.passive-judged)', () => {
  it.each(JUDGED_PASSIVE)('%s', (_name, body, expected) => expect(quotesOf(body)).toEqual(expected));
});

describe('quotes: the main verb after a relative clause', () => {
  it.each(AFTER_RELATIVE_CLAUSE)('%s', (_name, body, expected) => expect(quotesOf(body)).toEqual(expected));
});

describe('quotes: speakers that look like pronouns or run across names', () => {
  it('"The WHO" is the organization, not a relative pronoun pointing back', () => {
    const body = 'The World Health Organization (WHO) warned of measles. Jane Roe has been criticised by doctors for mixed messages. The WHO recommends two doses of measles vaccine for every child.';
    expect(quotesOf(body).at(-1)).toEqual({ text: 'two doses of measles vaccine for every child', speaker: 'The WHO', cue: 'recommends' });
    expect(speakerActors(body).at(-1)).toBe('World Health Organization');
  });

  it('"who" in lower case still points back to its antecedent', () => {
    expect(quotesOf('He hired an architect who said he was never paid for the clubhouse.')).toEqual([
      { text: 'he was never paid for the clubhouse', speaker: 'who', cue: 'said' },
    ]);
  });

  it.each([
    ['observers from an organization whose name holds "in"', 'Observers from the Organization for Security and Co-operation in Europe said the vote was competitive.', 'Observers from the Organization for Security and Co-operation in Europe'],
    ['two names joined by "and"', 'The World Health Organization and UNICEF said the cases rose.', 'The World Health Organization and UNICEF'],
    ['researchers at a university', 'Researchers at Harvard University said the drug worked.', 'Researchers at Harvard University'],
    ['a time word is no organization', 'Officials in March said the plan would fail.', 'Officials'],
  ])('%s', (_name, body, speaker) => {
    expect(quotesOf(body)[0]?.speaker).toBe(speaker);
  });

  it('the OSCE observers resolve to the OSCE, not to Europe', () => {
    expect(speakerActors('Observers from the Organization for Security and Co-operation in Europe said the vote was competitive.')).toEqual([
      'Organization for Security and Co-operation in Europe',
    ]);
  });
});

/** Subjects the tagger makes hard to see before a plain "said". */
const PLAIN_SAID: Row[] = [
  ['a name the tagger calls an adjective', 'Brisk said she has sailed with both crews.', [{ text: 'she has sailed with both crews', speaker: 'Brisk', cue: 'said' }]],
  ['a share of people', 'One in three said the party does not care and one in four said it was hostile.', [
    { text: 'the party does not care', speaker: 'One in three', cue: 'said' },
    { text: 'it was hostile', speaker: 'one in four', cue: 'said' },
  ]],
  ['those surveyed', 'Again, those surveyed said Draval was best equipped to manage the deficit.', [{ text: 'Draval was best equipped to manage the deficit', speaker: 'those surveyed', cue: 'said' }]],
  ['a discourse aside between subject and verb', 'Pellack, though, said she is with Marsden.', [{ text: 'she is with Marsden', speaker: 'Pellack', cue: 'said' }]],
  ['an -ed adjective inside an apposition', 'Tobin Vasey, another unaligned Democratic pollster, said there are risks for Harlow.', [
    { text: 'there are risks for Harlow', speaker: 'Tobin Vasey, another unaligned Democratic pollster', cue: 'said' },
  ]],
  ['"has long said"', 'Ostrander has long said that she qualifies as a first-time buyer.', [{ text: 'that she qualifies as a first-time buyer', speaker: 'Ostrander', cue: 'said' }]],
  ['a question after the cue', 'Regulators have not said when they would rule on the merger.', [{ text: 'when they would rule on the merger', speaker: 'Regulators', cue: 'said' }]],
  ['a hyphenated first word of the clause', 'Ilse Marrow said cross-border rail can unite farmers.', [{ text: 'cross-border rail can unite farmers', speaker: 'Ilse Marrow', cue: 'said' }]],
  ['an apposition with a finite verb is still no subject', 'The plan, which voters rejected, passed, officials said.', [{ text: 'The plan, which voters rejected, passed', speaker: 'officials', cue: 'said' }]],
  ['a share with no cue attributes nothing', 'One in three voters stayed home on Tuesday.', []],
];

describe('quotes: plain "said" with subjects the tagger hides', () => {
  it.each(PLAIN_SAID)('%s', (_name, body, expected) => expect(quotesOf(body)).toEqual(expected));
});

/** Subjects with several appositions, asides and parentheses before the cue; short answers after it. */
const LONG_SUBJECTS: Row[] = [
  ['two appositions, the second with a participle', 'Dana Kurtz, treasurer of the Meadow Fund, a civic group allied with county mayors, said members were restless.', [
    { text: 'members were restless', speaker: 'Dana Kurtz, treasurer of the Meadow Fund, a civic group allied with county mayors', cue: 'said' },
  ]],
  ['a state code, then a compound adjective', 'Sen. Maren Tolk, D-N.M., a first-term budget hawk, said Pradell was underselling the reform.', [
    { text: 'Pradell was underselling the reform', speaker: 'Sen. Maren Tolk, D-N.M., a first-term budget hawk', cue: 'said' },
  ]],
  ['an apposition with "whose"', 'Orla Penhale, a former union organiser, whose family runs a bakery, said the members were restless.', [
    { text: 'the members were restless', speaker: 'Orla Penhale, a former union organiser, whose family runs a bakery', cue: 'said' },
  ]],
  ['an age alone', 'Oduya Renn, 64, said it was too soon to name a successor.', [{ text: 'it was too soon to name a successor', speaker: 'Oduya Renn, 64', cue: 'said' }]],
  ['a subordinate aside is skipped', 'Halvorsen, after the leak emerged in June, initially said that there was no missing data.', [
    { text: 'that there was no missing data', speaker: 'Halvorsen', cue: 'said' },
  ]],
  ['an opening phrase is no head', 'In Iowa, the senator, a Republican, said the race was close.', [{ text: 'the race was close', speaker: 'the senator, a Republican', cue: 'said' }]],
  ['a parenthesis then a comma', 'Sen. Idris Calloway (D-N.H.), said after a caucus dinner that he had not seen the memo.', [{ text: 'that he had not seen the memo', speaker: 'Sen. Idris Calloway (D-N.H.)', cue: 'said' }]],
  ['a quantifier', 'Some were uneasy about the harvest; most said they were quite uneasy.', [{ text: 'they were quite uneasy', speaker: 'most', cue: 'said' }]],
  ['"for weeks" after the cue', 'Brannigan has said for weeks she is the sole contender able to govern.', [{ text: 'she is the sole contender able to govern', speaker: 'Brannigan', cue: 'said' }]],
  ['one-word answers', 'Asked about it, 61 percent of renters said yes while 37 percent said no.', [
    { text: 'yes', speaker: '61 percent of renters', cue: 'said' },
    { text: 'no', speaker: '37 percent', cue: 'said' },
  ]],
  ['a one-word object that is no answer stays out', 'He said nothing.', []],
  ['a list of places before the verb is no apposition', 'Prices rose in Paris, London, Rome, officials said.', [{ text: 'Prices rose in Paris, London, Rome', speaker: 'officials', cue: 'said' }]],
];

describe('quotes: long subjects and short answers', () => {
  it.each(LONG_SUBJECTS)('%s', (_name, body, expected) => expect(quotesOf(body)).toEqual(expected));
});

describe('quotes: a title-case first line ending in a full stop is a headline', () => {
  const cuesOf = (text: string) => {
    const doc = createDocument({ id: 't', source: 't', text });
    return analyzeQuotes(doc, extractActors(doc)).quotes.map((q) => `${q.speaker?.text ?? ''}|${q.cue?.text ?? ''}|${q.text}`);
  };
  it('"Trump Says He …." is attributed', () => {
    expect(cuesOf('Mayor Says She Will Not Close Library.\n\nThe story goes on here.')).toEqual(['Mayor|Says|She Will Not Close Library']);
  });
  it('a first sentence in sentence case keeps "Says" a name word', () => {
    expect(cuesOf('The Foreign Office Says unit was closed in June.\n\nThe story goes on here.')).toEqual([]);
  });
});

/** "Asked …," opening a sentence; a cue coordinated with the sentence's first verb. */
const ASKED_AND_COORDINATED: Row[] = [
  ['"Asked if" opens the sentence', 'Asked if she was ever stranded, the skipper said no.', [
    { text: 'if she was ever stranded', speaker: null, cue: 'Asked' },
    { text: 'no', speaker: 'the skipper', cue: 'said' },
  ]],
  ['"Asked by X to" names the asker', 'Asked by anglers to explain the closure, Wendt declined.', [
    { text: 'to explain the closure', speaker: 'anglers', cue: 'Asked' },
  ]],
  ['"asked" with an object is no opener', 'Police asked residents to stay indoors.', [{ text: 'residents to stay indoors', speaker: 'Police', cue: 'asked' }]],
  ['a cue coordinated past a quote takes the first verb\'s subject', 'She describes herself as "firmly pro-business" and has said that she lent money to the council.', [
    { text: 'herself as "firmly pro-business"', speaker: 'She', cue: 'describes' },
    { text: 'that she lent money to the council', speaker: 'She', cue: 'said' },
  ]],
  ['"Asked," with no question attributes nothing', 'Asked, the spokesman shrugged and walked away.', []],
];

describe('quotes: "Asked …" openers and coordinated cues', () => {
  it.each(ASKED_AND_COORDINATED)('%s', (_name, body, expected) => expect(quotesOf(body)).toEqual(expected));
});

/** Records that show, transcript lines, and "As X said, …". */
const EVIDENCE_TRANSCRIPT_AS: Row[] = [
  ['"…, records show."', 'Voss has not leased any other warehouse, Port Authority records show.', [
    { text: 'Voss has not leased any other warehouse', speaker: 'Port Authority records', cue: 'show' },
  ]],
  ['"a slide shows that …"', 'Costs rose. Another chart shows that six of 10 lemons are picked in Quarvia.', [
    { text: 'that six of 10 lemons are picked in Quarvia', speaker: 'Another chart', cue: 'shows' },
  ]],
  ['"shows that are …" is a relative clause', 'The theater sold tickets for shows that are popular.', []],
  ['a transcript line', 'Harlow: Frankly, the forecast is grim.', [{ text: 'Frankly, the forecast is grim', speaker: 'Harlow', cue: ':' }]],
  ['a label is no speaker', 'Note: This story was updated with new figures.', []],
  ['a picture caption is no speaker', 'The dam held.\n\nPictured: The new bridge opens to traffic.', []],
  ['"As X said," opening the sentence', "As the club's treasurer said, the two seasons have become more costly.", [
    { text: 'the two seasons have become more costly', speaker: "the club's treasurer", cue: 'said' },
  ]],
  ['", as X said," inside the sentence attributes the clause before it', 'The plan failed, as Smith said, because costs rose.', [
    { text: 'The plan failed', speaker: 'Smith', cue: 'said' },
  ]],
];

describe('quotes: evidence verbs, transcript lines and "As X said,"', () => {
  it.each(EVIDENCE_TRANSCRIPT_AS)('%s', (_name, body, expected) => expect(quotesOf(body)).toEqual(expected));
});

/** The writer's "seems" and "appears": a judgement attributed to no one named. */
const SEEMING: Row[] = [
  ['"appears to" with its subject', 'Enthusiasm for the ferry appears to have faded since 2019.', [
    { text: 'Enthusiasm for the ferry appears to have faded since 2019', speaker: null, cue: 'appears' },
  ]],
  ['"it appeared that" leaves "it" out', 'Instead, it appeared that Velloso had sent a ripple of unease through the committee.', [
    { text: 'that Velloso had sent a ripple of unease through the committee', speaker: null, cue: 'appeared' },
  ]],
  ['appearing on television is no judgement', 'He appeared on Fox News on Sunday night.', []],
  ['"seemed" with a bare adjective is left alone', 'The crowd seemed calm.', []],
];

describe('quotes: seeming and appearing (quotes.reported.seeming)', () => {
  it.each(SEEMING)('%s', (_name, body, expected) => expect(quotesOf(body)).toEqual(expected));
});

/** Viewing something as something. */
const VIEWED_AS: Row[] = [
  ['"see X as Y"', 'Three in 10 residents see the platform of Oren Falk as most harmful.', [
    { text: 'the platform of Oren Falk as most harmful', speaker: 'Three in 10 residents', cue: 'see' },
  ]],
  ['seeing someone is no view', 'Dozens of fans are queueing to see Marek in Quarvia.', []],
  ['"as" opening a clause is no view', 'We saw him at the rally as it ended.', []],
];

describe('quotes: verbs of viewing with "as"', () => {
  it.each(VIEWED_AS)('%s', (_name, body, expected) => expect(quotesOf(body)).toEqual(expected));
});

/** A stance verb whose object is one name. */
const NAMED_OBJECT: Row[] = [
  ['"endorsed Clinton"', 'He endorsed Clinton on Tuesday morning.', [{ text: 'Clinton on Tuesday morning', speaker: 'He', cue: 'endorsed' }]],
  ['a name alone closing the sentence', 'She criticised Obama.', [{ text: 'Obama', speaker: 'She', cue: 'criticised' }]],
  ['a speech verb with a name alone is no statement', 'He told Reuters.', []],
  ['a verb outside the cue lexicons attributes nothing', 'They met Obama.', []],
];

describe('quotes: a stance verb with a name as its object', () => {
  it.each(NAMED_OBJECT)('%s', (_name, body, expected) => expect(quotesOf(body)).toEqual(expected));
});

describe('quotes: a name that ends in an abbreviation\'s full stop', () => {
  it('"Armed Forces chief General Romeo Brawner Jr. said" resolves to the person, not the organization', () => {
    expect(speakerActors('Armed Forces chief General Romeo Brawner Jr. said his troops would not be intimidated.')).toEqual(['Romeo Brawner Jr.']);
  });
  it('an organization alone before the cue still resolves to it', () => {
    expect(speakerActors('The Armed Forces said its troops would not be intimidated.')).toEqual(['Armed Forces']);
  });
});

/** Where a reported clause stops so that an attribution inside its tail is found on its own. */
const CLAUSE_TAILS: Row[] = [
  ['", which he said …" starts an attribution of its own', 'He railed against donors, which he said were after favors.', [
    { text: 'against donors', speaker: 'He', cue: 'railed' },
    { text: 'were after favors', speaker: 'he', cue: 'said' },
  ]],
  ['", which …" with no cue stays in the clause', 'Officials said the plant, which opened in 1990, would close.', [
    { text: 'the plant, which opened in 1990, would close', speaker: 'Officials', cue: 'said' },
  ]],
  ['", encouraging …" ends the clause', 'Garrow questioned the accuracy of the tide tables, encouraging his crew to check the charts.', [
    { text: 'the accuracy of the tide tables', speaker: 'Garrow', cue: 'questioned' },
    { text: 'his crew to check the charts', speaker: 'Garrow', cue: 'encouraging' },
  ]],
  ['", -ing" of a verb outside the lexicons stays in the clause', 'Officials said prices rose, reaching a record in May.', [
    { text: 'prices rose, reaching a record in May', speaker: 'Officials', cue: 'said' },
  ]],
];

describe('quotes: where a reported clause stops', () => {
  it.each(CLAUSE_TAILS)('%s', (_name, body, expected) => expect(quotesOf(body)).toEqual(expected));
});
