import { describe, expect, it } from 'vitest';
import { createDocument } from '../../src/document.js';
import { extractActors } from '../../src/extractors/actors.js';

/** The name of the actor that the first reference spelled `description` points to, or null when none does. */
function referent(text: string, description: string): string | null {
  const actors = extractActors(createDocument({ id: 't', source: 't', text }));
  return actors.find((a) => a.references.some((r) => r.text === description))?.name ?? null;
}

describe('definite descriptions: the organization the text is about, of the kind the head names', () => {
  it.each<[string, string, string, string | null]>([
    [
      'a carmaker is the car company, not the rival named after it',
      'Northwind Motors said on Monday it would build a plant in Ohio to catch up with Larkspur Inc. The carmaker, which sold a million cars last year, plans ten new models.',
      'The carmaker',
      'Northwind Motors',
    ],
    [
      '"the group said" continues the source just cited, not the armed group it accused',
      'Fighters attacked a village, the United Nations said. The Eastern Front shelled the market on Sunday, according to the Valley Medics Network. The group said 12 people were killed.',
      'The group',
      'Valley Medics Network',
    ],
    [
      '"the company" after an analyst is the subject company, not the analyst\u2019s firm',
      'Ostrava Foods said on Monday it would close two plants. "It is a hard year," said Mira Novak, an analyst at Danube Capital. The company also said it would cut 300 jobs.',
      'The company',
      'Ostrava Foods',
    ],
    [
      'a firm that speaks in its own right is "the company" that goes on speaking',
      'Ostrava Foods said it would close two plants. Danube Capital said profits would fall. The company also said it would cut its forecast.',
      'The company',
      'Danube Capital',
    ],
    [
      '"the ministry" is the ministry named, not the company in the same sentence',
      'Officials at the Ministry of Health met Corlin Pharmaceuticals executives on Monday. The ministry said talks would continue.',
      'The ministry',
      'Ministry of Health',
    ],
    [
      '"the militia" is the armed group, not the company it attacked',
      'Kasso Brigades attacked a convoy run by Sarto Logistics. The militia said it had seized the trucks.',
      'The militia',
      'Kasso Brigades',
    ],
    [
      'the company keeps being the company: a description it already holds keeps it in view',
      'Northwind Motors said on Monday it would invest in Ohio. The carmaker plans new models. Larkspur Inc shares fell. The company also said it would hire 500 workers.',
      'The company',
      'Northwind Motors',
    ],
  ])('%s', (_name, text, description, expected) => {
    expect(referent(text, description)).toBe(expected);
  });

  it.each<[string, string, string]>([
    ['"the group" is never the United Nations', 'The United Nations said aid was blocked. The group said it would appeal.', 'The group'],
    ['"the ministry" with no ministry named stays unresolved', 'Corlin Pharmaceuticals said on Monday its sales rose. The ministry said it would review prices.', 'The ministry'],
    ['"the company" is not a government office', "The Paris prosecutor's office opened an inquiry. The company said nothing.", 'The company'],
    ['"the carmaker" is not a bank', 'Meridian Bank said on Monday it would cut fees. The carmaker said it would not.', 'The carmaker'],
  ])('%s', (_name, text, description) => {
    expect(referent(text, description)).toBeNull();
  });
});
