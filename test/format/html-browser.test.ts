/**
 * Renders the HTML report in headless Chromium (Debian package `chromium`; .ci/run installs it)
 * and checks what the browser built: every fact highlighted, and a screenshot taken.
 * Skipped, with the reason, where Chromium is not installed.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture, REFERENCE, runCli } from '../helpers.js';

const CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

if (!CHROMIUM) console.warn('html-browser test skipped: Chromium is not installed (apt-get install chromium)');

describe.skipIf(!CHROMIUM)('--format html in headless Chromium', () => {
  it('renders every fact as a highlight and takes a screenshot', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'extract-html-'));
    const page = join(dir, 'reference.html');
    writeFileSync(page, (await runCli(['--format', 'html', fixture(REFERENCE)])).stdout);
    const json = JSON.parse((await runCli([fixture(REFERENCE)])).stdout);
    const chromium = (extra: string[]) =>
      execFileSync(CHROMIUM!, [...FLAGS, `--user-data-dir=${join(dir, 'profile')}`, ...extra, `file://${page}`], { encoding: 'utf8', timeout: 60_000, stdio: ['ignore', 'pipe', 'ignore'] });

    const dom = chromium(['--dump-dom']);
    const highlighted = [...dom.matchAll(/<span class="([^"]+)" title="([^"]*)"/g)];
    const classes = new Set(highlighted.flatMap((m) => m[1]!.split(' ')));
    for (const cls of ['person', 'organization', 'location', 'time', 'quote', 'event']) expect(classes).toContain(cls);
    const titles = highlighted.map((m) => m[2]).join('\n');
    for (const e of json.events) expect(titles).toContain(`${e.type} ${e.action}`);
    for (const t of json.times) expect(titles).toContain(t.value);
    const text = dom.replace(/<[^>]+>/g, '');
    expect(text).toContain('Authorities in France raided the Paris offices');

    const shot = join(dir, 'reference.png');
    chromium(['--window-size=1100,1400', `--screenshot=${shot}`]);
    const png = readFileSync(shot);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(png.length).toBeGreaterThan(5_000);
  }, 120_000);
});
