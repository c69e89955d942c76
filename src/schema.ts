/**
 * The output contract. Every type the extractor emits is inferred from these zod schemas,
 * every result is validated against them before it is written, and `extract schema` prints
 * the JSON Schema generated from them.
 */
import { z } from 'zod';

export const SpanSchema = z
  .object({
    start: z.number().int().nonnegative().describe('UTF-16 offset into the decoded input (after BOM removal), inclusive'),
    end: z.number().int().nonnegative().describe('UTF-16 offset into the decoded input (after BOM removal), exclusive'),
    text: z.string().describe('exactly input.slice(start, end)'),
  })
  .describe('A piece of the input text');
export type Span = z.infer<typeof SpanSchema>;

const Id = z.string().min(1);
const Rule = z.string().describe('id of the rule that produced this fact');

export const ActorType = z.enum(['person', 'organization', 'location', 'product', 'other']);
export type ActorType = z.infer<typeof ActorType>;

export const MentionSchema = SpanSchema.extend({
  kind: z.enum(['name', 'alias', 'acronym', 'description', 'pronoun', 'demonym']).describe(
    'name: the full name; alias: a part or other form of it; acronym; description: "the company"; pronoun: "it", "he"; demonym: "French" for France',
  ),
  rule: Rule,
});
export type Mention = z.infer<typeof MentionSchema>;

export const RoleSchema = z.object({
  role: z.string().describe('canonical role, e.g. "chief executive", "owner"'),
  of: Id.nullable().describe('actor id of the organization or place the role belongs to'),
  former: z.boolean(),
  span: SpanSchema.describe('where the role is stated'),
  rule: Rule,
});
export type Role = z.infer<typeof RoleSchema>;

export const ActorSchema = z.object({
  id: Id,
  name: z.string().describe('canonical name: the longest full form seen'),
  type: ActorType,
  aliases: z.array(z.string()).describe('other names for the same actor: surnames, acronyms, expansions'),
  roles: z.array(RoleSchema),
  country: z.string().length(2).nullable().describe('ISO 3166-1 alpha-2 code for countries and places known to lie in one'),
  mentions: z.array(MentionSchema).describe('every place the actor is named (name, alias, acronym), in text order'),
  references: z
    .array(MentionSchema)
    .describe('places the actor is referred to without its name (description, pronoun, demonym), in text order'),
});
export type Actor = z.infer<typeof ActorSchema>;

export const TimeType = z.enum(['DATE', 'TIME', 'DURATION', 'SET']);
export const Granularity = z.enum([
  'century', 'decade', 'year', 'half', 'quarter', 'season', 'month', 'week', 'day', 'part-of-day', 'hour', 'minute', 'second', 'none',
]);

export const TimeSchema = SpanSchema.extend({
  id: Id,
  type: TimeType.describe('TIMEX3 type: DATE (a calendar day or period), TIME (a time of day), DURATION (an amount of time), SET (a recurrence)'),
  value: z
    .string()
    .describe(
      'TIMEX3 value: days 2026-02-03, months 2026-04, years 2026, weeks 2026-W05, weekends 2026-W05-WE, quarters 2026-Q1, halves 2026-H1, seasons 2026-SU, parts of day 2026-02-03TMO, clock times 2026-02-03T10:30, decades 199, centuries 19, unknown parts XXXX-WXX-2, PRESENT_REF / PAST_REF / FUTURE_REF, durations P3D, PT2H, PXY, sets P1D, XXXX-WXX-4',
    ),
  mod: z
    .string()
    .nullable()
    .describe('TIMEX3 mod where the text says it: APPROX ("about"), START / MID / END ("early", "mid-", "the end of"), LESS_THAN, MORE_THAN, EQUAL_OR_LESS, EQUAL_OR_MORE'),
  granularity: Granularity.describe('the calendar unit the value names (for durations, the unit counted); none for reference words'),
  interval: z
    .object({ start: z.string(), end: z.string() })
    .nullable()
    .describe('ISO dates covered, end exclusive (2026-04 → 2026-04-01 .. 2026-05-01; weeks, quarters, seasons, decades alike); null for durations, sets, reference words and values with unknown (X) parts'),
  anchored: z.boolean().describe('true when the value was resolved against the publication date or the time the narrative is at'),
  rule: Rule,
});
export type Time = z.infer<typeof TimeSchema>;

export const ActorRefSchema = SpanSchema.extend({
  actor: Id.nullable().describe('id of the actor this span refers to, or null when unresolved'),
});
export type ActorRef = z.infer<typeof ActorRefSchema>;

