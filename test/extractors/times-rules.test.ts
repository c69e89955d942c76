/**
 * Table tests for the times rules added after the first release, one describe per rule:
 * each table has sentences the rule must mark (with span, type and value) and sentences it
 * must leave alone. Sentences are invented.
 */
import { describe } from 'vitest';
import { timeTable } from '../helpers.js';

/** [text, publication date, expected times as [span text, type, value, mod?]] */
type Row = [text: string, date: string | null, expected: Array<[string, string, string, string?]>];

/** One test per row (test/helpers.ts timeTable). */
const check = (rows: Row[]) => timeTable(rows, (t) => [t.text, t.type, t.value, ...(t.mod ? [t.mod] : [])]);

describe('times rule: the reporting year and week after "the"', () => {
  check([
    ['Sales for the year rose 4% to $2 billion.', '2026-02-05', [['the year', 'DATE', '2026']]],
    ['The brewer expects a loss for the full year.', '2026-02-05', [['the full year', 'DATE', '2026']]],
    ['Earnings will improve throughout the fiscal year.', '2026-02-05', [['the fiscal year', 'DATE', '2026']]],
    ['Revenue in the year ended June 30 was flat.', '2026-02-05', [['the year', 'DURATION', 'P1Y'], ['June 30', 'DATE', '2025-06-30']]],
    ['In its fiscal year ending in March, profit fell.', '2026-02-05', [['its fiscal year', 'DURATION', 'P1Y'], ['March', 'DATE', '2026-03']]],
    ['Shares closed Friday at $12. For the week, they lost 3%.', '2026-02-05', [['Friday', 'DATE', '2026-01-30'], ['the week', 'DATE', '2026-W05']]],
    // negatives: titles, other units, the week a date already names, "the year before"
    ['She was named player of the year.', '2026-02-05', []],
    ['He called it the word of the year.', '2026-02-05', []],
    ['The day belonged to the winners.', '2026-02-05', []],
    ['The month was cold.', '2026-02-05', []],
    ['Sales fell from the year before.', '2026-02-05', []],
    ['A hearing is set for the week of March 6.', '2026-02-05', [['March 6', 'DATE', '2026-03-06']]],
    ['Those years were hard and these weeks are too.', '2026-02-05', []],
  ]);
});

describe('times rule: stretches around an event ("the weeks before", "over the years", "the days ahead")', () => {
  check([
    ['The car was seen near the house in the weeks before the fire on May 3, 2024.', '2026-02-05', [['the weeks', 'DATE', '2026-02'], ['May 3, 2024', 'DATE', '2024-05-03']]],
    ['The fire broke out on May 3, 2024. In the days after, crews searched the site.', '2026-02-05', [['May 3, 2024', 'DATE', '2024-05-03'], ['the days', 'DATE', '2024-05']]],
    ['Over the years the town has grown.', '2026-02-05', [['the years', 'DURATION', 'PXY']]],
    ['In the years that followed, the rebels fought on.', '2026-02-05', [['the years', 'DURATION', 'PXY']]],
    ['Funds may sell bonds in the weeks ahead.', '2026-02-05', [['the weeks ahead', 'DURATION', 'PXW']]],
    ['Prices will swing in the months to come.', '2026-02-05', [['the months to come', 'DURATION', 'PXM']]],
    // negatives: a plural unit after "the" that names no stretch
    ['The years of war left scars.', '2026-02-05', []],
    ['She counted the days in her diary.', '2026-02-05', []],
    ['The weeks are long.', '2026-02-05', []],
  ]);
});

