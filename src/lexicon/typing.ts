/** Evidence words for typing names (data only, lower-case). */

/** Last words that make a capitalised name an organization. */
export const ORG_HEAD_WORDS: ReadonlySet<string> = new Set([
  'inc', 'inc.', 'corp', 'corp.', 'corporation', 'co', 'co.', 'ltd', 'ltd.', 'llc', 'plc', 'ag', 'sa', 'nv', 'gmbh', 'spa',
  'group', 'holdings', 'bank', 'airlines', 'airways', 'motors', 'partners', 'office', 'ministry', 'department', 'agency',
  'commission', 'committee', 'council', 'court', 'party', 'university', 'college', 'institute', 'association',
  'federation', 'union', 'league', 'club', 'fc', 'police', 'army', 'navy', 'force', 'forces', 'service', 'parliament',
  'senate', 'congress', 'assembly', 'foundation', 'organisation', 'organization', 'authority', 'board', 'bureau',
  'division', 'exchange', 'times', 'post', 'news', 'press', 'network', 'television', 'radio', 'company', 'church',
  'front', 'movement', 'brigade', 'brigades', 'fund', 'trust', 'society', 'academy', 'school', 'hospital', 'journal',
  'herald', 'tribune', 'telegraph', 'guardian', 'international', 'technologies', 'systems', 'industries', 'energy',
  'pharmaceuticals', 'securities', 'capital', 'investments', 'media', 'entertainment', 'studios', 'labs', 'ai',
]);

/** Descriptors that introduce a product rather than an organization. */
export const PRODUCT_DESCRIPTORS: ReadonlySet<string> = new Set(['chatbot', 'app', 'brand', 'model', 'phone', 'software']);
