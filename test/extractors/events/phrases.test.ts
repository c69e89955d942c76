/**
 * clauseEnd: where the clause of a trigger ends, and which rule ends it. All sentences invented.
 */
import { describe, expect, it } from 'vitest';
import { createDocument, tokenIndexAt } from '../../../src/document.js';
import { extractTimes } from '../../../src/extractors/times.js';
import { clauseEnd, clauseStopAt, type ClauseContext } from '../../../src/extractors/events/phrases.js';

function contextOf(text: string): ClauseContext {
  const doc = createDocument({ id: 't', source: 't', text, date: '2026-02-05' });
  const timeTokens = new Set<number>();
  for (const t of extractTimes(doc)) for (let k = tokenIndexAt(doc, t.start); k < doc.tokens.length && doc.tokens[k]!.start < t.end; k++) timeTokens.add(k);
  return { doc, s: doc.sentences[0]!, timeTokens };
}

/** The clause of the first token starting with `word`: its text and the rule that ended it. */
function clauseOf(text: string, word: string): { clause: string; rule: string | null } {
  const ctx = contextOf(text);
  const k = ctx.doc.tokens.findIndex((t) => t.normal.startsWith(word));
  const end = clauseEnd(ctx, k);
  const last = ctx.doc.tokens[end - 1]!;
  return { clause: text.slice(ctx.doc.tokens[k]!.start, last.end), rule: clauseStopAt(ctx, k, end) };
}

describe('clauseEnd', () => {
  it.each([
    // a coordinated verb phrase sharing the subject
    ['Rebels killed one soldier and seized two trucks.', 'killed', 'killed one soldier', 'clause.coordinated'],
    // compromise reads "wounded" as an adjective; before a number or determiner it is the verb
    ['Rebels killed one soldier and wounded two others.', 'killed', 'killed one soldier', 'clause.coordinated'],
    ['Gunmen shot the guard and wounded the driver.', 'shot', 'shot the guard', 'clause.coordinated'],
    ['The mayor rejected the offer but agreed to further talks.', 'rejected', 'rejected the offer', 'clause.coordinated'],
    ['The court heard the case yet postponed its ruling.', 'heard', 'heard the case', 'clause.coordinated'],
    // an adverb between the conjunction and the new verb
    ['Gunmen attacked a checkpoint and then fled into the hills.', 'attacked', 'attacked a checkpoint', 'clause.coordinated'],
    // a new subject and finite verb
    ['Police arrested two men, and troops shelled a village.', 'arrested', 'arrested two men', 'clause.coordinated'],
    ['Police arrested two men and the army closed the road.', 'arrested', 'arrested two men', 'clause.coordinated'],
    // punctuation
    ['Police arrested two men; the army closed the road.', 'arrested', 'arrested two men', 'clause.punctuation'],
    ['Police arrested two men: a driver and a guard.', 'arrested', 'arrested two men', 'clause.punctuation'],
    // a comma and a clause opener, a participle or an attribution
    ['Rebels shelled the town, killing three civilians.', 'shelled', 'shelled the town', 'clause.comma-opener'],
    ['Rebels shelled the town, which lies near the border.', 'shelled', 'shelled the town', 'clause.comma-opener'],
    ['Rebels shelled the town, officials said.', 'shelled', 'shelled the town', 'clause.comma-opener'],
    // a relative clause set off by commas closes at its own comma
    ['The army, which shelled the town last week, denied the charge.', 'shelled', 'shelled the town last week', 'clause.relative-closed'],
  ])('"%s": the clause of "%s" is "%s" (%s)', (text, word, clause, rule) => {
    expect(clauseOf(text, word)).toEqual({ clause, rule });
  });

  it.each([
    // coordinated nouns, adjectives and objects: no new predicate
    ['Police arrested two men and a woman near the border.', 'arrested', 'arrested two men and a woman near the border'],
    ['Rebels attacked the soldiers and their families.', 'attacked', 'attacked the soldiers and their families'],
    ['Rebels attacked the soldiers and wounded civilians.', 'attacked', 'attacked the soldiers and wounded civilians'],
    ['Officials condemned an urgent and seemingly growing threat.', 'condemned', 'condemned an urgent and seemingly growing threat'],
    // alternatives share their object: "or" ends no clause
    ['The state may not expel or return a refugee.', 'expel', 'expel or return a refugee'],
    // a comma without an opener
    ['Police arrested the driver, a former soldier.', 'arrested', 'arrested the driver, a former soldier'],
  ])('"%s": the clause of "%s" runs to the sentence end', (text, word, clause) => {
    expect(clauseOf(text, word)).toEqual({ clause, rule: null });
  });
});
