/**
 * Attribution cues (data only, lower-case, every form listed). Each line of a list holds the
 * forms of one verb: base, -s, past, -ing.
 */
function words(lines: readonly string[]): ReadonlySet<string> {
  return new Set(lines.flatMap((l) => l.split(/\s+/).filter(Boolean)));
}

/** Verbs of saying: they introduce direct quotes and reported speech. */
export const SPEECH_VERBS: ReadonlySet<string> = words([
  'say says said saying', 'tell tells told telling', 'add adds added adding', 'state states stated stating',
  'claim claims claimed claiming', 'argue argues argued arguing', 'warn warns warned warning',
  'insist insists insisted insisting', 'deny denies denied denying', 'announce announces announced announcing',
  'write writes wrote writing written', 'tweet tweets tweeted tweeting', 'post posts posted posting',
  'explain explains explained explaining', 'note notes noted noting', 'report reports reported reporting',
  'ask asks asked asking', 'reply replies replied replying', 'respond responds responded responding',
  'confirm confirms confirmed confirming', 'acknowledge acknowledges acknowledged acknowledging',
  'admit admits admitted admitting', 'suggest suggests suggested suggesting', 'predict predicts predicted predicting',
  'allege alleges alleged alleging', 'contend contends contended contending', 'maintain maintains maintained maintaining',
  'declare declares declared declaring', 'assert asserts asserted asserting', 'concede concedes conceded conceding',
  'recall recalls recalled recalling', 'complain complains complained complaining', 'promise promises promised promising',
  'vow vows vowed vowing', 'pledge pledges pledged pledging', 'urge urges urged urging',
  'emphasize emphasizes emphasized emphasizing', 'emphasise emphasises emphasised emphasising',
  'stress stresses stressed stressing', 'reveal reveals revealed revealing', 'disclose discloses disclosed disclosing',
  'testify testifies testified testifying', 'continue continues continued continuing', 'quip quips quipped quipping',
  'joke jokes joked joking', 'shout shouts shouted shouting', 'yell yells yelled yelling', 'whisper whispers whispered whispering',
  'remark remarks remarked remarking', 'observe observes observed observing', 'conclude concludes concluded concluding',
  'counter counters countered countering', 'retort retorts retorted retorting', 'boast boasts boasted boasting',
  'lament laments lamented lamenting', 'inform informs informed informing', 'demand demands demanded demanding',
  'wonder wonders wondered wondering', 'mention mentions mentioned mentioning', 'exclaim exclaims exclaimed exclaiming',
  'cry cries cried crying', 'sing sings sang singing', 'chant chants chanted chanting', 'repeat repeats repeated repeating',
  'reiterate reiterates reiterated reiterating', 'assure assures assured assuring', 'caution cautions cautioned cautioning',
  'advise advises advised advising', 'recount recounts recounted recounting', 'describe describes described describing',
  'proclaim proclaims proclaimed proclaiming', 'specify specifies specified specifying', 'estimate estimates estimated estimating',
  'threaten threatens threatened threatening', 'indicate indicates indicated indicating', 'hint hints hinted hinting',
  'wrote', 'texted', 'emailed', 'messaged', 'read reads',
]);

/**
 * Verbs that attribute a claim, a belief or a judgement without being speech verbs
 * ("X believes …", "X called the plan a disaster", "X criticized …"). Reported speech only.
 */
