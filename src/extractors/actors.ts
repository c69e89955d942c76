/**
 * People, organizations and places: name spans found from capitalisation and evidence,
 * typed from context and lexicons, then merged into one actor per entity (surnames,
 * acronyms, possessives) with roles and descriptive references.
 */
import type { Document, Token } from '../document.js';
import type { Actor, ActorType, Mention, Role } from '../schema.js';
import { classify, reportContext, type NameCandidate } from './actors/typing.js';
import { findNames } from './actors/names.js';
import { findRoles } from './actors/roles.js';
import { clusterActors } from '../resolve/aliases.js';
import { findReferences } from '../resolve/coreference.js';

export type { NameCandidate };

export function extractActors(doc: Document): Actor[] {
  const report = reportContext(doc);
  const names = findNames(doc).map((c) => classify(doc, c, report));
  const clusters = clusterActors(doc, names);
  const references = findReferences(doc, clusters);
  const roles = findRoles(doc, [...clusters, ...references.implied]);
  return [...clusters, ...references.implied].map((cluster) => ({
    id: cluster.id,
    name: cluster.name,
    type: cluster.type,
    aliases: cluster.aliases,
    roles: roles.get(cluster.id) ?? [],
    country: cluster.country,
    mentions: cluster.mentions,
    references: withRoleDescriptions(references.byActor.get(cluster.id) ?? [], roles.get(cluster.id) ?? []),
  }));
}

/** "the former chief executive of X, Linda Yaccarino": a role in apposition describes the person too. */
function withRoleDescriptions(references: Mention[], roles: readonly Role[]): Mention[] {
  const described = roles
    .filter((r) => r.rule.startsWith('roles.apposition'))
    .map((r): Mention => ({ ...r.span, kind: 'description', rule: 'coref.role-apposition' }));
  if (!described.length) return references;
  return [...references, ...described].sort((a, b) => a.start - b.start);
}

export type { Actor, ActorType, Mention, Role, Token };