export const QuoteSchema = SpanSchema.extend({
  id: Id,
  kind: z.enum(['direct', 'indirect', 'mixed']),
  speaker: ActorRefSchema.nullable(),
  cue: SpanSchema.nullable().describe('the verb or phrase that attributes the quote ("said", "according to")'),
  fragments: z.array(SpanSchema).describe('for direct quotes interrupted by the attribution, each quoted piece'),
  rule: Rule,
});
export type Quote = z.infer<typeof QuoteSchema>;

export const PloverCategory = z.enum([
  'AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST',
  'ACCUSE', 'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT',
]);

export const EventSchema = z.object({
  id: Id,
  action: z.string().describe('lemma of the trigger, e.g. "raid", "summon"'),
  type: PloverCategory.describe('PLOVER 2021 category'),
  mode: z.string().nullable().describe('PLOVER mode where clear, e.g. "seize"'),
  trigger: SpanSchema,
  agents: z.array(ActorRefSchema),
  targets: z.array(ActorRefSchema),
  time: Id.nullable().describe('id of the time the event is dated by'),
  date: z.string().nullable().describe('TIMEX3 value of that time'),
  location: ActorRefSchema.nullable(),
  modality: z.enum(['asserted', 'reported', 'planned', 'requested', 'hypothetical']),
  negated: z.boolean(),
  quote: Id.nullable().describe('the quote that reports this event, if any'),
  sentence: SpanSchema,
  expands: Id.nullable().describe(
    'for a record that expands a compound actor to one of its members (PLOVER/CAMEO convention: "A and B agreed" is an event for A and one for B): the id of the event as written, which lists them all; null on the event as written. Count acts with expands == null, members with all records.',
  ),
  rule: Rule,
});
export type Event = z.infer<typeof EventSchema>;

export const WarningSchema = z.object({
  code: z.string(),
  message: z.string(),
  span: SpanSchema.nullable(),
});
export type Warning = z.infer<typeof WarningSchema>;

export const DatelineSchema = SpanSchema.extend({
  places: z.array(ActorRefSchema).describe('where the story was filed ("PARIS"; "BEIJING/MANILA" gives two)'),
  region: ActorRefSchema.nullable().describe('the region or country after the place ("Sudan" in "KHARTOUM, Sudan")'),
  agency: ActorRefSchema.nullable().describe('the news agency in brackets ("Reuters")'),
  date: z.string().nullable().describe('the date the dateline writes in full, YYYY-MM-DD'),
}).describe('The dateline at the start of the story: "KHARTOUM, Sudan (AP) —"');
export type DatelineInfo = z.infer<typeof DatelineSchema>;

export const DocumentInfoSchema = z.object({
  id: z.string(),
  source: z.string().describe('file path, "stdin", or "<file>:<line>" for a JSON Lines record'),
  date: z.string().nullable().describe('publication date (YYYY-MM-DD) relative times resolve against'),
  dateSource: z.enum(['option', 'record', 'header', 'dateline', 'none']),
  title: z.string().nullable(),
  dateline: DatelineSchema.nullable(),
  length: z.number().int().nonnegative().describe('length of the input in UTF-16 code units'),
});
export type DocumentInfo = z.infer<typeof DocumentInfoSchema>;

export const SummarySchema = z.object({
  event: Id,
  who: z.array(z.string()),
  what: z.string(),
  whom: z.array(z.string()),
  when: z.string().nullable(),
  where: z.string().nullable(),
  text: z.string().describe('one line: who did what to whom, when, where'),
});

export const ResultSchema = z.object({
  document: DocumentInfoSchema,
  actors: z.array(ActorSchema),
  times: z.array(TimeSchema),
  quotes: z.array(QuoteSchema),
  events: z.array(EventSchema),
  summary: SummarySchema.nullable(),
  warnings: z.array(WarningSchema),
});
export type Result = z.infer<typeof ResultSchema>;

export const ErrorRecordSchema = z.object({
  document: z.object({ id: z.string(), source: z.string().optional() }),
  error: z.object({ message: z.string(), code: z.string().optional() }),
});
export type ErrorRecord = z.infer<typeof ErrorRecordSchema>;

export const OutputRecordSchema = z.union([ResultSchema, ErrorRecordSchema]);

/** JSON Schema of one output record, generated from the zod schemas above. */
export function outputJsonSchema(): unknown {
  return z.toJSONSchema(OutputRecordSchema, { target: 'draft-2020-12' });
}
