/**
 * The only module that imports compromise. It tags the text once and hands back plain tokens
 * whose offsets have been checked against the original string, so nothing downstream depends
 * on compromise's own data structures.
 */
import { createRequire } from 'node:module';
import type compromise from 'compromise';
import type { Deadline } from './guard.js';
import { fastBulkMatch, type BulkMatch } from './nlp-sweep.js';

/**
 * compromise's one-file build (the package's "require" entry): the same code as the ~450 ES
 * modules its "import" entry loads, in about half the start-up time. Its "two" level: the
 * tokenizer, lexicon, tagger and root forms, without the phrase chunker and the plugins of
 * "three" that we never call; the tags and roots we read are the same (checked on the dev
 * sets: identical output), loading takes ~0.1 s less and tagging is a little faster.
 */
const nlp = createRequire(import.meta.url)('compromise/two') as typeof compromise;

type ToSingular = (str: string, model: { two: { irregularPlurals: Record<string, string> } }) => string;
const world = nlp.world() as unknown as {
  methods: {
    one: { bulkMatch: BulkMatch };
    two: { transform: { noun: { toSingular: ToSingular } } };
  };
  model: { one: { tagSet: Record<string, { parents?: string[]; children?: string[] } | undefined> } };
};
const { transform } = world.methods.two;

/**
 * Two of compromise's own methods swapped, through its plugin API, for equivalents that do the
 * same work with less waste (same tags and roots: checked on the dev sets, token by token):
 * the post-tagger's rule sweep (nlp-sweep.ts: finding candidate rules cost as much as running
 * them) and toSingular (below). Installed once, when this module loads.
 */
nlp.plugin({
  methods: {
    one: { bulkMatch: fastBulkMatch(world.methods.one.bulkMatch, tagCommonness) },
    // the plugin API replaces methods.two's members whole: hand back all of transform, one function changed
    two: { transform: { ...transform, noun: { ...transform.noun, toSingular: invertedOnce(transform.noun.toSingular) } } },
  },
});

/**
 * compromise's toSingular (root of every plural noun) inverts its table of irregular plurals on
 * every call; this inverts it once per table (the model is never changed after load) and leaves
 * the rest to compromise's own function, given an empty table.
 */
function invertedOnce(toSingular: ToSingular): ToSingular {
  const inverted = new WeakMap<object, Map<string, string>>();
  const noIrregulars = { two: { irregularPlurals: {} } };
  return (str, model) => {
    const table = model.two.irregularPlurals;
    let invert = inverted.get(table);
    if (!invert) {
      // later entries win, as in compromise's own inversion
      invert = new Map(Object.keys(table).map((singular) => [table[singular]!, singular]));
      inverted.set(table, invert);
    }
    return invert.get(str) ?? toSingular(str, noIrregulars);
  };
}

/**
 * For the sweep's choice of trigger: a word is rarer than any tag, and a tag deeper in
 * compromise's tag tree (City under Place under Noun) or without children rarer than a broad one.
 */
function tagCommonness(key: string): number {
  if (!key.startsWith('#')) return 0.1;
  const tag = world.model.one.tagSet[key.slice(1)];
  if (!tag) return 1;
  return 1 + 1 / (1 + (tag.parents?.length ?? 0)) + (tag.children?.length ? 1 : 0);
}

export interface Token {
  /** position in Document.tokens */
  index: number;
  start: number;
  end: number;
  text: string;
  /** lower-cased, apostrophes normalised, possessive kept */
  normal: string;
  /** infinitive for verbs, singular for nouns, else normal */
  lemma: string;
  tags: ReadonlySet<string>;
}

/** Longest run of text handed to compromise in one call; longer runs are cut at whitespace. */
const MAX_CHUNK = 5_000;
/** A very long news sentence is 400 characters; longer unpunctuated runs are cut for compromise. */
const MAX_SENTENCE = 600;

/**
 * The fields read from compromise's own term objects (View.docs, after compute('offset') and
 * compute('root')). Reading them directly, instead of through doc.json(), skips a copy of
 * every term and two renderings of every sentence's text; the values are the same ones json() copies.
 */
interface RawTerm {
  text: string;
  root?: string;
  tags?: Set<string>;
  offset?: { start: number; length: number };
}

/**
 * Tags `text` and returns its tokens. `ranges` are the pieces to tag (sentences), so that
 * overlong unpunctuated runs never reach compromise whole (its cost grows faster than
 * linearly with sentence length).
 */
export function tokenize(text: string, ranges: ReadonlyArray<{ start: number; end: number }>, deadline?: Deadline): Token[] {
  const tokens: Token[] = [];
  for (const chunk of chunks(text, ranges)) {
    deadline?.check('tagging');
    const piece = text.slice(chunk.start, chunk.end);
    if (!/\S/.test(piece)) continue;
    const doc = nlp(piece);
    doc.compute(['root', 'offset']);
    for (const sentence of (doc as unknown as { docs: RawTerm[][] }).docs) {
      for (const term of sentence) {
        const token = toToken(text, chunk.start, term, tokens.length);
        if (token) tokens.push(token);
      }
    }
  }
  return tokens;
}

function toToken(text: string, base: number, term: RawTerm, index: number): Token | null {
  if (!term.offset || term.offset.length === 0) return null;
  const start = base + term.offset.start;
  const end = start + term.offset.length;
  const surface = text.slice(start, end);
  // compromise sometimes reports offsets of a normalised string; trust only what matches the input
  if (surface !== term.text) return null;
  const normal = surface.toLowerCase().replace(/[\u2018\u2019]/g, "'");
  // the compromise document is dropped after this call, so its tag set is handed on, not copied
  const tags: ReadonlySet<string> = term.tags ?? new Set();
  return { index, start, end, text: surface, normal, lemma: lemmaOf(term, normal, tags), tags };
}

/** Apostrophes normalised like `normal`, so lexicons match "o'clock" whichever quote the text used. */
function lemmaOf(term: RawTerm, normal: string, tags: ReadonlySet<string>): string {
  if (term.root && (tags.has('Verb') || tags.has('Noun'))) return term.root.replace(/[\u2018\u2019]/g, "'");
  return normal.replace(/'s$/, '');
}

/**
 * Groups sentence ranges into chunks of at most MAX_CHUNK. A range longer than
 * MAX_SENTENCE is cut at whitespace and each piece tagged on its own.
 */
function* chunks(text: string, ranges: ReadonlyArray<{ start: number; end: number }>) {
  let start = -1;
  let end = -1;
  for (const range of ranges) {
    if (range.end - range.start > MAX_SENTENCE) {
      if (start >= 0) yield { start, end };
      start = -1;
      yield* splitLong(text, range.start, range.end);
      continue;
    }
    if (start >= 0 && range.end - start > MAX_CHUNK) {
      yield { start, end };
      start = -1;
    }
    if (start < 0) start = range.start;
    end = range.end;
  }
  if (start >= 0) yield { start, end };
}

function* splitLong(text: string, start: number, end: number) {
  let from = start;
  while (end - from > MAX_SENTENCE) {
    let cut = text.lastIndexOf(' ', from + MAX_SENTENCE);
    if (cut <= from) cut = from + MAX_SENTENCE;
    yield { start: from, end: cut };
    from = cut;
  }
  if (end > from) yield { start: from, end };
}
