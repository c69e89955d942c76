import { describe, it, expect } from 'vitest';
import { createDocument } from '../../src/document.js';
import { extractActors } from '../../src/extractors/actors.js';
import type { Actor, ActorType } from '../../src/schema.js';

const actorsOf = (text: string): Actor[] => extractActors(createDocument({ id: 't', source: 't', text }));

/** Every mention text with its actor's type: "Elon Musk:person". */
const mentions = (text: string): string[] =>
  actorsOf(text)
    .flatMap((a) => a.mentions.map((m) => ({ at: m.start, s: `${m.text}:${a.type}` })))
    .sort((x, y) => x.at - y.at)
    .map((x) => x.s);

const actorNamed = (actors: Actor[], name: string) => actors.find((a) => a.name === name);

describe('actors: mention spans on news layout', () => {
  it.each([
    // [text, mention that must be found with its type]
    ['Prime Minister Benjamin Netanyahu met the envoy on Monday.', 'Benjamin Netanyahu:person'],
    ['The talks were chaired by Mr. Smith in Geneva.', 'Smith:person'],
    ['Panamanian Boxing Association President Ramon Manzanares said the bout was off.', 'Ramon Manzanares:person'],
    ['Panamanian Boxing Association President Ramon Manzanares said the bout was off.', 'Boxing Association:organization'],
    ['Derbyshire 471 ( J. Adams 123 , P. DeFreitas 51 ) .', 'J. Adams:person'],
    ['The bowler I. Austin took three wickets.', 'I. Austin:person'],
    ['Pakistan opener Ata-ur-Rehman was out for a duck.', 'Ata-ur-Rehman:person'],
    ['The painting was sold by Ludwig van Beethoven in Vienna.', 'Ludwig van Beethoven:person'],
    ['Shares of J.P. Morgan rose on Friday.', 'J.P. Morgan:organization'],
    ['Police raided Elon Musk \'s company in Paris .', 'Elon Musk:person'],
    ['The Federal Reserve Bank of New York said rates would stay.', 'Federal Reserve Bank of New York:organization'],
    ['Statements came from the Paris prosecutor\'s office on Tuesday.', "Paris prosecutor's office:organization"],
    ['Observers from the Organization for Security and Cooperation in Europe reached Tbilisi.', 'Organization for Security and Cooperation in Europe:organization'],
    ['The company is based in Farmington Hills, Mich. and employs 300 people.', 'Mich.:location'],
    ['Nasser Hussain and Peter Such batted on.', 'Peter Such:person'],
    ['The treaty was signed by Elizabeth I in 1560.', 'Elizabeth I:person'],
    ['Chad Ogea pitched seven innings for the Indians.', 'Chad Ogea:person'],
    ['The film was directed by Neil Jordan last year.', 'Neil Jordan:person'],
    ['Fullback Andre Joubert scored twice.', 'Andre Joubert:person'],
    ['Prices fell in the U.S. Labor Day week.', 'U.S.:location'],
    ['Baseball great Pete Rose was banned. Shares rose 3 percent.\nRose said he was innocent.', 'Rose:person'],
    ['Protesters gathered in St. Petersburg on Monday, police said.', 'St. Petersburg:location'],
    ['The flights to Ft. Lauderdale were cancelled.', 'Ft. Lauderdale:location'],
    ['The climbers left Mount Kenya on Monday.', 'Mount Kenya:location'],
    ['Fishing boats crossed Lake Chad at dawn.', 'Lake Chad:location'],
    ['The All-England Club announced the draw on Friday.', 'All-England Club:organization'],
    ['Delegates of the Pan-African Parliament met in Midrand.', 'Pan-African Parliament:organization'],
    ['Pro-Kremlin media reported the vote.', 'Kremlin:organization'],
    ['The quake struck at dawn, the U.S. Geological Survey said.', 'U.S. Geological Survey:organization'],
    ['Agents of the Border Patrol stopped the truck.', 'Border Patrol:organization'],
    ['MALATYA, Turkey, March 9 (Reuters) - A strong quake struck eastern Turkey on Sunday.', 'MALATYA:location'],
    ["Moldova's governing Party of Action and Solidarity lost its majority.", 'Party of Action and Solidarity:organization'],
    ['The Department of Health and Human Services issued the rule.', 'Department of Health and Human Services:organization'],
    ['The Bank of England and Barclays declined to comment.', 'Bank of England:organization'],
    ['The Patriotic Bloc won 31 percent of the vote.', 'Patriotic Bloc:organization'],
    ['Arsenal beat Chelsea at the Emirates Stadium on Saturday.', 'Emirates Stadium:location'],
    ['"We showed character," manager Mikel Arteta told Sky Sports.', 'Sky Sports:organization'],
    ["Three men were held, the Antwerp public prosecutor's office said.", "Antwerp public prosecutor's office:organization"],
    ['One sailor was hurt. Armed Forces chief Ana Cruz said the troops would stay.', 'Armed Forces:organization'],
    ['One sailor was hurt. Armed Forces of the Philippines said so.', 'Armed Forces of the Philippines:organization'],
    ['BEIJING/MANILA, June 17 (Reuters) - The two sides traded blame.', 'BEIJING:location'],
    ['BEIJING/MANILA, June 17 (Reuters) - The two sides traded blame.', 'MANILA:location'],
    ['The man was held overnight. Park Avenue was closed to traffic.', 'Park Avenue:location'],
    ['The man was held overnight. Main Street flooded after the storm.', 'Main Street:location'],
    ['Residents of Lockerbie gathered at the memorial on Saturday.', 'Lockerbie:location'],
    ['The mayor of Varnavino said the bridge was unsafe.', 'Varnavino:location'],
  ])('%s → %s', (text, expected) => {
    expect(mentions(text)).toContain(expected);
  });

  it.each([
    // [text, text that must NOT be a mention (of any type)]
    ['Prosecutors said the raid was lawful.', 'Prosecutors'],
    ['May was a difficult month for exporters.', 'May'],
    ['Will the talks resume? Nobody knows.', 'Will'],
    ['Nasser Hussain and Peter Such batted on.', 'Nasser Hussain and Peter Such'],
    ['Prime Minister Benjamin Netanyahu met the envoy.', 'Prime Minister Benjamin Netanyahu'],
    ['French police said the search was over.', 'French'],
    ['Russian President Boris Yeltsin flew to Moscow.', 'Russian President Boris Yeltsin'],
    ['Attendance : 200\nThe match ended in a draw and attendance was low.', 'Attendance'],
    ['P W D L F A Pts\nThe league table was printed.', 'W D L'],
    ['Claymore mines fitted with C-4 explosives were found.', 'C-4'],
    ['SHARES SLIDE AS OIL PRICES SURGE ON SUPPLY FEARS\nLeading shares slid on Tuesday.', 'OIL PRICES SURGE'],
    ['X marks the spot, the old map said.', 'X'],
    ['Financial Data in 000s was published by the company.', 'Financial Data'],
    ["Elon Musk 's AI company xAI was fined.", 'AI'],
    ['The GDP figures were revised on Friday.', 'GDP'],
    ['Protesters gathered in St. Petersburg on Monday.', 'St'],
    ['The climbers left Mount Kenya on Monday.', 'Kenya'],
    ['Fishermen in Chad said the lake was shrinking.', 'in Chad'],
    ['The All-England Club announced the draw.', 'England Club'],
    ['Pro-Kremlin media reported the vote.', 'Pro-Kremlin'],
    ['Anti-Trump protesters marched on Saturday.', 'Anti-Trump'],
    ["Parades were held on St. Patrick's Day in Boston.", 'St. Patrick'],
    ['The quake struck at dawn, the U.S. Geological Survey said.', 'Geological Survey'],
    ['The Bank of England and Barclays declined to comment.', 'Bank of England and Barclays'],
    ['Officials from Health and Safety said the site was closed.', 'Health and Safety'],
    ['Arsenal beat Chelsea at the Emirates Stadium on Saturday.', 'Emirates'],
    ['One sailor was hurt. Armed Forces chief Ana Cruz said the troops would stay.', 'Forces'],
    ['BEIJING/MANILA, June 17 (Reuters) - The two sides traded blame.', 'BEIJING/MANILA'],
    ['Financial Data was published on Monday.', 'Financial Data'],
  ])('%s ✗ %s', (text, absent) => {
    expect(mentions(text).map((m) => m.replace(/:[a-z]+$/, ''))).not.toContain(absent);
  });
});

