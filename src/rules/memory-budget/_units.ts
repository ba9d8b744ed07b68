/** How findings print memory. Quantities are bytes; the data tables are MiB. */
import { mib } from '../../model/quantity.js';

export { mib, toMiB } from '../../model/quantity.js';

const MiB = mib(1);
const GiB = mib(1024);

/** Whole MiB, for the arithmetic in `details` ("3114Mi"). */
export function mi(bytes: number): string {
  return `${Math.round(bytes / MiB)}Mi`;
}

/**
 * What a reviewer reads in a message: "574Mi" below 1Gi, "3.5Gi" above (one decimal, so a
 * 3114Mi allocatable reads "3.0Gi" and not "3Gi"), whole numbers bare ("4Gi").
 */
export function mem(bytes: number): string {
  if (!Number.isFinite(bytes)) return 'unbounded';
  if (Math.abs(bytes) < GiB) return mi(bytes);
  const gib = bytes / GiB;
  return Number.isInteger(gib) ? `${gib}Gi` : `${gib.toFixed(1)}Gi`;
}

/**
 * Which of the two shared formatters `fmt` is ('mem' or 'mi'), or undefined for one made per
 * manifest unit (`formatAs`): text written with a shared formatter can be shared too.
 */
export function sharedUnit(fmt: (bytes: number) => string): 'mem' | 'mi' | undefined {
  return fmt === mem ? 'mem' : fmt === mi ? 'mi' : undefined;
}

/**
 * A bound to suggest ("lower the limit to ≤ 1.7Gi"), rounded down so that following the advice
 * really fits: to 0.1Gi above 1Gi, to the MiB below.
 */
export function memFloor(bytes: number, written?: string): string {
  // A manifest that writes MiB gets its advice in MiB.
  if (bytes < GiB || /^\s*\d+Mi\s*$/.test(written ?? '')) return `${Math.floor(bytes / MiB)}Mi`;
  const tenths = Math.floor((bytes / GiB) * 10) / 10;
  return Number.isInteger(tenths) ? `${tenths}Gi` : `${tenths.toFixed(1)}Gi`;
}

/**
 * The formatter that prints amounts in the unit and precision the manifest wrote `written` in, so
 * the written quantity reads as written: "3030Mi" makes every amount MiB, "3.75Gi" two decimals
 * of Gi (not "3.8Gi"). Anything else (M, G, bare bytes, whole Gi) reads as `mem`.
 */
export function formatAs(written: string | undefined): (bytes: number) => string {
  const m = /^\s*\d+(?:\.(\d+))?(Gi|Mi)\s*$/.exec(written ?? '');
  if (!m) return mem;
  if (m[2] === 'Mi') return mi;
  const decimals = m[1]?.length ?? 0;
  if (decimals <= 1) return mem;
  return (bytes) => {
    if (!Number.isFinite(bytes)) return 'unbounded';
    if (Math.abs(bytes) < GiB) return mi(bytes);
    const gib = bytes / GiB;
    return Number.isInteger(gib) ? `${gib}Gi` : `${Number(gib.toFixed(decimals))}Gi`;
  };
}

/**
 * The formatter for every amount of one comparison: the manifest's own unit (`formatAs`), unless
 * rounding would print the two compared amounts equal ("3.0Gi > 3.0Gi"); then MiB throughout, so
 * the arithmetic a reviewer reads is the one that was computed.
 */
export function formatFor(a: number, b: number, written?: string): (bytes: number) => string {
  const f = formatAs(written);
  return f(a) === f(b) ? mi : f;
}

/** Sum of finite amounts, for overhead lists. */
export function sum(values: Iterable<number>): number {
  let total = 0;
  for (const v of values) total += v;
  return total;
}
