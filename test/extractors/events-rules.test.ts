/**
 * Table tests for event rules: each rule has sentences where it must fire and sentences
 * where it must not, with the expected trigger, category and argument words.
 * All sentences are invented.
 */
import { describe, it, expect } from 'vitest';
import { extractDocument } from '../../src/extract.js';
import type { Event, Result } from '../../src/schema.js';

const run = (text: string): Result => extractDocument(text, { date: '2026-02-05' });
const on = (r: Result, trigger: string) => r.events.filter((e) => e.trigger.text.toLowerCase().startsWith(trigger.toLowerCase()));
const texts = (args: Event['agents']) => args.map((a) => a.text);

describe('events: a compound actor gives one record per member (PLOVER compound actors)', () => {
  it.each([
    // [text, trigger, category, expected agent lists, expected target lists]
    ['Norway and Denmark condemned the missile test on Friday.', 'condemned', 'ACCUSE', [['Norway', 'Denmark'], ['Denmark']], null],
    ['Chile accused Peru and Bolivia of violating the border treaty.', 'accused', 'ACCUSE', null, [['Peru', 'Bolivia'], ['Bolivia']]],
    ['Ghana, Togo and Benin agreed to share river data.', 'agreed', 'AGREE', [['Ghana', 'Togo', 'Benin'], ['Togo'], ['Benin']], null],
  ] as const)('"%s"', (text, trigger, type, agents, targets) => {
    const found = on(run(text), trigger);
    expect(found.every((e) => e.type === type)).toBe(true);
    if (agents) expect(found.map((e) => texts(e.agents))).toEqual(agents);
    if (targets) expect(found.map((e) => texts(e.targets))).toEqual(targets);
  });

  it.each([
    // conjoined things, not parties: one event
    ['The two leaders signed a treaty of friendship and cooperation.', 'signed'],
    // a single actor: one event
    ['Peru condemned the missile test on Friday.', 'condemned'],
  ])('no member records in "%s"', (text, trigger) => {
    expect(on(run(text), trigger)).toHaveLength(1);
  });
});
