/** Role words (data only). Keys lower-case; values the canonical role. */

export const ROLE_PHRASES: ReadonlyMap<string, string> = new Map([
  ['owner', 'owner'], ['co-owner', 'co-owner'], ['founder', 'founder'], ['co-founder', 'co-founder'], ['cofounder', 'co-founder'],
  ['chief executive', 'chief executive'], ['chief executive officer', 'chief executive'], ['ceo', 'chief executive'],
  ['chief', 'chief'], ['boss', 'chief executive'], ['chairman', 'chairman'], ['chairwoman', 'chairwoman'], ['chair', 'chair'],
  ['president', 'president'], ['vice president', 'vice president'], ['vice-president', 'vice president'],
  ['prime minister', 'prime minister'], ['minister', 'minister'], ['foreign minister', 'foreign minister'],
  ['finance minister', 'finance minister'], ['interior minister', 'interior minister'], ['defence minister', 'defence minister'],
  ['defense minister', 'defense minister'], ['secretary', 'secretary'], ['secretary of state', 'secretary of state'],
  ['secretary-general', 'secretary-general'], ['secretary general', 'secretary-general'], ['chancellor', 'chancellor'],
  ['spokesman', 'spokesman'], ['spokeswoman', 'spokeswoman'], ['spokesperson', 'spokesperson'],
  ['director', 'director'], ['managing director', 'managing director'], ['executive director', 'executive director'],
  ['head', 'head'], ['leader', 'leader'], ['prosecutor', 'prosecutor'], ['chief prosecutor', 'chief prosecutor'],
  ['public prosecutor', 'public prosecutor'], ['judge', 'judge'], ['senator', 'senator'], ['governor', 'governor'],
  ['mayor', 'mayor'], ['ambassador', 'ambassador'], ['envoy', 'envoy'], ['coach', 'coach'], ['manager', 'manager'],
  ['editor', 'editor'], ['editor-in-chief', 'editor-in-chief'], ['analyst', 'analyst'], ['economist', 'economist'],
  ['lawyer', 'lawyer'], ['attorney', 'attorney'], ['attorney general', 'attorney general'], ['commander', 'commander'],
  ['executive', 'executive'], ['official', 'official'], ['chief financial officer', 'chief financial officer'],
  ['cfo', 'chief financial officer'], ['chief operating officer', 'chief operating officer'], ['coo', 'chief operating officer'],
  ['general counsel', 'general counsel'], ['king', 'king'], ['queen', 'queen'], ['representative', 'representative'],
  ['deputy', 'deputy'], ['member', 'member'], ['captain', 'captain'], ['striker', 'striker'], ['goalkeeper', 'goalkeeper'],
  ['investor', 'investor'], ['shareholder', 'shareholder'], ['partner', 'partner'], ['employee', 'employee'],
  ['researcher', 'researcher'], ['professor', 'professor'], ['adviser', 'adviser'], ['advisor', 'adviser'],
  ['billionaire', 'billionaire'], ['entrepreneur', 'entrepreneur'], ['president-elect', 'president-elect'],
  // legislatures and courts: "Speaker Mark Ellison", "Press secretary Dana Whitfield", "Chief Justice John Roberts"
  ['speaker', 'speaker'], ['house speaker', 'speaker'], ['press secretary', 'press secretary'], ['chief justice', 'chief justice'],
  ['congressman', 'congressman'], ['congresswoman', 'congresswoman'], ['lawmaker', 'lawmaker'], ['mp', 'member of parliament'], ['mep', 'member of the European Parliament'], ['legislator', 'legislator'],
  ['treasurer', 'treasurer'], ['chief technology officer', 'chief technology officer'], ['cto', 'chief technology officer'],
]);

/** Capitalised titles that stand before a name and are not part of it. */
export const NAME_TITLES: ReadonlySet<string> = new Set([
  'president', 'prime', 'minister', 'chancellor', 'senator', 'sen', 'sen.', 'rep', 'rep.', 'representative', 'governor',
  'gov', 'gov.', 'mayor', 'judge', 'justice', 'prosecutor', 'general', 'gen', 'gen.', 'colonel', 'col', 'col.', 'captain',
  'capt', 'capt.', 'lieutenant', 'lt', 'lt.', 'sergeant', 'sgt', 'sgt.', 'admiral', 'commissioner', 'secretary',
  'ambassador', 'chairman', 'chief', 'executive', 'director', 'coach', 'king', 'queen', 'prince', 'princess', 'pope',
  'sheikh', 'rabbi', 'father', 'reverend', 'rev', 'rev.', 'bishop', 'archbishop', 'cardinal', 'professor', 'prof',
  'dr', 'dr.', 'mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'miss', 'sir', 'dame', 'lord', 'lady', 'vice', 'deputy',
  'foreign', 'finance', 'defence', 'defense', 'interior', 'economy', 'trade', 'health', 'premier', 'officer', 'detective',
  'inspector', 'superintendent', 'constable', 'attorney', 'speaker', 'leader', 'opposition', 'former', 'ex-president',
  'mme', 'mme.', 'm.', 'herr', 'frau', 'senor', 'señor',
]);

export const FORMER_WORDS: ReadonlySet<string> = new Set(['former', 'ex', 'ex-', 'then', 'erstwhile', 'outgoing', 'late']);