export const ATTRIBUTION_VERBS: ReadonlySet<string> = words([
  'believe believes believed believing', 'think thinks thought thinking', 'call calls called calling',
  'accuse accuses accused accusing', 'criticize criticizes criticized criticizing', 'criticise criticises criticised criticising',
  'praise praises praised praising', 'condemn condemns condemned condemning', 'blame blames blamed blaming',
  'reject rejects rejected rejecting', 'dismiss dismisses dismissed dismissing', 'cite cites cited citing',
  'blast blasts blasted blasting', 'slam slams slammed slamming', 'attack attacks attacked attacking',
  'defend defends defended defending', 'endorse endorses endorsed endorsing', 'charge charges charged charging',
  'questions questioned', 'fear fears feared fearing', 'hope hopes hoped hoping',
  'expect expects expected expecting', 'want wants wanted wanting', 'argue', 'agree agrees agreed agreeing',
  'show shows showed showing shown', 'finds found finding', 'rule rules ruled ruling', 'label labels labeled labelled labeling',
  'dub dubs dubbed dubbing', 'brand brands branded branding', 'liken likens likened likening', 'compare compares compared comparing',
  'refer refers referred referring', 'propose proposes proposed proposing', 'recommend recommends recommended recommending',
  'insist', 'acknowledge', 'conclude', 'decry decries decried decrying', 'denounce denounces denounced denouncing',
  'hail hails hailed hailing', 'applaud applauds applauded applauding', 'welcome welcomes welcomed welcoming',
  'doubt doubts doubted doubting', 'worry worries worried worrying', 'know knows knew knowing',
  'feel feels felt feeling', 'recognize recognizes recognized recognizing', 'understand understands understood',
  'forecast forecasts forecasted', 'oppose opposes opposed opposing',
  'support supports supported supporting', 'backs backed backing', 'mock mocks mocked mocking', 'ridicule ridiculed',
  'urge', 'ask', 'request requests requested requesting', 'call', 'seek seeks sought seeking',
  'encourage encourages encouraged encouraging', 'pressure pressured',
  'scold scolds scolded scolding', 'laud lauds lauded lauding', 'tout touts touted touting', 'predict', 'vow',
  'suggest', 'imply implies implied implying', 'insinuate insinuated', 'lash lashed', 'rip rips ripped',
  'rebuke rebukes rebuked', 'chide chides chided', 'concur concurs concurred', 'dispute disputes disputed disputing',
  'contest contests contested', 'refute refutes refuted', 'rebut rebuts rebutted', 'echo echoes echoed echoing',
  'rate rates rated rating', 'deem deems deemed', 'characterize characterizes characterized', 'portray portrays portrayed',
  // "find", "back" and "invite" are left out in their bare forms: "find themselves", "beat back", "were invited to speak"
  // talking about a subject, taking a stand on it ("talked about …", "voted against …", "outlined …"); forms that are
  // mostly nouns or settings in news ("the campaign", "votes", "speaking at a rally", "addressed the crowd") are left out
  'talk talks talked talking', 'speaks spoke spoken', 'comment comments commented commenting',
  'discuss discusses discussed discussing', 'outline outlines outlined outlining',
  'detail details detailed detailing', 'highlight highlights highlighted highlighting', 'point pointed pointing',
  'focus focuses focused focusing', 'rail rails railed railing', 'brag brags bragged bragging',
  'apologize apologizes apologized apologizing', 'apologise apologises apologised apologising',
  'advocate advocates advocated advocating', 'champion champions championed championing', 'promote promotes promoted promoting',
  'unveil unveils unveiled unveiling', 'signal signals signaled signalled signaling', 'express expresses expressed expressing',
  'voice voices voiced voicing', 'disavow disavows disavowed disavowing', 'embrace embraces embraced embracing',
  'favor favors favored favoring', 'favour favours favoured favouring', 'question questioning',
  'voted voting',
  'refuse refuses refused refusing', 'decline declines declined declining', 'pledge pledges pledged pledging',
  'plan plans planned planning', 'intend intends intended intending', 'decide decides decided deciding',
]);

/**
 * Cue forms that mostly mean something else in news ("member states", "maintained a lead"): cues only
 * before "that" or a colon ("maintained that the server was secure").
 */
export const CLAUSE_ONLY_CUES: ReadonlySet<string> = words(['state states maintain maintains maintained maintaining']);

/** Verbs whose first object is the hearer, skipped before the reported clause ("told reporters that"). */
export const HEARER_VERBS: ReadonlySet<string> = words([
  'tell tells told telling', 'inform informs informed informing', 'assure assures assured assuring',
  'warn warns warned warning', 'remind reminds reminded reminding', 'advise advises advised advising',
  'promise promises promised', 'ask asks asked asking', 'urge urges urged urging', 'caution cautions cautioned',
]);

