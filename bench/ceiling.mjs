/**
 * How much faster N cores of this machine run N copies of a CPU-bound loop than one core runs
 * one: the most any --jobs N could gain here. On a virtual machine whose cores share a host
 * with other guests this is well under N, and it moves from minute to minute, so the bench
 * measures it in the same run as the speed-up it bounds.
 *   node bench/ceiling.mjs [N]
 */
import { spawn } from 'node:child_process';
import { availableParallelism } from 'node:os';

/** Integer work that touches no memory: only the cores are measured, not caches or allocation. */
const LOOP = 'let x = 0; for (let i = 0; i < 4e8; i++) x = (x * 31 + i) | 0; if (x === 42) console.log(x);';

/** Wall seconds of `copies` loops started together. */
async function together(copies) {
  const started = performance.now();
  await Promise.all(
    Array.from({ length: copies }, () => new Promise((resolve, reject) => {
      const child = spawn(process.execPath, ['-e', LOOP], { stdio: 'ignore' });
      child.on('error', reject);
      child.on('exit', resolve);
    })),
  );
  return (performance.now() - started) / 1000;
}

/** N × (time of one loop alone) / (time of N loops together); best of `repeat` alternated pairs. */
export async function parallelCeiling(copies = availableParallelism(), repeat = 2) {
  let alone = Infinity;
  let parallel = Infinity;
  for (let r = 0; r < repeat; r++) {
    alone = Math.min(alone, await together(1));
    parallel = Math.min(parallel, await together(copies));
  }
  return { copies, ceiling: (copies * alone) / parallel, aloneSeconds: alone, togetherSeconds: parallel };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const result = await parallelCeiling(Number(process.argv[2]) || availableParallelism());
  console.log(`${result.copies} CPU-bound loops together run ${result.ceiling.toFixed(2)}× as fast as one alone`);
}
