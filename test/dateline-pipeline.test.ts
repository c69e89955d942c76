import { describe, expect, it } from 'vitest';
import { extractDocument } from '../src/extract.js';

/** What the components make of a dateline the Document read once. */
describe('a dateline through the pipeline', () => {
  const text = 'Court rejects objections\n\nTHE HAGUE, Netherlands (AP) - The World Court dismissed a claim by Chile on Friday.';
  const result = extractDocument(text, { date: '1998-02-27' });
  const actor = (name: string) => result.actors.find((a) => a.name === name);

  it('its places are places, and its agency an organization', () => {
    expect(actor('The Hague')).toMatchObject({ type: 'location', mentions: [{ text: 'THE HAGUE' }] });
    expect(actor('Netherlands')?.type).toBe('location');
    expect(actor('AP')).toMatchObject({ type: 'organization' });
    expect(actor('AP')!.mentions.map((m) => text.slice(m.start, m.end))).toEqual(['AP']);
  });

  it('the document says where, when and through whom the story was filed, each part linked to its actor', () => {
    const id = (name: string) => actor(name)!.id;
    expect(result.document.dateline).toMatchObject({
      text: 'THE HAGUE, Netherlands (AP)',
      places: [{ text: 'THE HAGUE', actor: id('The Hague') }],
      region: { text: 'Netherlands', actor: id('Netherlands') },
      agency: { text: 'AP', actor: id('AP') },
      date: null,
    });
    expect(extractDocument('The court ruled on Friday.').document.dateline).toBeNull();
  });

  it('no actor or agent takes the dateline into its name', () => {
    expect(result.actors.map((a) => a.name).filter((n) => /\(|AP\)/.test(n))).toEqual([]);
    expect(result.events.flatMap((e) => e.agents.map((g) => g.text))).toContain('The World Court');
  });

  it('the lead happens where the dateline was filed when it names no other place', () => {
    const lead = createLead('ORLANDO, Fla. (AP) \u2014 The president met relatives of the victims.');
    expect(lead.events.map((e) => e.location?.text)).toEqual(['ORLANDO']);
  });

  it("the lead's own place comes first", () => {
    const lead = createLead('ORLANDO, Fla. (AP) \u2014 The president met relatives of the victims in Tampa.');
    expect(lead.events.map((e) => e.location?.text)).toEqual(['Tampa']);
  });

  it("the lead is dated by its dateline's date when it names no other time", () => {
    const lead = extractDocument('NEW YORK, Nov. 19 (UPI) \u2014 Mayor Quill is calling for the governor to fund new ferries.', { date: '2015-11-20' });
    expect(lead.events.map((e) => e.date)).toEqual(['2015-11-19']);
  });

  it('a later sentence is not placed by the dateline', () => {
    const later = createLead('ORLANDO, Fla. (AP) \u2014 The storm passed.\n\nThe president met relatives of the victims.');
    expect(later.events.filter((e) => e.trigger.text === 'met').map((e) => e.location)).toEqual([null]);
  });
});

function createLead(text: string) {
  return extractDocument(text, { date: '2016-06-16' });
}