describe('times rule: the tense of a clause with adverbs, particles, modals and schedules', () => {
  // 2026-02-02 is a Monday
  check([
    ['The airline will almost double its flights by August.', '2026-02-02', [['August', 'DATE', '2026-08']]],
    ['The summit would still be held on April 24.', '2026-02-02', [['April 24', 'DATE', '2026-04-24']]],
    ['Shares are to resume trading in Paris Tuesday.', '2026-02-02', [['Tuesday', 'DATE', '2026-02-03']]],
    ['The envoy might arrive as soon as Tuesday.', '2026-02-02', [['Tuesday', 'DATE', '2026-02-03']]],
    ['The company has scheduled a news conference Thursday.', '2026-02-02', [['Thursday', 'DATE', '2026-02-05']]],
    ['Officials postponed until Friday any action on the permit.', '2026-02-02', [['Friday', 'DATE', '2026-02-06']]],
    // negatives: past clauses keep the past day
    ['The king met him Friday.', '2026-02-02', [['Friday', 'DATE', '2026-01-30']]],
    ['He could not be reached for comment Friday.', '2026-02-02', [['Friday', 'DATE', '2026-01-30']]],
    ['His relatives could be located Friday in their hometown.', '2026-02-02', [['Friday', 'DATE', '2026-01-30']]],
    ['He may have left Friday.', '2026-02-02', [['Friday', 'DATE', '2026-01-30']]],
    ['The vote was delayed Friday.', '2026-02-02', [['Friday', 'DATE', '2026-01-30']]],
  ]);
});

describe('times rule: the tense of a clause is read within its own sentence', () => {
  // 2026-02-02 is a Monday; a modal or "plans to" ending the sentence before must not reach the next one
  check([
    ['He will. Arrived Friday, he spoke.', '2026-02-02', [['Friday', 'DATE', '2026-01-30']]],
    ['Nobody knows whether the talks will. Resumed Friday, they stalled.', '2026-02-02', [['Friday', 'DATE', '2026-01-30']]],
    ['The minister said he would. Met Friday, the leaders agreed.', '2026-02-02', [['Friday', 'DATE', '2026-01-30']]],
    ['The union said it plans to. Walked out Friday, the staff marched.', '2026-02-02', [['Friday', 'DATE', '2026-01-30']]],
    // positives: a modal or frame in the same sentence still puts the day ahead
    ['He said he will. He will arrive Friday.', '2026-02-02', [['Friday', 'DATE', '2026-02-06']]],
    ['The talks stalled. They would resume Friday.', '2026-02-02', [['Friday', 'DATE', '2026-02-06']]],
    ['The talks stalled. The union plans to walk out Friday.', '2026-02-02', [['Friday', 'DATE', '2026-02-06']]],
    // a schedule in the past perfect was for a day already gone; a plan in it may still lie ahead
    ['The truce had been scheduled to end at midnight Friday.', '2026-02-02', [['midnight Friday', 'TIME', '2026-01-30T24:00']]],
    ['The vote had been postponed until Friday.', '2026-02-02', [['Friday', 'DATE', '2026-01-30']]],
    ['The truce is scheduled to end at midnight Friday.', '2026-02-02', [['midnight Friday', 'TIME', '2026-02-06T24:00']]],
    ['He had planned to leave Friday.', '2026-02-02', [['Friday', 'DATE', '2026-02-06']]],
    // a capitalized preposition opening the sentence is no verb: the clause's own verb decides
    ['Over the weekend, officials confirmed the reports.', '2026-02-02', [['the weekend', 'DATE', '2026-W05-WE']]],
    ['After Friday, prices rose.', '2026-02-02', [['Friday', 'DATE', '2026-01-30']]],
    ['Over the weekend, officials will meet.', '2026-02-02', [['the weekend', 'DATE', '2026-W06-WE']]],
  ]);
});

describe("times rule: a possessive weekday (\"Friday's ruling\") is past or today", () => {
  check([
    ["Lawyers said they would seek to overturn Friday's ruling.", '2026-02-02', [['Friday', 'DATE', '2026-01-30']]],
    ["The family will appeal Monday's decision.", '2026-02-02', [['Monday', 'DATE', '2026-02-02']]],
    // negatives: a direction word or a plain weekday keeps its own reading
    ["They will attend next Friday's hearing.", '2026-02-02', [['next Friday', 'DATE', '2026-02-06']]],
    ['The family will appeal on Friday.', '2026-02-02', [['Friday', 'DATE', '2026-02-06']]],
  ]);
});

