import { describe, it, expect } from 'vitest';
import { createDocument } from '../../src/document.js';
import { extractActors } from '../../src/extractors/actors.js';
import { analyzeQuotes } from '../../src/extractors/quotes.js';

/** A lead paragraph keeps the test sentence out of the headline slot. */
const LEAD = 'Reporting by staff.\n\n';

function quotesOf(body: string) {
  const text = LEAD + body;
  const doc = createDocument({ id: 't', source: 't', text });
  const result = analyzeQuotes(doc, extractActors(doc));
  for (const q of result.quotes) expect(text.slice(q.start, q.end)).toBe(q.text);
  return result;
}

interface Expected {
  text: string;
  kind: 'direct' | 'indirect' | 'mixed';
  speaker: string | null;
  cue: string | null;
  fragments?: number;
}

type Row = [name: string, body: string, expected: Expected[]];

const DIRECT: Row[] = [
  ['straight marks, speaker then cue', '"We will appeal the ruling," the company said.', [{ text: '"We will appeal the ruling,"', kind: 'direct', speaker: 'the company', cue: 'said' }]],
  ['cue then speaker with apposition', '"We will appeal," said John Smith, a spokesman for the firm.', [{ text: '"We will appeal,"', kind: 'direct', speaker: 'John Smith', cue: 'said' }]],
  ['curly marks, hearer after cue', '\u201cThe plan is dead,\u201d Smith told reporters.', [{ text: '\u201cThe plan is dead,\u201d', kind: 'direct', speaker: 'Smith', cue: 'told' }]],
  ['guillemets', '\u00abWe will win,\u00bb the minister said.', [{ text: '\u00abWe will win,\u00bb', kind: 'direct', speaker: 'the minister', cue: 'said' }]],
  ['single curly marks', '\u2018We are not going anywhere,\u2019 the chairman said.', [{ text: '\u2018We are not going anywhere,\u2019', kind: 'direct', speaker: 'the chairman', cue: 'said' }]],
  ['abbreviated title in speaker', '"Turnout will decide it," Sen. Mary Jones said Monday.', [{ text: '"Turnout will decide it,"', kind: 'direct', speaker: 'Sen. Mary Jones', cue: 'said' }]],
  ['nested single inside double', '\u201cHe told me, \u2018Leave now,\u2019 and I left,\u201d Jones said.', [{ text: '\u201cHe told me, \u2018Leave now,\u2019 and I left,\u201d', kind: 'direct', speaker: 'Jones', cue: 'said' }]],
  ['interrupted by the attribution', '\u201cThe first part,\u201d she said, \u201cand the second part.\u201d', [{ text: '\u201cThe first part,\u201d she said, \u201cand the second part.\u201d', kind: 'direct', speaker: 'she', cue: 'said', fragments: 2 }]],
  ['next sentence of the same speaker', '\u201cFirst sentence here,\u201d she said. \u201cSecond sentence here.\u201d', [{ text: '\u201cFirst sentence here,\u201d she said. \u201cSecond sentence here.\u201d', kind: 'direct', speaker: 'she', cue: 'said', fragments: 2 }]],
  ['colon introduces the quote', 'The minister added: \u201cThis is a political attack.\u201d', [{ text: '\u201cThis is a political attack.\u201d', kind: 'direct', speaker: 'The minister', cue: 'added' }]],
  ['coordinated cue takes the first verb\u2019s subject', 'Musk later shared the post and added: \u201cThis is a political attack.\u201d', [{ text: '\u201cThis is a political attack.\u201d', kind: 'direct', speaker: 'Musk', cue: 'added' }]],
  ['dash attribution', '\u201cWe need change.\u201d \u2015 Maria Lopez', [{ text: '\u201cWe need change.\u201d', kind: 'direct', speaker: 'Maria Lopez', cue: '\u2015' }]],
  ['dash attribution with a no-break space', '\u201cWe need change.\u201d \u2015\u00a0Maria Lopez', [{ text: '\u201cWe need change.\u201d', kind: 'direct', speaker: 'Maria Lopez', cue: '\u2015' }]],
  [
    'a quote on the line after a dash attribution stands alone',
    'A first line of the list that is long enough to be a paragraph of its own, as lists of reader comments are.\n\u201cWe need change now.\u201d \u2015\u00a0Maria Lopez\n\u201cNo more of this.\u201d \u2015\u00a0Jorge Falcon',
    [
      { text: '\u201cWe need change now.\u201d', kind: 'direct', speaker: 'Maria Lopez', cue: '\u2015' },
      { text: '\u201cNo more of this.\u201d', kind: 'direct', speaker: 'Jorge Falcon', cue: '\u2015' },
    ],
  ],
  ['transcript speaker', '"SMITH: We are ready."', [{ text: '"SMITH: We are ready."', kind: 'direct', speaker: 'SMITH', cue: ':' }]],
  ['cue paragraph ending in a colon', 'He said:\n\n\u201cThe vote is Tuesday.\u201d', [{ text: '\u201cThe vote is Tuesday.\u201d', kind: 'direct', speaker: 'He', cue: 'said' }]],
  [
    'multi-paragraph quote reopened each paragraph',
    'He said:\n\n\u201cParagraph one goes on here.\n\n\u201cParagraph two ends it.\u201d',
    [{ text: '\u201cParagraph one goes on here.\n\n\u201cParagraph two ends it.\u201d', kind: 'direct', speaker: 'He', cue: 'said', fragments: 2 }],
  ],
  [
    'quote paragraph with no cue continues the previous speaker',
    '\u201cFirst,\u201d the senator said.\n\n\u201cSecond paragraph of the same speech.\u201d',
    [{ text: '\u201cFirst,\u201d the senator said.\n\n\u201cSecond paragraph of the same speech.\u201d', kind: 'direct', speaker: 'the senator', cue: 'said', fragments: 2 }],
  ],
  ['doubled apostrophes as marks', "''The rules keep changing every month,'' said Mr. Dalton.", [{ text: "''The rules keep changing every month,''", kind: 'direct', speaker: 'Mr. Dalton', cue: 'said' }]],
  ['party tag in parentheses', '"It is a cheap stunt," Rep. Laura Finch (D-Ore.) said Monday.', [{ text: '"It is a cheap stunt,"', kind: 'direct', speaker: 'Rep. Laura Finch (D-Ore.)', cue: 'said' }]],
  ['speaker with a prepositional phrase', '“Why not?” a narrator in the ad asks.', [{ text: '“Why not?”', kind: 'direct', speaker: 'a narrator in the ad', cue: 'asks' }]],
  ['apposition with a relative clause', 'Mary Jones, a lawyer who sat on the panel, recalled, “Nobody expected it.”', [{ text: '“Nobody expected it.”', kind: 'direct', speaker: 'Mary Jones, a lawyer who sat on the panel', cue: 'recalled' }]],
  ['prepositional parenthesis is not the speaker', 'Ann Lee, at a later briefing, said, “We were told nothing.”', [{ text: '“We were told nothing.”', kind: 'direct', speaker: 'Ann Lee', cue: 'said' }]],
  ['participle cue takes the main subject', 'Protesters marched downtown while chanting, “No justice, no peace.”', [{ text: '“No justice, no peace.”', kind: 'direct', speaker: 'Protesters', cue: 'chanting' }]],
  [
    'a new speaker after a quote is a new quote',
    '\u201cIt works,\u201d Ann Lee said. \u201cIt does not,\u201d Bob Hart said.',
    [
      { text: '\u201cIt works,\u201d', kind: 'direct', speaker: 'Ann Lee', cue: 'said' },
      { text: '\u201cIt does not,\u201d', kind: 'direct', speaker: 'Bob Hart', cue: 'said' },
    ],
  ],
  [
    'a title in marks inside the bridge between two pieces',
    '\u201cIt is over,\u201d Ann Lee said on Fox News\u2019s \u201cFox and Friends.\u201d \u201cWe will go on.\u201d',
    [{ text: '\u201cIt is over,\u201d Ann Lee said on Fox News\u2019s \u201cFox and Friends.\u201d \u201cWe will go on.\u201d', kind: 'direct', speaker: 'Ann Lee', cue: 'said', fragments: 2 }],
  ],
  [
    '"and still" between two pieces',
    'Baker "signed a secret deal," Harlow said, and still "got a seat at the hearing."',
    [{ text: '"signed a secret deal," Harlow said, and still "got a seat at the hearing."', kind: 'direct', speaker: 'Harlow', cue: 'said', fragments: 2 }],
  ],
  [
    'quoted words the writer\u2019s sentence goes on after are not the next piece',
    '\u201cThis is wrong,\u201d Warren said. \u201cYou squeezed employees\u201d to drive up the price, she said.',
    [
      { text: '\u201cThis is wrong,\u201d', kind: 'direct', speaker: 'Warren', cue: 'said' },
      { text: '\u201cYou squeezed employees\u201d to drive up the price', kind: 'mixed', speaker: 'she', cue: 'said' },
    ],
  ],
  [
    'a title opening the next paragraph does not continue the quote',
    '\u201cFirst,\u201d the senator said.\n\n\u201cAmerican Skin\u201d is a song by Bruce Springsteen.',
    [{ text: '\u201cFirst,\u201d', kind: 'direct', speaker: 'the senator', cue: 'said' }],
  ],
  [
    'a bare form before a name is part of the speaker',
    '"This is a big year!" Scott\u2019s niece, state Del. Marcia Price, shouted to the crowd.',
    [{ text: '"This is a big year!"', kind: 'direct', speaker: 'Scott\u2019s niece, state Del. Marcia Price', cue: 'shouted' }],
  ],
  ['a statement after a name and a colon', 'Pew Research: \u201cAll the samples include more engaged people.\u201d', [{ text: '\u201cAll the samples include more engaged people.\u201d', kind: 'direct', speaker: 'Pew Research', cue: ':' }]],
  [
    'a statement after a clause and a colon is its subject\u2019s',
    'As if addressing him directly, the board was clear in its findings: \u201cFurther discussion of this issue is unnecessary.\u201d',
    [{ text: '\u201cFurther discussion of this issue is unnecessary.\u201d', kind: 'direct', speaker: 'the board', cue: ':' }],
  ],
  [
    'a colon clause opened by its verb: the subject is not the object of an opening phrase',
    'On Tuesday, after the vote in the chamber, came the reply from the speaker: \u201cWe will not accept this outcome at all.\u201d',
    [{ text: '\u201cWe will not accept this outcome at all.\u201d', kind: 'direct', speaker: 'the reply', cue: ':' }],
  ],
  [
    'a colon clause opened by its verb: a subject with an apposition before it stays the speaker',
    'Jane Roe, a veteran of the board, was blunt: \u201cWe will not accept this outcome at all.\u201d',
    [{ text: '\u201cWe will not accept this outcome at all.\u201d', kind: 'direct', speaker: 'Jane Roe, a veteran of the board', cue: ':' }],
  ],
  [
    'a colon clause opened by its verb after "as": the subject and its apposition before the comma',
    'Or, as Jane Roe, a former senator, put it: \u201cThe barn door is open and the horses are gone.\u201d',
    [{ text: '\u201cThe barn door is open and the horses are gone.\u201d', kind: 'direct', speaker: 'Jane Roe, a former senator', cue: ':' }],
  ],
  [
    'a colon clause opened by its verb after two asides',
    'At the hearing, under oath, stood the witness: \u201cI never saw the documents at all, not once.\u201d',
    [{ text: '\u201cI never saw the documents at all, not once.\u201d', kind: 'direct', speaker: 'the witness', cue: ':' }],
  ],
  [
    'a later quote in the paragraph of an attributed statement is that speaker\u2019s',
    'Ann Lee said the job was hard. She laughed. \u201cThere is no job description at all.\u201d',
    [
      { text: 'the job was hard', kind: 'indirect', speaker: 'Ann Lee', cue: 'said' },
      { text: '\u201cThere is no job description at all.\u201d', kind: 'direct', speaker: 'Ann Lee', cue: null },
    ],
  ],
  [
    'the next quoted sentence in the paragraph continues the speaker of a clause before it',
    "''I respect the arithmetic'' of the budget, Mr. Okafor said. ''It is more careful than the last one.''",
    [{ text: "''I respect the arithmetic'' of the budget, Mr. Okafor said. ''It is more careful than the last one.''", kind: 'mixed', speaker: 'Mr. Okafor', cue: 'said', fragments: 2 }],
  ],
];

