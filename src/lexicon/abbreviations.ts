/** Words that end in a full stop without ending the sentence (lower-cased, without the stop). */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sr', 'jr', 'st', 'mt', 'ft', 'rev', 'gen', 'col', 'lt', 'sgt', 'capt', 'cmdr', 'adm',
  'maj', 'cpl', 'pvt', 'gov', 'sen', 'rep', 'pres', 'supt', 'insp', 'det', 'atty', 'hon', 'messrs', 'mme', 'mlle',
  'inc', 'corp', 'co', 'ltd', 'bros', 'plc', 'dept', 'univ', 'assn', 'no', 'nos', 'vol', 'fig', 'approx', 'est',
  'vs', 'v', 'etc', 'al', 'e.g', 'i.e', 'cf', 'ave', 'blvd', 'rd',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
  'ala', 'ariz', 'ark', 'calif', 'colo', 'conn', 'del', 'fla', 'ga', 'ill', 'ind', 'kan', 'ky', 'la', 'md', 'mass',
  'mich', 'minn', 'miss', 'mo', 'mont', 'neb', 'nev', 'okla', 'ore', 'pa', 'tenn', 'tex', 'va', 'vt', 'wash', 'wis', 'wyo',
]);

/**
 * Abbreviations that open a place or saint's name and are part of it: "St. Petersburg",
 * "Mt. Kenya", "Ft. Lauderdale", "Ste. Genevieve" (as written, capitalised, without the stop).
 */
export const NAME_OPENING_ABBREVIATIONS: ReadonlySet<string> = new Set(['St', 'Ste', 'Mt', 'Ft']);

/** Suffixes after a surname that tell a father from a son ("Jr.", "III"), lower-case, without the stop. */
export const GENERATIONAL_SUFFIXES: ReadonlySet<string> = new Set(['jr', 'sr', 'ii', 'iii', 'iv', 'v']);