describe('times rule: a day or month the wording puts ahead ("as early as Tuesday", "effective Feb. 1")', () => {
  // 2026-10-26 is a Monday
  check([
    ['The group could come as early as Tuesday.', '2026-10-26', [['Tuesday', 'DATE', '2026-10-27']]],
    ['The bank said it created a new office, effective Feb. 1.', '2026-10-26', [['Feb. 1', 'DATE', '2027-02-01']]],
    ['Bids were requested no later than March 3.', '2026-10-26', [['March 3', 'DATE', '2027-03-03']]],
    ['Talks could resume as soon as Tuesday morning.', '2026-10-26', [['Tuesday morning', 'DATE', '2026-10-27TMO']]],
    // negatives: a year given, a plain past date, "may" the modal
    ['The rule took effect as early as Feb. 1, 2026.', '2026-10-26', [['Feb. 1, 2026', 'DATE', '2026-02-01']]],
    ['The bank created a new office on Feb. 1.', '2026-10-26', [['Feb. 1', 'DATE', '2026-02-01']]],
    ['We will act as soon as may be possible.', '2026-10-26', []],
  ]);
});

describe('times rule: "the 1988 period" is the quarter in view in another year, not a new one', () => {
  check([
    [
      'Profit rose in the fiscal first quarter. In the 2024 period, it fell. Sales in the quarter rose.',
      '2025-10-26',
      [['the fiscal first quarter', 'DATE', '2025-Q1'], ['the 2024 period', 'DATE', '2024-Q1'], ['the quarter', 'DATE', '2025-Q1']],
    ],
    // negative: a quarter named outright does become the one in view
    [
      'Profit rose in the first quarter. In the third quarter, it fell. Sales in the quarter rose.',
      '2025-10-26',
      [['the first quarter', 'DATE', '2025-Q1'], ['the third quarter', 'DATE', '2025-Q3'], ['the quarter', 'DATE', '2025-Q3']],
    ],
  ]);
});

describe('times rule: a stretch of several months ("the nine months") leaves the quarter in view', () => {
  check([
    [
      'Profit rose in the third quarter. For the nine months, net was $5 million, against $4 million a year earlier.',
      '1989-11-02',
      [['the third quarter', 'DATE', '1989-Q3'], ['the nine months', 'DURATION', 'P9M'], ['a year earlier', 'DATE', '1988']],
    ],
    [
      'Sales climbed in the third quarter. Across the first six months, earnings slipped from the 2024 period. The year-ago figures had a one-off gain.',
      '2025-10-26',
      [['the third quarter', 'DATE', '2025-Q3'], ['the first six months', 'DURATION', 'P6M'], ['the 2024 period', 'DATE', '2024'], ['year-ago', 'DATE', '2024']],
    ],
    // negatives: a stretch of a year or of one quarter's months keeps the quarter, and so does "three months"
    [
      'Profit rose in the third quarter. In the three months, net was flat against $4 million a year earlier.',
      '1989-11-02',
      [['the third quarter', 'DATE', '1989-Q3'], ['the three months', 'DURATION', 'P3M'], ['a year earlier', 'DATE', '1988-Q3']],
    ],
    [
      'Profit rose in the third quarter, when it sold nine months of output, against $4 million a year earlier.',
      '1989-11-02',
      [['the third quarter', 'DATE', '1989-Q3'], ['nine months', 'DURATION', 'P9M'], ['a year earlier', 'DATE', '1988-Q3']],
    ],
  ]);
});

