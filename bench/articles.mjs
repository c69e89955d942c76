/**
 * Synthetic news articles for the benchmark: a headline, a dateline, and paragraphs of the
 * sentence shapes wire copy is made of (arrests, attacks, meetings, statements, quotes, protests,
 * agreements), with names, places, organisations and times drawn from small lists written here.
 * Deterministic for a given seed, so runs compare like with like. Not real news, and not any
 * data set: only the shapes matter for speed.
 */

const FIRST = ['Maria', 'John', 'Ahmed', 'Elena', 'Kenji', 'Fatima', 'Pierre', 'Olga', 'Carlos', 'Grace', 'Viktor', 'Amina', 'Li', 'Samuel', 'Ingrid', 'Rahul', 'Sofia', 'Daniel', 'Nadia', 'Thomas'];
const LAST = ['Alvarez', 'Becker', 'Chen', 'Dubois', 'Eriksen', 'Farouk', 'Garcia', 'Hoffmann', 'Ivanova', 'Johnson', 'Kowalski', 'Lindqvist', 'Mensah', 'Nakamura', 'Okafor', 'Petrov', 'Rossi', 'Schmidt', 'Tanaka', 'Walker'];
const TITLES = ['President', 'Prime Minister', 'Foreign Minister', 'Interior Minister', 'police chief', 'spokesman', 'spokeswoman', 'opposition leader', 'union leader', 'mayor', 'General', 'Senator'];
const CITIES = ['Lyon', 'Berlin', 'Nairobi', 'Lagos', 'Manila', 'Lima', 'Warsaw', 'Cairo', 'Jakarta', 'Bogota', 'Kyiv', 'Dhaka', 'Athens', 'Tunis', 'Quito', 'Hanoi', 'Madrid', 'Ankara', 'Accra', 'Seoul'];
const COUNTRIES = ['France', 'Germany', 'Kenya', 'Nigeria', 'the Philippines', 'Peru', 'Poland', 'Egypt', 'Indonesia', 'Colombia', 'Ukraine', 'Bangladesh', 'Greece', 'Tunisia', 'Ecuador', 'Vietnam', 'Spain', 'Turkey', 'Ghana', 'South Korea'];
const NATIONS = COUNTRIES.filter((c) => !c.startsWith('the'));
const ORGS = ['the United Nations', 'the European Union', 'the African Union', 'the World Health Organization', 'the Red Cross', 'the central bank', 'the Interior Ministry', 'the electoral commission', 'Amnesty International', 'the national police', 'the army', 'the Finance Ministry'];
const COMPANIES = ['Northwind Energy', 'Atlas Shipping', 'Meridian Bank', 'Helios Motors', 'Crescent Telecom', 'Summit Mining'];
const GROUPS = ['protesters', 'rebels', 'striking workers', 'farmers', 'students', 'opposition supporters', 'gunmen', 'security forces', 'riot police', 'residents'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WHEN = () => [() => `on ${pick(WEEKDAYS)}`, () => 'last week', () => `on ${pick(MONTHS)} ${int(1, 28)}`, () => 'earlier this month', () => `in ${pick(MONTHS)}`, () => 'on Tuesday night', () => 'two days ago', () => `since ${int(2015, 2025)}`][int(0, 7)]();
const NUMBERS = ['two', 'three', 'five', 'a dozen', 'at least 14', 'more than 200', 'about 3,000', 'several hundred', '40', 'seven'];
const TOPICS = ['the budget', 'fuel prices', 'the ceasefire', 'the election results', 'the new labour law', 'water shortages', 'the trade deal', 'corruption charges', 'the pension reform', 'border security'];

let state = 1;
function random() {
  // mulberry32: small, fast, and the same sequence on every machine
  state = (state + 0x6d2b79f5) | 0;
  let t = Math.imul(state ^ (state >>> 15), 1 | state);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const int = (lo, hi) => lo + Math.floor(random() * (hi - lo + 1));
const pick = (list) => list[int(0, list.length - 1)];
const person = () => `${pick(FIRST)} ${pick(LAST)}`;
const titled = () => `${pick(TITLES)} ${person()}`;
const cap = (s) => s[0].toUpperCase() + s.slice(1);

const SENTENCES = [
  () => `Police in ${pick(CITIES)} arrested ${pick(NUMBERS)} people ${WHEN()} after clashes near the parliament, ${pick(ORGS)} said.`,
  () => `${cap(pick(GROUPS))} attacked a police station in ${pick(CITIES)} ${WHEN()}, killing ${pick(NUMBERS)} officers, according to local officials.`,
  () => `${cap(titled())} met ${titled()} in ${pick(CITIES)} ${WHEN()} to discuss ${pick(TOPICS)}.`,
  () => `"We will not accept any deal that ignores ${pick(TOPICS)}," ${person()} told reporters in ${pick(CITIES)}.`,
  () => `"The situation is under control," said ${titled()}, adding that ${pick(NUMBERS)} suspects had been detained.`,
  () => `${pick(NATIONS)} and ${pick(NATIONS)} signed an agreement ${WHEN()} on ${pick(TOPICS)}.`,
  () => `${cap(pick(ORGS))} condemned the violence and called for an independent investigation.`,
  () => `Thousands of ${pick(GROUPS)} marched through ${pick(CITIES)} ${WHEN()} to protest against ${pick(TOPICS)}.`,
  () => `${person()}, a spokesman for ${pick(ORGS)}, said the talks would resume ${WHEN()}.`,
  () => `${pick(COMPANIES)} said ${WHEN()} it would cut ${pick(NUMBERS)} jobs and close its plant in ${pick(CITIES)}.`,
  () => `The government of ${pick(COUNTRIES)} accused ${pick(ORGS)} of interfering in its internal affairs.`,
  () => `${cap(pick(GROUPS))} blocked the main road to ${pick(CITIES)} for ${int(2, 9)} hours ${WHEN()}.`,
  () => `Officials said ${pick(NUMBERS)} people were injured and ${pick(NUMBERS)} were taken to hospital.`,
  () => `${cap(titled())} is expected to travel to ${pick(CITIES)} ${WHEN()} for a summit with leaders from ${pick(COUNTRIES)}.`,
  () => `The court in ${pick(CITIES)} sentenced ${person()} to ${int(2, 15)} years in prison ${WHEN()} on charges of fraud.`,
  () => `${person()} denied the allegations, saying they were "politically motivated."`,
  () => `${cap(pick(ORGS))} pledged $${int(2, 90)} million in aid for victims of the floods in ${pick(COUNTRIES)}.`,
  () => `Talks between the two sides broke down ${WHEN()}, diplomats said, and no new date has been set.`,
  () => `${cap(titled())} warned that further sanctions against ${pick(COUNTRIES)} would be imposed if the attacks continued.`,
  () => `Residents of ${pick(CITIES)} said they heard explosions ${WHEN()} and saw smoke rising over the port.`,
];

/** One article: headline, dateline and 10 to 18 paragraphs of one to three sentences. */
export function article(index, seed = 7) {
  state = (seed * 100_003 + index * 7_919) | 0;
  const city = pick(CITIES);
  const month = int(0, 11);
  const day = int(1, 28);
  const paragraphs = [];
  const count = int(10, 18);
  for (let p = 0; p < count; p++) {
    const sentences = [];
    for (let s = int(1, 3); s > 0; s--) sentences.push(pick(SENTENCES)());
    paragraphs.push(sentences.join(' '));
  }
  paragraphs[0] = `${city.toUpperCase()}, ${MONTHS[month]} ${day} (Wire) — ${paragraphs[0]}`;
  const headline = cap(pick(SENTENCES)().replace(/[.,"]+$/, '').split(',')[0]);
  return {
    id: `bench-${String(index).padStart(6, '0')}`,
    date: `2026-${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
    text: `${headline}\n\n${paragraphs.join('\n\n')}\n`,
  };
}
