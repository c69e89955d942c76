/**
 * English function words the clause readers share (data only, lower-case, as compromise's
 * `normal` gives them). One list per word class, so the event extractor, its phrase readers and
 * the resolvers agree on what opens a relative clause or makes a verb group modal.
 */

/** Relative pronouns: each opens a relative clause ("the militia that attacked", "the army, which has fought"). */
export const RELATIVE_PRONOUNS: readonly string[] = ['that', 'which', 'who', 'whom', 'whose'];

/**
 * Relative pronouns that open a clause set off by commas (a non-restrictive one: "Sudan's army,
 * which has fought …,"). "that" never does: after a comma it is a determiner or a complementizer.
 */
export const NONRESTRICTIVE_RELATIVES: readonly string[] = ['which', 'who', 'whom', 'whose'];

/**
 * Relative pronouns that may stand for the object of their clause's verb ("the settlement,
 * which Meridian accepted"). "who" is the subject in edited news ("the envoy, who met …").
 */
export const OBJECT_RELATIVES: readonly string[] = ['which', 'whom'];

/** Modal auxiliaries of future and intent: "will raid", "would meet", "shall withdraw". */
export const FUTURE_MODALS: readonly string[] = ['will', "'ll", 'would', 'shall'];

/** Modal auxiliaries of possibility: "could face", "might strike", "may impose". */
export const POSSIBILITY_MODALS: readonly string[] = ['could', 'might', 'may'];

/**
 * The modal of ability: "can help", "can call" state a capacity, not a possible event (read as
 * hypothetical it turned plain statements into offers).
 */
export const ABILITY_MODALS: readonly string[] = ['can'];

/** Modal auxiliaries of obligation: "must return", "should withdraw" (a demand when someone else states it). */
export const OBLIGATION_MODALS: readonly string[] = ['must', 'should'];

/** Every modal auxiliary. */
export const MODALS: readonly string[] = [...FUTURE_MODALS, ...POSSIBILITY_MODALS, ...ABILITY_MODALS, ...OBLIGATION_MODALS];

/**
 * Subordinating conjunctions: each opens a clause of its own ("because", "although", "until"),
 * so a verb after one is not the complement of a verb before it.
 */
export const SUBORDINATORS: readonly string[] = [
  'because', 'although', 'though', 'while', 'whereas', 'when', 'where', 'after', 'before', 'unless', 'if', 'until',
];

/**
 * Coordinating conjunctions that join two clauses or two verb phrases ("killed one soldier and
 * wounded two", "rejected the offer but agreed to talks", "had pledged support yet withheld it").
 * Not "or"/"nor": they mostly join alternatives that share one object ("expel or return a
 * refugee"), so a clause does not end there; not "so"/"for", mostly an adverb and a preposition.
 */
export const COORDINATORS: readonly string[] = ['and', 'but', 'yet'];
