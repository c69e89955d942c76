import { describe, it, expect } from 'vitest';
import {
  PLOVER_CATEGORIES,
  PLOVER_MODES,
  TRIGGERS,
  MULTIWORD_TRIGGERS,
  LIGHT_VERBS,
  findTrigger,
  triggersFor,
  resolveMode,
  matchMultiword,
  type PloverCategory,
} from '../../src/lexicon/plover.js';

type Row = [lemma: string, pos: 'verb' | 'noun', category: PloverCategory, mode?: string];

const POSITIVE: Row[] = [
  // AGREE
  ['agree', 'verb', 'AGREE'],
  ['pledge', 'verb', 'AGREE'],
  ['promise', 'verb', 'AGREE'],
  ['offer', 'verb', 'AGREE'],
  ['agreement', 'noun', 'AGREE'],
  ['accept offer', 'verb', 'AGREE'],
  ['reach agreement', 'verb', 'AGREE'],
  // CONSULT
  ['meet', 'verb', 'CONSULT'],
  ['visit', 'verb', 'CONSULT', 'visit'],
  ['host', 'verb', 'CONSULT', 'visit'],
  ['talk', 'verb', 'CONSULT'],
  ['discuss', 'verb', 'CONSULT'],
  ['negotiate', 'verb', 'CONSULT'],
  ['call', 'verb', 'CONSULT', 'phone'],
  ['talks', 'noun', 'CONSULT'],
  ['meeting', 'noun', 'CONSULT'],
  ['summit', 'noun', 'CONSULT', 'multilateral'],
  ['phone call', 'noun', 'CONSULT', 'phone'],
  ['hold talks', 'verb', 'CONSULT'],
  // SUPPORT
  ['praise', 'verb', 'SUPPORT'],
  ['endorse', 'verb', 'SUPPORT'],
  ['back', 'verb', 'SUPPORT'],
  ['support', 'verb', 'SUPPORT'],
  ['welcome', 'verb', 'SUPPORT'],
  ['thank', 'verb', 'SUPPORT'],
  ['recognize', 'verb', 'SUPPORT'],
  ['sign', 'verb', 'SUPPORT'],
  ['ratify', 'verb', 'SUPPORT'],
  // CONCEDE
  ['apologize', 'verb', 'CONCEDE'],
  ['apologise', 'verb', 'CONCEDE'],
  ['ease', 'verb', 'CONCEDE'],
  ['pardon', 'verb', 'CONCEDE'],
  ['amnesty', 'noun', 'CONCEDE'],
  ['lift curfew', 'verb', 'CONCEDE'],
  ['declare ceasefire', 'verb', 'CONCEDE'],
  // COOPERATE
  ['cooperate', 'verb', 'COOPERATE'],
  ['collaborate', 'verb', 'COOPERATE'],
  ['ally', 'verb', 'COOPERATE'],
  ['exchange', 'verb', 'COOPERATE'],
  ['extradite', 'verb', 'COOPERATE'],
  ['joint exercise', 'noun', 'COOPERATE'],
  // AID
  ['aid', 'verb', 'AID'],
  ['donate', 'verb', 'AID', 'economic'],
  ['assist', 'verb', 'AID'],
  ['provide', 'verb', 'AID'],
  ['send aid', 'verb', 'AID'],
  ['grant loan', 'verb', 'AID', 'economic'],
  ['grant asylum', 'verb', 'AID', 'asylum'],
  ['aid', 'noun', 'AID'],
  // RETREAT
  ['withdraw', 'verb', 'RETREAT', 'withdraw'],
  ['pull out', 'verb', 'RETREAT', 'withdraw'],
  ['evacuate', 'verb', 'RETREAT'],
  ['retreat', 'verb', 'RETREAT', 'withdraw'],
  ['release', 'verb', 'RETREAT', 'release'],
  ['resign', 'verb', 'RETREAT', 'resign'],
  ['step down', 'verb', 'RETREAT', 'resign'],
  ['disarm', 'verb', 'RETREAT', 'disarm'],
  ['withdrawal', 'noun', 'RETREAT', 'withdraw'],
  // REQUEST
  ['request', 'verb', 'REQUEST'],
  ['ask', 'verb', 'REQUEST'],
  ['demand', 'verb', 'REQUEST'],
  ['urge', 'verb', 'REQUEST'],
  ['appeal', 'verb', 'REQUEST'],
  ['call for', 'verb', 'REQUEST'],
  ['seek', 'verb', 'REQUEST'],
  ['invite', 'verb', 'REQUEST', 'meet'],
  ['demand', 'noun', 'REQUEST'],
  // ACCUSE
  ['accuse', 'verb', 'ACCUSE', 'allege'],
  ['blame', 'verb', 'ACCUSE'],
  ['criticize', 'verb', 'ACCUSE', 'disapprove'],
  ['criticise', 'verb', 'ACCUSE', 'disapprove'],
  ['condemn', 'verb', 'ACCUSE', 'disapprove'],
  ['denounce', 'verb', 'ACCUSE', 'disapprove'],
  ['allege', 'verb', 'ACCUSE', 'allege'],
  ['investigate', 'verb', 'ACCUSE', 'investigate'],
  ['probe', 'verb', 'ACCUSE', 'investigate'],
  ['inquiry', 'noun', 'ACCUSE', 'investigate'],
  ['investigation', 'noun', 'ACCUSE', 'investigate'],
  ['probe', 'noun', 'ACCUSE', 'investigate'],
  ['summons', 'noun', 'ACCUSE', 'investigate'],
  ['summon', 'verb', 'ACCUSE', 'investigate'],
  ['charge', 'verb', 'ACCUSE', 'allege'],
  ['indict', 'verb', 'ACCUSE', 'allege'],
  ['sue', 'verb', 'ACCUSE', 'allege'],
  ['launch inquiry', 'verb', 'ACCUSE', 'investigate'],
  // REJECT
  ['reject', 'verb', 'REJECT'],
  ['refuse', 'verb', 'REJECT'],
  ['deny', 'verb', 'REJECT'],
  ['veto', 'verb', 'REJECT'],
  ['dismiss', 'verb', 'REJECT'],
  ['oppose', 'verb', 'REJECT'],
  ['cancel', 'verb', 'REJECT'],
  ['rule out', 'verb', 'REJECT'],
  // THREATEN
  ['threaten', 'verb', 'THREATEN'],
  ['warn', 'verb', 'THREATEN'],
  ['ultimatum', 'noun', 'THREATEN'],
  ['threat', 'noun', 'THREATEN'],
  // PROTEST
  ['protest', 'verb', 'PROTEST', 'demo'],
  ['demonstrate', 'verb', 'PROTEST', 'demo'],
  ['rally', 'verb', 'PROTEST', 'demo'],
  ['march', 'verb', 'PROTEST', 'demo'],
  ['strike', 'verb', 'PROTEST', 'strike'],
  ['boycott', 'verb', 'PROTEST', 'boycott'],
  ['protest', 'noun', 'PROTEST', 'demo'],
  ['hunger strike', 'noun', 'PROTEST', 'hunger'],
  ['riot', 'noun', 'PROTEST', 'riot'],
  // SANCTION
  ['sanction', 'verb', 'SANCTION'],
  ['sanctions', 'noun', 'SANCTION'],
  ['sanction', 'noun', 'SANCTION'],
  ['embargo', 'noun', 'SANCTION'],
  ['expel', 'verb', 'SANCTION', 'expel'],
  ['sever ties', 'verb', 'SANCTION'],
  ['cut ties', 'verb', 'SANCTION'],
  ['suspend', 'verb', 'SANCTION'],
  ['impose sanction', 'verb', 'SANCTION'],
  ['join forces', 'verb', 'COOPERATE'],
  ['blockade', 'noun', 'COERCE', 'restrict'],
  ['stop use', 'verb', 'SANCTION'],
  ['convict', 'verb', 'SANCTION', 'convict'],
  // MOBILIZE
  ['mobilize', 'verb', 'MOBILIZE', 'troops'],
  ['mobilise', 'verb', 'MOBILIZE', 'troops'],
  ['deploy', 'verb', 'MOBILIZE', 'troops'],
  ['alert', 'verb', 'MOBILIZE'],
  ['deployment', 'noun', 'MOBILIZE'],
  // COERCE
  ['arrest', 'verb', 'COERCE', 'arrest'],
  ['detain', 'verb', 'COERCE', 'arrest'],
  ['raid', 'verb', 'COERCE', 'seize'],
  ['raid', 'noun', 'COERCE', 'seize'],
  ['search', 'verb', 'COERCE', 'seize'],
  ['seize', 'verb', 'COERCE', 'seize'],
  ['confiscate', 'verb', 'COERCE', 'seize'],
  ['deport', 'verb', 'COERCE', 'deport'],
  ['ban', 'verb', 'COERCE', 'ban'],
  ['censor', 'verb', 'COERCE', 'censor'],
  ['impose curfew', 'verb', 'COERCE', 'curfew'],
  ['jail', 'verb', 'COERCE', 'arrest'],
  ['sentence', 'verb', 'COERCE', 'arrest'],
  ['crack down', 'verb', 'COERCE'],
  ['curfew', 'noun', 'COERCE', 'curfew'],
  ['detention', 'noun', 'COERCE', 'arrest'],
  // ASSAULT
  ['attack', 'verb', 'ASSAULT'],
  ['kill', 'verb', 'ASSAULT'],
  ['bomb', 'verb', 'ASSAULT', 'explosives'],
  ['shoot', 'verb', 'ASSAULT', 'firearms'],
  ['fight', 'verb', 'ASSAULT'],
  ['clash', 'verb', 'ASSAULT'],
  ['invade', 'verb', 'ASSAULT'],
  ['shell', 'verb', 'ASSAULT', 'heavy-weapons'],
  ['wound', 'verb', 'ASSAULT'],
  ['assassinate', 'verb', 'ASSAULT', 'assassinate'],
  ['kidnap', 'verb', 'ASSAULT', 'abduct'],
  ['open fire', 'verb', 'ASSAULT', 'firearms'],
  // added with the events extractor: protest obstruction, ceasefire violations, retaking, inspections, ties
  ['block street', 'verb', 'PROTEST', 'obstruct'],
  ['stop work', 'verb', 'PROTEST', 'strike'],
  ['violate ceasefire', 'verb', 'ASSAULT', 'sideAB'],
  ['retake', 'verb', 'ASSAULT'],
  ['retaken', 'verb', 'ASSAULT'],
  ['hearing', 'noun', 'ACCUSE', 'investigate'],
  ['send inspector', 'verb', 'ACCUSE', 'investigate'],
  ['upgrade ties', 'verb', 'SUPPORT'],
  ['reduce aid', 'verb', 'SANCTION', 'discontinue'],
  ['violate ban', 'verb', 'REJECT'],
  ['defy curfew', 'verb', 'REJECT'],
  ['attack', 'noun', 'ASSAULT'],
  ['airstrike', 'noun', 'ASSAULT', 'heavy-weapons'],
  ['clash', 'noun', 'ASSAULT'],
];

