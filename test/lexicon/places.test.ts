import { describe, it, expect } from 'vitest';
import { CITIES, COUNTRIES, NATIONS, REGIONS, SUBDIVISIONS } from '../../src/lexicon/places.js';
import { lookupDemonym, lookupPlace } from '../../src/extractors/actors/gazetteer.js';

const ISO = /^[A-Z]{2}$/;

describe('places lexicon: shape', () => {
  it.each([...COUNTRIES, ...NATIONS])('%s has an ISO code, names and demonyms', (line) => {
    const [iso, names, demonyms] = line.split('|').map((p) => p.trim());
    expect(iso).toMatch(ISO);
    expect(names!.length).toBeGreaterThan(1);
    expect(demonyms ?? '').not.toBe('');
  });

  it.each([...CITIES, ...SUBDIVISIONS])('%s has an ISO code and a name', (line) => {
    const [iso, names] = line.split('|').map((p) => p.trim());
    expect(iso).toMatch(ISO);
    expect(names).toMatch(/^\p{Lu}/u);
  });

  it('lists regions as bare names', () => {
    for (const r of REGIONS) expect(r).not.toContain('|');
  });
});

describe('places lexicon: lookups', () => {
  it.each([
    ['France', 'country', 'FR'],
    ['U.S.', 'country', 'US'],
    ['US', 'country', 'US'],
    ['Britain', 'country', 'GB'],
    ['England', 'nation', 'GB'],
    ['Paris', 'city', 'FR'],
    ['St. Louis', 'city', 'US'],
    ['St Louis', 'city', 'US'],
    ['Mich.', 'subdivision', 'US'],
    ['Bosnia-Herzegovina', 'country', 'BA'],
    ['Middle East', 'region', null],
  ])('%s is a %s in %s', (name, kind, iso) => {
    const place = lookupPlace(name);
    expect(place?.kind).toBe(kind);
    expect(place?.iso ?? null).toBe(iso);
  });

  it.each(['Musk', 'Reuters', 'French', 'Prosecutors', 'May'])('%s is no place', (name) => {
    expect(lookupPlace(name)).toBeUndefined();
  });

  it.each([
    ['French', 'France', 'FR'],
    ['Britons', 'United Kingdom', 'GB'],
    ['South African', 'South Africa', 'ZA'],
    ['Azeris', 'Azerbaijan', 'AZ'],
  ])('demonym %s → %s', (demonym, country, iso) => {
    expect(lookupDemonym(demonym)).toMatchObject({ country, iso });
  });

  it.each(['France', 'Paris', 'Musk'])('%s is no demonym', (word) => {
    expect(lookupDemonym(word)).toBeUndefined();
  });
});