/** Participles that attach a further quote to the subject of the main clause (", adding", ", saying"). */
export const PARTICIPLE_CUES: ReadonlySet<string> = words([
  'saying adding noting arguing explaining insisting warning telling asking claiming writing stressing calling',
  'citing describing suggesting declaring promising vowing urging accusing',
]);

/** Nouns naming a thing that speaks for its author ("the statement said"). */
export const STATEMENT_NOUNS: ReadonlySet<string> = words([
  'statement statements release letter post tweet tweets filing notice memo email e-mail document communique message',
  'announcement complaint lawsuit ruling decision account website blog video interview report study survey poll',
  'ad advertisement spot clip transcript note op-ed editorial column article piece book speech remarks',
]);

/** Nouns for a person who speaks on behalf of an organization ("a spokesman for X"). */
export const SPOKESPERSON_NOUNS: ReadonlySet<string> = words([
  'spokesman spokeswoman spokesperson representative rep lawyer attorney aide adviser advisor',
  'official officials spokesmen spokeswomen spokespeople representatives lawyers attorneys aides',
]);

/** Personal pronouns a speaker can be, with the kind of actor they point to. */
export const PRONOUNS: ReadonlyMap<string, 'person' | 'organization' | 'any'> = new Map([
  ['he', 'person'], ['she', 'person'], ['him', 'person'], ['her', 'person'], ['i', 'person'],
  ['it', 'organization'], ['they', 'any'], ['we', 'any'], ['you', 'any'],
  // owners of a stance noun ("his claim that …")
  ['his', 'person'], ['my', 'person'], ['its', 'organization'], ['their', 'any'], ['our', 'any'],
]);

/** Relative pronouns that can be the subject of a cue ("the company, which said …"). */
export const RELATIVE_PRONOUNS: ReadonlySet<string> = words(['which who that']);

/** Words that never belong to a speaker noun phrase. */
export const SPEAKER_STOP_WORDS: ReadonlySet<string> = words([
  'that which who whom whose when while if because as although though since unless until and but or nor so than',
  'not also then there here where why how what whether',
]);

/** Prepositions that may sit inside a speaker noun phrase ("the chair of the DNC", "a spokesman for X"). */
export const NP_INNER_PREPOSITIONS: ReadonlySet<string> = words(['of for']);

/** Adverbs that may follow a speaker but are not part of it ("Musk later added"). */
export const SPEAKER_TRAILING_WORDS: ReadonlySet<string> = words([
  'later also then now today yesterday tonight recently previously earlier again once often frequently repeatedly',
  'publicly privately separately simply still already long here',
]);

/** Adverbial openers that may sit between a cue and its clause ("said in a statement that", "told CNN on Monday"). */
export const ADVERBIAL_PREPOSITIONS: ReadonlySet<string> = words(['in on at during after before via through over to with from by']);

/** Prepositions a speaker phrase after a quote may hold ("a voice in the party's radio spot asks"). */
export const SPEAKER_PREPOSITIONS: ReadonlySet<string> = words(['in at from with on']);

/**
 * Prepositions that open an adverbial phrase ("On Tuesday, after the vote, came …"): the noun after
 * them is their object, never a subject. "as" and "like" are left out: "As Roe, a senator, put it".
 */
export const PHRASE_PREPOSITIONS: ReadonlySet<string> = words([
  'on in at after before during under since until from with without despite for by of to into through across',
  'amid amidst among over behind near inside outside following',
]);

/**
 * Nouns that report a stand or a statement of their owner ("Trump's claim that …", "her call for …",
 * "the party's decision to …"): with a possessive before them they attribute what follows.
 */
