// Preloaded with `node --import` into every measured process: on exit, append the process's
// peak resident set size (KiB) and its CPU time (user + system, all threads, µs) to the file
// named by BENCH_RSS_FILE.
import { appendFileSync } from 'node:fs';

const target = process.env.BENCH_RSS_FILE;
if (target) {
  process.on('exit', () => {
    const usage = process.resourceUsage();
    appendFileSync(target, `${usage.maxRSS} ${usage.userCPUTime + usage.systemCPUTime}\n`);
  });
}
