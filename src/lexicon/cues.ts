/** Speech and attribution cues (data only), each form listed; lower-case. */
export const SPEECH_VERBS: ReadonlySet<string> = new Set([
  'say', 'says', 'said', 'saying', 'tell', 'tells', 'told', 'telling', 'add', 'adds', 'added', 'adding',
  'state', 'states', 'stated', 'claim', 'claims', 'claimed', 'argue', 'argues', 'argued', 'warn', 'warns', 'warned',
  'insist', 'insists', 'insisted', 'deny', 'denies', 'denied', 'announce', 'announces', 'announced',
  'write', 'writes', 'wrote', 'tweet', 'tweets', 'tweeted', 'post', 'posts', 'posted', 'explain', 'explains', 'explained',
  'note', 'notes', 'noted', 'noting', 'report', 'reports', 'reported', 'ask', 'asks', 'asked', 'reply', 'replies', 'replied',
  'respond', 'responds', 'responded', 'confirm', 'confirms', 'confirmed', 'acknowledge', 'acknowledges', 'acknowledged',
  'admit', 'admits', 'admitted', 'suggest', 'suggests', 'suggested', 'predict', 'predicts', 'predicted',
  'estimate', 'estimates', 'estimated', 'believe', 'believes', 'believed', 'think', 'thinks', 'thought',
  'allege', 'alleges', 'alleged', 'contend', 'contends', 'contended', 'maintain', 'maintains', 'maintained',
  'declare', 'declares', 'declared', 'assert', 'asserts', 'asserted', 'concede', 'concedes', 'conceded',
  'recall', 'recalls', 'recalled', 'complain', 'complains', 'complained', 'promise', 'promises', 'promised',
  'vow', 'vows', 'vowed', 'pledge', 'pledges', 'pledged', 'urge', 'urges', 'urged', 'charge', 'charges', 'charged',
  'accuse', 'accuses', 'accused', 'emphasize', 'emphasizes', 'emphasized', 'emphasise', 'emphasised', 'stress', 'stresses', 'stressed',
  'indicate', 'indicates', 'indicated', 'reveal', 'reveals', 'revealed', 'disclose', 'discloses', 'disclosed',
  'testify', 'testifies', 'testified', 'continue', 'continued', 'continues', 'quip', 'quipped', 'joke', 'joked',
  'shout', 'shouted', 'yell', 'yelled', 'whisper', 'whispered', 'remark', 'remarked', 'observe', 'observed', 'conclude', 'concluded',
  'agree', 'agreed', 'agrees', 'counter', 'countered', 'retort', 'retorted', 'boast', 'boasted', 'lament', 'lamented',
  'acknowledged', 'say,', 'tells', 'inform', 'informed', 'informs', 'hint', 'hinted', 'learn', 'learned', 'show', 'shows', 'showed',
]);

/** Cues whose subject is a thing that speaks for its author ("the statement said"). */
export const STATEMENT_NOUNS: ReadonlySet<string> = new Set([
  'statement', 'release', 'report', 'letter', 'post', 'tweet', 'filing', 'notice', 'memo', 'email', 'document',
  'communique', 'message', 'announcement', 'complaint', 'lawsuit', 'ruling', 'decision', 'spokesman', 'spokeswoman',
  'spokesperson', 'account', 'website', 'blog', 'video', 'interview',
]);

export const PRONOUNS: ReadonlyMap<string, 'person' | 'organization' | 'any'> = new Map([
  ['he', 'person'], ['she', 'person'], ['it', 'organization'], ['they', 'any'], ['i', 'person'], ['we', 'any'],
]);