const REPORTED: Row[] = [
  ['X said CLAUSE', 'Europol said the investigation spans several countries.', [{ text: 'the investigation spans several countries', kind: 'indirect', speaker: 'Europol', cue: 'said' }]],
  ['X said that CLAUSE keeps "that"', 'The ministry said that it would review the decision.', [{ text: 'that it would review the decision', kind: 'indirect', speaker: 'The ministry', cue: 'said' }]],
  ['X told HEARER CLAUSE', 'Smith told reporters the deal was close.', [{ text: 'the deal was close', kind: 'indirect', speaker: 'Smith', cue: 'told' }]],
  ['adverbials between cue and clause', 'The minister said in a statement on Monday the plan was dead.', [{ text: 'the plan was dead', kind: 'indirect', speaker: 'The minister', cue: 'said' }]],
  ['CLAUSE, X said.', 'The deal is close to collapse, officials said.', [{ text: 'The deal is close to collapse', kind: 'indirect', speaker: 'officials', cue: 'said' }]],
  ['CLAUSE, said X.', 'The deal is close to collapse, said the envoy.', [{ text: 'The deal is close to collapse', kind: 'indirect', speaker: 'the envoy', cue: 'said' }]],
  ['According to X, CLAUSE', 'According to the report, unemployment rose in March.', [{ text: 'unemployment rose in March', kind: 'indirect', speaker: 'the report', cue: 'According to' }]],
  ['CLAUSE, according to X', 'Unemployment rose in March, according to the statistics office.', [{ text: 'Unemployment rose in March', kind: 'indirect', speaker: 'the statistics office', cue: 'according to' }]],
  ['mixed: a quoted fragment in the clause', 'Europol said the inquiry covers "a range of suspected offenses".', [{ text: 'the inquiry covers "a range of suspected offenses"', kind: 'mixed', speaker: 'Europol', cue: 'said' }]],
  ['mixed: quoted words governed by a verb', 'Christie described the plan as a \u201cdisgrace\u201d on Wednesday.', [{ text: 'the plan as a \u201cdisgrace\u201d on Wednesday', kind: 'mixed', speaker: 'Christie', cue: 'described' }]],
  ['participle cue speaks for the speaker already named', '\u201cWe do not see a link,\u201d the mayor said, adding that more hours were needed.', [
    { text: '\u201cWe do not see a link,\u201d', kind: 'direct', speaker: 'the mayor', cue: 'said' },
    { text: 'that more hours were needed', kind: 'indirect', speaker: 'the mayor', cue: 'adding' },
  ]],
  ['parenthetical attribution: the sentence around it', 'The bridge, Mr. Lindqvist said, would cut the commute in half.', [{ text: 'The bridge, Mr. Lindqvist said, would cut the commute in half', kind: 'indirect', speaker: 'Mr. Lindqvist', cue: 'said' }]],
  ['trailing attribution with a subordinate tail', 'The plan is an insult to voters, lawmakers said Friday, as they left.', [{ text: 'The plan is an insult to voters', kind: 'indirect', speaker: 'lawmakers', cue: 'said' }]],
  ['a cue with a clause after it is not trailing', 'At a meeting in Leeds, Carter says he is making an offer.', [{ text: 'he is making an offer', kind: 'indirect', speaker: 'Carter', cue: 'says' }]],
  ['a coordinated attribution ends the clause', 'Ann Lee said that the video proves nothing, but she said that it helps.', [
    { text: 'that the video proves nothing', kind: 'indirect', speaker: 'Ann Lee', cue: 'said' },
    { text: 'that it helps', kind: 'indirect', speaker: 'she', cue: 'said' },
  ]],
  ['a quote closing the writer\'s sentence is not attributed by the next one', 'She says the plan is a \u201cdisaster.\u201d Bob Hart adds, \u201cIt is over.\u201d', [
    { text: 'the plan is a \u201cdisaster.\u201d', kind: 'mixed', speaker: 'She', cue: 'says' },
    { text: '\u201cIt is over.\u201d', kind: 'direct', speaker: 'Bob Hart', cue: 'adds' },
  ]],
  ['a participle after the object speaks for the subject', 'Carter posted a string of messages late Sunday saying that the count was wrong.', [{ text: 'that the count was wrong', kind: 'indirect', speaker: 'Carter', cue: 'saying' }]],
  ['a speech verb compromise may tag as an adjective', 'Sales fell, though she noted buyers are starting to want smaller cars.', [{ text: 'buyers are starting to want smaller cars', kind: 'indirect', speaker: 'she', cue: 'noted' }]],
  ['a noun tagged as a verb inside the subject', 'The Carter campaign says the ad will run on local radio.', [{ text: 'the ad will run on local radio', kind: 'indirect', speaker: 'The Carter campaign', cue: 'says' }]],
  ['a passive cue: the subject is the content, the "by" agent speaks', 'The mayor has been endorsed by several unions in the city.', [{ text: 'The mayor', kind: 'indirect', speaker: 'several unions', cue: 'endorsed' }]],
  ['a passive cue with an infinitive: the whole clause, no speaker', 'The senator is expected to announce her decision on Monday.', [{ text: 'The senator is expected to announce her decision on Monday', kind: 'indirect', speaker: null, cue: 'expected' }]],
  ['a passive cue with an object: what follows, the agent speaks', 'The firm was accused of hiding its losses by regulators.', [{ text: 'hiding its losses', kind: 'indirect', speaker: 'regulators', cue: 'accused' }]],
  ['a verb of setting out a position', 'Clinton outlined her proposals to expand national service.', [{ text: 'her proposals to expand national service', kind: 'indirect', speaker: 'Clinton', cue: 'outlined' }]],
  ['talking about a subject: the object of the particle', 'The senator talked about the cost of the war in Iraq.', [{ text: 'the cost of the war in Iraq', kind: 'indirect', speaker: 'The senator', cue: 'talked' }]],
  ['a speech word inside a name is not the cue', '\u201cWe will act,\u201d the United States said.', [{ text: '\u201cWe will act,\u201d', kind: 'direct', speaker: 'the United States', cue: 'said' }]],
  ['a title with an ampersand is not a quote', 'Wednesday on Fox News Channel\u2019s \u201cFox & Friends,\u201d Rep. Michael McCaul discussed the bill.', [{ text: 'the bill', kind: 'indirect', speaker: 'Rep. Michael McCaul', cue: 'discussed' }]],
  // decision: PolNeAR annotates every "declined to comment"
  ['declining to comment', 'The company declined to comment.', [{ text: 'to comment', kind: 'indirect', speaker: 'The company', cue: 'declined' }]],
  ['a refusal keeps its infinitive', 'Trump refused to release his tax returns.', [{ text: 'to release his tax returns', kind: 'indirect', speaker: 'Trump', cue: 'refused' }]],
  ['a stance noun owned by a possessive', "Trump's claim that the election was rigged angered officials.", [{ text: 'that the election was rigged', kind: 'indirect', speaker: "Trump's", cue: 'claim' }]],
  ['a stance noun as the object of a verb: the verb\u2019s subject speaks', "Clinton bashed Trump's proposal to ban Muslims.", [{ text: "Trump's proposal to ban Muslims", kind: 'indirect', speaker: 'Clinton', cue: 'bashed' }]],
  ['a speech verb\u2019s subject matter', 'Trump complained about his microphone during the debate.', [{ text: 'his microphone during the debate', kind: 'indirect', speaker: 'Trump', cue: 'complained' }]],
  ['a coordinated cue speaks for the speaker already named', 'Farmers described the drought as severe, and said the harvest might be lost.', [
    { text: 'the drought as severe', kind: 'indirect', speaker: 'Farmers', cue: 'described' },
    { text: 'the harvest might be lost', kind: 'indirect', speaker: 'Farmers', cue: 'said' },
  ]],
  ['a participial phrase after the subject is not part of it', 'Trump, speaking to a veterans group, said he would order a review.', [{ text: 'he would order a review', kind: 'indirect', speaker: 'Trump', cue: 'said' }]],
  ['an age and a relative clause after the name', 'Schiff, 56, who has served on the committee, told reporters it is clear that Russia was behind the hack.', [{ text: 'it is clear that Russia was behind the hack', kind: 'indirect', speaker: 'Schiff, 56, who has served on the committee', cue: 'told' }]],
  ['an order keeps its hearer', 'Mr. Obama told his advisers to find a way around Congress.', [{ text: 'his advisers to find a way around Congress', kind: 'indirect', speaker: 'Mr. Obama', cue: 'told' }]],
  ['a time adverbial between subject and cue', 'Lindqvist on Tuesday said he wants to close four loopholes.', [{ text: 'he wants to close four loopholes', kind: 'indirect', speaker: 'Lindqvist', cue: 'said' }]],
  ['a participle with a time adverbial after the subject', 'A Gallup survey published in early May found that most parents want longer breaks.', [{ text: 'that most parents want longer breaks', kind: 'indirect', speaker: 'A Gallup survey', cue: 'found' }]],
  ['a cue with no subject after "when"', 'When asked whether he would run again, the senator smiled.', [{ text: 'whether he would run again', kind: 'indirect', speaker: null, cue: 'asked' }]],
  ['a participial apposition after the name', 'Delegate John Archer, wearing a T-shirt covered in buttons, said he is proud of the campaign.', [{ text: 'he is proud of the campaign', kind: 'indirect', speaker: 'John Archer', cue: 'said' }]],
  ['a trailing cue with a title in its tail', 'Shays was a Kasich man while the governor was running, he said Wednesday on MSNBC\u2019s \u201cMorning Joe.\u201d', [{ text: 'Shays was a Kasich man while the governor was running', kind: 'indirect', speaker: 'he', cue: 'said' }]],
  ['a trailing cue closed by a semicolon', 'Candidates need 40 percent of the vote, analysts say; in 2012, Romney won 27 percent.', [{ text: 'Candidates need 40 percent of the vote', kind: 'indirect', speaker: 'analysts', cue: 'say' }]],
  ['an aside between dashes after the subject', 'The senator \u2014 a former prosecutor \u2014 said the case was weak.', [{ text: 'the case was weak', kind: 'indirect', speaker: 'The senator', cue: 'said' }]],
  ['a participle after a quote is not an inverted cue', 'Trump gave a defense of \u201cNew York values,\u201d saying the city embodied the \u201csoul of America.\u201d', [
    { text: 'a defense of \u201cNew York values,\u201d', kind: 'mixed', speaker: 'Trump', cue: 'gave' },
    { text: 'the city embodied the \u201csoul of America.\u201d', kind: 'mixed', speaker: 'Trump', cue: 'saying' },
  ]],
  ['an adjectival aside after the name', 'The mayor, angry at the ruling, said the city would appeal.', [{ text: 'the city would appeal', kind: 'indirect', speaker: 'The mayor', cue: 'said' }]],
  ['a semicolon ends the clause', 'The center estimates that the plan would raise taxes; another center puts the figure lower.', [{ text: 'that the plan would raise taxes', kind: 'indirect', speaker: 'The center', cue: 'estimates' }]],
  ['a subordinate clause with its own attribution ends the clause', 'Teachers have urged the council to keep the school open, although they say they accept some cuts.', [
    { text: 'the council to keep the school open', kind: 'indirect', speaker: 'Teachers', cue: 'urged' },
    { text: 'they accept some cuts', kind: 'indirect', speaker: 'they', cue: 'say' },
  ]],
  // decision: a relative clause's cue is an attribution by its antecedent, its content closed by the clause's comma
  ['relative clause', 'The company, which said last year it would expand, cut 200 jobs.', [{ text: 'it would expand', kind: 'indirect', speaker: 'which', cue: 'said' }]],
];

