/**
 * Types a name from evidence, strongest first: the institution or descriptor it came with,
 * organization suffixes, the tagger's lexicon, then context words around it.
 */
import type { Document } from '../../document.js';
import type { ActorType } from '../../schema.js';
import type { NameCandidate } from './names.js';
import { ORG_HEAD_WORDS, PRODUCT_DESCRIPTORS } from '../../lexicon/typing.js';

export type { NameCandidate };

export interface TypedName extends NameCandidate {
  type: ActorType;
  typeRule: string;
}

export function classify(doc: Document, c: NameCandidate): TypedName {
  const [type, typeRule] = typeOf(doc, c);
  return { ...c, type, typeRule };
}

function typeOf(doc: Document, c: NameCandidate): [ActorType, string] {
  const tokens = doc.tokens.slice(c.tokenStart, c.tokenEnd);
  const words = c.text.split(/\s+/);
  const lastWord = words[words.length - 1]!.toLowerCase();
  if (c.institution) return ['organization', 'type.institution'];
  if (c.descriptor) return PRODUCT_DESCRIPTORS.has(c.descriptor) ? ['product', 'type.descriptor'] : ['organization', 'type.descriptor'];
  if (ORG_HEAD_WORDS.has(lastWord)) return ['organization', 'type.org-head'];
  const has = (tag: string) => tokens.some((t) => t.tags.has(tag));
  if (has('Country') || has('City') || has('Region')) return ['location', 'type.tagger-place'];
  if (has('Organization')) return ['organization', 'type.tagger-org'];
  if (has('Person') || has('FirstName') || has('LastName')) return ['person', 'type.tagger-person'];
  if (has('Place')) return ['location', 'type.tagger-place'];
  const before = doc.tokens[c.tokenStart - 1];
  if (before && /^(in|at|near|from|across|to)$/.test(before.normal) && words.length === 1) return ['location', 'type.context-preposition'];
  if (/^\p{Lu}{2,6}$/u.test(c.text)) return ['organization', 'type.acronym'];
  if (words.length >= 2 && words.length <= 3) return ['person', 'type.two-word-name'];
  return ['organization', 'type.default'];
}