describe('times rule: a year mentioned in passing does not anchor a day, week or month', () => {
  check([
    [
      'The fire broke out on May 3, 2024. He had lived there since 1990. In the days after, crews searched the site.',
      '2026-02-05',
      [['May 3, 2024', 'DATE', '2024-05-03'], ['1990', 'DATE', '1990'], ['the days', 'DATE', '2024-05']],
    ],
    ['The fire broke out on May 3, 2024. He had lived there since 1990. The next day, crews came.', '2026-02-05', [['May 3, 2024', 'DATE', '2024-05-03'], ['1990', 'DATE', '1990'], ['The next day', 'DATE', '2024-05-04']]],
    // negatives: with no single day named, the year stays the anchor; a month named after the day anchors itself
    ['He had lived there since 1990. The next day, crews came.', '2026-02-05', [['1990', 'DATE', '1990'], ['The next day', 'DATE', '1990-01-02']]],
    ['The fire broke out on May 3, 2024. In June 2025, crews came. The next day, they left.', '2026-02-05', [['May 3, 2024', 'DATE', '2024-05-03'], ['June 2025', 'DATE', '2025-06'], ['The next day', 'DATE', '2025-06-02']]],
  ]);
});

describe('times rule: a quarter not yet begun at publication is last year\'s unless the clause looks ahead', () => {
  check([
    ['The company posts a drop in profit for the fourth quarter.', '1998-01-26', [['the fourth quarter', 'DATE', '1997-Q4']]],
    ['Profit fell in the third quarter.', '1998-01-26', [['the third quarter', 'DATE', '1997-Q3']]],
    // negatives: a future clause, and a quarter already begun, stay in the year of publication
    ['The plant will open in the fourth quarter.', '1998-01-26', [['the fourth quarter', 'DATE', '1998-Q4']]],
    ['Profit rises in the first quarter.', '1998-01-26', [['the first quarter', 'DATE', '1998-Q1']]],
  ]);
});

describe('times rule: a clock time falls on the weekday right after it, past a zone in brackets', () => {
  // 1998-08-08 is a Saturday
  check([
    ['The fire broke out at about 9:20 a.m. (0620 GMT) Friday, gutting a warehouse.', '1998-08-08', [['about 9:20 a.m.', 'TIME', '1998-08-07T09:20', 'APPROX'], ['Friday', 'DATE', '1998-08-07']]],
    ['The fire broke out at 9:20 a.m. local time Friday.', '1998-08-08', [['9:20 a.m.', 'TIME', '1998-08-07T09:20'], ['Friday', 'DATE', '1998-08-07']]],
    // negatives: a weekday in the next sentence, or past other words, does not place the clock time
    ['Trading halted at 10:35 a.m. Shares fell Friday.', '1998-08-08', [['10:35 a.m.', 'TIME', '1998-08-08T10:35'], ['Friday', 'DATE', '1998-08-07']]],
    ['Trading halted at 10:35 a.m. after shares fell Friday.', '1998-08-08', [['10:35 a.m.', 'TIME', '1998-08-08T10:35'], ['Friday', 'DATE', '1998-08-07']]],
  ]);
});

describe('times rule: a quarter still ahead at publication is a forecast, not the quarter in view', () => {
  check([
    [
      'Profit fell in the third quarter. Losses will last through the first quarter of 1990. In the year-ago period, it earned $5 million.',
      '1989-10-26',
      [['the third quarter', 'DATE', '1989-Q3'], ['the first quarter of 1990', 'DATE', '1990-Q1'], ['the year-ago period', 'DATE', '1988-Q3']],
    ],
    [
      'Profit fell in the third quarter. Losses will last through the fourth quarter. In the year-ago period, it earned $5 million.',
      '1989-10-26',
      [['the third quarter', 'DATE', '1989-Q3'], ['the fourth quarter', 'DATE', '1989-Q4'], ['the year-ago period', 'DATE', '1988-Q3']],
    ],
    // negative: a fiscal quarter reported in the past tense before its calendar namesake is over stays in view
    ['Profit fell in the fiscal fourth quarter. In the year-ago period, it earned $5 million.', '1989-11-02', [['the fiscal fourth quarter', 'DATE', '1989-Q4'], ['the year-ago period', 'DATE', '1988-Q4']]],
  ]);
});

