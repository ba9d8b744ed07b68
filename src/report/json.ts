import type { Finding } from '../findings.js';
import { countBySeverity } from './text.js';

export interface JsonReport {
  findings: Finding[];
  /** `suppressed`: findings a suppression annotation or comment hid (not in `findings`). */
  summary: { errors: number; warnings: number; notices: number; suppressed: number; files: number; documents: number };
}

/** The CLI's `--format json` object, also written as the action's `findings-file`. */
export function buildJsonReport(findings: readonly Finding[], files: number, documents: number, suppressed = 0): JsonReport {
  return { findings: [...findings], summary: jsonSummary(findings, files, documents, suppressed) };
}

function jsonSummary(findings: readonly Finding[], files: number, documents: number, suppressed: number): JsonReport['summary'] {
  const counts = countBySeverity(findings);
  return { errors: counts.error, warnings: counts.warning, notices: counts.notice, suppressed, files, documents };
}

/**
 * Text handed to the writer at a time: enough that writes are few (~2,500 for the 80 MB report of
 * 100k documents), and small enough that the piece, flattened to be written, is an ordinary
 * young-generation string (a report's text is two bytes a character once one `−` appears: 64 KiB
 * plus one finding, under V8's 128 KiB large-object size). Pieces of a MiB went to the
 * large-object space, which counts as old generation: the 100k review's 160 MB of them pushed
 * the heap into another full collection, which marks everything the review still holds.
 */
export const REPORT_PIECE_CHARS = 1 << 15;

/**
 * The same text as `${JSON.stringify(buildJsonReport(...), null, 2)}\n`, in pieces of about a
 * MiB. A 100k-document review reports ~80 MB of JSON: stringified whole, that string (two bytes a
 * character once one `−` appears), the trailing-newline copy and its UTF-8 buffer for stdout were
 * all alive at once, on top of the findings. One finding at a time, only a piece is.
 */
export function* jsonReportChunks(findings: readonly Finding[], files: number, documents: number, suppressed = 0): Generator<string> {
  // The summary alone: buildJsonReport would copy every finding into an array only to drop it.
  const summary = jsonSummary(findings, files, documents, suppressed);
  if (findings.length === 0) {
    yield `{\n  "findings": [],\n  "summary": ${indented(summary, '  ')}\n}\n`;
    return;
  }
  let piece = '{\n  "findings": [\n';
  for (let i = 0; i < findings.length; i++) {
    piece += `    ${indented(withUnflattenedMessage(findings[i] as Finding), '    ')}${i < findings.length - 1 ? ',' : ''}\n`;
    if (piece.length >= REPORT_PIECE_CHARS) {
      yield piece;
      piece = '';
    }
  }
  yield `${piece}  ],\n  "summary": ${indented(summary, '  ')}\n}\n`;
}

/**
 * `value` as JSON.stringify(value, null, 2) writes it nested where every line starts with
 * `indent`: every line break JSON.stringify writes is structure (a newline inside a string is
 * escaped as \n), so indenting after each one nests a whole object exactly.
 */
export function indented(value: unknown, indent: string): string {
  return JSON.stringify(value, null, 2).replace(/\n/g, `\n${indent}`);
}

/**
 * The same text as `text`, not `text` itself: reading a rope (a string built by concatenation)
 * flattens it in place, and the flat copy then lives as long as the rope's owner does (see
 * `withUnflattenedMessage`). Concatenated with a character and sliced off again, only that
 * throwaway rope is flattened.
 */
export function unflattened(text: string): string {
  return ` ${text}`.slice(1);
}

/**
 * The finding as JSON.stringify sees it (its own enumerable properties, in order, lazy `details`
 * read once), with a message of the same text that is not the finding's own string. Rules build
 * messages by concatenation, as ropes sharing their pieces with other findings' messages;
 * reading a rope, as JSON.stringify does, flattens it in place, and the flat copy then lives as
 * long as the finding does: the 40,121 messages of the synthetic 100k-document tree grew the
 * heap by ~20 MiB while the report was written, at the review's peak. Concatenated with a
 * character and sliced off again, only that throwaway rope is flattened; the message is copied
 * from without being changed.
 */
function withUnflattenedMessage(finding: Finding): Record<string, unknown> {
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(finding)) {
    const value: unknown = finding[key as keyof Finding];
    copy[key] = key === 'message' && typeof value === 'string' ? unflattened(value) : value;
  }
  return copy;
}
