#!/usr/bin/env node
/**
 * npm run bench [-- --docs 1000 --big 10000 --jobs N --repeat 1 --keep]
 *
 * Generates a synthetic news archive (bench/articles.mjs), then runs, on the same file:
 *   - the naive glue (bench/naive.mjs: compromise nlp(text) + chrono.parse(text) per document),
 *   - extract --jobs 1, and extract --jobs N (N = cores unless given),
 * and prints documents/s, MB/s, peak RSS and CPU seconds for each, the ratios the issue asks
 * for, the machine's own parallel ceiling (bench/ceiling.mjs: how much faster N CPU-bound loops
 * run together than one alone, and the naive glue as N processes on N shards than as one), and
 * the wall time of `extract` on the reference article
 * (start-up included). Every run's
 * output is checked: each id once, in input order. --big M also runs extract --jobs N on an
 * M-article archive, to show that peak memory does not grow with the archive.
 * It also times each pipeline component in one process beside the naive glue's parts
 * (bench/components.mjs). The last line is one JSON object with every figure.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { once } from 'node:events';
import { article } from './articles.mjs';
import { componentCosts, printComponentCosts } from './components.mjs';
import { parallelCeiling, workloadCeiling } from './ceiling.mjs';
import { watchDescendants } from './tree-usage.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = parseArgs(process.argv.slice(2));
const DOCS = args.docs ?? 1000;
const BIG = args.big ?? 0;
const JOBS = args.jobs ?? availableParallelism();
const REPEAT = args.repeat ?? 1;
const REFERENCE = join(root, 'fixtures', 'china-daily-x-raid.txt');
const EXTRACT = join(root, 'bin', 'extract.js');
const HOOK = join(root, 'bench', 'rss-hook.mjs');

if (!existsSync(join(root, 'dist', 'cli.js'))) {
  console.error('bench: dist/ is missing; run `npm run build` first');
  process.exit(2);
}

const dir = mkdtempSync(join(tmpdir(), 'extract-bench-'));
try {
  await main();
} finally {
  if (!args.keep) rmSync(dir, { recursive: true, force: true });
  else console.log(`bench: files kept in ${dir}`);
}

async function main() {
  const archive = join(dir, `archive-${DOCS}.jsonl`);
  await writeArchive(archive, DOCS);
  const bytes = statSync(archive).size;
  console.log(`archive: ${DOCS} synthetic news articles, ${(bytes / 1e6).toFixed(2)} MB; ${availableParallelism()} cores; best of ${REPEAT}`);
  console.log(`load average before: ${loadAverage()}`);

  const runs = {
    naive: { label: 'naive glue (nlp + chrono.parse)', argv: [join(root, 'bench', 'naive.mjs'), archive] },
    jobs1: { label: 'extract --jobs 1', argv: [EXTRACT, '--jobs', '1', '--quiet', archive] },
    jobsN: { label: `extract --jobs ${JOBS}`, argv: [EXTRACT, '--jobs', String(JOBS), '--quiet', archive] },
  };
  const results = {};
  // interleaved repeats, best wall time kept: other load on the machine hurts every run alike
  for (let r = 0; r < REPEAT; r++)
    for (const [key, spec] of Object.entries(runs)) {
      const result = await measure(spec.argv, DOCS);
      if (!results[key] || result.seconds < results[key].seconds) results[key] = result;
    }

  console.log('');
  console.log(row('run', 'docs/s', 'MB/s', 'peak RSS', 'CPU s', 'wall s', 'output'));
  for (const [key, spec] of Object.entries(runs)) {
    const r = results[key];
    console.log(row(spec.label, (DOCS / r.seconds).toFixed(1), (bytes / 1e6 / r.seconds).toFixed(2), mb(r.maxRss), r.cpuSeconds.toFixed(1), r.seconds.toFixed(1), r.check));
  }

  const vsNaive = results.jobs1.seconds / results.naive.seconds;
  const speedup = results.jobs1.seconds / results.jobsN.seconds;
  const ceiling = await parallelCeiling(JOBS);
  const workload = await workloadCeiling(archive, JOBS);
  console.log('');
  console.log(`extract --jobs 1 time / naive glue time: ${vsNaive.toFixed(2)} (done when ≤ 1.00; CPU-time ratio ${(results.jobs1.cpuSeconds / results.naive.cpuSeconds).toFixed(2)})`);
  console.log(`extract --jobs ${JOBS} speed-up over --jobs 1: ${speedup.toFixed(2)}× (done when ≥ 1.6× on 2 cores)`);
  console.log(
    `this machine's own ceiling (bench/ceiling.mjs): ${JOBS} CPU-bound loops together run ${ceiling.ceiling.toFixed(2)}× as fast as one alone; ` +
      `the naive glue as ${JOBS} processes on ${JOBS} shards of the archive runs ${workload.ceiling.toFixed(2)}× as fast as one process on all ` +
      `(the most --jobs ${JOBS} can gain for this kind of work here: it reaches ${((100 * speedup) / workload.ceiling).toFixed(0)}% of that)`,
  );
  // V8 compiles and collects garbage on threads of its own, so one extraction thread keeps more
  // than one core busy: N cores can run at most N / (those cores) times as fast, even with no cost
  // of sharing at all
  const coresOfOne = results.jobs1.cpuSeconds / results.jobs1.seconds;
  console.log(
    `extract --jobs 1 keeps ${coresOfOne.toFixed(2)} cores busy (V8's compiler and garbage-collector threads beside the extraction thread): ` +
      `on ${JOBS} cores --jobs ${JOBS} can run at most ${(JOBS / coresOfOne).toFixed(2)}× as fast, before any cost of sharing caches and memory`,
  );

  let big = null;
  if (BIG > 0) {
    const bigArchive = join(dir, `archive-${BIG}.jsonl`);
    await writeArchive(bigArchive, BIG);
    big = await measure([EXTRACT, '--jobs', String(JOBS), '--quiet', bigArchive], BIG);
    const growth = big.maxRss / results.jobsN.maxRss - 1;
    console.log(
      `extract --jobs ${JOBS} on ${BIG} articles: ${(BIG / big.seconds).toFixed(1)} docs/s, peak RSS ${mb(big.maxRss)} ` +
        `(${growth >= 0 ? '+' : ''}${(growth * 100).toFixed(0)}% against ${DOCS} articles; done when within 20%), output ${big.check}`,
    );
  }

  // as a user runs it: the command itself (its shell half starts node from the snapshot), and
  // through `node bin/extract.js`, the route that works everywhere
  const reference = referenceTimes(5, EXTRACT, [REFERENCE]);
  const throughNode = referenceTimes(5, process.execPath, [EXTRACT, REFERENCE]);
  const bare = referenceTimes(5, process.execPath, ['-e', '0']);
  console.log(
    `reference article (bin/extract.js fixtures/china-daily-x-raid.txt): median ${reference.median.toFixed(2)} s, best ${reference.best.toFixed(2)} s wall ` +
      `(done when ≤ 0.5 s; through \`node bin/extract.js\`: ${throughNode.median.toFixed(2)} s; a bare \`node -e 0\` takes ${bare.median.toFixed(2)} s here)`,
  );
  console.log('');
  const components = componentCosts({ docs: Math.min(DOCS, 200), passes: 3 });
  printComponentCosts(components);
  console.log(`load average after: ${loadAverage()}`);
  console.log(
    JSON.stringify({
      docs: DOCS,
      megabytes: +(bytes / 1e6).toFixed(2),
      cores: availableParallelism(),
      jobs: JOBS,
      runs: Object.fromEntries(
        Object.entries(results).map(([k, r]) => [k, { docsPerSecond: +(DOCS / r.seconds).toFixed(1), mbPerSecond: +(bytes / 1e6 / r.seconds).toFixed(2), peakRssMb: +(r.maxRss / 1e6).toFixed(0), cpuSeconds: +r.cpuSeconds.toFixed(1), seconds: +r.seconds.toFixed(2), output: r.check }]),
      ),
      jobs1OverNaive: +vsNaive.toFixed(2),
      speedup: +speedup.toFixed(2),
      machineCeiling: { loops: +ceiling.ceiling.toFixed(2), naiveShards: +workload.ceiling.toFixed(2), coresBusyAtJobs1: +coresOfOne.toFixed(2) },
      big: big && { docs: BIG, peakRssMb: +(big.maxRss / 1e6).toFixed(0), docsPerSecond: +(BIG / big.seconds).toFixed(1), rssGrowth: +(big.maxRss / results.jobsN.maxRss - 1).toFixed(2), output: big.check },
      componentsMsPerArticle: components,
      referenceSeconds: { median: +reference.median.toFixed(2), best: +reference.best.toFixed(2), throughNode: +throughNode.median.toFixed(2), bareNode: +bare.median.toFixed(2) },
    }),
  );
}

/** Writes the archive a record at a time (a 10,000-article one never sits in memory). */
async function writeArchive(path, count) {
  const out = createWriteStream(path);
  for (let i = 0; i < count; i++) if (!out.write(`${JSON.stringify(article(i))}\n`)) await once(out, 'drain');
  out.end();
  await once(out, 'close');
}

