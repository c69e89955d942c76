/**
 * Amounts of time as written in news: digits ("18"), words ("twenty four", "ninety-six"),
 * fractions ("2 1/2", "two and a half") and vague amounts ("several", "a few").
 */
import { COUPLE_WORDS, NUMBER_WORDS, ONE_WORDS, TENS_WORDS, VAGUE_AMOUNTS } from '../../lexicon/time-words.js';

const byLength = (words: Iterable<string>) => [...words].sort((a, b) => b.length - a.length);
const alt = (words: Iterable<string>) => byLength(words).map((w) => w.replace(/ /g, '\\s+')).join('|');

const UNIT_WORDS_1_9 = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const SIMPLE = [...NUMBER_WORDS.keys()].filter((w) => w !== 'hundred' && w !== 'thousand' && w !== 'dozen');

/** A number written in words: "twenty four", "ninety-six", "a hundred", "two thousand". */
const WORD_NUMBER = `(?:(?:${alt(TENS_WORDS)})(?:[- ](?:${UNIT_WORDS_1_9.join('|')}))?|${alt(SIMPLE)}|a|an)(?:\\s+(?:hundred|thousand))?|(?:a\\s+)?(?:hundred|thousand|dozen)`;

/** Any amount: digits (with thousands commas, decimals, a following " 1/2"), words, vague words; "and a half" may follow. */
export const AMOUNT = `(?:\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?(?:\\s+1/2)?|${WORD_NUMBER}|${alt(VAGUE_AMOUNTS)}|${alt(ONE_WORDS)})(?:\\s+and\\s+a\\s+half)?`;

/** The value of an amount: a number, or null for a vague one ("several"). */
export function parseAmount(raw: string): number | null {
  const text = raw.toLowerCase().replace(/\s+/g, ' ').trim();
  let half = 0;
  let body = text;
  if (body.endsWith(' and a half')) {
    half = 0.5;
    body = body.slice(0, -' and a half'.length);
  }
  if (body.endsWith(' 1/2')) {
    half = 0.5;
    body = body.slice(0, -' 1/2'.length);
  }
  if (COUPLE_WORDS.has(body)) return 2 + half;
  if (VAGUE_AMOUNTS.has(body)) return null;
  if (ONE_WORDS.has(body)) return 1 + half;
  if (/^[\d,.]+$/.test(body)) return Number(body.replace(/,/g, '')) + half;
  const words = body.split(/[\s-]+/).filter((w) => w !== 'a' && w !== 'an' && w !== 'and');
  if (words.length === 0) return 1 + half;
  let total = 0;
  let current = 0;
  for (const word of words) {
    const n = NUMBER_WORDS.get(word);
    if (n === undefined) return null;
    if (n === 100 || n === 1000) current = (current || 1) * n;
    else current += n;
    if (n === 1000) {
      total += current;
      current = 0;
    }
  }
  return total + current + half;
}