const NOT_STATEMENTS: Array<[name: string, body: string]> = [
  ['a nickname after an initial', 'Sen. Alan J. "Buddy" Parks opened his garden for a summer party.'],
  ['a one-word label in marks', '"Related:"'],
  ['marks inside markup left in the text', '<tweet tweet-author="@CityNews" tweet-date="March 3, 2024">Our favourite moments from the forum</tweet>.'],
  ['"maintained" without a clause', 'Clinton maintained a wide lead among black voters in the state.'],
  ['"states" as a noun', 'Several member states have missed the date to file their plans.'],
  ['"find" with a reflexive', 'Nurses often find themselves at the centre of the storm.'],
  ['"States" in a name is not a cue', 'Troops from the United States to counter the threat arrived.'],
  ['a stance noun with its hearer', 'His statements to the FBI were brief.'],
  ['"campaign" is not a cue', 'The Clinton campaign spent heavily on television.'],
  ['a title in marks', 'The show, titled \u201cBreaking Point,\u201d airs tonight.'],
  ['so-called', 'The so-called \u201cpeace plan\u201d was rejected.'],
  ['a capitalised title', 'He starred in \u201cThe Apprentice\u201d for years.'],
  ['a cue with no clause', 'He said nothing.'],
  ['an infinitive cue', 'He went there to say goodbye.'],
  ['a noun after a determiner is not a cue', 'The rules would close hundreds of coal plants.'],
  ['a speech verb that only introduces quoted words', 'Republicans will continue their legislative attacks.'],
];

