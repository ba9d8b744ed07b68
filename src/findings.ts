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