export const STANCE_NOUNS: ReadonlySet<string> = words([
  'claim claims assertion assertions statement statements announcement announcements remark remarks comment comments',
  'warning warnings promise promises pledge pledges vow vows call calls demand demands proposal proposals plan plans',
  'decision decisions insistence suggestion suggestions argument arguments belief beliefs view views position',
  'criticism criticisms support opposition accusation accusations allegation allegations denial denials admission',
  'acknowledgment acknowledgement threat threats prediction predictions assessment conclusion contention complaint',
  'complaints request requests appeal appeals endorsement condemnation rejection explanation description response',
  'reply question questions concern concerns attack attacks praise refusal defense defence push',
]);

/** Words that open what a stance noun reports: a clause, an infinitive, or the object of a preposition. */
export const STANCE_LINKS: ReadonlySet<string> = words(['that to of for on about against']);

/** Speech verbs that introduce quoted words but never a reported clause of their own ("he continued", "she sang"). */
export const DIRECT_ONLY_CUES: ReadonlySet<string> = new Set(['continue', 'continues', 'continued', 'continuing', 'sing', 'sings', 'sang', 'singing', 'chant', 'chants', 'chanted', 'chanting', 'cry', 'cries', 'cried', 'read', 'reads', 'shout', 'shouted', 'yell', 'yelled', 'whisper', 'whispered', 'post', 'posts', 'posted']);

/**
 * The plainest speech verbs, trusted right after an apposition's comma whatever the tagger said
 * ("Jane Roe, its chief executive, said …", where "said" may be tagged a noun or adjective).
 */
export const PLAIN_SPEECH_CUES: ReadonlySet<string> = words(['says said', 'tells told', 'writes wrote', 'adds added']);

/** Cues trusted in a title-case headline, where the tagger is unreliable. */
export const HEADLINE_CUES: ReadonlySet<string> = new Set(['say', 'says', 'said', 'tell', 'tells', 'told', 'warn', 'warns', 'warned', 'claim', 'claims', 'claimed', 'urge', 'urges', 'urged', 'insist', 'insists', 'deny', 'denies', 'denied', 'vow', 'vows', 'vowed']);

/** Words that open a subordinate or participial phrase after a trailing attribution. */
export const SUBORDINATORS: ReadonlySet<string> = new Set(['as', 'while', 'when', 'after', 'before', 'because', 'since', 'though', 'although', 'according', 'in', 'on', 'at', 'with', 'who', 'which', 'where', 'but', 'and']);

/** Prepositions that name what was said about ("complained about the mic", "warned against hackers"). */
export const SUBJECT_MATTER: ReadonlySet<string> = new Set(['about', 'against']);

/** Labels that head a headline without speaking it ("Breaking: …", "Watch: …"). */
export const HEADLINE_LABELS: ReadonlySet<string> = new Set(['breaking', 'watch', 'exclusive', 'update', 'updated', 'video', 'live', 'analysis', 'opinion', 'editorial', 'review', 'photos', 'listen', 'read', 'correction', 'editor\u2019s note', "editor's note", 'the latest', 'news guide', 'fact check']);

/**
 * Further labels that open a paragraph with a colon without naming a speaker ("Photo:", "See also:");
 * the headline labels above count there too.
 */
export const PARAGRAPH_LABELS: ReadonlySet<string> = new Set([
  'note', 'clarification', 'source', 'sources', 'photo', 'related', 'read more', 'see also', 'contact', 'email', 'follow',
  'tags', 'topics', 'disclosure', 'full text', 'abstract', 'transcript', 'more', 'also', 'background', 'bottom line',
  'why it matters', "what's next", 'pictured', 'picture', 'file photo', 'caption', 'image', 'graphic', 'map', 'chart',
]);

/**
 * Attribution verbs that also name a physical act ("attacked a camp", "blasted the bridge", "charged
 * the checkpoint", "defended the town"): verbal attacks ("X attacked Y's plan") stay attributions.
 */
export const PHYSICAL_SENSE_CUES: ReadonlySet<string> = words([
  'attack attacks attacked attacking', 'blast blasts blasted blasting', 'slam slams slammed slamming',
  'rip rips ripped', 'charge charges charged charging', 'defend defends defended defending',
]);

