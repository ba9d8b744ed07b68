/**
 * What a review may spend: time, and input (bytes and documents). A review that runs out must
 * fail closed: whatever it did not read or check may hide an error, so an overrun is itself an
 * error finding (`input/incomplete`) that no config severity, suppression or filter can hide.
 * Before this, files past the deadline became notices and a PR could pad itself with slow
 * files to turn its real errors into a green check.
 */
export { INCOMPLETE_RULE, incompleteFinding, isIncomplete } from '../findings.js';

/** Default total time; generous, so only pathological input reaches it. */
export const DEFAULT_TIME_BUDGET_MS = 10 * 60 * 1000;
/**
 * Default total input of one tree. Parsed YAML costs 10–20× its size in memory: 120 copies of a
 * 3.4 MB file (408 MB) exhausted a runner's memory with nothing reported, while the largest
 * real repositories we know of hold a few tens of MB of manifests.
 */
export const DEFAULT_MAX_INPUT_BYTES = 128 * 1024 * 1024;
export const DEFAULT_MAX_INPUT_DOCUMENTS = 200_000;

const READING_SHARE = 0.75;

export interface BudgetOptions {
  timeBudgetMs?: number | undefined;
  maxInputBytes?: number | undefined;
  maxInputDocuments?: number | undefined;
  /** Milliseconds on a monotonic clock; tests inject one to make overruns deterministic. */
  clock?: (() => number) | undefined;
}

/** One review's allowance. The deadline is shared by everything the review does (head, base, rules). */
export class Budget {
  readonly timeMs: number;
  readonly deadline: number;
  readonly maxInputBytes: number;
  readonly maxInputDocuments: number;
  readonly clock: () => number;

  constructor(options: BudgetOptions = {}) {
    this.clock = options.clock ?? (() => performance.now());
    this.timeMs = positive(options.timeBudgetMs, DEFAULT_TIME_BUDGET_MS);
    this.deadline = this.clock() + this.timeMs;
    this.maxInputBytes = positive(options.maxInputBytes, DEFAULT_MAX_INPUT_BYTES);
    this.maxInputDocuments = positive(options.maxInputDocuments, DEFAULT_MAX_INPUT_DOCUMENTS);
  }

  expired(): boolean {
    return this.clock() > this.deadline;
  }

  /**
   * Reading stops at three quarters of the time, so the rules still get to check what was read:
   * an overrun while reading then reports the errors in the files that were read, not only itself.
   */
  readingExpired(): boolean {
    return this.clock() > this.deadline - this.timeMs * (1 - READING_SHARE);
  }

  /**
   * What a renderer (helm, kubectl) may still use: the reading share of the time left, since
   * rendering is reading. Negative once it is gone.
   */
  readingTimeLeftMs(): number {
    return READING_SHARE * (this.deadline - this.clock());
  }

  /** "600 s", for messages. */
  get timeText(): string {
    return this.timeMs >= 1000 ? `${Math.round(this.timeMs / 1000)} s` : `${Math.round(this.timeMs)} ms`;
  }
}

/** Junk (NaN, negative, Infinity) never becomes a limit: it falls back to the default. */
function positive(value: number | undefined, fallback: number): number {
  return value !== undefined && Number.isFinite(value) && value >= 0 ? value : fallback;
}

/** "a.yaml, b.yaml, c.yaml and 12 more": names a list without letting it grow without bound. */
export function someOf(paths: readonly string[], shown = 5): string {
  const head = paths.slice(0, shown).map((p) => `\`${p}\``);
  return paths.length > shown ? `${head.join(', ')} and ${paths.length - shown} more` : head.join(', ');
}
