import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { byteLines, parseRecord, readInputs, recordDate, type InputOptions, type InputRecord } from '../src/inputs.js';
import { expandGlob, segmentToRegex } from '../src/glob.js';
import { expandSources, isJsonlName } from '../src/sources.js';

let dir = '';
const at = (...parts: string[]) => join(dir, ...parts);

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'extract-inputs-'));
  mkdirSync(at('archive', '2026', '02'), { recursive: true });
  mkdirSync(at('archive', '.hidden'));
  writeFileSync(at('archive', 'b.txt'), 'Second.');
  writeFileSync(at('archive', 'a.txt'), 'First.');
  writeFileSync(at('archive', '2026', '02', 'c.txt'), 'Third.');
  writeFileSync(at('archive', '2026', 'd.md'), 'Fourth.');
  writeFileSync(at('archive', '.hidden', 'x.txt'), 'hidden');
  writeFileSync(at('archive', '.dotfile.txt'), 'hidden');
  symlinkSync(at('archive'), at('archive', '2026', 'loop'));
  writeFileSync(at('feed.jsonl'), ['{"id":"1","text":"One."}', '', '{"id":"2","text":"Two.","date":"2026-02-05"}'].join('\n'));
  writeFileSync(at('feed.ndjson.gz'), gzipSync('{"id":"z1","text":"Zipped one."}\r\n{"id":"z2","text":"Zipped two."}\r\n'));
  writeFileSync(at('article.txt.gz'), gzipSync('A zipped article.'));
  writeFileSync(at('truncated.jsonl.gz'), gzipSync('{"id":"t1","text":"x"}\n{"id":"t2","text":"y"}\n').subarray(0, 30));
  writeFileSync(at('bom.jsonl'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('{"id":"b","text":"BOM first."}\n')]));
  writeFileSync(at('nested.jsonl'), '{"meta":{"url":"u1","published":"2026-02-05T08:00:00Z"},"body":"Nested."}\n');
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const options = (extra: Partial<InputOptions> = {}): InputOptions => ({ from: 'auto', date: null, stdin: Readable.from([]), ...extra });

async function collect(paths: string[], extra: Partial<InputOptions> = {}): Promise<InputRecord[]> {
  const out: InputRecord[] = [];
  for await (const record of readInputs(paths, options(extra))) out.push(record);
  return out;
}

const rel = (path: string) => path.slice(dir.length + 1);

describe('expandSources', () => {
  it('walks a directory recursively in name order, skipping hidden entries and links to directories', () => {
    const sources = expandSources([at('archive')], { from: 'auto' });
    expect(sources.map((s) => rel(s.path))).toEqual(['archive/2026/02/c.txt', 'archive/2026/d.md', 'archive/a.txt', 'archive/b.txt']);
  });

  it.each([
    ['archive/*.txt', ['archive/a.txt', 'archive/b.txt']],
    ['archive/**/*.txt', ['archive/2026/02/c.txt', 'archive/a.txt', 'archive/b.txt']],
    ['archive/**', ['archive/2026/02/c.txt', 'archive/2026/d.md', 'archive/a.txt', 'archive/b.txt']],
    ['archive/[ab].txt', ['archive/a.txt', 'archive/b.txt']],
    ['archive/[!a].txt', ['archive/b.txt']],
    ['archive/?.txt', ['archive/a.txt', 'archive/b.txt']],
    ['archive/{a,c}.txt', ['archive/a.txt']],
    ['archive/*/*/*.txt', ['archive/2026/02/c.txt']],
    ['archive/.*.txt', ['archive/.dotfile.txt']],
    ['archive/*.json', []],
    ['nowhere/*.txt', []],
  ])('glob %s', (pattern, expected) => {
    expect(expandGlob(at(pattern)).map(rel)).toEqual(expected);
  });

  it.each([
    ['*.txt', 'a.txt', true],
    ['*.txt', 'a.txt.gz', false],
    ['a?c', 'abc', true],
    ['a?c', 'ac', false],
    ['[a-c]x', 'bx', true],
    ['[a-c]x', 'dx', false],
    ['{x,y}.jsonl', 'y.jsonl', true],
    ['{x,y}.jsonl', 'z.jsonl', false],
    ['a.b(c)+', 'a.b(c)+', true],
    ['a.b', 'axb', false],
  ])('segment %s against %s', (segment, name, matches) => {
    expect(new RegExp(`^${segmentToRegex(segment)}$`, 'u').test(name)).toBe(matches);
  });

  it('a glob that matches nothing and a missing file each stay in their place as a problem', () => {
    const sources = expandSources([at('archive/*.json'), at('archive/a.txt'), at('missing.txt')], { from: 'auto' });
    expect(sources.map((s) => s.kind)).toEqual(['missing', 'text', 'missing']);
    expect(sources[0]).toMatchObject({ message: expect.stringMatching(/no file matches/) });
    expect(sources[2]).toMatchObject({ message: expect.stringMatching(/no such file/) });
  });

  it('leaves the output file out of an input directory', () => {
    const sources = expandSources([at('archive')], { from: 'auto', exclude: at('archive', 'a.txt') });
    expect(sources.map((s) => rel(s.path))).not.toContain('archive/a.txt');
  });

  it.each([
    ['a.jsonl', true],
    ['a.ndjson', true],
    ['a.JSONL.gz', true],
    ['a.txt', false],
    ['a.txt.gz', false],
    ['a.jsonl.bak', false],
  ])('isJsonlName(%s) is %s', (name, expected) => {
    expect(isJsonlName(name)).toBe(expected);
  });
});

