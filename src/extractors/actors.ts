/**
 * People, organizations and places: name spans found from capitalisation and evidence,
 * typed from context and lexicons, then merged into one actor per entity (surnames,
 * acronyms, possessives) with roles and descriptive references.
 */
import type { Document, Token } from '../document.js';
import type { Actor, ActorType, Mention, Role } from '../schema.js';
import { classify, type NameCandidate } from './actors/typing.js';
import { findNames } from './actors/names.js';
import { findRoles } from './actors/roles.js';
import { clusterActors } from '../resolve/aliases.js';
import { findReferences } from '../resolve/coreference.js';

export type { NameCandidate };

export function extractActors(doc: Document): Actor[] {
  const names = findNames(doc).map((c) => classify(doc, c));
  const clusters = clusterActors(doc, names);
  const roles = findRoles(doc, clusters);
  const references = findReferences(doc, clusters);
  return clusters.map((cluster) => ({
    id: cluster.id,
    name: cluster.name,
    type: cluster.type,
    aliases: cluster.aliases,
    roles: roles.get(cluster.id) ?? [],
    country: cluster.country,
    mentions: cluster.mentions,
    references: references.get(cluster.id) ?? [],
  }));
}

export type { Actor, ActorType, Mention, Role, Token };
