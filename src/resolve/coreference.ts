/**
 * References to actors without their names: descriptions ("the company", "the prosecutor's
 * office"), bare institutional plurals ("prosecutors") and the antecedent search that
 * pronoun resolution shares.
 */
import type { Document } from '../document.js';
import type { ActorType, Mention } from '../schema.js';
import type { Cluster } from './aliases.js';

/** "the company", "the prosecutor's office", "the platform": determiner + up to two lower-case words. */
const DESCRIPTION = /\b(?:[Tt]he|[Ii]ts|[Tt]his|[Tt]hat)\s+((?:[a-z][a-z-]*(?:['\u2019]s)?\s+)?[a-z][a-z-]*)\b/g;

const GENERIC_ORG_HEADS = new Set(['company', 'firm', 'group', 'corporation', 'business', 'organisation', 'organization', 'agency']);

export function findReferences(doc: Document, clusters: readonly Cluster[]): Map<string, Mention[]> {
  const out = new Map<string, Mention[]>();
  const add = (id: string, m: Mention) => out.set(id, [...(out.get(id) ?? []), m]);
  const body = doc.text;
  DESCRIPTION.lastIndex = doc.bodyStart;
  for (let m = DESCRIPTION.exec(body); m; m = DESCRIPTION.exec(body)) {
    const phrase = m[1]!;
    const start = m.index;
    const end = start + m[0].length;
    if (insideName(clusters, start, end)) continue;
    const target = describedActor(clusters, phrase, start);
    if (target) add(target.id, { start, end, text: body.slice(start, end), kind: 'description', rule: target.rule });
  }
  return out;
}

function insideName(clusters: readonly Cluster[], start: number, end: number): boolean {
  return clusters.some((c) => c.mentions.some((m) => m.start < end && start < m.end));
}

/**
 * The actor a description refers to: one introduced with that descriptor, one whose name ends
 * with the description ("the prosecutor's office" → "Paris prosecutor's office"), or for a generic
 * organization head the most recent organization.
 */
export function describedActor(clusters: readonly Cluster[], phrase: string, offset: number): { id: string; rule: string } | null {
  const lower = phrase.toLowerCase().replace(/\u2019/g, "'");
  const head = lower.split(/\s+/).pop()!;
  const before = (c: Cluster) => c.mentions.some((m) => m.start < offset);
  const bySuffix = latest(clusters.filter((c) => before(c) && c.name.toLowerCase().replace(/\u2019/g, "'").endsWith(` ${lower}`)), offset);
  if (bySuffix) return { id: bySuffix.id, rule: 'coref.name-suffix' };
  const byDescriptor = latest(clusters.filter((c) => before(c) && c.descriptors.includes(head)), offset);
  if (byDescriptor) return { id: byDescriptor.id, rule: 'coref.descriptor' };
  if (GENERIC_ORG_HEADS.has(head) && lower === head) {
    const org = antecedent(clusters, offset, 'organization');
    if (org) return { id: org, rule: 'coref.generic-organization' };
  }
  return null;
}

function latest(clusters: readonly Cluster[], offset: number): Cluster | undefined {
  let best: { c: Cluster; at: number } | undefined;
  for (const c of clusters) {
    const at = Math.max(...c.mentions.filter((m) => m.start < offset).map((m) => m.start));
    if (!best || at > best.at) best = { c, at };
  }
  return best?.c;
}

/** The actor of the given type mentioned most recently before `offset`. */
export function antecedent(clusters: readonly Cluster[], offset: number, type: ActorType | 'any'): string | null {
  let best: { id: string; at: number } | null = null;
  for (const c of clusters) {
    if (type !== 'any' && c.type !== type) continue;
    for (const m of c.mentions) if (m.start < offset && (!best || m.start > best.at)) best = { id: c.id, at: m.start };
  }
  return best?.id ?? null;
}

