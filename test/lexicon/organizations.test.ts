import { describe, it, expect } from 'vitest';
import { ORGANIZATIONS, COMPANY_SUFFIXES, INSTITUTION_SUFFIXES } from '../../src/lexicon/organizations.js';
import { isCompanySuffix, isInstitutionSuffix, lookupOrg } from '../../src/extractors/actors/gazetteer.js';

describe('organizations lexicon', () => {
  it('has no empty entries and lower-case suffixes', () => {
    for (const line of ORGANIZATIONS) expect(line.split('|')[0]!.trim()).toMatch(/^\S/);
    for (const s of [...COMPANY_SUFFIXES, ...INSTITUTION_SUFFIXES]) expect(s).toBe(s.toLowerCase());
  });

  it.each([
    ['UN', 'United Nations'],
    ['U.N.', 'United Nations'],
    ['NATO', 'North Atlantic Treaty Organization'],
    ['ICO', "Information Commissioner's Office"],
    ['IMF', 'International Monetary Fund'],
    ['Reuters', 'Reuters'],
    ['FIFA', 'FIFA'],
    ['J.P. Morgan', 'JPMorgan'],
  ])('%s → %s', (form, name) => {
    expect(lookupOrg(form)?.name).toBe(name);
  });

  it.each(['Georgia', 'Paris', 'France', 'Liverpool', 'Time', 'May'])('%s is not taken as an organization', (word) => {
    expect(lookupOrg(word)).toBeUndefined();
  });

  it.each([['Inc', true], ['Corp.', true], ['Ministry', false], ['Musk', false]])('company suffix %s: %s', (w, yes) => {
    expect(isCompanySuffix(w as string)).toBe(yes);
  });

  it.each([['Ministry', true], ['FC', true], ['Party', true], ['Musk', false]])('institution suffix %s: %s', (w, yes) => {
    expect(isInstitutionSuffix(w as string)).toBe(yes);
  });
});
