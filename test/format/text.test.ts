import { describe, expect, it } from 'vitest';
import { fixture, REFERENCE, runCli } from '../helpers.js';
import { shorten } from '../../src/format/text.js';

const ESC = /\u001b\[/;

describe('--format text', () => {
  it('shows the timeline in date order, the actors and the quotes', async () => {
    const run = await runCli(['--format', 'text', fixture(REFERENCE)]);
    expect(run.code).toBe(0);
    const out = run.stdout;
    for (const heading of ['Actors', 'Timeline', 'Quotes']) expect(out).toContain(heading);
    expect(out).toContain('Elon Musk');
    expect(out).toContain('political attack');
    // a direct quote is shown without its own marks and closing comma
    expect(out).toContain('\u201cWe are disappointed by this development, but we are not surprised\u201d');
    const timeline = out.slice(out.indexOf('Timeline'), out.indexOf('Quotes'));
    const order = ['2025-01', '2026-02-03', '2026-04'].map((d) => timeline.indexOf(d));
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it.each([
    ['piped', {}, false, false],
    ['NO_COLOR on a terminal', { NO_COLOR: '1' }, true, false],
    ['--no-color on a terminal', {}, true, false],
    ['FORCE_COLOR when piped', { FORCE_COLOR: '1' }, false, true],
    ['a terminal', {}, true, true],
  ] as const)('colour %s: %s', async (label, env, tty, colored) => {
    const argv = ['--format', 'text', fixture(REFERENCE), ...(label.startsWith('--no-color') ? ['--no-color'] : [])];
    const run = await runCli(argv, { env: { ...env }, tty });
    expect(ESC.test(run.stdout)).toBe(colored);
  });

  it('gives one timeline line per act, not one per member of a compound actor', async () => {
    const out = (await runCli(['--format', 'text', '--no-color', fixture(REFERENCE)])).stdout;
    const requests = out.split('\n').filter((l) => /^\s+2026-04\s+REQUEST/.test(l));
    expect(requests).toHaveLength(1);
    expect(requests[0]).toMatch(/Elon Musk, Linda Yaccarino/);
  });

  it('shortens long quotes at a word boundary', () => {
    expect(shorten('one two three four five', 12)).toBe('one two…');
    expect(shorten('short', 12)).toBe('short');
  });
});
