import type { Finding } from '../findings.js';
import { countBySeverity } from './text.js';

export interface JsonReport {
  findings: Finding[];
  summary: { errors: number; warnings: number; notices: number; files: number; documents: number };
}

/** The CLI's `--format json` object, also written as the action's `findings-file`. */
export function buildJsonReport(findings: readonly Finding[], files: number, documents: number): JsonReport {
  const counts = countBySeverity(findings);
  return {
    findings: [...findings],
    summary: { errors: counts.error, warnings: counts.warning, notices: counts.notice, files, documents },
  };
}