describe('actors: headlines, datelines and tables', () => {
  const REPORT = [
    'CRICKET - LEICESTERSHIRE TAKE CONTROL WITH EMPHATIC WIN .',
    'LONDON 1996-08-30',
    'Leicestershire defeated Sussex by nine wickets inside three days to move clear in the county table .',
    'Essex , Durham and Surrey all pressed for wins at Chelmsford while Kent lost a day to rain .',
  ].join('\n');

  it('types a county named as a side in a sports report as a team, in the headline too', () => {
    const found = mentions(REPORT);
    expect(found).toContain('LEICESTERSHIRE:organization');
    expect(found).toContain('Leicestershire:organization');
    expect(found).toContain('Essex:organization');
  });

  it('types a dateline place as a location and keeps the sport topic out', () => {
    const found = mentions(REPORT);
    expect(found).toContain('LONDON:location');
    expect(found.some((m) => m.startsWith('CRICKET'))).toBe(false);
    expect(found.some((m) => m.startsWith('TAKE'))).toBe(false);
  });

  it.each([
    ['PARIS (Reuters) - The French government said on Monday it would act.', 'PARIS:location'],
    ['NICE , France 1996-08-30\nThe club signed a new coach .', 'France:location'],
    ['KHASAVYURT , Russia 1996-08-31\nTalks went on .', 'KHASAVYURT:location'],
  ])('dateline %s → %s', (text, expected) => {
    expect(mentions(text)).toContain(expected);
  });

  it('keeps countries as places in a sports report ("England beat Pakistan")', () => {
    const text = 'CRICKET - ENGLAND DOWN PAKISTAN .\nLONDON 1996-08-30\nEngland defeated Pakistan by 52 runs in the third limited-overs game .';
    expect(mentions(text)).toContain('England:location');
    expect(mentions(text)).toContain('PAKISTAN:location');
  });

  it('takes results-table rows as teams', () => {
    const text = 'SOCCER - KOREAN LEAGUE STANDINGS .\nSEOUL 1996-08-30\nStandings after games played on Wednesday :\nPuchon 3 1 0 6 1 10\nChonan 3 0 1 13 10 9';
    expect(mentions(text)).toContain('Puchon:organization');
  });

  it('does not take a headline word the body never names ("TAKE", "SINK")', () => {
    expect(mentions('STOCKS SINK AS RATES JUMP .\nNEW YORK 1996-08-30\nStocks sank in New York on Friday .')).not.toContain('SINK:person');
  });
});

