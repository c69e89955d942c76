/**
 * Bytes → text, before anything else sees the input. UTF-8 is expected; a byte-order mark is
 * removed (it is not part of the text, so every offset in the output indexes the decoded text
 * after BOM removal); invalid UTF-8 is either read as Windows-1252 (when it looks like a
 * Latin-1 file) or has its bad bytes replaced with U+FFFD, with a warning either way. Line
 * ends (CRLF, lone CR) are kept exactly as they are. Binary input is refused as "not a text
 * file" rather than turned into garbage facts.
 */
import type { Warning } from './schema.js';

export interface DecodedText {
  kind: 'text';
  text: string;
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';
  /** a byte-order mark was found and removed */
  bom: boolean;
  warnings: Warning[];
}

export interface NotText {
  kind: 'not-text';
  /** one line, starting "not a text file" */
  message: string;
}

export type Decoded = DecodedText | NotText;

/** Share of control characters above which a file is taken for binary data. */
const MAX_CONTROL_SHARE = 0.1;

/** Decodes a file's bytes; see the module comment for the rules. */
export function decodeBytes(bytes: Uint8Array): Decoded {
  const utf16 = utf16Bom(bytes);
  if (utf16) return checked(decodeWith(utf16, bytes.subarray(2)), utf16, true, []);
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = bom ? bytes.subarray(3) : bytes;
  const nul = body.indexOf(0);
  if (nul >= 0) return notText(`contains a NUL byte at byte ${nul + (bom ? 3 : 0)}`);
  const strict = tryStrictUtf8(body);
  if (strict !== null) return checked(strict, 'utf-8', bom, []);
  if (looksLikeLatin1(body)) {
    const text = decodeWindows1252(body);
    return checked(text, 'windows-1252', bom, [
      { code: 'encoding-windows-1252', message: 'input is not valid UTF-8; it was read as Windows-1252 (Latin-1)', span: null },
    ]);
  }
  const text = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true }).decode(body);
  return checked(text, 'utf-8', bom, [replacementWarning(text)]);
}

/**
 * Checks a string that arrived already decoded (a JSON Lines record's "text"): refuses
 * binary-looking content, with the same rules as for bytes. The text is kept exactly as given,
 * a leading U+FEFF included: offsets index the record's text as the caller sent it.
 */
export function prepareText(text: string): { text: string; problem: string | null } {
  return { text, problem: textProblem(text) };
}

/** Why `text` is not text (NUL characters, mostly control characters), or null when it is. */
export function textProblem(text: string): string | null {
  const nul = text.indexOf('\u0000');
  if (nul >= 0) return `not a text file: contains a NUL character at offset ${nul}`;
  let controls = 0;
  for (let i = 0; i < text.length; i++) if (isControl(text.charCodeAt(i))) controls++;
  if (text.length > 0 && controls / text.length > MAX_CONTROL_SHARE)
    return `not a text file: ${Math.round((100 * controls) / text.length)}% control characters`;
  return null;
}

/** C0 controls other than the whitespace ones text uses (tab, line feed, vertical tab, form feed, carriage return), and DEL. */
function isControl(code: number): boolean {
  return (code < 0x20 && !(code >= 0x09 && code <= 0x0d)) || code === 0x7f;
}

function checked(text: string, encoding: DecodedText['encoding'], bom: boolean, warnings: Warning[]): Decoded {
  const problem = textProblem(text);
  if (problem) return { kind: 'not-text', message: problem };
  return { kind: 'text', text, encoding, bom, warnings };
}

function notText(reason: string): NotText {
  return { kind: 'not-text', message: `not a text file: ${reason}` };
}

function utf16Bom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes.length < 2) return null;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

function decodeWith(encoding: 'utf-16le' | 'utf-16be', bytes: Uint8Array): string {
  return new TextDecoder(encoding, { fatal: false, ignoreBOM: true }).decode(bytes);
}

function tryStrictUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * A Latin-1 / Windows-1252 file has high bytes standing alone between ASCII, and no valid
 * multi-byte UTF-8 sequence at all; a UTF-8 file with a few corrupt bytes has some.
 */
function looksLikeLatin1(bytes: Uint8Array): boolean {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    const length = utf8SequenceLength(bytes, i);
    if (length > 1) return false;
    i++;
  }
  return true;
}

/** Length of a valid UTF-8 multi-byte sequence starting at `i`, or 0. */
function utf8SequenceLength(bytes: Uint8Array, i: number): number {
  const b = bytes[i]!;
  const length = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
  if (length === 0 || i + length > bytes.length) return 0;
  for (let k = 1; k < length; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return 0;
  return length;
}

/** Windows-1252 differs from Latin-1 only in 0x80–0x9F; its five unassigned bytes map to the C1 controls, as browsers do. */
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8d, 0x017d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x9d, 0x017e, 0x0178,
];

function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  const STEP = 8192;
  for (let from = 0; from < bytes.length; from += STEP) {
    const codes: number[] = [];
    for (let i = from; i < Math.min(bytes.length, from + STEP); i++) {
      const b = bytes[i]!;
      codes.push(b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80]! : b);
    }
    parts.push(String.fromCharCode(...codes));
  }
  return parts.join('');
}

function replacementWarning(text: string): Warning {
  let count = 0;
  for (let i = text.indexOf('\ufffd'); i >= 0; i = text.indexOf('\ufffd', i + 1)) count++;
  const first = text.indexOf('\ufffd');
  return {
    code: 'encoding-invalid-utf8',
    message: `input is not valid UTF-8: ${count} invalid byte sequence${count === 1 ? '' : 's'} replaced with U+FFFD`,
    span: first >= 0 ? { start: first, end: first + 1, text: '\ufffd' } : null,
  };
}
