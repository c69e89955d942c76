import { describe, expect, it } from 'vitest';
import { extract, ResultSchema, COMPONENT_NAMES } from '../src/index.js';

describe('library API', () => {
  it('extracts typed facts from a string with a reference date', () => {
    const result = extract('Police in Lyon arrested two men on Friday.', { date: '2026-02-05' });
    expect(ResultSchema.safeParse(result).success).toBe(true);
    expect(result.times).toEqual([expect.objectContaining({ text: 'Friday', value: '2026-01-30', type: 'DATE' })]);
    expect(result.events.map((e) => e.type)).toContain('COERCE');
  });

  it('lists its components', () => {
    expect(COMPONENT_NAMES).toEqual(['times', 'actors', 'quotes', 'events']);
  });
});
