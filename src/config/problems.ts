import type { Finding, Severity } from '../findings.js';
import type { LoadedDocument, PathSegment } from '../load/types.js';

/* Problems of the config file, and how they become positioned `input/invalid-config` findings. */

export const INVALID_CONFIG_RULE = 'input/invalid-config';

/** A problem at `path` inside the config document. */
export interface Problem {
  path: PathSegment[];
  message: string;
  severity?: Severity;
}

/** `nodeGroups[1].kubelet.maxPods`, the way a reader finds it in the file. */
export function describePath(p: readonly PathSegment[]): string {
  return p.reduce<string>((s, seg) => (typeof seg === 'number' ? `${s}[${seg}]` : s ? `${s}.${seg}` : seg), '') || '(the document)';
}

/** An `input/invalid-config` finding at `problem.path` of the config document. */
export function configFinding(doc: LoadedDocument, problem: Problem): Finding {
  const range = doc.locate(problem.path);
  return {
    rule: INVALID_CONFIG_RULE,
    severity: problem.severity ?? 'error',
    path: doc.path,
    startLine: range.start.line,
    endLine: range.start.line,
    startColumn: range.start.column,
    endColumn: range.end.line === range.start.line ? Math.max(range.end.column, range.start.column) : range.start.column,
    message: problem.message,
  };
}
