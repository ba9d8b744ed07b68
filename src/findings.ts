/** Severity of a finding; maps 1:1 to check-run annotation levels (failure/warning/notice). */
export type Severity = 'error' | 'warning' | 'notice';

/** Severities from most to least severe. */
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'notice'];

const RANK: Record<Severity, number> = { error: 3, warning: 2, notice: 1 };

/** True when `severity` is at least as severe as `threshold`. */
export function atLeast(severity: Severity, threshold: Severity): boolean {
  return RANK[severity] >= RANK[threshold];
}

/** The lowest severity that fails the run (CLI exit status, action job and check run), or `never`. */
export type FailOn = Severity | 'never';

export const FAIL_ON_LEVELS: readonly FailOn[] = [...SEVERITIES, 'never'];

/** True when some finding reaches `failOn`: the one gate the CLI and the action share. */
export function reachesFailOn(findings: readonly Finding[], failOn: FailOn): boolean {
  return failOn !== 'never' && findings.some((f) => atLeast(f.severity, failOn));
}

export function compareSeverity(a: Severity, b: Severity): number {
  return RANK[b] - RANK[a];
}

/**
 * Identity of the object a finding is about, stable across edits that move lines:
 * used to match findings between the base and the head of a change.
 */
export interface ObjectIdentity {
  kind: string;
  name: string;
  namespace?: string;
}

/**
 * One result of the review. Lines and columns are 1-based; `path` is relative to the
 * review root and uses forward slashes.
 */
export interface Finding {
  rule: string;
  severity: Severity;
  path: string;
  startLine: number;
  endLine: number;
  startColumn?: number;
  endColumn?: number;
  message: string;
  object?: ObjectIdentity;
  /** The arithmetic or reasoning behind the message, for check-run `raw_details`. */
  details?: string;
  /** A concrete edit that resolves the finding, when the rule knows one (review suggestions). */
  fix?: FindingFix;
}

/**
 * Where a lazy `details` keeps its builder: a non-enumerable symbol property of the object itself
 * (reports, JSON and spreads do not see it). A WeakMap from object to builder did the same, but
 * each of the 40,121 findings of the synthetic 100k-document tree (and each rule report before
 * it) was an entry: a hash-table write per finding, and ephemerons every full collection traces.
 */
const DETAILS_BUILDER: unique symbol = Symbol('details builder');

/**
 * A builder of details that is an object rather than a closure: a closure and the context it
 * captures were ~150 bytes a finding (40,121 of them at 100k documents, kept to the report),
 * where an object can hold just what its text needs and share the rest with other findings.
 */
export interface DetailsWriter {
  writeDetails(): string;
}

type DetailsBuilder = (() => string) | DetailsWriter;

interface WithBuilder {
  [DETAILS_BUILDER]?: DetailsBuilder;
}

function lazyDetailsGetter(this: object): string {
  // Read while a report is written, after the rules' own guard: a builder that throws must cost
  // its finding's details, not the report (the review's findings still reach the log and exit status).
  try {
    const build = (this as WithBuilder)[DETAILS_BUILDER];
    return (typeof build === 'function' ? build() : build?.writeDetails()) ?? '';
  } catch (error) {
    return `The details of this finding could not be written: ${error instanceof Error ? error.message : String(error)}`;
  }
}

function lazyDetailsSetter(this: object, value: string): void {
  Object.defineProperty(this, 'details', { value, writable: true, enumerable: true, configurable: true });
}

/**
 * One accessor for every lazy `details`: objects that add the same accessor share their hidden
 * class (an accessor of its own per object, or one that replaces a data property, turns each
 * finding into a dictionary of twice the size).
 */
const LAZY_DETAILS: PropertyDescriptor = { get: lazyDetailsGetter, set: lazyDetailsSetter, enumerable: true, configurable: true };

/**
 * Gives `target` a `details` that is written when it is read, each time it is read, instead of
 * kept. A finding's details are the longest text it holds (a node type's whole arithmetic, the
 * largest per-node pods), mostly the same lines in every finding about one node type, and read
 * once at most, when the report is written: kept as strings, the 40,121 findings of the
 * synthetic 100k-document tree held ~70 MB of them. `build` must read only what stays as it is
 * (the model's objects and the analysis of them), so every read gives the same text.
 * `target` must not have a `details` yet; assigning `details` replaces the getter with the value.
 * `build` is a function or a DetailsWriter, whose `writeDetails` is called the same way.
 */
export function lazyDetails<T extends object>(target: T, build: DetailsBuilder): T & { details: string } {
  // Both properties added the same way to every object: findings keep sharing their hidden class.
  Object.defineProperty(target, DETAILS_BUILDER, { value: build, writable: true, enumerable: false, configurable: true });
  Object.defineProperty(target, 'details', LAZY_DETAILS);
  return target as T & { details: string };
}

/**
 * Adds `source`'s `details` to `target` (which has none yet) as they are: lazy details stay
 * lazy (see `lazyDetails`), without being built.
 */
export function copyDetails(source: { readonly details?: string }, target: { details?: string }): void {
  const own = Object.getOwnPropertyDescriptor(source, 'details');
  if (!own) return;
  const build = own.get === lazyDetailsGetter ? (source as WithBuilder)[DETAILS_BUILDER] : undefined;
  if (build) {
    lazyDetails(target, build);
    return;
  }
  const value: unknown = own.get ? own.get.call(source) : own.value;
  if (typeof value === 'string') target.details = value;
}

/**
 * "Write `replacement` where the file has `original`": one scalar value on line `line`, whose
 * written text (without quotes) is `original` and ends before column `endColumn` (1-based,
 * exclusive). Precise enough to splice the line, and checkable against the file before use.
 */
export interface FindingFix {
  line: number;
  endColumn: number;
  original: string;
  replacement: string;
}

export function objectLabel(object: ObjectIdentity | undefined): string {
  if (!object) return '';
  return object.namespace ? `${object.kind} ${object.namespace}/${object.name}` : `${object.kind} ${object.name}`;
}

/** Stable order: by path, then line, column, severity, rule. */
export function compareFindings(a: Finding, b: Finding): number {
  if (a.path !== b.path) return a.path < b.path ? -1 : 1;
  if (a.startLine !== b.startLine) return a.startLine - b.startLine;
  const ac = a.startColumn ?? 0;
  const bc = b.startColumn ?? 0;
  if (ac !== bc) return ac - bc;
  const s = compareSeverity(a.severity, b.severity);
  if (s !== 0) return s;
  if (a.rule !== b.rule) return a.rule < b.rule ? -1 : 1;
  return a.message < b.message ? -1 : a.message > b.message ? 1 : 0;
}

/**
 * The rule of a review that did not finish (a budget overrun, a `paths` entry that matches
 * nothing): always an error, never filtered or suppressed (src/engine/budget.ts says why).
 * Here because every layer reports it, from the collector up.
 */
export const INCOMPLETE_RULE = 'input/incomplete';

/** A finding that says the review is incomplete; `path` is where it stopped ('.' for the whole review). */
export function incompleteFinding(path: string, message: string): Finding {
  return { rule: INCOMPLETE_RULE, severity: 'error', path, startLine: 1, endLine: 1, message };
}

export function isIncomplete(finding: Finding): boolean {
  return finding.rule === INCOMPLETE_RULE;
}
