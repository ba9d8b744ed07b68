// Preloaded with `node --import` into every measured process: on exit, append the process's
// peak resident set size (KiB) and its CPU time (user + system, all threads, µs) to the file
// named by BENCH_RSS_FILE.
//
// The peak is Linux's VmHWM (/proc/self/status), the high-water mark of this process image's own
// memory. `process.resourceUsage().maxRSS` (getrusage) is not: Linux carries it over from the
// process that forked this one, through exec, so every measured process reported at least the bench
// runner's own RSS at the moment it spawned it (measured: a child of a runner holding 243 MiB reported
// 204 MiB, its VmHWM 39 MiB). maxRSS only where /proc is not there.
import { appendFileSync, readFileSync } from 'node:fs';

function peakResidentKiB() {
  try {
    const match = /^VmHWM:\s+(\d+) kB$/m.exec(readFileSync('/proc/self/status', 'utf8'));
    if (match) return Number(match[1]);
  } catch {
    // not Linux
  }
  return process.resourceUsage().maxRSS;
}

const target = process.env.BENCH_RSS_FILE;
if (target) {
  process.on('exit', () => {
    const usage = process.resourceUsage();
    appendFileSync(target, `${peakResidentKiB()} ${usage.userCPUTime + usage.systemCPUTime}\n`);
  });
}
