/**
 * Reported speech, drawn as PolNeAR draws it: the content is the reported clause (with its
 * "that"), the source the cue's subject, the cue the verb or phrase.
 *   X said (that) …            → quotes.reported.cue-clause
 *   X told reporters (that) …  → quotes.reported.cue-clause (the hearer is skipped)
 *   …, X said. / …, said X.    → quotes.reported.clause-cue
 *   according to X, … / …, according to X.
 *   X was endorsed by Y        → quotes.reported.passive (X the content, Y the speaker)
 *   X's claim that … / her call for … → quotes.reported.stance-noun (a verb's object: stance-object)
 *   when asked whether …       → quotes.reported.subjectless
 *   Roe: Council Must …        → quotes.reported.headline-colon (the first paragraph only)
 * A clause holding quoted words is "mixed". Quoted words inside a sentence no reported rule
 * covers are attributed to the subject of the verb that governs them (`Christie described
 * Clinton as a "disgrace"`), unless they are a title or a scare quote with no such verb.
 */
import type { Document, Sentence, Token } from '../../document.js';
import { sentenceAt, tokenIndexAt } from '../../document.js';
import type { Span } from '../../schema.js';
import { isRelativePronoun, type Attribution } from '../../resolve/speakers.js';
import {
  ADVERBIAL_PREPOSITIONS,
  ARMED_FORCE_NOUNS,
  ATTRIBUTION_VERBS,
  AUTHORSHIP_CUES,
  CLAUSE_ONLY_CUES,
  DIRECT_ONLY_CUES,
  EVIDENCE_VERBS,
  HEADLINE_CUES,
  HEADLINE_LABELS,
  HEARER_VERBS,
  PARAGRAPH_LABELS,
  PARTICIPLE_CUES,
  PERCEPTION_PARTICIPLES,
  PHYSICAL_SENSE_CUES,
  PHYSICAL_TARGET_NOUNS,
  PLAIN_SPEECH_CUES,
  REASON_FOR_CUES,
  SPOKESPERSON_NOUNS,
  RELATIVE_PRONOUNS,
  SPEECH_VERBS,
  STANCE_LINKS,
  STANCE_NOUNS,
  SUBJECT_MATTER,
  SUBORDINATORS,
  TOLL_PARTICIPLES,
  VIEW_VERBS,
} from '../../lexicon/cues.js';
import type { Marked } from '../../quote-marks.js';
import {
  breaksPhrase,
  gapBetween,
  hasQuoteMark,
  isAbbreviationToken,
  isAttributionVerb,
  isBareVerbNoun,
  isDayWord,
  isNounAfterDeterminer,
  isFiniteVerb,
  isHeadline,
  isTimeWord,
  isNameWord,
  isNounPhraseToken,
  isVerb,
  isVerbModifier,
  nounPhraseAfter,
  sentenceContentEnd,
  sp,
  subjectBefore,
  TIME_MODIFIERS,
  tokSpan,
  wordCount,
} from './phrases.js';
import { isParticipleCue, isTitleLike, mainClauseSubject } from './direct.js';

/** Verbs of appearance that attribute a judgement to no one named ("appears to have plummeted", "it seems that"). */
const SEEM_VERBS: ReadonlySet<string> = new Set(['seem', 'seems', 'seemed', 'appear', 'appears', 'appeared']);

/** Words that open an embedded question ("have not said when they would act"). */
const WH_WORDS: ReadonlySet<string> = new Set(['when', 'whether', 'if', 'how', 'why', 'where', 'what', 'who', 'which', 'whom']);

/** Fewest words a reported clause has ("it would leave" has three). */
const MIN_CONTENT_WORDS = 2;
/** Tokens skipped after a cue before the clause starts ("told CNN's State of the Union on Sunday that"). */
const MAX_CUE_GAP = 10;
/** Farthest a governing verb may stand before the quoted words, in tokens. */
const MAX_GOVERNING_DISTANCE = 16;
/** Quoted words with no governing verb are kept as a direct quote only from this length. */
const MIN_STANDALONE_WORDS = 6;

/**
 * Reported attributions of every sentence. `blocked[k]` marks tokens that belong to a direct
 * quote or its attribution: they never start a reported one.
 */
export function reportedSpeech(doc: Document, blocked: Uint8Array, direct: readonly Attribution[], quoted?: Uint8Array): Attribution[] {
  const out: Attribution[] = [];
  const headline = headlineColon(doc, blocked);
  if (headline) out.push(headline);
  const transcript = new Set<number>();
  for (let p = 1; p < doc.paragraphs.length; p++) {
    const line = transcriptLine(doc, p, blocked);
    if (!line) continue;
    out.push(line);
    transcript.add(p);
  }
  let d = 0;
  for (const s of doc.sentences) {
    // the headline's statement is its speaker's, whatever verbs it holds; so is a transcript line
    if ((headline && s.paragraph === 0) || transcript.has(s.paragraph)) continue;
    // speakers already named in this sentence, for ", adding …" / ", saying …"
    while (d < direct.length && direct[d]!.end < s.start - 300) d++;
    const named: Span[] = [];
    for (let k = d; k < direct.length && direct[k]!.start < s.end; k++) {
      const sp = direct[k]!.speakerSpan;
      if (sp && sp.start >= s.start && sp.end <= s.end) named.push(sp);
    }
    out.push(...reportedInSentence(doc, s, blocked, named, quoted));
  }
  return out;
}

/** Most words of a speaker's name opening a transcript line. */
const MAX_TRANSCRIPT_SPEAKER_WORDS = 3;

/** A label before a colon ("Photo:", "Update:", "Editor's note:"): no speaker, in a headline or a paragraph. */
const isLabel = (head: string): boolean => PARAGRAPH_LABELS.has(head.toLowerCase()) || HEADLINE_LABELS.has(head.toLowerCase());

/**
 * "Matthews: Well, speculation is bad." — a transcript line: a paragraph that opens with a
 * capitalised name and a colon is that speaker's words (the paragraph's rest).
 */
function transcriptLine(doc: Document, p: number, blocked: Uint8Array): Attribution | null {
  const para = doc.paragraphs[p]!;
  const head = /^((?:[\p{Lu}][\p{L}.'\u2019-]*)(?: [\p{Lu}][\p{L}.'\u2019-]*){0,2}):[ \t]+(?=\S)/u.exec(doc.text.slice(para.start, Math.min(para.end, para.start + 60)));
  if (!head || head[1]!.length < 2 || head[1]!.split(' ').length > MAX_TRANSCRIPT_SPEAKER_WORDS) return null;
  if (isLabel(head[1]!)) return null;
  const start = para.start + head[0].length;
  let end = para.end;
  while (end > start && /[\s.]/.test(doc.text[end - 1]!)) end--;
  if (blocked[tokenIndexAt(doc, start)] || wordCount(doc.text.slice(start, end)) < MIN_CONTENT_WORDS) return null;
  const colon = para.start + head[1]!.length;
  return reported(doc, start, end, sp(doc, para.start, colon), sp(doc, colon, colon + 1), 'quotes.reported.transcript-line', p);
}

/** Longest speaker before a headline's colon, in words. */
const MAX_HEADLINE_SPEAKER_WORDS = 6;

/**
 * "Roe: Budget Talks Have Stalled", "Roe to Farm Groups: Tariffs will …": a headline
 * that names its speaker before a colon. The speaker is the capitalised words before any lower-case
 * connector ("Roe on the mayor's emails: …" → Roe); the content is the rest of the line.
 */
