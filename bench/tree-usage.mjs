/**
 * Peak memory and CPU time of the processes a benchmarked process starts. bin/extract.js runs the
 * command in a second node process (started from a snapshot; see src/launch.ts), which the
 * --import hook (rss-hook.mjs) does not reach: that one reports the launcher alone. This samples
 * /proc every 25 ms for the launcher's descendants, keeping each one's last VmHWM (its peak
 * resident set so far, so sampling misses nothing but the last few milliseconds) and CPU ticks.
 * Where there is no /proc (macOS), it reports nothing and the figures cover the launcher only.
 */
import { readFileSync } from 'node:fs';

const TICKS_PER_SECOND = 100;

export function watchDescendants(rootPid) {
  const seen = new Map();
  const sample = () => {
    for (const pid of descendants(rootPid)) {
      const usage = usageOf(pid);
      if (usage) seen.set(pid, usage);
    }
  };
  const timer = setInterval(sample, 25);
  return {
    stop() {
      clearInterval(timer);
      let maxRss = 0;
      let cpuSeconds = 0;
      for (const usage of seen.values()) {
        maxRss += usage.peakRss;
        cpuSeconds += usage.cpuSeconds;
      }
      return { processes: seen.size, maxRss, cpuSeconds };
    },
  };
}

function descendants(pid) {
  const out = [];
  const queue = [pid];
  while (queue.length) {
    const next = queue.shift();
    for (const child of childrenOf(next)) {
      out.push(child);
      queue.push(child);
    }
  }
  return out;
}

function childrenOf(pid) {
  try {
    return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
  } catch {
    return [];
  }
}

function usageOf(pid) {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const hwm = /VmHWM:\s+(\d+) kB/.exec(status);
    // fields after the command name (which may hold spaces) in /proc/PID/stat: utime and stime are 14th and 15th
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(fields[11]) + Number(fields[12]);
    return hwm ? { peakRss: Number(hwm[1]) * 1024, cpuSeconds: ticks / TICKS_PER_SECOND } : null;
  } catch {
    return null;
  }
}
