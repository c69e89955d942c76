/**
 * The GNU parallel recipe of docs/scaling.md, run for real: the input is cut into many blocks,
 * each goes through its own `extract --from jsonl -`, and the outputs are put back in order.
 * Every record must come out once, in input order. Needs GNU parallel (CI installs it) and a
 * build (bin/extract.js runs dist/).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const hasParallel = spawnSync('parallel', ['--version'], { encoding: 'utf8' }).stdout?.startsWith('GNU parallel') === true;
if (!hasParallel) console.warn('test/parallel.test.ts: GNU parallel is not installed (apt-get install parallel); the sharding recipe is not tested');

const SENTENCES = [
  'Police in Lyon arrested two men on Tuesday after a bank robbery, the prefecture said.',
  'Rebels attacked a town in the north of the country on Monday, officials said.',
  '"We will not give up," the union leader told reporters in Berlin.',
  'Thousands of protesters marched through Paris on Saturday against the pension reform.',
];

describe('sharding with GNU parallel', () => {
  it.skipIf(!hasParallel)('parallel --pipe --keep-order: same records out as in, none lost or doubled, in order', () => {
    expect(existsSync(join(root, 'dist', 'cli.js')), 'run `npm run build` first').toBe(true);
    const ids = Array.from({ length: 120 }, (_, i) => `rec-${i}`);
    const input = ids
      .map((id, i) => JSON.stringify({ id, text: `${SENTENCES[i % 4]} ${SENTENCES[(i + 1) % 4]}`, date: '2026-02-05' }))
      .concat('not json: still one line out', '{"id":"no-text"}')
      .join('\n');
    const command = `${process.execPath} ${join(root, 'bin', 'extract.js')} --from jsonl --jobs 1 --quiet -`;
    // a small block: the ~30 kB input is cut into a few pieces, run two at a time
    const run = spawnSync('parallel', ['--pipe', '--keep-order', '--block', '8k', '-j', '2', command], {
      input: `${input}\n`,
      encoding: 'utf8',
      maxBuffer: 1 << 28,
    });
    // parallel's status is the number of pieces whose extract exited non-zero: the one with the bad lines
    expect(run.status, run.stderr).toBe(1);
    const out = run.stdout.trimEnd().split('\n').map((line) => JSON.parse(line));
    expect(out.map((r) => r.document.id)).toEqual([...ids, expect.stringMatching(/^stdin:\d+$/), 'no-text']);
    expect(out.slice(0, ids.length).every((r) => r.error === undefined && r.document.date === '2026-02-05')).toBe(true);
    expect(out.slice(ids.length).every((r) => typeof r.error.message === 'string')).toBe(true);
  }, 300_000);
});