function headlineColon(doc: Document, blocked: Uint8Array): Attribution | null {
  const p = doc.paragraphs[0];
  if (!p || doc.paragraphs.length < 2) return null;
  const line = doc.text.slice(p.start, p.end);
  const colon = line.indexOf(': ');
  if (colon < 2 || line.length > 200 || /[\r\n]/.test(line)) return null;
  const head = line.slice(0, colon);
  const words = head.split(' ');
  if (words.length > MAX_HEADLINE_SPEAKER_WORDS || isLabel(head) || !/^\p{Lu}/u.test(head)) return null;
  let speakerWords = 0;
  while (speakerWords < words.length && /^[\p{Lu}\p{N}]/u.test(words[speakerWords]!)) speakerWords++;
  // the words after the speaker are a connector phrase ("on Hillary's speeches"), never more capitalised verbs alone
  if (speakerWords < words.length && !/^(on|to|about|at|in|for|of|after|says?)$/.test(words[speakerWords]!)) return null;
  const speakerEnd = p.start + words.slice(0, speakerWords).join(' ').length;
  let start = p.start + colon + 2;
  while (start < p.end && /\s/.test(doc.text[start]!)) start++;
  let end = p.end;
  while (end > start && /[\s.]/.test(doc.text[end - 1]!)) end--;
  if (wordCount(doc.text.slice(start, end)) < MIN_CONTENT_WORDS || blocked[tokenIndexAt(doc, start)]) return null;
  // the headline's speaker does not speak on into the story's first quote paragraph
  return { ...reported(doc, start, end, sp(doc, p.start, speakerEnd), sp(doc, p.start + colon, p.start + colon + 1), 'quotes.reported.headline-colon', 0), passesOn: false };
}

function reportedInSentence(doc: Document, s: Sentence, blocked: Uint8Array, named: Span[], quoted?: Uint8Array): Attribution[] {
  const { tokens } = doc;
  const out: Attribution[] = [];
  let from = s.tokenStart;
  // "CLAUSE, according to X": the clause is X's, whatever verbs it holds
  let according = -1;
  for (let k = s.tokenStart; k < s.tokenEnd - 1; k++) if (!blocked[k] && tokens[k]!.normal === 'according' && tokens[k + 1]!.normal === 'to') according = k;
  for (let k = s.tokenStart; k < s.tokenEnd; k++) {
    // a cue inside quoted words is the speaker's, not the writer's attribution
    if (blocked[k] || quoted?.[k]) continue;
    const tok = tokens[k]!;
    let found: Attribution | null = null;
    if (tok.normal === 'according' && tokens[k + 1]?.normal === 'to') found = accordingTo(doc, s, k, from, blocked);
    else if (k > according && isCueVerb(doc, s, k) && !isInfinitive(doc, k)) found = verbCue(doc, s, k, from, blocked, named);
    else if (k > according && STANCE_NOUNS.has(tok.normal)) found = stanceNoun(doc, s, k, blocked, quoted);
    else if (k > according && SEEM_VERBS.has(tok.normal)) found = seemingClause(doc, s, k, from, blocked);
    if (!found) continue;
    out.push(found);
    if (found.speakerSpan) named.push(found.speakerSpan);
    // a later cue may start another attribution only after this one's content
    const next = tokenIndexAt(doc, found.end);
    from = next;
    k = Math.max(k, next - 1);
  }
  return out;
}

/**
 * "when asked whether he would run, …", "if asked about the plan, …": a cue with no subject after a
 * subordinator attributes its clause (to the comma) to nobody named.
 */
function subjectlessCue(doc: Document, s: Sentence, k: number, blocked: Uint8Array): Attribution | null {
  const { tokens } = doc;
  const prev = tokens[k - 1];
  const subordinate = !!prev && k - 1 >= s.tokenStart && /^(when|whenever|if|once|after|before|unless|while)$/.test(prev.normal);
  if ((!subordinate && !isAskedOpener(doc, s, k)) || !SPEECH_VERBS.has(tokens[k]!.normal)) return null;
  const start = contentStart(doc, s, k, true);
  if (start === null || blocked[start]) return null;
  let end = contentEnd(doc, s, start, blocked);
  end = nextComma(doc.text, tokens[start]!.start, end);
  if (wordCount(doc.text.slice(tokens[start]!.start, end)) < MIN_CONTENT_WORDS) return null;
  // "Asked by Stephanopoulos to respond, …": the one who asked is named
  const asker = tokens[k + 1]?.normal === 'by' ? nounPhraseAfter(doc, k + 2, Math.min(start, s.tokenEnd)) : null;
  return reported(doc, tokens[start]!.start, end, asker, tokSpan(doc, tokens[k]!), 'quotes.reported.subjectless', s.paragraph);
}

/**
 * "Asked whether he would run, Roe said …", "…, McCain said, asked about the delay.": "asked" opening
 * the sentence or a phrase after a comma, before the question or its subject matter.
 */
function isAskedOpener(doc: Document, s: Sentence, k: number): boolean {
  const { tokens } = doc;
  const tok = tokens[k]!;
  if (tok.normal !== 'asked') return false;
  const opens = k === s.tokenStart || /,\s*$/.test(gapBetween(doc, tokens[k - 1]!, tok));
  let next = k + 1;
  while (next < s.tokenEnd && next - k <= 3 && (tokens[next]!.tags.has('Adverb') || isDateWord(doc, next))) next++;
  return opens && next < s.tokenEnd && (WH_WORDS.has(tokens[next]!.normal) || /^(about|on|by|to|for)$/.test(tokens[next]!.normal));
}

/**
 * An attribution verb, or a speech verb compromise tagged otherwise ("she noted clients …",
 * "observers say Scott …") when a subject stands right before it.
 */
function isCueVerb(doc: Document, s: Sentence, k: number): boolean {
  const tok = doc.tokens[k]!;
  // "the rules", "Additional reporting", "its officers support": a noun, whatever the tagger said
  if (isNounAfterDeterminer(doc, s, k)) return false;
  if (DIRECT_ONLY_CUES.has(tok.normal)) return false;
  if (isNameWord(doc, s, k)) return false;
  if (CLAUSE_ONLY_CUES.has(tok.normal) && !/^(that|:)$/.test(doc.tokens[k + 1]?.normal ?? '') && !/^\s*:/.test(doc.text.slice(tok.end, tok.end + 3))) return false;
  // a headline in title case: only plain speech verbs ("Roe Says …")
  if (isHeadline(doc, s.paragraph) && !HEADLINE_CUES.has(tok.normal)) return false;
  if (PHYSICAL_SENSE_CUES.has(tok.normal) && isPhysicalAct(doc, s, k)) return false;
  if (isAttributionVerb(tok)) return true;
  if (VIEW_VERBS.has(tok.normal) && isVerb(tok) && viewedAs(doc, s, k)) return true;
  if (afterRelativeClause(doc, s, k) && isCueWord(tok) && !tok.normal.endsWith('ing')) return true;
  if (!(SPEECH_VERBS.has(tok.normal) || EVIDENCE_VERBS.has(tok.normal)) || k <= s.tokenStart) return false;
  const prev = doc.tokens[k - 1]!;
  // "Jane Roe, its chief executive, said …": the plain cues after an apposition, whatever the tagger said
  if (/^\s*,\s*$/.test(gapBetween(doc, prev, tok)) && PLAIN_SPEECH_CUES.has(tok.normal)) return true;
  if (/\S/.test(gapBetween(doc, prev, tok))) return false;
  // "Another slide shows that …": a noun (whatever the tagger said) and a "that" clause around the cue
  if (doc.tokens[k + 1]?.normal === 'that' && (prev.tags.has('Noun') || prev.tags.has('Verb')) && !isVerbModifier(prev) && !prev.tags.has('Pronoun') && startsClause(doc, k + 2)) return true;
  // "…, Federal Election Commission records show.": a plural before the sentence's last word
  if (k === s.tokenEnd - 1 && /[^s]s$/.test(prev.normal) && !isVerbModifier(prev) && !prev.tags.has('Pronoun')) return true;
  return prev.tags.has('Pronoun') || prev.tags.has('ProperNoun') || (prev.tags.has('Noun') && /s$/.test(prev.normal)) || isVerbModifier(prev);
}

