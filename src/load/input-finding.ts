import type { SourceFile } from '../collect/types.js';
import type { Finding } from '../findings.js';
import type { LineIndex } from './lines.js';

/** The loaders' own findings and their fixed severities. */
const INPUT_SEVERITY = { 'input/parse-error': 'error', 'input/duplicate-key': 'warning', 'input/skipped': 'notice', 'input/incomplete': 'error' } as const;

/** A loader's finding about a file, at the line and column of `offset` (clamped to the text). */
export function inputFinding(rule: keyof typeof INPUT_SEVERITY, file: SourceFile, lines: LineIndex, offset: number, message: string): Finding {
  const at = lines.position(Math.max(0, Math.min(offset, file.text.length)));
  return {
    rule,
    severity: INPUT_SEVERITY[rule],
    path: file.path,
    startLine: at.line,
    endLine: at.line,
    startColumn: at.column,
    endColumn: at.column,
    message,
  };
}
