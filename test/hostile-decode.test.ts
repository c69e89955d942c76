/** Bytes → text: BOM, invalid UTF-8, Windows-1252, UTF-16, binary. */
import { describe, expect, it } from 'vitest';
import { decodeBytes, prepareText, textProblem } from '../src/decode.js';

const bytes = (...parts: Array<string | number[]>) =>
  Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : Buffer.from(p))));

describe('decodeBytes: text', () => {
  it.each([
    ['plain ASCII', bytes('Police raided the office.'), 'Police raided the office.', 'utf-8', false],
    ['UTF-8 with accents and emoji', bytes('Zoë said “oui” 😀'), 'Zoë said “oui” 😀', 'utf-8', false],
    ['UTF-8 BOM is removed', bytes([0xef, 0xbb, 0xbf], 'Paris, Tuesday.'), 'Paris, Tuesday.', 'utf-8', true],
    ['only a BOM', bytes([0xef, 0xbb, 0xbf]), '', 'utf-8', true],
    ['empty', bytes(), '', 'utf-8', false],
    ['CRLF and lone CR kept as they are', bytes('One.\r\nTwo.\rThree.\n'), 'One.\r\nTwo.\rThree.\n', 'utf-8', false],
    ['BOM + CRLF', bytes([0xef, 0xbb, 0xbf], 'Title\r\n\r\nBody.\r\n'), 'Title\r\n\r\nBody.\r\n', 'utf-8', true],
    ['a second BOM inside the text stays', bytes([0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf], 'x'), '\ufeffx', 'utf-8', true],
    ['UTF-16LE with BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Café 😀', 'utf16le')]), 'Café 😀', 'utf-16le', true],
    ['UTF-16BE with BOM', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from('Hi', 'utf16le').swap16()]), 'Hi', 'utf-16be', true],
    ['tabs, form feeds and a few controls are still text', bytes('a\tb\fc\u0007d efghijklmnop'), 'a\tb\fc\u0007d efghijklmnop', 'utf-8', false],
  ])('%s', (_name, input, text, encoding, bom) => {
    const decoded = decodeBytes(input);
    expect(decoded).toMatchObject({ kind: 'text', text, encoding, bom, warnings: [] });
  });
});

describe('decodeBytes: invalid UTF-8', () => {
  it('reads a Latin-1 / Windows-1252 file as such, with a warning', () => {
    const decoded = decodeBytes(bytes('Caf', [0xe9], ' cr', [0xe8], 'me ', [0x93], 'quoted', [0x94], ' ', [0x80], '5'));
    expect(decoded).toMatchObject({ kind: 'text', text: 'Café crème “quoted” €5', encoding: 'windows-1252' });
    expect(decoded.kind === 'text' && decoded.warnings.map((w) => w.code)).toEqual(['encoding-windows-1252']);
  });

  it('replaces bad bytes in a UTF-8 file with U+FFFD and points at the first', () => {
    const decoded = decodeBytes(bytes('Zoë ', [0xff], ' and ', [0xc3, 0x28], ' end'));
    expect(decoded.kind).toBe('text');
    if (decoded.kind !== 'text') return;
    expect(decoded.text).toBe('Zoë \ufffd and \ufffd( end');
    expect(decoded.encoding).toBe('utf-8');
    expect(decoded.warnings).toEqual([
      { code: 'encoding-invalid-utf8', message: expect.stringMatching(/2 invalid byte sequences/), span: { start: 4, end: 5, text: '\ufffd' } },
    ]);
  });

  it('a truncated multi-byte sequence at the end is replaced', () => {
    const decoded = decodeBytes(bytes('naïve ', [0xe2, 0x80]));
    expect(decoded).toMatchObject({ kind: 'text', text: 'naïve \ufffd', encoding: 'utf-8' });
  });

  it('warning spans index the decoded text (after BOM removal)', () => {
    const decoded = decodeBytes(bytes([0xef, 0xbb, 0xbf], 'é', [0xff]));
    expect(decoded.kind === 'text' && decoded.warnings[0]?.span).toEqual({ start: 1, end: 2, text: '\ufffd' });
  });
});

describe('decodeBytes: not text', () => {
  it.each([
    ['a NUL byte', bytes('PK', [0x03, 0x04, 0x00, 0x00], 'rest'), /^not a text file: contains a NUL byte at byte 4$/],
    ['NUL after a BOM (offset counts the BOM)', bytes([0xef, 0xbb, 0xbf], 'ab', [0]), /at byte 5$/],
    ['a PNG header', bytes([0x89], 'PNG\r\n', [0x1a, 0x0a, 0, 0, 0, 0x0d]), /^not a text file/],
    ['mostly control characters', bytes([1, 2, 3, 4, 5, 6, 7, 8], 'ab', [0x0e, 0x0f, 0x10, 0x11]), /^not a text file: \d+% control characters$/],
    ['random bytes without NUL', Buffer.from(Array.from({ length: 2048 }, (_, i) => 1 + ((i * 131 + 7) % 255))), /^not a text file/],
    ['UTF-16 text full of controls', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('\u0001\u0002\u0003x', 'utf16le')]), /^not a text file/],
  ])('%s', (_name, input, message) => {
    const decoded = decodeBytes(input);
    expect(decoded.kind).toBe('not-text');
    expect(decoded.kind === 'not-text' && decoded.message).toMatch(message);
    expect(decoded.kind === 'not-text' && decoded.message).not.toContain('\n');
  });
});

describe('prepareText and textProblem (already-decoded strings, e.g. a JSON Lines record)', () => {
  it.each([
    ['plain', 'Police said.', 'Police said.', null],
    ['a leading U+FEFF is kept: offsets index the record text as given', '\ufeffPolice said.', '\ufeffPolice said.', null],
    ['empty', '', '', null],
    ['NUL', 'abc\u0000def', 'abc\u0000def', /NUL character at offset 3/],
    ['controls', '\u0001\u0002\u0003\u0004abc', '\u0001\u0002\u0003\u0004abc', /57% control characters/],
  ])('%s', (_name, input, text, problem) => {
    const prepared = prepareText(input);
    expect(prepared.text).toBe(text);
    if (problem) expect(prepared.problem).toMatch(problem);
    else expect(prepared.problem).toBeNull();
  });

  it('DEL counts as a control; tab, newline, CR, vertical tab and form feed do not', () => {
    expect(textProblem('\t\n\r\u000b\f')).toBeNull();
    expect(textProblem('\u007f\u007f\u007fab')).toMatch(/control/);
  });
});