/** Heads of a subject that acts by force, not by words ("fighters attacked", "a drone hit"). */
export const ARMED_FORCE_NOUNS: ReadonlySet<string> = words([
  'fighter fighters militant militants gunman gunmen troop troops soldier soldiers force forces rebel rebels',
  'insurgent insurgents militia militias militiamen army armies jet jets drone drones aircraft warplane warplanes',
  'bomber bombers missile missiles rocket rockets bomb bombs attacker attackers assailant assailants mob mobs',
  'paramilitary paramilitaries jihadist jihadists guerrilla guerrillas terrorist terrorists sniper snipers',
  'shark sharks dog dogs bear bears storm storms hurricane typhoon explosion explosions shell shells artillery',
]);

/** Heads of an object that is a place or a thing, attacked by force ("attacked a camp", "blasted the bridge"). */
export const PHYSICAL_TARGET_NOUNS: ReadonlySet<string> = words([
  'camp camps base bases village villages town towns city cities hospital hospitals school schools convoy convoys',
  'checkpoint checkpoints market markets building buildings station stations position positions post posts outpost outposts',
  'compound compounds embassy embassies ship ships vessel vessels tanker tankers bridge bridges airport airports port ports',
  'headquarters plant plants facility facilities district districts neighborhood neighborhoods neighbourhood mosque mosques',
  'church churches temple temples home homes house houses barracks depot depots pipeline pipelines refinery refineries',
  'train trains bus buses car cars truck trucks vehicle vehicles tank tanks border frontier region area areas territory',
  'encampment settlement settlements shelter shelters prison prisons jail',
]);

/** Participles that report the toll of a physical act (", killing at least 40 people"). */
export const TOLL_PARTICIPLES: ReadonlySet<string> = words(['killing wounding injuring destroying damaging leaving displacing']);

/** Cues that, with a plain noun object, name authorship rather than a statement ("who wrote much of the bill"). */
export const AUTHORSHIP_CUES: ReadonlySet<string> = words(['write writes wrote writing written']);

/**
 * Participles of perceiving and knowing: in the passive they report a statement only before a
 * clause ("it was felt that …", "he was seen to …"); "tremors were felt as far away as Aleppo",
 * "the ship was seen near the coast" report no one.
 */
export const PERCEPTION_PARTICIPLES: ReadonlySet<string> = words(['felt seen heard noticed observed']);

/**
 * Verbs of judging someone whose "for" phrase gives the reason ("criticised by doctors for mixed
 * messages", "praised for her work"): in the passive, the judged subject with the reason is the
 * content, and the "by" agent ends before "for".
 */
export const REASON_FOR_CUES: ReadonlySet<string> = words([
  'criticized criticised', 'blamed', 'praised', 'attacked', 'slammed', 'condemned', 'faulted', 'lauded', 'hailed',
  'applauded', 'thanked', 'credited', 'blasted', 'rebuked', 'chided', 'scolded', 'mocked', 'ridiculed', 'denounced',
  'commended', 'censured', 'castigated', 'lambasted', 'chastised', 'derided', 'reprimanded', 'targeted', 'sued',
]);

/** Discourse asides set off by commas between a subject and its verb ("Murphy, though, said"). */
export const DISCOURSE_ASIDES: ReadonlySet<string> = new Set([
  'though', 'however', 'meanwhile', 'too', 'also', 'instead', 'therefore', 'moreover', 'furthermore', 'nonetheless',
  'nevertheless', 'in turn', 'in contrast', 'by contrast', 'for example', 'for instance', 'in fact', 'indeed', 'again',
  'likewise', 'similarly', 'in response', 'in particular', 'in a statement', 'in an interview', 'separately', 'later',
]);

/** Verbs by which records, polls and data report ("…, records show.", "Data show that …"): cues for a clause on either side. */
export const EVIDENCE_VERBS: ReadonlySet<string> = words(['show shows showed']);

/** Verbs of viewing something as something ("voters see Clinton as the stronger candidate"): cues only with "as" after the object. */
export const VIEW_VERBS: ReadonlySet<string> = words(['see sees saw seeing', 'view views viewed viewing', 'regard regards regarded regarding', 'perceive perceives perceived']);
