// Runs the command (bin/extract.js) in this process, then writes its peak memory and CPU time
// as JSON to the file named by HOSTILE_REPORT. process.resourceUsage() covers every thread.
import { writeFileSync } from 'node:fs';

const report = process.env.HOSTILE_REPORT;
process.on('exit', () => {
  const usage = process.resourceUsage();
  if (report) writeFileSync(report, JSON.stringify({ maxRssMB: usage.maxRSS / 1024, cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000 }));
});
await import('../../bin/extract.js');
