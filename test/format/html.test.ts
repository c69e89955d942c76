import { describe, expect, it } from 'vitest';
import { fixture, REFERENCE, runCli } from '../helpers.js';
import { highlight } from '../../src/format/html.js';

describe('--format html', () => {
  it('writes one self-contained page with a legend and every fact highlighted', async () => {
    const run = await runCli(['--format', 'html', fixture(REFERENCE)]);
    const page = run.stdout;
    expect(page.startsWith('<!doctype html>')).toBe(true);
    expect(page).not.toMatch(/<(script|link)\b|src=/);
    for (const cls of ['person', 'organization', 'location', 'time', 'quote', 'event']) expect(page).toContain(`class="${cls}"`);
    const json = JSON.parse((await runCli([fixture(REFERENCE)])).stdout);
    const titles = [...page.matchAll(/title="([^"]*)"/g)].map((m) => m[1]).join('\n');
    for (const t of json.times) expect(titles).toContain(t.value);
    for (const e of json.events) expect(titles).toContain(`${e.type} ${e.action}`);
  });

  it('splits overlapping facts into pieces that carry every covering fact, and escapes text', () => {
    const html = highlight('a <b> c', [
      { start: 0, end: 5, kind: 'quote', title: 'q' },
      { start: 2, end: 7, kind: 'event', title: 'e' },
    ]);
    expect(html).toBe('<span class="quote" title="q" data-facts="1">a </span><span class="quote event" title="q\ne" data-facts="2">&lt;b&gt;</span><span class="event" title="e" data-facts="1"> c</span>');
  });
});
