import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { fixture, REFERENCE, runCli } from '../helpers.js';
import { quote } from '../../src/format/csv.js';

describe('--format csv', () => {
  it('parses into one row per event with date and category columns', async () => {
    const run = await runCli(['--format', 'csv', fixture(REFERENCE)]);
    const rows: Array<Record<string, string>> = parse(run.stdout, { columns: true });
    expect(rows.length).toBeGreaterThanOrEqual(5);
    expect(rows.some((r) => r.date === '2026-02-03' && r.category === 'COERCE')).toBe(true);
    for (const r of rows) expect(r.document_id).toBe(fixture(REFERENCE));
  });

  it('makes one table, one header, for several documents', async () => {
    const run = await runCli(['--format', 'csv', fixture(REFERENCE), fixture('no-date.txt')]);
    expect(run.stdout.match(/^document_id,/gm)).toHaveLength(1);
    const rows: Array<Record<string, string>> = parse(run.stdout, { columns: true });
    expect(new Set(rows.map((r) => r.document_id)).size).toBe(2);
  });

  it.each([
    ['plain', 'plain'],
    ['a, b', '"a, b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
  ])('quotes %j as %j', (field, expected) => {
    expect(quote(field)).toBe(expected);
  });
});
