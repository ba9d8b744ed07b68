import type { Finding } from '../findings.js';
import { countBySeverity } from './text.js';

export interface JsonReport {
  findings: Finding[];
  /** `suppressed`: findings a suppression annotation or comment hid (not in `findings`). */
  summary: { errors: number; warnings: number; notices: number; suppressed: number; files: number; documents: number };
}

/** The CLI's `--format json` object, also written as the action's `findings-file`. */
export function buildJsonReport(findings: readonly Finding[], files: number, documents: number, suppressed = 0): JsonReport {
  const counts = countBySeverity(findings);
  return {
    findings: [...findings],
    summary: { errors: counts.error, warnings: counts.warning, notices: counts.notice, suppressed, files, documents },
  };
}