/** A clause can start at `j`: a subject word, not a verb that would make "that" a relative pronoun ("shows that are sold out"). */
function startsClause(doc: Document, j: number): boolean {
  const tok = doc.tokens[j];
  if (!tok) return false;
  return !(tok.tags.has('Auxiliary') || tok.tags.has('Modal') || tok.tags.has('Copula') || tok.tags.has('PastTense') || tok.tags.has('Adverb'));
}

/** Most tokens between a verb of viewing and its "as" ("view the mayor's budget plan as far too timid"). */
const MAX_VIEW_OBJECT = 8;

/** "voters see Clinton as the stronger candidate": a verb of viewing with "as" after its object, before any break. */
function viewedAs(doc: Document, s: Sentence, k: number): boolean {
  const { tokens } = doc;
  for (let t = k + 2; t < s.tokenEnd && t - k <= MAX_VIEW_OBJECT; t++) {
    if (/[,;:.!?\u2014"\u201c]/.test(gapBetween(doc, tokens[t - 1]!, tokens[t]!))) return false;
    // "saw him at the rally as it ended": "as" opening a clause of its own
    if (tokens[t]!.normal === 'as') return !(tokens[t + 1]?.tags.has('Pronoun') && !tokens[t + 1]!.tags.has('Possessive'));
    if (isFiniteVerb(tokens[t]!)) return false;
  }
  return false;
}

/** Longest relative clause set off by commas before the main verb, in tokens. */
const MAX_RELATIVE_CLAUSE = 20;

/** A word of the cue lexicons, whatever the tagger made of it. */
function isCueWord(tok: Token): boolean {
  return SPEECH_VERBS.has(tok.normal) || ATTRIBUTION_VERBS.has(tok.normal);
}

/**
 * "Washington, which has a defence treaty with Manila, condemned …": the word right after the comma
 * that closes a relative clause on the subject is the main clause's verb (the tagger often calls a
 * past form there an adjective).
 */
function afterRelativeClause(doc: Document, s: Sentence, k: number): boolean {
  const { tokens } = doc;
  if (k - 1 <= s.tokenStart || !/^\s*,\s*$/.test(gapBetween(doc, tokens[k - 1]!, tokens[k]!))) return false;
  for (let t = k - 1; t > s.tokenStart && k - t <= MAX_RELATIVE_CLAUSE; t--) {
    const gap = gapBetween(doc, tokens[t - 1]!, tokens[t]!);
    if (/[;:.!?\u2014]/.test(gap)) return false;
    if (/,/.test(gap)) return /^(which|who)$/.test(tokens[t]!.text) && isNounPhraseToken(tokens[t - 1]!);
  }
  return false;
}

/** Tokens after a cue searched for its object's head, and for a toll (", killing …"). */
const MAX_OBJECT_TOKENS = 6;
const MAX_TOLL_DISTANCE = 20;

/**
 * "Paramilitary fighters attacked a camp …, killing 40": a verb of attack done by force (an armed
 * subject, a place or thing as object, or a toll reported after it) is no attribution; "Trump
 * attacked Clinton's plan" still is.
 */
function isPhysicalAct(doc: Document, s: Sentence, k: number): boolean {
  const { tokens } = doc;
  const subject = subjectBefore(doc, s, k);
  // the head is the last word before an apposition ("the fighters, who …")
  const head = subject?.text.split(',')[0]!.trim().split(/\s+/).pop()?.toLowerCase();
  if (head && ARMED_FORCE_NOUNS.has(head)) return true;
  for (let t = k + 1; t < s.tokenEnd && t - k <= MAX_OBJECT_TOKENS; t++) {
    const tok = tokens[t]!;
    if (PHYSICAL_TARGET_NOUNS.has(tok.normal)) return true;
    // the object ends at a preposition, an infinitive or a verb ("defended the decision to close the school")
    if (tok.tags.has('Preposition') || tok.normal === 'to' || isVerb(tok) || /[,;:.]/.test(gapBetween(doc, tokens[t - 1]!, tok))) break;
  }
  for (let t = k + 2; t < s.tokenEnd && t - k <= MAX_TOLL_DISTANCE; t++)
    if (TOLL_PARTICIPLES.has(tokens[t]!.normal) && /,/.test(gapBetween(doc, tokens[t - 1]!, tokens[t]!))) return true;
  return false;
}

/** "has been endorsed by", "were charged with", "is expected to": a passive cue has no speaker as its subject. */
function isPassive(doc: Document, s: Sentence, k: number): boolean {
  const { tokens } = doc;
  const tok = tokens[k]!;
  if (!/(ed|en|told|said|thought|known|found|shown|sought|felt)$/.test(tok.normal)) return false;
  let j = k - 1;
  while (j >= s.tokenStart && tokens[j]!.tags.has('Adverb')) j--;
  return j >= s.tokenStart && /^(is|are|was|were|be|been|being|'s|’s|get|got|gets)$/.test(tokens[j]!.normal);
}

/** "declined to say", "for questioning": an infinitive or a gerund after a preposition is not itself an attribution. */
function isInfinitive(doc: Document, k: number): boolean {
  const prev = doc.tokens[k - 1];
  if (!prev || /\S/.test(gapBetween(doc, prev, doc.tokens[k]!))) return false;
  return prev.normal === 'to' || (prev.tags.has('Preposition') && doc.tokens[k]!.normal.endsWith('ing'));
}

function verbCue(doc: Document, s: Sentence, k: number, from: number, blocked: Uint8Array, named: readonly Span[]): Attribution | null {
  const { tokens } = doc;
  const cue = tokens[k]!;
  const speech = SPEECH_VERBS.has(cue.normal);
  // ", adding that …": the participle speaks for the speaker already named in the sentence, else the main clause's subject
  const participle = isParticipleCue(doc, s, k);
  const earlier = participle ? named.filter((n) => n.end <= cue.start).pop() : undefined;
  // "X was charged with …", "the accord is expected to …": a passive cue; its speaker is the "by" agent, if any
  if (isPassive(doc, s, k)) return passiveCue(doc, s, k, blocked);
  // "Trump told them that … and says he will …": a coordinated cue speaks for the speaker already named
  const coordinated = !participle && k > s.tokenStart && /^(and|but)$/.test(tokens[k - 1]!.normal) ? named.filter((n) => n.end <= cue.start).pop() : undefined;
  // "CLAUSE, reported the BBC.": the speaker follows the cue; a subject found before the comma is the clause's own
  if (!participle && !coordinated && invertedAfterClause(doc, s, k, from)) {
    const inverted = clauseBeforeCue(doc, s, k, null, from, blocked);
    if (inverted) return inverted;
  }
  let speaker = participle ? (earlier ?? mainClauseSubject(doc, s, k, blocked)) : (coordinated ?? subjectBefore(doc, s, k));
  // "As Crane said, the two candidates have become …": the clause after the comma is the speaker's
  const as = speaker && speech ? asCue(doc, s, k, speaker, blocked) : null;
  if (as) return as;
  // "The bridge, the mayor said, would open next spring …": the sentence around the parenthesis
  const parenthetical = speaker && speech ? parentheticalCue(doc, s, k, speaker, from, blocked) : null;
  if (parenthetical) return parenthetical;
  // "…, officials said." / "…, said the spokesman." / "…, officials said Friday, as they …"
  const trailing = clauseBeforeCue(doc, s, k, speaker, from, blocked);
  if (trailing) return trailing;
  if (!speaker) return subjectlessCue(doc, s, k, blocked);
  const start = contentStart(doc, s, k, speech);
  if (start === null || blocked[start]) return null;
  let end = contentEnd(doc, s, start, blocked);
  // "the company, which said last year it would expand, cut jobs": the relative clause closes at its comma
  if (isRelativePronoun(speaker.text)) {
    end = nextComma(doc.text, tokens[start]!.start, end);
    // "Quinn, who wrote much of the bill, …": writing with a plain noun object in a relative clause is authorship, not a statement
    if (AUTHORSHIP_CUES.has(cue.normal) && isPlainObject(doc, start, end)) return null;
  }
  if (isOneWordAnswer(doc, s, start, speech)) end = tokens[start]!.end;
  else if (wordCount(doc.text.slice(tokens[start]!.start, end)) < MIN_CONTENT_WORDS && !isNamedObject(doc, s, start, end, speech)) return null;
  return reported(doc, tokens[start]!.start, end, speaker, tokSpan(doc, cue), 'quotes.reported.cue-clause', s.paragraph);
}

/** "72 percent said yes", "half said so": a one-word answer closing the clause after a speech verb. */
function isOneWordAnswer(doc: Document, s: Sentence, start: number, speech: boolean): boolean {
  const { tokens } = doc;
  const next = tokens[start + 1];
  return speech && /^(yes|no|so)$/.test(tokens[start]!.normal) && (start + 1 >= s.tokenEnd || !next || /[,;.]/.test(gapBetween(doc, tokens[start]!, next)) || /^(while|but|and|as|when)$/.test(next.normal));
}

/**
 * "Support for the levy appears to have faded", "it seems that …": the writer's appearance
 * verbs attribute a judgement to no one named, as PolNeAR draws it. The subject through the clause is
 * the content ("it" is left out); there is no speaker.
 */
function seemingClause(doc: Document, s: Sentence, k: number, from: number, blocked: Uint8Array): Attribution | null {
  const { tokens } = doc;
  const next = tokens[k + 1];
  if (!next || k + 1 >= s.tokenEnd || /\S/.test(gapBetween(doc, tokens[k]!, next))) return null;
  const toVerb = next.normal === 'to' && !!tokens[k + 2] && isVerb(tokens[k + 2]!) && k + 2 < s.tokenEnd;
  if (!toVerb && !/^(that|like)$/.test(next.normal)) return null;
  const subject = skipVerbModifiersBack(doc, s, k - 1) >= s.tokenStart ? subjectBefore(doc, s, k) : null;
  const impersonal = subject?.text.toLowerCase() === 'it';
  const start = subject && !impersonal ? tokenIndexAt(doc, subject.start) : k + 1;
  if (start < from || blocked[start] || (!subject && next.normal === 'to')) return null;
  const end = contentEnd(doc, s, k + 1, blocked);
  if (wordCount(doc.text.slice(tokens[start]!.start, end)) < MIN_CONTENT_WORDS + 1) return null;
  return reported(doc, tokens[start]!.start, end, null, tokSpan(doc, tokens[k]!), 'quotes.reported.seeming', s.paragraph);
}

/** Back from `k` over auxiliaries and adverbs ("does not seem"). */
function skipVerbModifiersBack(doc: Document, s: Sentence, k: number): number {
  while (k >= s.tokenStart && isVerbModifier(doc.tokens[k]!)) k--;
  return k;
}

/** Most tokens between an "As X said" cue and its comma ("As Roe said in a memo last week,"). */
const MAX_AS_TAIL = 8;

/** "As the Halvex board's Tolk said, both …", "As Roe noted in a memo, costs rose": the main clause after the comma. */
function asCue(doc: Document, s: Sentence, k: number, speaker: Span, blocked: Uint8Array): Attribution | null {
  const { tokens } = doc;
  const first = tokenIndexAt(doc, speaker.start);
  const as = first - 1;
  // only opening the sentence: "The plan failed, as Roe said, because …" attributes the clause before it
  if (as !== s.tokenStart || tokens[as]!.normal !== 'as') return null;
  let comma = k;
  while (comma + 1 < s.tokenEnd && comma - k < MAX_AS_TAIL && !/,/.test(gapBetween(doc, tokens[comma]!, tokens[comma + 1]!))) comma++;
  if (comma + 1 >= s.tokenEnd || !/,/.test(gapBetween(doc, tokens[comma]!, tokens[comma + 1]!)) || !isAdverbialTail(doc, s, tokens[k]!.end, tokens[comma]!.end)) return null;
  const start = comma + 1;
  if (blocked[start]) return null;
  const end = contentEnd(doc, s, start, blocked);
  if (wordCount(doc.text.slice(tokens[start]!.start, end)) < MIN_CONTENT_WORDS) return null;
  return reported(doc, tokens[start]!.start, end, speaker, tokSpan(doc, tokens[k]!), 'quotes.reported.as-cue', s.paragraph);
}

/** "He endorsed Clinton", "She criticised Obama": a stance verb's object may be a name alone. */
function isNamedObject(doc: Document, s: Sentence, start: number, end: number, speech: boolean): boolean {
  const tok = doc.tokens[start]!;
  return !speech && tok.end >= end && /^\p{Lu}/u.test(tok.text) && (tok.tags.has('ProperNoun') || tok.tags.has('Person') || tok.tags.has('Organization')) && start > s.tokenStart;
}

/** No clause in [start, end): no "that", no infinitive, no finite verb ("much of the bill", "the report"). */
function isPlainObject(doc: Document, start: number, end: number): boolean {
  const { tokens } = doc;
  if (/^(that|to|about|whether|if|how|why|what)$/.test(tokens[start]!.normal)) return false;
  for (let t = start; t < tokens.length && tokens[t]!.start < end; t++) if (isFiniteVerb(tokens[t]!) || (isVerb(tokens[t]!) && isVerbModifier(tokens[t]!))) return false;
  return true;
}

/**
 * "…, over how they handled data, reported the BBC.": a speech cue right after a comma, a speaker
 * after it, and a clause of its own before the comma (a finite verb ahead of any relative pronoun,
 * so "Smith, who was there, said …" and "Smith, a spokesman, confirmed …" keep their subject).
 * Verbs whose object is a hearer ("…, told police") are not inverted in news.
 */
function invertedAfterClause(doc: Document, s: Sentence, k: number, from: number): boolean {
  const { tokens } = doc;
  const cue = tokens[k]!;
  if (!SPEECH_VERBS.has(cue.normal) || HEARER_VERBS.has(cue.normal) || k - 1 < from || k + 1 >= s.tokenEnd) return false;
  if (!/,/.test(gapBetween(doc, tokens[k - 1]!, cue))) return false;
  if (!nounPhraseAfter(doc, k + 1, s.tokenEnd)) return false;
  for (let t = from; t < k; t++) {
    const tok = tokens[t]!;
    if (isRelativePronoun(tok.text) && t > from) return false;
    if (isFiniteVerb(tok) && !isNounAfterDeterminer(doc, s, t)) return true;
  }
  return false;
}

/** Adjectives and the like allowed between an owner and its stance noun ("Trump's controversial proposal"). */
const MAX_STANCE_MODIFIERS = 2;

/**
 * "Trump's claim that …", "her call for …", "the party's decision to …": a stance noun owned by a
 * possessive attributes what follows it (the clause with its "that", the infinitive with its "to",
 * or the object of the preposition) to its owner. The content ends at the sentence's end for a clause,
 * else where the sentence's own verb starts ("the DNC's decision to bury the debates helped …").
 */
function stanceNoun(doc: Document, s: Sentence, k: number, blocked: Uint8Array, quoted?: Uint8Array): Attribution | null {
  const { tokens } = doc;
  const link = tokens[k + 1];
  if (!link || k + 2 >= s.tokenEnd || !STANCE_LINKS.has(link.normal) || /\S/.test(gapBetween(doc, tokens[k]!, link))) return null;
  const after = tokens[k + 2]!;
  // "his statements to the FBI" names a hearer, "his plan that matches …" is a relative clause, "remarks on Saturday" a date
  if (link.normal === 'to' && !(isVerb(after) && !after.tags.has('Noun'))) return null;
  if (link.normal === 'that' && isVerb(after) && !isVerbModifier(after)) return null;
  if (after.tags.has('Date')) return null;
  let owner = k - 1;
  while (owner > s.tokenStart && k - owner <= MAX_STANCE_MODIFIERS && !tokens[owner]!.tags.has('Possessive') && tokens[owner]!.tags.has('Adjective')) owner--;
  if (owner < s.tokenStart || !tokens[owner]!.tags.has('Possessive') || blocked[owner] || quoted?.[owner]) return null;
  const ownerSpan = ownerPhrase(doc, s, owner);
  // "Clinton bashed Trump's proposal to …": the object of a verb is that verb's subject's attribution, the phrase its content
  const verb = governingVerb(doc, s, tokenIndexAt(doc, ownerSpan.start));
  const outer = verb >= 0 ? subjectBefore(doc, s, verb) : null;
  if (verb >= 0 && (!outer || blocked[verb] || quoted?.[verb])) return null;
  const speaker = outer ?? ownerSpan;
  const cue = outer ? tokSpan(doc, tokens[verb]!) : tokSpan(doc, tokens[k]!);
  const clause = link.normal === 'that' || link.normal === 'to';
  const first = clause ? k + 1 : k + 2;
  if (blocked[first]) return null;
  let end = contentEnd(doc, s, first, blocked);
  if (link.normal === 'that' && !outer) end = Math.min(end, mainVerbAfterClause(doc, s, first, end));
  if (link.normal !== 'that') {
    for (let t = first + 1; t < s.tokenEnd && tokens[t]!.start < end; t++) {
      const gap = gapBetween(doc, tokens[t - 1]!, tokens[t]!);
      const verb = isFiniteVerb(tokens[t]!) || (isVerb(tokens[t]!) && (tokens[t]!.tags.has('Copula') || tokens[t]!.tags.has('Modal') || tokens[t]!.tags.has('Auxiliary')));
      if (/[,;:(\u2014]/.test(gap) || (verb && !RELATIVE_PRONOUNS.has(tokens[t - 1]!.normal))) {
        end = trimClause(doc, tokens[t - 1]!.end);
        break;
      }
    }
  }
  if (end <= tokens[first]!.start || wordCount(doc.text.slice(tokens[first]!.start, end)) < 1) return null;
  const start = outer ? ownerSpan.start : tokens[first]!.start;
  return reported(doc, start, end, speaker, cue, outer ? 'quotes.reported.stance-object' : 'quotes.reported.stance-noun', s.paragraph);
}

/**
 * "Trump's claim that the vote was rigged angered officials": the sentence's own verb, the second
 * finite verb after "that" with no linking word before it, ends the clause.
 */
function mainVerbAfterClause(doc: Document, s: Sentence, first: number, end: number): number {
  const { tokens } = doc;
  let finite = 0;
  for (let t = first + 1; t < s.tokenEnd && tokens[t]!.start < end; t++) {
    if (!isFiniteVerb(tokens[t]!) || /^(and|or|but|which|who|that)$/.test(tokens[t - 1]!.normal)) continue;
    if (++finite === 2) return trimClause(doc, tokens[t - 1]!.end);
  }
  return end;
}

/** The verb of the clause whose object the phrase starting at `first` is (back to the clause's start), or -1. */
function governingVerb(doc: Document, s: Sentence, first: number): number {
  const { tokens } = doc;
  for (let t = first - 1; t >= s.tokenStart; t--) {
    const tok = tokens[t]!;
    // "faced opposition to his plan", "was challenged over his statement": not the verb's object
    if (/[,;:(\u2014]/.test(gapBetween(doc, tok, tokens[t + 1]!)) || tok.tags.has('Preposition')) return -1;
    if (isVerb(tok) && !isVerbModifier(tok)) return t;
  }
  return -1;
}

/** The possessive that owns a stance noun, with the name it ends ("Donald Trump's", "the DNC's", "his"). */
function ownerPhrase(doc: Document, s: Sentence, owner: number): Span {
  const { tokens } = doc;
  let first = owner;
  while (first > s.tokenStart && owner - first < 4 && /^\p{Lu}/u.test(tokens[first - 1]!.text) && /^\.?\s+$/.test(gapBetween(doc, tokens[first - 1]!, tokens[first]!)) && !tokens[first - 1]!.tags.has('Possessive'))
    first--;
  if (first > s.tokenStart && tokens[first - 1]!.tags.has('Determiner')) first--;
  return sp(doc, tokens[first]!.start, tokens[owner]!.end);
}

/**
 * A passive cue, drawn as PolNeAR draws it:
 *   "Clinton was endorsed by dozens of papers" → the subject is the content, the "by" agent speaks;
 *   "Trump is expected to win" → the whole clause, subject to end, is the content; no speaker;
 *   "he was accused of fraud (by X)" → what follows the cue is the content; the agent, if any, speaks.
 */
function passiveCue(doc: Document, s: Sentence, k: number, blocked: Uint8Array): Attribution | null {
  const { tokens } = doc;
  const cue = tokSpan(doc, tokens[k]!);
  const rule = 'quotes.reported.passive';
  let aux = k - 1;
  while (aux > s.tokenStart && tokens[aux]!.tags.has('Adverb')) aux--;
  const subject = subjectBefore(doc, s, aux);
  let next = k + 1;
  while (next < s.tokenEnd && tokens[next]!.tags.has('Adverb')) next++;
  const after = tokens[next];
  // "Roe has been criticised by doctors for mixed messages": the judged subject with its reason is the content
  if (REASON_FOR_CUES.has(tokens[k]!.normal) && subject && !isRelativePronoun(subject.text)) return judgedSubject(doc, s, k, next, subject, blocked);
  if (after && next < s.tokenEnd && after.normal === 'by') {
    const agent = nounPhraseAfter(doc, next + 1, Math.min(s.tokenEnd, next + 10));
    if (!subject || !agent || blocked[tokenIndexAt(doc, subject.start)] || isRelativePronoun(subject.text)) return null;
    return reported(doc, subject.start, subject.end, agent, cue, rule, s.paragraph);
  }
  if (after && next < s.tokenEnd && after.normal === 'to' && subject && !isRelativePronoun(subject.text)) {
    if (blocked[tokenIndexAt(doc, subject.start)]) return null;
    const end = contentEnd(doc, s, next, blocked);
    if (wordCount(doc.text.slice(tokens[next]!.start, end)) < MIN_CONTENT_WORDS) return null;
    return reported(doc, subject.start, end, null, cue, rule, s.paragraph);
  }
  // "tremors were felt as far away as Aleppo": perceived, not said (a clause would follow "that")
  if (PERCEPTION_PARTICIPLES.has(tokens[k]!.normal) && after?.normal !== 'that') return null;
  const start = contentStart(doc, s, k, false);
  if (start === null || blocked[start]) return null;
  let end = contentEnd(doc, s, start, blocked);
  let speaker: Span | null = null;
  for (let t = start + 1; t < s.tokenEnd && tokens[t]!.start < end; t++)
    if (tokens[t]!.normal === 'by') {
      speaker = nounPhraseAfter(doc, t + 1, Math.min(s.tokenEnd, t + 9));
      if (speaker) end = trimClause(doc, tokens[t - 1]!.end);
      break;
    }
  if (wordCount(doc.text.slice(tokens[start]!.start, end)) < MIN_CONTENT_WORDS) return null;
  return reported(doc, tokens[start]!.start, end, speaker, cue, rule, s.paragraph);
}

/**
 * "Roe has been criticised (by doctors) for mixed messages about the vaccine": the subject through
 * the reason is the content, as PolNeAR draws it; the "by" agent, if any, speaks, and its phrase
 * ends before "for" (a reason, never part of who judged).
 */
function judgedSubject(doc: Document, s: Sentence, k: number, next: number, subject: Span, blocked: Uint8Array): Attribution | null {
  const { tokens } = doc;
  if (blocked[tokenIndexAt(doc, subject.start)] || next >= s.tokenEnd) return null;
  let speaker: Span | null = null;
  if (tokens[next]!.normal === 'by') {
    let stop = next + 1;
    // "by a spokesman for the party": a spokesperson's "for" names whom they speak for, not a reason
    while (stop < s.tokenEnd && stop - next <= 10 && !(tokens[stop]!.normal === 'for' && !SPOKESPERSON_NOUNS.has(tokens[stop - 1]!.normal))) stop++;
    speaker = nounPhraseAfter(doc, next + 1, stop);
  }
  const end = contentEnd(doc, s, next, blocked);
  if (!/\bfor\b/.test(doc.text.slice(tokens[k]!.end, end)) && !speaker) return null;
  return reported(doc, subject.start, end, speaker, tokSpan(doc, tokens[k]!), 'quotes.reported.passive-judged', s.paragraph);
}

/**
 * `CLAUSE, X said.` / `CLAUSE, said X.`: a cue closing the sentence after a comma, with only
 * the speaker and adverbials ("on Monday", "in a statement") around it.
 */
function clauseBeforeCue(doc: Document, s: Sentence, k: number, subject: Span | null, from: number, blocked: Uint8Array): Attribution | null {
  const { tokens, text } = doc;
  if (!SPEECH_VERBS.has(tokens[k]!.normal) && !EVIDENCE_VERBS.has(tokens[k]!.normal)) return null;
  const end = sentenceContentEnd(doc, s);
  let speaker = subject;
  let afterCue = tokens[k]!.end;
  if (!speaker) {
    // inverted: "…, said John Smith, a spokesman."
    speaker = nounPhraseAfter(doc, k + 1, s.tokenEnd);
    if (!speaker || !/,\s*$/.test(text.slice(tokens[from]!.start, tokens[k]!.start))) return null;
    afterCue = speaker.end;
  }
  // "…, officials said Friday, as they …": only the words up to the next comma must be adverbials
  const semicolon = indexBefore(text, ';', afterCue, end);
  const tailEnd = semicolon < 0 ? nextComma(text, afterCue, end) : Math.min(nextComma(text, afterCue, end), semicolon);
  const hearer = afterCue === tokens[k]!.end && HEARER_VERBS.has(tokens[k]!.normal);
  if (!isAdverbialTail(doc, s, afterCue, tailEnd, hearer)) return null;
  const head = speaker.start < tokens[k]!.start ? speaker.start : tokens[k]!.start;
  const before = text.slice(tokens[from]!.start, head);
  const comma = before.lastIndexOf(',');
  // a word or two the speaker phrase missed ("top black lawmakers") joins the speaker
  if (comma < 0 || wordCount(before.slice(comma + 1)) > 2) return null;
  // (not "as": "The plan failed, as Smith said, …")
  if (speaker.start < tokens[k]!.start && /\S/.test(before.slice(comma + 1)) && !/^\s*as\s*$/i.test(before.slice(comma + 1))) {
    let s0 = tokens[from]!.start + comma + 1;
    while (/\s/.test(text[s0]!)) s0++;
    speaker = sp(doc, s0, speaker.end);
  }
  let start = tokens[from]!.start;
  start = skipLead(text, start, tokens[from]!.start + comma);
  const content = text.slice(start, tokens[from]!.start + comma);
  if (wordCount(content) < MIN_CONTENT_WORDS + 1) return null;
  const firstTok = tokenIndexAt(doc, start);
  if (blocked[firstTok]) return null;
  return reported(doc, start, tokens[from]!.start + comma, speaker, tokSpan(doc, tokens[k]!), 'quotes.reported.clause-cue', s.paragraph);
}

/**
 * `A, X said, B`: an attribution set off by commas inside the sentence it attributes. The
 * content is the sentence (from the last attribution on), the parenthesis included, as PolNeAR draws it.
 */
function parentheticalCue(doc: Document, s: Sentence, k: number, speaker: Span, from: number, blocked: Uint8Array): Attribution | null {
  const { tokens, text } = doc;
  const cue = tokens[k]!;
  const next = tokens[k + 1];
  if (!next || k + 1 >= s.tokenEnd || !/^\s*,/.test(gapBetween(doc, cue, next)) || blocked[k + 1]) return null;
  // ", as they …", ", adding …": a trailing attribution, not a parenthesis
  if (SUBORDINATORS.has(next.normal) || next.normal.endsWith('ing')) return null;
  const before = text.slice(tokens[from]!.start, speaker.start);
  if (!/,\s*$/.test(before) && !/^\s*(?:(?:and|but|so)\s*)?$/i.test(before)) return null;
  let start = tokens[from]!.start;
  start = skipLead(text, start, speaker.start);
  if (/^(and|but|so)\s/i.test(text.slice(start, speaker.start))) start = text.indexOf(' ', start) + 1;
  const end = contentEnd(doc, s, k + 1, blocked);
  if (wordCount(text.slice(next.start, end)) < MIN_CONTENT_WORDS) return null;
  return reported(doc, start, end, speaker, tokSpan(doc, cue), 'quotes.reported.parenthetical', s.paragraph);
}

/** Adverbials only: "", " on Monday", " in a statement", " told reporters", " Tuesday night". */
function isAdverbialTail(doc: Document, s: Sentence, from: number, to: number, hearer = false): boolean {
  const tail = doc.text.slice(from, to);
  // a title in marks ("on KRX's “Evening Desk.”") is part of the adverbial
  const titles = tail.replace(/\u201c[^\u201c\u201d]{1,40}\u201d|"[^"]{1,40}"/g, (t) => (/^["\u201c][\p{Lu}\p{N}]/u.test(t) ? 'Title' : t));
  if (/[,;:]/.test(titles.replace(/,\s*(a|an|the)\s[^,]*$/i, '').replace(/[.,]$/, '')) || hasQuoteMark(titles)) return false;
  // "on Monday", "in a statement", "Friday": a preposition or a date first; "told reporters": the hearer
  const first = doc.tokens[tokenIndexAt(doc, from)];
  if (first && first.start < to && !hearer && !(first.tags.has('Preposition') || isDateWord(doc, first.index) || first.tags.has('Adverb'))) return false;
  if (wordCount(tail) > 7 || /\b(that|because|which|who|if|when|and)\b/i.test(tail)) return false;
  // no clause of its own: "said he is making a demand" is not a trailing attribution
  const { tokens } = doc;
  for (let k = tokenIndexAt(doc, from); k < tokens.length && tokens[k]!.start < to; k++) {
    const t = tokens[k]!;
    // "in a video message": a verb form after a determiner or modifier is a noun
    if (isBareVerbNoun(doc, s, k)) continue;
    if ((isVerb(t) && !t.tags.has('Gerund') && !t.tags.has('Participle')) || (t.tags.has('Pronoun') && !t.tags.has('Possessive'))) return false;
  }
  return true;
}

/** Where the clause begins after the cue: skips the hearer, adverbials and a parenthetical; keeps "that". */
function contentStart(doc: Document, s: Sentence, k: number, speech: boolean): number | null {
  const { tokens, text } = doc;
  const cue = tokens[k]!;
  const stop = Math.min(s.tokenEnd, k + 1 + MAX_CUE_GAP);
  let j = k + 1;
  if (j >= s.tokenEnd) return null;
  const gap = gapBetween(doc, cue, tokens[j]!);
  if (/[:"\u201c]/.test(gap)) return null;
  // "said, however, that …" / "said on Monday that …": look ahead for "that"
  for (let t = j; t < stop; t++) {
    const tok = tokens[t]!;
    if (tok.normal === 'that') return t;
    // "told reporters it is clear that …": the clause's own verb comes first
    if (isVerb(tok) && !tok.tags.has('Participle') && (!isVerbModifier(tok) || tok.tags.has('Copula'))) break;
    if (/[.;:]/.test(gapBetween(doc, tokens[t - 1]!, tok)) && !isAbbreviationToken(tokens[t - 1]!)) break;
  }
  if (HEARER_VERBS.has(cue.normal)) {
    const hearer = j;
    j = afterHearer(doc, j, stop);
    // "told his advisers to find a way": an order or a request keeps its hearer ("urged voters to …")
    const to = tokens[j];
    if (j > hearer && to && to.normal === 'to' && tokens[j + 1] && isVerb(tokens[j + 1]!) && j + 1 < s.tokenEnd) return hearer;
  }
  // adverbials: "in a statement", "on Twitter", "Monday", "last year"
  for (;;) {
    if (j < stop && isDateWord(doc, j)) {
      j += tokens[j]!.tags.has('Date') ? 1 : 2;
      continue;
    }
    // "has said for weeks (that) …": a span of time
    if (j + 1 < stop && tokens[j]!.normal === 'for' && isTimeWord(tokens[j + 1]!)) {
      j += 2;
      continue;
    }
    if (!(j < stop && ADVERBIAL_PREPOSITIONS.has(tokens[j]!.normal) && speech && tokens[j]!.normal !== 'to')) break;
    j = afterHearer(doc, j + 1, stop);
  }
  if (j >= s.tokenEnd) return null;
  const next = tokens[j]!;
  // "have not said when …", "down-ballot races": a question word or the first part of a compound is no preposition
  const preposition = next.tags.has('Preposition') && !WH_WORDS.has(next.normal) && !(tokens[j + 1] && gapBetween(doc, next, tokens[j + 1]!) === '-');
  if (preposition && next.normal !== 'that' && !(/^(about|around|nearly|almost|over|under|roughly)$/.test(next.normal) && tokens[j + 1]?.tags.has('Value'))) {
    // "called for …", "referred to …": the object after the particle is the content; a speech verb's is not,
    // but for its subject matter ("asked about …", "warned against …")
    if ((speech && !SUBJECT_MATTER.has(next.normal)) || j + 1 >= s.tokenEnd) return null;
    return j + 1;
  }
  if (/^[,.;:!?]/.test(text.slice(cue.end).trimStart()) && j === k + 1) return null;
  return j;
}

/**
 * Skips one noun phrase (the hearer of "told reporters the deal was close", the object of "in a
 * statement"): determiners and modifiers, then nouns, stopping where a new phrase starts.
 */
function afterHearer(doc: Document, j: number, stop: number): number {
  const { tokens } = doc;
  const start = j;
  let sawNoun = false;
  while (j < stop) {
    const t = tokens[j]!;
    if (!isNounPhraseToken(t) || t.normal === 'that' || isVerb(t)) break;
    if (j > start && breaksPhrase(gapBetween(doc, tokens[j - 1]!, t), tokens[j - 1]!)) break;
    const startsPhrase = t.tags.has('Determiner') || t.tags.has('Pronoun') || t.tags.has('Value');
    if (sawNoun && startsPhrase && !t.tags.has('Possessive')) break;
    if (t.tags.has('Pronoun') && !t.tags.has('Possessive')) return j + 1;
    if (t.tags.has('Noun') && !t.tags.has('Possessive')) sawNoun = true;
    j++;
  }
  return j;
}

/** "Monday", "last year", "this week": a date adverbial between a cue and its clause. */
function isDateWord(doc: Document, j: number): boolean {
  const tok = doc.tokens[j]!;
  if (tok.tags.has('Date') || isDayWord(tok)) return true;
  return TIME_MODIFIERS.test(tok.normal) && !!doc.tokens[j + 1]?.tags.has('Date');
}

/** The clause ends at the sentence end, or before ", adding …" / "and said …" that starts another attribution. */
function contentEnd(doc: Document, s: Sentence, start: number, blocked?: Uint8Array): number {
  const { tokens } = doc;
  const end = sentenceContentEnd(doc, s);
  for (let t = start + 1; t < s.tokenEnd; t++) {
    const tok = tokens[t]!;
    const gap = gapBetween(doc, tokens[t - 1]!, tok);
    // a direct quote with its own attribution ends the reported clause before it
    if (blocked?.[t] && !blocked[t - 1]) return trimClause(doc, tokens[t - 1]!.end);
    if (PARTICIPLE_CUES.has(tok.normal) && /,/.test(gap)) return trimClause(doc, tokens[t - 1]!.end);
    // "…, even hinting the vote was rigged", "…, urging his backers to …": a cue participle after the comma
    if (/,/.test(gap) && isParticipleAfterComma(doc, t)) return trimClause(doc, tokens[t - 1]!.end);
    // "…; the other center puts it at …": a semicolon starts a clause of the writer's own
    if (/;/.test(gap)) return trimClause(doc, tokens[t - 1]!.end);
    if ((tok.normal === 'and' || tok.normal === 'but') && startsAttribution(doc, t + 1, s.tokenEnd)) return trimClause(doc, tokens[t - 1]!.end);
    // "…, although they say …": a subordinate clause with an attribution of its own
    // "…, which he said were accompanied by favors": a relative clause with an attribution of its own
    if (/,/.test(gap) && /^(although|though|while|whereas|which|who)$/.test(tok.normal) && startsAttribution(doc, t + 1, s.tokenEnd)) return trimClause(doc, tokens[t - 1]!.end);
  }
  return end;
}

/** An -ing form of a cue verb, maybe after one adverb, right after a comma ("…, even suggesting …"). */
function isParticipleAfterComma(doc: Document, t: number): boolean {
  const { tokens } = doc;
  const first = tokens[t]!;
  const tok = first.tags.has('Adverb') && tokens[t + 1] && /^\s+$/.test(gapBetween(doc, first, tokens[t + 1]!)) ? tokens[t + 1]! : first;
  // "…, singing “It's Our Time.”": a cue of quoted words only does not start a reported clause of its own
  return tok.normal.endsWith('ing') && isCueWord(tok) && !DIRECT_ONLY_CUES.has(tok.normal);
}

/** "(and) said …", "(but) he said …": a speech verb, maybe after a short subject, starts another attribution. */
function startsAttribution(doc: Document, from: number, to: number): boolean {
  const { tokens } = doc;
  for (let k = from; k < to && k - from <= 4; k++) {
    const t = tokens[k]!;
    if (SPEECH_VERBS.has(t.normal) && isVerb(t)) return true;
    if (k === from && isAttributionVerb(t)) return true;
    // "and one in four said": a share is one phrase
    if (!isNounPhraseToken(t) && !isVerbModifier(t) && !(t.normal === 'in' && tokens[k - 1]?.tags.has('Value'))) return false;
  }
  return false;
}

function trimClause(doc: Document, end: number): number {
  // a closing mark right after the last word belongs to the clause: evidence," → evidence,"
  const close = /^[,.]?["\u201d\u2019']/.exec(doc.text.slice(end, end + 3));
  if (close) return end + close[0].length;
  while (end > 0 && /[\s,\u2014\u2015\u2013-]/.test(doc.text[end - 1]!)) end--;
  return end;
}

/** "According to X, …" / "…, according to X." */
function accordingTo(doc: Document, s: Sentence, k: number, from: number, blocked: Uint8Array): Attribution | null {
  const { tokens, text } = doc;
  const cue = sp(doc, tokens[k]!.start, tokens[k + 1]!.end);
  const src = k + 2;
  if (src >= s.tokenEnd) return null;
  const end = sentenceContentEnd(doc, s);
  const before = text.slice(tokens[from]!.start, cue.start);
  if (wordCount(before) >= MIN_CONTENT_WORDS + 1) {
    // "CLAUSE, according to SOURCE."
    const speakerEnd = nextComma(text, tokens[src]!.start, end);
    const speaker = sp(doc, tokens[src]!.start, trimClause(doc, speakerEnd));
    if (speaker.end <= speaker.start) return null; // "…, according to ," names no source
    let start = tokens[from]!.start;
    start = skipLead(text, start, cue.start);
    if (blocked[tokenIndexAt(doc, start)]) return null;
    return reported(doc, start, trimClause(doc, cue.start), speaker, cue, 'quotes.reported.according-to-after', s.paragraph);
  }
  // "According to SOURCE, CLAUSE."
  const comma = nextComma(text, tokens[src]!.start, end);
  if (comma >= end) return null;
  const speaker = sp(doc, tokens[src]!.start, comma);
  let start = comma + 1;
  while (start < end && /\s/.test(text[start]!)) start++;
  if (wordCount(text.slice(start, end)) < MIN_CONTENT_WORDS) return null;
  return reported(doc, start, end, speaker, cue, 'quotes.reported.according-to-before', s.paragraph);
}

/**
 * Skips spaces and stray marks at the start of a clause; an opening mark whose closing mark lies
 * inside the clause ("“You cut corners” to save money …, she said") stays.
 */
function skipLead(text: string, start: number, end: number): number {
  // the clause's first token may follow its opening mark
  const before = text[start - 1];
  if (text.startsWith("''", start - 2) && indexBefore(text, "''", start, end) >= 0) return start - 2;
  if ((before === '\u201c' || before === '"') && closesBefore(text, before, start, end)) return start - 1;
  while (start < end && /[\s"\u201c\u201d]/.test(text[start]!)) {
    if ((text[start] === '\u201c' || text[start] === '"') && closesBefore(text, text[start]!, start + 1, end)) break;
    start++;
  }
  return start;
}

/** The mark opened just before `from` closes before `end`. */
function closesBefore(text: string, open: string, from: number, end: number): boolean {
  return indexBefore(text, open === '"' ? '"' : '\u201d', from, end) >= 0;
}

/** The first comma in [from, end), else `end`. */
function nextComma(text: string, from: number, end: number): number {
  const c = indexBefore(text, ',', from, end);
  return c < 0 ? end : c;
}

/**
 * Where `needle` first starts in [from, end), else -1: the search stops at `end`, so a look-up
 * inside one clause never scans the rest of the document.
 */
function indexBefore(text: string, needle: string, from: number, end: number): number {
  if (from >= end) return -1;
  const i = text.slice(from, end + needle.length - 1).indexOf(needle);
  return i < 0 ? -1 : from + i;
}

function reported(doc: Document, start: number, end: number, speaker: Span | null, cue: Span, rule: string, paragraph: number): Attribution {
  const inner = doc.text.slice(start, end);
  const kind = hasQuoteMark(inner) ? 'mixed' : 'indirect';
  return { ...sp(doc, start, end), kind, speakerSpan: speaker, cue, fragments: [], rule, paragraph };
}

// ---------- quoted words inside the writer's sentence ----------

/**
 * Quoted words no other rule covered: attributed to the subject of the nearest verb before
 * them (`Christie described Clinton as a "disgrace"`), the clause from that verb on being
 * the content. Titles and scare quotes with no such verb are not statements.
 */
export function embeddedQuote(
  doc: Document,
  m: Marked,
  covered: (offset: number) => boolean,
  speakerBefore: (offset: number) => Span | null = () => null,
): Attribution | null {
  if (covered(m.start)) return null;
  const s = sentenceAt(doc, m.open);
  if (!s) return null;
  const { tokens, text } = doc;
  const inner = text.slice(m.start, m.end);
  if (isNamingQuote(doc, m)) return null;
  // a headline's quoted words are the headline's, not a statement
  if (isHeadline(doc, m.paragraph)) return null;
  const last = tokenIndexAt(doc, m.open) - 1;
  // an attribution verb wins over a nearer verb of another kind ("lauded X for helping develop "…"")
  const candidates: number[] = [];
  for (let k = last; k >= s.tokenStart && last - k < MAX_GOVERNING_DISTANCE; k--) {
    const tok = tokens[k]!;
    if (covered(tok.start)) break;
    if (!isVerb(tok) || isVerbModifier(tok) || tok.tags.has('Copula')) continue;
    if (tok.tags.has('Participle') && !tok.tags.has('PastTense') && !tok.tags.has('Gerund')) continue;
    // "Republican claims", "the rules": a verb form after a determiner or modifier is a noun
    if (isNounAfterDeterminer(doc, s, k)) continue;
    if (isAttributionVerb(tok)) candidates.unshift(k);
    else candidates.push(k);
  }
  for (const k of candidates) {
    const tok = tokens[k]!;
    // "Lopez said, going on to add that …": a participle or infinitive speaks for the speaker already named
    const dependent = isParticipleCue(doc, s, k) || isInfinitive(doc, k);
    const named = dependent ? speakerBefore(tok.start) : null;
    const speaker = named && named.start >= s.start ? named : (subjectBefore(doc, s, k) ?? (dependent ? mainClauseSubject(doc, s, k) : null));
    if (!speaker) continue;
    // "Washington, which has a treaty with Manila, condemned …": a relative clause closed before the quote does not govern it
    if (isRelativePronoun(speaker.text) && /,/.test(text.slice(tok.end, m.open))) continue;
    const startTok = tokens[k + 1];
    if (!startTok) return null;
    // the clause starts after the verb; a quote right after it starts with its opening mark
    const start = startTok.start > m.open || /^\s*[("\u201c]/.test(text.slice(tok.end, startTok.start)) ? m.open : startTok.start;
    const end = Math.max(m.closed ? m.close : m.end, contentEnd(doc, s, k + 1));
    return { ...sp(doc, start, end), kind: 'mixed', speakerSpan: speaker, cue: tokSpan(doc, tok), fragments: [], rule: 'quotes.mixed.governing-verb', paragraph: s.paragraph };
  }
  if (wordCount(inner) >= MIN_STANDALONE_WORDS && /[.!?,]$/.test(inner)) {
    return { ...sp(doc, m.open, m.closed ? m.close : m.end), kind: 'direct', speakerSpan: null, cue: null, fragments: [], rule: 'quotes.direct.unattributed', paragraph: m.paragraph };
  }
  return null;
}

/** A title or a name in marks: "the so-called "X"", "titled "X"", a capitalised phrase with no stop ("The Apprentice"). */
function isNamingQuote(doc: Document, m: Marked): boolean {
  const before = doc.text.slice(Math.max(0, m.open - 24), m.open).toLowerCase();
  if (/\b(so-called|titled|entitled|dubbed|named|headlined|nicknamed|known as|the word|the term|the phrase)\s*,?\s*$/.test(before)) return true;
  return isTitleLike(doc, m);
}