function check(body: string, expected: Expected[]) {
  const { quotes } = quotesOf(body);
  expect(quotes.map((q) => ({ text: q.text, kind: q.kind, speaker: q.speaker?.text ?? null, cue: q.cue?.text ?? null }))).toEqual(
    expected.map(({ text, kind, speaker, cue }) => ({ text, kind, speaker, cue })),
  );
  expected.forEach((e, i) => expect(quotes[i]!.fragments.length).toBe(e.fragments ?? 0));
}

describe('direct quotes', () => {
  it.each(DIRECT)('%s', (_name, body, expected) => check(body, expected));
});

describe('reported speech', () => {
  it.each(REPORTED)('%s', (_name, body, expected) => check(body, expected));
});

describe('not statements', () => {
  it.each(NOT_STATEMENTS)('%s', (_name, body) => expect(quotesOf(body).quotes).toEqual([]));
});

describe('headlines', () => {
  const headline = (title: string) => {
    const text = `${title}\n\nThe body of the story starts here.`;
    const doc = createDocument({ id: 't', source: 't', text });
    return analyzeQuotes(doc, extractActors(doc)).quotes.map((q) => ({ text: q.text, speaker: q.speaker?.text ?? null, cue: q.cue?.text ?? null }));
  };
  it.each([
    ['Okafor: Harbor Tax Plan Has Stalled.', [{ text: 'Harbor Tax Plan Has Stalled', speaker: 'Okafor', cue: ':' }]],
    ['Gillibrand on Her Rival: I Think She Will Win.', [{ text: 'I Think She Will Win', speaker: 'Gillibrand', cue: ':' }]],
    ['Breaking: Storm Hits the Coast.', []],
    ['Markets Fell Sharply as Oil Rose: a Look at Why.', []],
  ])('%s', (title, expected) => expect(headline(title)).toEqual(expected));
});

describe('unbalanced marks', () => {
  it('confine an unclosed mark to its paragraph and report it', () => {
    const body = 'The plan \u201cnever closes here, said the critic.\n\nThe next plan is fine, the mayor said.';
    const { quotes, warnings } = quotesOf(body);
    expect(warnings.map((w) => w.code)).toEqual(['unbalanced-quote']);
    expect(quotes.some((q) => q.text === 'The next plan is fine' && q.speaker?.text === 'the mayor')).toBe(true);
  });
});