/** Lookups that exercise findTrigger's normalization (inflections, articles, case). */
const NORMALIZED: Row[] = [
  ['Raided', 'verb', 'COERCE', 'seize'],
  ['arrested', 'verb', 'COERCE'],
  ['summonse', 'verb', 'ACCUSE'],
  ['summonses', 'noun', 'ACCUSE'],
  ['launch an inquiry', 'verb', 'ACCUSE', 'investigate'],
  ['launched an investigation', 'verb', 'ACCUSE', 'investigate'],
  ['impose sanctions', 'verb', 'SANCTION'],
  ['imposed sanctions', 'verb', 'SANCTION'],
  ['cut the ties', 'verb', 'SANCTION'],
  ['inquiries', 'noun', 'ACCUSE'],
  ['clashes', 'noun', 'ASSAULT'],
  ['protests', 'noun', 'PROTEST'],
  ['investigation.', 'noun', 'ACCUSE'],
];

const NEGATIVE: Array<[string, 'verb' | 'noun']> = [
  ['say', 'verb'],
  ['tell', 'verb'],
  ['add', 'verb'],
  ['be', 'verb'],
  ['have', 'verb'],
  ['report', 'verb'],
  ['include', 'verb'],
  ['state', 'verb'],
  ['explain', 'verb'],
  ['note', 'verb'],
  ['believe', 'verb'],
  ['go', 'verb'],
  ['make', 'verb'],
  ['do', 'verb'],
  ['announce', 'verb'],
  ['take part', 'verb'],
  ['report', 'noun'],
  ['statement', 'noun'],
  ['year', 'noun'],
  ['company', 'noun'],
  ['', 'verb'],
];