describe('actors: typing from evidence', () => {
  it.each<[string, string, ActorType]>([
    ['Shares of Zorblax Inc fell 3 percent.', 'Zorblax Inc', 'organization'],
    ['The Quarvian Ministry of Mines issued a statement.', 'Quarvian Ministry of Mines', 'organization'],
    ['He moved to Frobisham in 1990.', 'Frobisham', 'location'],
    ['The Frobisham-based firm cut jobs.', 'Frobisham', 'location'],
    ['Ariel Cruz , 30 , will fight on Saturday.', 'Ariel Cruz', 'person'],
    ['Officials from NATO and the IMF met in Brussels.', 'NATO', 'organization'],
    ['Officials from NATO and the IMF met in Brussels.', 'Brussels', 'location'],
    ['The U.S. economy grew faster than expected.', 'U.S.', 'location'],
    ['Reuters reported the deal first.', 'Reuters', 'organization'],
    ['Dr. Zoltan Quibb told reporters the trial had ended.', 'Zoltan Quibb', 'person'],
    ['Users of the Grok AI chatbot complained.', 'Grok AI', 'product'],
    ['He signed for Dinamo Zagreb on Monday.', 'Dinamo Zagreb', 'organization'],
    ['The NSW Treasury said the deficit narrowed.', 'NSW Treasury', 'organization'],
    ['Shares in Petrovax rose after Petrovax shares were listed.', 'Petrovax', 'organization'],
    ['The Cardinals beat the Reds 5-3 in the league on Friday and the Cardinals lead the division.', 'Cardinals', 'organization'],
  ])('%s: %s is %s', (text, name, type) => {
    expect(mentions(text)).toContain(`${name}:${type}`);
  });

  it('gives places their ISO 3166 code, cities the code of their country', () => {
    const actors = actorsOf('Officials in France and Paris spoke to the United Kingdom and Texas.');
    expect(actorNamed(actors, 'France')?.country).toBe('FR');
    expect(actorNamed(actors, 'Paris')?.country).toBe('FR');
    expect(actorNamed(actors, 'United Kingdom')?.country).toBe('GB');
    expect(actorNamed(actors, 'Texas')?.country).toBe('US');
  });
});

