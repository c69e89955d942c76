/**
 * The pipeline, top to bottom: build the Document once, run each component in order over it,
 * validate the result against the schema. Components are pure: they read the document and the
 * facts found so far and return their own facts.
 */
import { createDocument, type Document, type DocumentInput } from './document.js';
import { ResultSchema, type Actor, type Event, type Quote, type Result, type Time, type Warning } from './schema.js';
import { extractTimes } from './extractors/times.js';
import { extractActors } from './extractors/actors.js';
import { analyzeQuotes } from './extractors/quotes.js';
import { extractEvents } from './extractors/events.js';
import { summarize } from './resolve/summary.js';
import { datelineInfo } from './resolve/dateline.js';
import { defaultTimeBudgetMs, startDeadline } from './guard.js';

export interface Facts {
  actors: Actor[];
  times: Time[];
  quotes: Quote[];
  events: Event[];
}

export type ComponentName = keyof Facts;

/** What a component adds: its facts, and problems worth telling the reader (never an exception). */
type Output = Partial<Facts> & { warnings?: Warning[] };

interface Component {
  name: ComponentName;
  run(doc: Document, facts: Facts): Output;
}

/** Order matters: quotes need actors, events need actors, times and quotes. */
const COMPONENTS: readonly Component[] = [
  { name: 'times', run: (doc) => ({ times: extractTimes(doc) }) },
  { name: 'actors', run: (doc) => ({ actors: extractActors(doc) }) },
  { name: 'quotes', run: (doc, f) => analyzeQuotes(doc, f.actors) },
  { name: 'events', run: (doc, f) => ({ events: extractEvents(doc, f) }) },
];

export const COMPONENT_NAMES: readonly ComponentName[] = COMPONENTS.map((c) => c.name);

export interface ExtractOptions {
  /** publication date YYYY-MM-DD; wins over a date header in the text */
  date?: string | null;
  dateSource?: 'option' | 'record';
  id?: string;
  source?: string;
  /** components to run (default: all); the ones a component needs still run */
  only?: readonly ComponentName[];
  /** warnings found before extraction (decoding the input), put first in the result */
  warnings?: readonly Warning[];
  /**
   * milliseconds this document may take; past it extraction throws BudgetExceededError
   * (checked while tagging, between components and per sentence in long loops) instead of
   * running on (default: EXTRACT_TIME_BUDGET_MS from the environment, else 15 s)
   */
  timeBudgetMs?: number;
}

export function extractDocument(text: string, options: ExtractOptions = {}): Result {
  const input: DocumentInput = {
    id: options.id ?? 'stdin',
    source: options.source ?? options.id ?? 'stdin',
    text,
    date: options.date ?? null,
    dateSource: options.dateSource ?? 'option',
  };
  const deadline = startDeadline(options.timeBudgetMs ?? defaultTimeBudgetMs());
  const doc = createDocument({ ...input, deadline });
  deadline.check('tagging');
  let facts: Facts = { actors: [], times: [], quotes: [], events: [] };
  const componentWarnings: Warning[] = [];
  for (const component of COMPONENTS) {
    if (options.only && !needed(component.name, options.only)) continue;
    const { warnings, ...found } = component.run(doc, facts);
    facts = { ...facts, ...found };
    componentWarnings.push(...(warnings ?? []));
    deadline.check(component.name);
  }
  const result: Result = {
    document: {
      id: doc.id,
      source: doc.source,
      date: doc.date,
      dateSource: doc.dateSource,
      title: doc.title,
      dateline: datelineInfo(doc, facts.actors),
      length: text.length,
    },
    ...facts,
    summary: summarize(facts),
    warnings: [...(options.warnings ?? []), ...warningsFor(doc), ...componentWarnings],
  };
  return ResultSchema.parse(result);
}

const NEEDS: Record<ComponentName, ComponentName[]> = {
  times: [],
  actors: [],
  quotes: ['actors'],
  events: ['actors', 'times', 'quotes'],
};

function needed(name: ComponentName, only: readonly ComponentName[]): boolean {
  return only.some((wanted) => wanted === name || NEEDS[wanted].includes(name));
}

function warningsFor(doc: Document): Warning[] {
  const warnings: Warning[] = [];
  if (!doc.date)
    warnings.push({
      code: 'no-publication-date',
      message: 'no publication date given (--date) or found in a header: relative times are left unresolved (XXXX)',
      span: null,
    });
  return warnings;
}