describe('PLOVER lexicon: categories and modes', () => {
  it('has the 16 PLOVER categories', () => {
    expect(PLOVER_CATEGORIES).toHaveLength(16);
    expect(new Set(PLOVER_CATEGORIES).size).toBe(16);
  });

  it('every entry has a valid category, pos, rule id and (if any) a valid mode', () => {
    for (const t of TRIGGERS) {
      expect(PLOVER_CATEGORIES, t.lemma).toContain(t.category);
      expect(['verb', 'noun'], t.lemma).toContain(t.pos);
      expect(t.rule, t.lemma).toMatch(/^[a-z]+\.[a-z-]+\.[a-z0-9_'-]+(\.n)?$/i);
      expect(t.lemma, t.rule).toBe(t.lemma.trim().toLowerCase());
      expect(t.tokens.join(' ')).toBe(t.lemma);
      expect(t.multiword).toBe(t.tokens.length > 1);
      if (t.mode !== undefined) expect(PLOVER_MODES[t.category], `${t.lemma} mode`).toContain(t.mode);
      if (t.modeHints) {
        for (const m of Object.values(t.modeHints)) expect(PLOVER_MODES[t.category], `${t.lemma} hint`).toContain(m);
      }
      if (t.requiresPrep) expect(t.targetPreps?.length ?? 0, t.lemma).toBeGreaterThan(0);
    }
  });

  it('has no (lemma, pos) pair listed twice', () => {
    const seen = new Map<string, PloverCategory>();
    const conflicts: string[] = [];
    const dups: string[] = [];
    for (const t of TRIGGERS) {
      const k = `${t.pos}:${t.lemma}`;
      const prev = seen.get(k);
      if (prev !== undefined) (prev === t.category ? dups : conflicts).push(`${k} ${prev}/${t.category}`);
      else seen.set(k, t.category);
    }
    expect(conflicts).toEqual([]);
    expect(dups).toEqual([]);
  });

  it('covers every category broadly (400–700 single-word entries, plus phrases)', () => {
    const single = TRIGGERS.filter((t) => !t.multiword).length;
    expect(single).toBeGreaterThanOrEqual(400);
    expect(single).toBeLessThanOrEqual(700);
    expect(TRIGGERS.length).toBeLessThanOrEqual(1200);
    for (const c of PLOVER_CATEGORIES) expect(triggersFor(c).length, c).toBeGreaterThanOrEqual(20);
  });

  it('orders multi-word triggers longest first', () => {
    for (let i = 1; i < MULTIWORD_TRIGGERS.length; i++) {
      expect(MULTIWORD_TRIGGERS[i - 1]!.tokens.length).toBeGreaterThanOrEqual(MULTIWORD_TRIGGERS[i]!.tokens.length);
    }
    expect(MULTIWORD_TRIGGERS.every((t) => t.multiword)).toBe(true);
  });
});

describe('PLOVER lexicon: lookup table', () => {
  it.each(POSITIVE)('%s (%s) → %s %s', (lemma, pos, category, mode) => {
    const t = findTrigger(lemma, pos);
    expect(t, `${lemma}/${pos}`).toBeDefined();
    expect(t!.category).toBe(category);
    if (mode !== undefined) expect(t!.mode).toBe(mode);
  });

  it.each(NORMALIZED)('normalizes %s (%s) → %s %s', (lemma, pos, category, mode) => {
    const t = findTrigger(lemma, pos);
    expect(t, `${lemma}/${pos}`).toBeDefined();
    expect(t!.category).toBe(category);
    if (mode !== undefined) expect(t!.mode).toBe(mode);
  });

  it.each(NEGATIVE)('%s (%s) is not a trigger', (lemma, pos) => {
    expect(findTrigger(lemma, pos)).toBeUndefined();
  });

  it('keeps pos apart: a verb lookup does not return a noun-only entry', () => {
    expect(findTrigger('inquiry', 'verb')).toBeUndefined();
    expect(findTrigger('investigate', 'noun')).toBeUndefined();
  });

  it('records target prepositions', () => {
    expect(findTrigger('inquiry', 'noun')!.targetPreps).toContain('into');
    expect(findTrigger('accuse', 'verb')!.targetPreps).toEqual([]);
    expect(findTrigger('impose sanction', 'verb')!.targetPreps).toContain('on');
    expect(findTrigger('open fire', 'verb')!.targetPreps).toContain('on');
    expect(findTrigger('call', 'noun')!.requiresPrep).toBe(true);
  });

  it('flags known false-positive objects', () => {
    expect(findTrigger('release', 'verb')!.excludeObjects).toContain('statement');
    expect(findTrigger('commit', 'verb')!.excludeObjects).toContain('crime');
  });

  it('resolves summon modes from the object', () => {
    const summon = findTrigger('summon', 'verb')!;
    expect(resolveMode(summon, 'ambassador')).toBe('disapprove');
    expect(resolveMode(summon, 'questioning')).toBe('investigate');
    expect(resolveMode(summon, null)).toBe('investigate');
    expect(resolveMode(findTrigger('demand', 'verb')!, 'release')).toBe('yield');
    expect(resolveMode(findTrigger('threaten', 'verb')!, 'sanctions')).toBe('restrict');
  });

  it('exposes light verbs separately from triggers', () => {
    expect(LIGHT_VERBS['take part']).toEqual(['in']);
    expect(findTrigger('hold', 'verb')).toBeUndefined();
  });

  it('matches multi-word triggers in running text, skipping determiners', () => {
    const words = 'police launched an inquiry into the deal'.split(' ');
    const m = matchMultiword(words, 1);
    expect(m?.entry.lemma).toBe('launch inquiry');
    expect(m?.end).toBe(4);
    expect(matchMultiword('troops opened fire on crowds'.split(' '), 1)?.entry.category).toBe('ASSAULT');
    expect(matchMultiword('they imposed new sanctions on iran'.split(' '), 1)?.entry.lemma).toBe('impose sanction');
    expect(matchMultiword('he said the deal was done'.split(' '), 1)).toBeUndefined();
  });
});

describe('PLOVER lexicon: object-dependent entries', () => {
  it('deploy needs forces nearby; block on a road is a protest', () => {
    expect(findTrigger('deploy', 'verb')?.requireNear).toContain('troops');
    expect(findTrigger('block', 'verb')?.categoryByObject?.PROTEST).toContain('bridge');
  });
  it('matches a multi-word trigger through modifiers and by any inflection of its first word', () => {
    expect(matchMultiword(['cut', 'food', 'supply', 'to'], 0)?.entry.lemma).toBe('cut supply');
    expect(matchMultiword(['blocked', 'the', 'street'], 0)?.entry.category).toBe('PROTEST');
    expect(matchMultiword(['blocked', 'the', 'proposal'], 0)).toBeUndefined();
  });
});
