/** Evidence words for typing names (data only, lower-case). */

/** Descriptors that introduce a product rather than an organization. */
export const PRODUCT_DESCRIPTORS: ReadonlySet<string> = new Set(['chatbot', 'app', 'brand', 'model', 'phone', 'software']);

/** Last words of place names: "Tiananmen Square", "Grace Road", "Insein Prison". */
export const PLACE_SUFFIXES: ReadonlySet<string> = new Set([
  'square', 'road', 'street', 'st', 'avenue', 'boulevard', 'lane', 'bridge', 'airport', 'park', 'stadium', 'arena', 'island',
  'islands', 'river', 'mountain', 'mountains', 'mount', 'lake', 'valley', 'bay', 'coast', 'province', 'region', 'district',
  'port', 'harbour', 'harbor', 'prison', 'jail', 'palace', 'castle', 'cathedral', 'mosque', 'temple', 'hills', 'heights',
  'peninsula', 'strait', 'sea', 'ocean', 'canal', 'desert', 'forest', 'plain', 'plains', 'gulf', 'county', 'state', 'oblast',
  'prefecture', 'village', 'springs', 'beach', 'falls', 'highway', 'motorway', 'circuit', 'racecourse', 'ground', 'oval',
]);

/** Nouns for the people or parts of a place before "of": "residents of Lockerbie", "the mayor of Kherson". */
export const INHABITANTS_OF: ReadonlySet<string> = new Set([
  'residents', 'inhabitants', 'citizens', 'villagers', 'townspeople', 'people', 'population', 'mayor', 'streets', 'suburbs',
]);