describe('times rule: "that same day/year" is the narrative\'s, like "that day"', () => {
  check([
    ['The doctor was shot on Oct. 23, 1998. His name was crossed out that same day.', '1999-02-06', [['Oct. 23, 1998', 'DATE', '1998-10-23'], ['that same day', 'DATE', '1998-10-23']]],
    ['Sales fell in 1988. That same year, profit rose.', '1999-02-06', [['1988', 'DATE', '1988'], ['That same year', 'DATE', '1988']]],
    // negatives: "same" with no determiner, or before another noun, is no time
    ['That same spirit lives on.', '1999-02-06', []],
    ['That same team won.', '1999-02-06', []],
  ]);
});

describe('times rule: a number after "at" following a date is a price, not an hour', () => {
  check([
    ['The fund may sell its holding after March 3, 1991 at 2,340 marks a share.', '1989-10-27', [['March 3, 1991', 'DATE', '1991-03-03']]],
    ['The vote is on Jan. 1 at 10.', '1989-10-27', [['Jan. 1', 'DATE', '1990-01-01']]],
    // negative: a written clock time stays a time of that day
    ['The vote is on Jan. 1, 1990 at 10 a.m. sharp.', '1989-10-27', [['Jan. 1, 1990 at 10 a.m.', 'TIME', '1990-01-01T10:00']]],
  ]);
});

describe('times rule: "the day before/after" a weekday is that weekday moved one day', () => {
  // 2000-02-24 is a Thursday
  check([
    ["The day before last Tuesday's hearing, he went home.", '2000-02-24', [['The day before last Tuesday', 'DATE', '2000-02-21']]],
    ['He arrived the day after Friday.', '2000-02-24', [['the day after Friday', 'DATE', '2000-02-19']]],
    ['Talks will resume the day after Monday.', '2000-02-24', [['the day after Monday', 'DATE', '2000-02-29']]],
    // negatives: a weekday inside a name, and a weekday alone, are not moved
    ['The day before Super Tuesday, they met.', '2000-02-24', []],
    ['He left Tuesday.', '2000-02-24', [['Tuesday', 'DATE', '2000-02-22']]],
  ]);
});

describe('times rule: time words capitalized inside a name or title are not times', () => {
  check([
    ['The minister spoke on the "Meet The Week" program.', '2026-02-05', []],
    ['He said on "This Week With Jane Doe" that talks ended.', '2026-02-05', []],
    ['You are listening to Radio Today.', '2026-02-05', []],
    ['The poster showed a scene from the film "Lonely Noon."', '2026-02-05', []],
    // every lexicon part of the day and clock word counts, not only the common ones
    ['The interview aired on "Good Midday Riverside."', '2026-02-05', []],
    // negatives: sentence starts, quotes, holidays and weekdays keep their capitals
    ['Today, the court ruled.', '2026-02-05', [['Today', 'DATE', '2026-02-05']]],
    ['"Now we see it," he said.', '2026-02-05', [['Now', 'DATE', 'PRESENT_REF']]],
    ['The talks ended. Tomorrow they resume.', '2026-02-05', [['Tomorrow', 'DATE', '2026-02-06']]],
    ['Early Today, troops left.', '2026-02-05', [['Early Today', 'DATE', '2026-02-05', 'START']]],
    ['The plant closed. Midday, the crowd grew.', '2026-02-05', [['Midday', 'TIME', '2026-02-05T12:00']]],
    ['Stores close on Thanksgiving Day.', '2026-02-05', [['Thanksgiving Day', 'DATE', '2026-11-26']]],
    ['Mr. Smith Tuesday said no.', '2026-02-05', [['Tuesday', 'DATE', '2026-02-03']]],
  ]);
});