describe('actors: resolution within a document', () => {
  it('links a surname to the full name', () => {
    const actors = actorsOf('Elon Musk was summoned. Musk later shared the post.');
    const musk = actors.filter((a) => a.type === 'person');
    expect(musk).toHaveLength(1);
    expect(musk[0]!.mentions.map((m) => m.text)).toEqual(['Elon Musk', 'Musk']);
  });

  it('links an acronym to its full name, defined or not', () => {
    const defined = actorsOf('The Budapest Stock Exchange ( BSE ) fell. The BSE index closed lower.');
    expect(defined.find((a) => a.name === 'Budapest Stock Exchange')?.mentions.map((m) => m.text)).toContain('BSE');
    const undefinedForm = actorsOf("The Information Commissioner's Office opened an inquiry. The ICO said it would report.");
    const ico = undefinedForm.find((a) => a.aliases.includes('ICO'));
    expect(ico?.name).toBe("Information Commissioner's Office");
    expect(ico?.mentions.map((m) => m.text)).toContain('ICO');
  });

  it('knows a lexicon acronym\'s full name when only the acronym appears', () => {
    const nato = actorsOf('NATO said on Monday it would send troops.').find((a) => a.name === 'NATO');
    expect(nato?.aliases).toContain('North Atlantic Treaty Organization');
  });

  it('links a first word to the company named in full ("Corvel" → "Corvel Dynamics Inc")', () => {
    const actors = actorsOf('The parts supplier agreed to be bought by Corvel Dynamics Inc for $ 24 a share .\nCorvel rose 3/8 .');
    expect(actors.find((a) => a.name === 'Corvel Dynamics Inc')?.mentions.map((m) => m.text)).toContain('Corvel');
  });

  it('resolves "the company" by salience, not only to the one introduced as a company', () => {
    const text = [
      'Prosecutors raided the offices of social media platform X on Tuesday.',
      'Regulators opened inquiries into X and Musk\'s AI company xAI.',
      'X said the raid was abusive. X\'s account posted a statement.',
      'The company rejected any claims of misconduct.',
    ].join('\n\n');
    const actors = actorsOf(text);
    const x = actors.find((a) => a.name === 'X');
    const xai = actors.find((a) => a.name === 'xAI');
    expect(x?.references.map((r) => r.text)).toContain('The company');
    expect(xai?.references.map((r) => r.text) ?? []).not.toContain('The company');
  });

  it('links demonyms to their country as references, never as actors', () => {
    const actors = actorsOf('French police raided the offices. The talks in France went on.');
    expect(actors.some((a) => a.name === 'French')).toBe(false);
    const france = actorNamed(actors, 'France');
    expect(france?.references.map((r) => `${r.text}:${r.kind}`)).toContain('French:demonym');
    expect(france?.mentions.map((m) => m.text)).toEqual(['France']);
  });

  it('creates a country met only through its demonym, without mentions', () => {
    const actors = actorsOf('German investigators searched the flat.');
    const germany = actorNamed(actors, 'Germany');
    expect(germany?.mentions).toEqual([]);
    expect(germany?.references[0]?.kind).toBe('demonym');
  });

  it('links the prosecutor\'s office descriptions and bare "prosecutors"', () => {
    const text = "Prosecutors summoned him. Statements came from the Paris prosecutor's office. The prosecutor's office said it would act.";
    const office = actorsOf(text).find((a) => a.name === "Paris prosecutor's office");
    expect(office?.references.map((r) => r.text)).toEqual(['Prosecutors', "The prosecutor's office"]);
  });
});

describe('actors: roles', () => {
  it('reads "billionaire X owner Elon Musk" and "the former chief executive of X, Linda Yaccarino"', () => {
    const text =
      'Prosecutors summoned billionaire X owner Elon Musk, the owner of social media platform X. They asked to meet Musk and the former chief executive of X, Linda Yaccarino.';
    const actors = actorsOf(text);
    const x = actors.find((a) => a.name === 'X')!;
    const musk = actorNamed(actors, 'Elon Musk')!;
    const linda = actorNamed(actors, 'Linda Yaccarino')!;
    expect(musk.roles.map((r) => [r.role, r.of, r.former])).toContainEqual(['owner', x.id, false]);
    expect(linda.roles.map((r) => [r.role, r.of, r.former])).toContainEqual(['chief executive', x.id, true]);
  });

  it.each([
    ['U.S. President Joe Biden spoke.', 'Joe Biden', 'president', 'U.S.'],
    ['German Chancellor Olaf Scholz called Paris and Germany.', 'Olaf Scholz', 'chancellor', 'Germany'],
    ['Apple chief executive Tim Cook declined to comment.', 'Tim Cook', 'chief executive', 'Apple'],
    ['Surrey captain Chris Lewis scored 94 .', 'Chris Lewis', 'captain', 'Surrey'],
  ])('%s: %s is %s of %s', (text, person, role, of) => {
    const actors = actorsOf(text);
    const found = actorNamed(actors, person)?.roles.find((r) => r.role === role);
    expect(found).toBeDefined();
    expect(actors.find((a) => a.id === found!.of)?.name).toBe(of);
  });

  it('gives no role where none is stated', () => {
    expect(actorNamed(actorsOf('Joe Biden spoke in Paris.'), 'Joe Biden')?.roles).toEqual([]);
  });

  it('keeps a title as a role-free prefix out of the name', () => {
    const actors = actorsOf('Foreign Minister Klaus Kinkel arrived.');
    expect(actors.map((a) => a.name)).toEqual(['Klaus Kinkel']);
  });
});
