/**
 * Names listed together are usually of one kind: "Northfield , Harbor and Lakeside" (banks),
 * "between Ashby and Thornley" (towns). A name with no real evidence of its own takes the
 * kind its list mates are known to be. Only lists joined by "and", "or" or "&" count: a comma
 * alone is as often an apposition ("Jan Brisk , Sweden").
 */
import type { Document } from '../../document.js';
import type { ActorType } from '../../schema.js';
import { WEAK_RULES, type TypedName, type Vote } from './typing.js';

/** What lies between two list members: a comma, a conjunction, or both ("A , B and C", "A, and B"). */
const LIST_GAP = /^\s*(?:,\s*|(?:,\s*)?(?:and|or|&)\s+)$/;
const JOINED = /\b(?:and|or)\b|&/;
const RULE = 'type.coordinated';

/** Strong evidence for one type: the heaviest non-shape vote total, if it is clear. */
function knownType(votes: readonly Vote[]): ActorType | null {
  const totals = new Map<ActorType, number>();
  for (const v of votes) if (!WEAK_RULES.has(v.rule) && v.rule !== RULE) totals.set(v.type, (totals.get(v.type) ?? 0) + v.weight);
  const ranked = [...totals.entries()].sort((a, b) => b[1] - a[1]);
  const [best, second] = ranked;
  return best && best[1] >= 3 && (!second || best[1] >= 2 * second[1]) ? best[0] : null;
}

/** No evidence beyond the name's shape (or next to none). */
function unknown(votes: readonly Vote[]): boolean {
  let strong = 0;
  for (const v of votes) if (!WEAK_RULES.has(v.rule)) strong = Math.max(strong, v.weight);
  return strong <= 1;
}

/**
 * Adds a vote for the list's known type to each unknown member; `names` sorted by start.
 * `entity` gives the votes of every mention of the entity a name belongs to ("Northfield"
 * is known as a bank by "Northfield Bancorp" elsewhere).
 */
export function coordinationVotes(doc: Document, names: readonly TypedName[], entity: (n: TypedName) => readonly Vote[]): void {
  let i = 0;
  while (i < names.length) {
    // the longest run of names separated by list gaps, with at least one conjunction
    let j = i;
    let joined = false;
    while (j + 1 < names.length) {
      // (the width first: most neighbouring names are far apart, and their gap need not be copied)
      if (names[j + 1]!.start - names[j]!.end > 8) break;
      const gap = doc.text.slice(names[j]!.end, names[j + 1]!.start);
      if (!LIST_GAP.test(gap)) break;
      joined ||= JOINED.test(gap);
      j++;
    }
    if (j > i && joined) voteList(names.slice(i, j + 1), entity);
    i = j + 1;
  }
}

function voteList(members: readonly TypedName[], entity: (n: TypedName) => readonly Vote[]) {
  const counts = new Map<ActorType, number>();
  for (const m of members) {
    const t = knownType(entity(m));
    if (t) counts.set(t, (counts.get(t) ?? 0) + 1);
  }
  // one kind only: a mixed list ("Clinton , IBM and France") proves nothing
  if (counts.size !== 1) return;
  const [type] = [...counts.keys()] as [ActorType];
  for (const m of members) {
    if (!unknown(entity(m))) continue;
    // a person's full name is not made a place by a list of countries; and two names joined by
    // "and" may be two clauses' subjects ("… four hits and Sam Brook scored …"): a full name needs a longer list
    if (m.text.includes(' ') && (type === 'location' || members.length < 3)) continue;
    m.votes.push({ type, weight: 2, rule: RULE });
  }
}
