import { compareFindings, compareSeverity, SEVERITIES, type Finding, type Severity } from '../findings.js';
import { truncateBytes } from './limit.js';

/** One check-run annotation, as `POST/PATCH /repos/{owner}/{repo}/check-runs` takes it. */
export interface CheckAnnotation {
  path: string;
  start_line: number;
  end_line: number;
  start_column?: number;
  end_column?: number;
  annotation_level: 'failure' | 'warning' | 'notice';
  message: string;
  title: string;
  raw_details?: string;
}

/** The Checks API takes `failure`, not `error`. */
export const ANNOTATION_LEVEL: Record<Severity, CheckAnnotation['annotation_level']> = {
  error: 'failure',
  warning: 'warning',
  notice: 'notice',
};

/** Per-field limits of the Checks API (annotation object description in the REST spec). */
const MAX_MESSAGE_BYTES = 64 * 1024;
const MAX_TITLE_BYTES = 255;
const MAX_RAW_DETAILS_BYTES = 64 * 1024;

function positiveLine(n: number): number {
  return Number.isSafeInteger(n) && n >= 1 ? n : 1;
}

export function toCheckAnnotation(finding: Finding): CheckAnnotation {
  const startLine = positiveLine(finding.startLine);
  const endLine = Math.max(startLine, positiveLine(finding.endLine));
  // The API rejects columns on multi-line ranges; on one line they must be ordered.
  const columns =
    startLine === endLine && finding.startColumn !== undefined && finding.startColumn >= 1
      ? {
          start_column: finding.startColumn,
          end_column: Math.max(finding.startColumn, finding.endColumn ?? finding.startColumn),
        }
      : {};
  // Read once: details may be built when read (findings.ts `lazyDetails`).
  const text = finding.details;
  const details = text?.trim() ? { raw_details: truncateBytes(text, MAX_RAW_DETAILS_BYTES) } : {};
  return {
    path: finding.path,
    start_line: startLine,
    end_line: endLine,
    ...columns,
    annotation_level: ANNOTATION_LEVEL[finding.severity],
    message: truncateBytes(finding.message || finding.rule, MAX_MESSAGE_BYTES),
    title: truncateBytes(finding.rule, MAX_TITLE_BYTES),
    ...details,
  };
}

/** Most severe first, then the usual file/line order. */
export function bySeverityThenLocation(a: Finding, b: Finding): number {
  return compareSeverity(a.severity, b.severity) || compareFindings(a, b);
}

/**
 * What a cap keeps first: the most severe, then within a severity the `preferred` ones (those on
 * lines the change edited: what the author just wrote), then file/line order.
 */
export function priorityOrder(preferred?: (f: Finding) => boolean): (a: Finding, b: Finding) => number {
  return (a, b) => compareSeverity(a.severity, b.severity) || (preferred ? Number(preferred(b)) - Number(preferred(a)) : 0) || compareFindings(a, b);
}

/** The findings to attach to the check run: every one up to `limit`, in priority order. */
export function selectAnnotated(findings: readonly Finding[], limit: number, preferred?: (f: Finding) => boolean): { annotated: Finding[]; omitted: number } {
  const annotated = [...findings].sort(priorityOrder(preferred)).slice(0, Math.max(0, limit));
  return { annotated, omitted: findings.length - annotated.length };
}

/** Splits into requests of at most `size` items (the Checks API takes 50 annotations per request). */
export function batches<T>(items: readonly T[], size = 50): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** A workflow-command annotation (`::error file=…,line=…::message`), for `core.error/warning/notice`. */
export interface WorkflowAnnotation {
  level: Severity;
  message: string;
  properties: {
    title: string;
    file: string;
    startLine: number;
    endLine: number;
    startColumn?: number;
    endColumn?: number;
  };
}

/**
 * The runner keeps 10 annotations of each level per step and drops the rest from the UI
 * (runner ExecutionContext `_maxCountPerIssueType`), so emit only the 10 most severe of each.
 */
export const WORKFLOW_ANNOTATIONS_PER_LEVEL = 10;

/**
 * The most severe findings as workflow-command annotations. `reservedErrors` keeps room among
 * the 10 error slots for the step's own failure message (`core.setFailed` is an error too).
 */
export function workflowAnnotations(findings: readonly Finding[], preferred?: (f: Finding) => boolean, reservedErrors = 0): WorkflowAnnotation[] {
  const sorted = [...findings].sort(priorityOrder(preferred));
  return SEVERITIES.flatMap((level) =>
    sorted
      .filter((f) => f.severity === level)
      .slice(0, WORKFLOW_ANNOTATIONS_PER_LEVEL - (level === 'error' ? reservedErrors : 0))
      .map((f) => {
        const a = toCheckAnnotation(f);
        return {
          level,
          message: a.message,
          properties: {
            title: a.title,
            file: a.path,
            startLine: a.start_line,
            endLine: a.end_line,
            ...(a.start_column !== undefined ? { startColumn: a.start_column } : {}),
            ...(a.end_column !== undefined ? { endColumn: a.end_column } : {}),
          },
        };
      }),
  );
}
