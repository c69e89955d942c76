/**
 * Where an article's time goes, component by component, in one process, beside the naive
 * glue's parts on the same articles: building the Document (compromise tagging, once) against
 * compromise nlp(text); times against chrono.parse(text); then actors, quotes and events.
 * Reports milliseconds per article (median of several passes, after a warm-up pass).
 *   node bench/components.mjs [--docs N] [--passes P]
 */
import nlp from 'compromise';
import * as chrono from 'chrono-node';
import { article } from './articles.mjs';
import { createDocument } from '../dist/document.js';
import { extractTimes } from '../dist/extractors/times.js';
import { extractActors } from '../dist/extractors/actors.js';
import { analyzeQuotes } from '../dist/extractors/quotes.js';
import { extractEvents } from '../dist/extractors/events.js';

export function componentCosts({ docs = 200, passes = 3 } = {}) {
  const texts = Array.from({ length: docs }, (_, i) => article(i).text);
  const ref = new Date('2026-02-05T12:00:00Z');
  const stages = {
    'naive: compromise nlp(text)': (t) => nlp(t),
    'naive: chrono.parse(text)': (t) => chrono.parse(t, ref),
    'document (tagging, once)': (t) => createDocument({ id: 'b', source: 'b', text: t, date: '2026-02-05' }),
  };
  const totals = Object.fromEntries([...Object.keys(stages), 'times', 'actors', 'quotes', 'events'].map((k) => [k, []]));
  for (let pass = 0; pass <= passes; pass++) {
    const sums = Object.fromEntries(Object.keys(totals).map((k) => [k, 0]));
    for (const text of texts) {
      for (const [name, fn] of Object.entries(stages)) {
        const t0 = performance.now();
        fn(text);
        sums[name] += performance.now() - t0;
      }
      const doc = createDocument({ id: 'b', source: 'b', text, date: '2026-02-05' });
      const timed = (name, fn) => {
        const t0 = performance.now();
        const out = fn();
        sums[name] += performance.now() - t0;
        return out;
      };
      const times = timed('times', () => extractTimes(doc));
      const actors = timed('actors', () => extractActors(doc));
      const { quotes } = timed('quotes', () => analyzeQuotes(doc, actors));
      timed('events', () => extractEvents(doc, { actors, times, quotes, events: [] }));
    }
    if (pass > 0) for (const k of Object.keys(sums)) totals[k].push(sums[k] / texts.length);
  }
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  return Object.fromEntries(Object.entries(totals).map(([k, xs]) => [k, +median(xs).toFixed(2)]));
}

export function printComponentCosts(costs) {
  console.log('per article, in one process (ms, median of passes):');
  for (const [name, ms] of Object.entries(costs)) console.log(`  ${name.padEnd(30)} ${ms.toFixed(2).padStart(7)}`);
  const naive = costs['naive: compromise nlp(text)'] + costs['naive: chrono.parse(text)'];
  const ours = costs['document (tagging, once)'] + costs.times + costs.actors + costs.quotes + costs.events;
  console.log(`  times / chrono.parse: ${(costs.times / costs['naive: chrono.parse(text)']).toFixed(2)}; actors / nlp(): ${(costs.actors / costs['naive: compromise nlp(text)']).toFixed(2)}; tagging / nlp(): ${(costs['document (tagging, once)'] / costs['naive: compromise nlp(text)']).toFixed(2)}`);
  console.log(`  whole pipeline / naive glue: ${(ours / naive).toFixed(2)}`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const arg = (name, fallback) => {
    const i = process.argv.indexOf(name);
    return i > 0 ? Number(process.argv[i + 1]) : fallback;
  };
  const costs = componentCosts({ docs: arg('--docs', 200), passes: arg('--passes', 3) });
  printComponentCosts(costs);
  console.log(JSON.stringify({ componentsMsPerArticle: costs }));
}