/**
 * Runs one command on the archive, reading its output as it comes and checking that the ids are
 * bench-000000, bench-000001, ... each once, in order. Peak RSS and CPU time are those of the
 * child and of the processes it starts (the snapshot route runs the command in a second one).
 */
async function measure(argv, count) {
  const rssFile = join(dir, `rss-${Math.random().toString(36).slice(2)}.json`);
  const started = performance.now();
  const child = spawn(process.execPath, ['--import', HOOK, ...argv], { stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, BENCH_RSS_FILE: rssFile } });
  let expected = 0;
  let bad = null;
  let rest = '';
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (chunk) => {
    const lines = (rest + chunk).split('\n');
    rest = lines.pop();
    for (const line of lines) {
      const id = /^\{"document":\{"id":("(?:[^"\\]|\\.)*")/.exec(line)?.[1];
      const want = `bench-${String(expected).padStart(6, '0')}`;
      if (bad === null && (id === undefined || JSON.parse(id) !== want)) bad = `line ${expected + 1}: expected ${want}, got ${id ?? line.slice(0, 60)}`;
      expected++;
    }
  });
  const tree = watchDescendants(child.pid);
  const [code] = await once(child, 'exit');
  const seconds = (performance.now() - started) / 1000;
  const descendantsUsage = tree.stop();
  if (rest) bad ??= 'output does not end with a newline';
  if (expected !== count) bad ??= `${expected} lines for ${count} documents`;
  const own = existsSync(rssFile) ? JSON.parse(readFileSync(rssFile, 'utf8')) : { maxRss: NaN, cpuSeconds: NaN };
  // the launcher and the command it started are alive together: their peaks add up
  const usage = { maxRss: own.maxRss + descendantsUsage.maxRss, cpuSeconds: own.cpuSeconds + descendantsUsage.cpuSeconds, processes: 1 + descendantsUsage.processes };
  return { seconds, ...usage, code, check: bad ?? (code === 0 ? 'ids ok' : `exit ${code}`) };
}

function referenceTimes(times, command, argv) {
  const walls = [];
  for (let i = 0; i < times; i++) {
    const started = performance.now();
    const run = spawnSync(command, argv, { stdio: ['ignore', 'ignore', 'inherit'] });
    walls.push((performance.now() - started) / 1000);
    if (run.status !== 0) throw new Error(`${argv.join(' ')} exited ${run.status}`);
  }
  walls.sort((a, b) => a - b);
  return { median: walls[Math.floor(walls.length / 2)], best: walls[0] };
}

function parseArgs(argv) {
  const out = {};
  for (let i = 0; i < argv.length; i++) {
    const name = argv[i].replace(/^--/, '');
    if (name === 'keep') out.keep = true;
    else out[name] = Number(argv[++i]);
  }
  return out;
}

function row(...cells) {
  const widths = [34, 9, 7, 10, 7, 8, 10];
  return cells.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join(' ');
}

function mb(bytes) {
  return `${(bytes / 1e6).toFixed(0)} MB`;
}

function loadAverage() {
  try {
    return readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
  } catch {
    return 'unknown';
  }
}