describe('readInputs', () => {
  it('a file is one document whose id is its path', async () => {
    const [record] = await collect([at('archive', 'a.txt')]);
    expect(record).toMatchObject({ kind: 'document', id: at('archive', 'a.txt'), text: 'First.' });
  });

  it('JSON Lines: one record a line, blank lines skipped, record date over --date', async () => {
    const records = await collect([at('feed.jsonl')], { date: '2026-01-01' });
    expect(records).toMatchObject([
      { id: '1', text: 'One.', date: '2026-01-01', dateSource: 'option' },
      { id: '2', text: 'Two.', date: '2026-02-05', dateSource: 'record' },
    ]);
  });

  it('gzip: JSON Lines and plain text, CRLF line ends', async () => {
    const records = await collect([at('feed.ndjson.gz'), at('article.txt.gz')]);
    expect(records.map((r) => (r.kind === 'document' ? r.text : r.message))).toEqual(['Zipped one.', 'Zipped two.', 'A zipped article.']);
  });

  it('gzip on standard input is recognised by its magic bytes', async () => {
    const stdin = Readable.from([gzipSync('{"id":"s","text":"From a pipe."}\n')]);
    const records = await collect(['-'], { from: 'jsonl', stdin });
    expect(records).toMatchObject([{ id: 's', text: 'From a pipe.' }]);
  });

  it('a truncated gzip file yields its complete records, then one error record', async () => {
    const records = await collect([at('truncated.jsonl.gz')]);
    expect(records.at(-1)).toMatchObject({ kind: 'failed', message: expect.stringMatching(/truncated\.jsonl\.gz/) });
    expect(records.filter((r) => r.kind === 'document').every((r) => r.id.startsWith('t'))).toBe(true);
  });

  it('a byte order mark before the first record is not part of the JSON', async () => {
    expect(await collect([at('bom.jsonl')])).toMatchObject([{ kind: 'document', id: 'b' }]);
  });

  it('field names can be chosen, nested with dots; a timestamp gives its date', async () => {
    const records = await collect([at('nested.jsonl')], { fields: { text: 'body', id: 'meta.url', date: 'meta.published' } });
    expect(records).toMatchObject([{ kind: 'document', id: 'u1', text: 'Nested.', date: '2026-02-05', dateSource: 'record' }]);
  });

  it('standard input as one text document', async () => {
    const records = await collect(['-'], { stdin: Readable.from(['Police ', 'arrested two men.']) });
    expect(records).toMatchObject([{ kind: 'document', id: 'stdin', text: 'Police arrested two men.' }]);
  });
});

describe('parseRecord', () => {
  it.each([
    ['{"id":"a","text":"T"}', { kind: 'document', id: 'a' }],
    ['{"id":7,"text":"T"}', { kind: 'document', id: '7' }],
    ['{"text":"T"}', { kind: 'document', id: 'f:3' }],
    ['{"id":{"x":1},"text":"T"}', { kind: 'document', id: 'f:3' }],
    ['{"id":"a"}', { kind: 'failed', id: 'a', message: expect.stringMatching(/no "text" string/) }],
    ['{"id":"a","text":5}', { kind: 'failed', id: 'a' }],
    ['[1,2]', { kind: 'failed', id: 'f:3', message: expect.stringMatching(/not a JSON object/) }],
    ['{"id":"a","text":"T"', { kind: 'failed', id: 'f:3', message: expect.stringMatching(/not JSON/) }],
  ])('%s', (line, expected) => {
    expect(parseRecord(line, 'f:3', null)).toMatchObject(expected);
  });
});

describe('recordDate', () => {
  it.each([
    ['2026-02-05', '2026-02-05'],
    ['2026-02-05T08:00:00Z', '2026-02-05'],
    ['2026-02-05 08:00', '2026-02-05'],
    ['2024-02-29', '2024-02-29'],
    ['2026-02-30', null],
    ['2026-13-01', null],
    ['20260205', null],
    ['yesterday', null],
    [20260205, null],
  ])('%j → %j', (value, expected) => {
    expect(recordDate(value)).toBe(expected);
  });
});

describe('byteLines', () => {
  async function lines(chunks: string[], max?: number) {
    const out: string[] = [];
    async function* source() {
      for (const c of chunks) yield Buffer.from(c);
    }
    for await (const line of byteLines(source(), max)) out.push(typeof line === 'symbol' ? '<too long>' : line.toString());
    return out;
  }

  it.each([
    [['a\nb\n'], ['a', 'b']],
    [['a\r\nb'], ['a', 'b']],
    [['a', 'b\nc', '\n'], ['ab', 'c']],
    [['\n\n'], ['', '']],
    [[''], []],
  ])('%j', async (chunks, expected) => {
    expect(await lines(chunks)).toEqual(expected);
  });

  it('a line over the limit is reported once and skipped, whichever chunk it ends in', async () => {
    expect(await lines(['ok\n0123456789', '0123456789', '\nnext\n'], 8)).toEqual(['ok', '<too long>', 'next']);
    expect(await lines(['ok\n0123456789\nnext'], 8)).toEqual(['ok', '<too long>', 'next']);
  });
});