describe('times rule: parts of the day without a day word fall on the narrative day', () => {
  check([
    ['Shares fell Friday. Dealers bought heavily in the morning.', '2026-02-09', [['Friday', 'DATE', '2026-02-06'], ['the morning', 'TIME', '2026-02-06TMO']]],
    ['By mid afternoon, officials said it was over.', '2026-02-09', [['mid afternoon', 'TIME', '2026-02-09TAF', 'MID']]],
    ['At mid-afternoon yesterday, shares were up.', '2026-02-09', [['mid-afternoon yesterday', 'TIME', '2026-02-08TAF', 'MID']]],
    ['Early morning raids killed three.', '2026-02-09', [['Early morning', 'TIME', '2026-02-09TMO', 'START']]],
    ['The convoy will depart at 4 in the morning.', '2026-02-09', [['4 in the morning', 'TIME', '2026-02-09T04:00']]],
    ["They met at four o'clock in the afternoon.", '2026-02-09', [["four o'clock in the afternoon", 'TIME', '2026-02-09T16:00']]],
    // negatives: parts of the day as adjectives or nouns of their own
    ['He hosts a late-night show.', '2026-02-09', []],
    ['The afternoon session was calm.', '2026-02-09', []],
    ['Good morning, everyone.', '2026-02-09', []],
    ['The evening news led with the vote.', '2026-02-09', []],
  ]);
});

describe('times rule: an amount before "later"/"earlier" with no day to land on is a duration', () => {
  check([
    ['Then a minute and a half later, the alarm went off.', '2026-02-05', [['a minute and a half', 'DURATION', 'PT1M30S']]],
    ['A few days later, the firm cut its forecast.', '2026-02-05', [['A few days', 'DURATION', 'PXD']]],
    ['An hour later, he was declared dead.', '2026-02-05', [['An hour', 'DURATION', 'PT1H']]],
    // negatives: whole days and "a year earlier" still land on the calendar
    ['He left on Tuesday. Two days later he returned.', '2026-02-05', [['Tuesday', 'DATE', '2026-02-03'], ['Two days later', 'DATE', '2026-02-05']]],
    ['Profit was $5 million, up from $4 million a year earlier.', '2026-02-05', [['a year earlier', 'DATE', '2025']]],
  ]);
});

describe('times rule: lengths as adjectives ("day-long", "decades-long") and clock, zone and weekday as one time', () => {
  check([
    ['They emerged from a day-long meeting.', '2026-02-05', [['day-long', 'DURATION', 'P1D']]],
    ['The decades-long feud ended.', '2026-02-05', [['decades-long', 'DURATION', 'PXDE']]],
    ['A two-week-long strike began.', '2026-02-05', [['two-week-long', 'DURATION', 'P2W']]],
    ['The father will leave (4 a.m. EST Friday).', '2026-02-05', [['4 a.m. EST Friday', 'TIME', '2026-02-06T04:00']]],
    // negatives: "long" as an adverb, a show's title, a clock time and zone alone
    ['He lived long and well.', '2026-02-05', []],
    ['He said so on CBS\'s "60 Minutes."', '2026-02-05', []],
    ['The offer expires at 5 p.m. EST.', '2026-02-05', [['5 p.m. EST', 'TIME', '2026-02-05T17:00']]],
  ]);
});

describe('times rule: open-ended years ("1994 or later", "post-1959") take the open end in, with its mod', () => {
  check([
    ["It won't be profitable until 1994 or later.", '2026-02-05', [['1994 or later', 'DATE', '1994', 'ON_OR_AFTER']]],
    ['It is confident about earnings for 2027 and beyond.', '2026-02-05', [['2027 and beyond', 'DATE', '2027', 'ON_OR_AFTER']]],
    ['From 1980 onward, prices rose.', '2026-02-05', [['1980 onward', 'DATE', '1980', 'ON_OR_AFTER']]],
    ['The post-1959 politics split families.', '2026-02-05', [['post-1959', 'DATE', '1959', 'AFTER']]],
    ['The pre-1914 order fell.', '2026-02-05', [['pre-1914', 'DATE', '1914', 'BEFORE']]],
    // negatives: other words after or before a year
    ['In 1990 or so, it ended.', '2026-02-05', [['1990', 'DATE', '1990']]],
    ['He served from 1990 and later taught.', '2026-02-05', [['1990', 'DATE', '1990']]],
    ['The 1990 post-season ended.', '2026-02-05', [['1990', 'DATE', '1990']]],
  ]);
});
