import { SEVERITIES, type Finding, type Severity } from '../findings.js';
import { bySeverityThenLocation } from './annotations.js';
import { byteLength, truncateBytes } from './limit.js';
import { countBySeverity } from './text.js';

/** `output.summary` of a check run: `maxLength: 65535` in the REST description. */
export const CHECK_RUN_SUMMARY_MAX = 65_535;
/** The runner drops a step summary over 1 MiB (FileCommandManager AttachmentSizeLimit); keep a margin. */
export const JOB_SUMMARY_MAX = 1024 * 1024 - 16 * 1024;

export interface SummaryOptions {
  /** Most bytes the markdown may take (see CHECK_RUN_SUMMARY_MAX / JOB_SUMMARY_MAX). */
  maxBytes: number;
  filesReviewed: number;
  heading?: string;
  /** One sentence on what was reported (filter, change), shown under the counts. */
  scope?: string;
  /** Markdown paragraphs shown before the table: degraded surfaces, caps, fallbacks. */
  notes?: readonly string[];
  /** Where every finding can still be seen when the table is cut, for the truncation note. */
  elsewhere?: string;
  ruleUrl?: (ruleId: string) => string | undefined;
  locationUrl?: (path: string, line: number) => string | undefined;
}

const MESSAGE_CELL_BYTES = 600;

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** `2 errors, 1 warning, 0 notices`, or that nothing was found: the check run's output title. */
export function summaryTitle(findings: readonly Finding[]): string {
  if (findings.length === 0) return 'No findings';
  const counts = countBySeverity(findings);
  return SEVERITIES.map((s) => plural(counts[s], s)).join(', ');
}

/**
 * Text from manifests is untrusted: inside a table cell it must not end the cell (`|`), break
 * the row (newlines) or become HTML.
 */
export function escapeCell(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\|/g, '\\|')
    .replace(/\r?\n|\r/g, '<br>');
}

function escapeLinkText(text: string): string {
  return escapeCell(text.replace(/([[\]\\`*_])/g, '\\$1'));
}

function link(text: string, url: string | undefined): string {
  const label = escapeLinkText(text);
  // Characters that would end the link destination are percent-encoded; URLs arrive already encoded.
  return url ? `[${label}](${url.replace(/[\s()<>]/g, (c) => encodeURIComponent(c))})` : label;
}

export function familyOf(ruleId: string): string {
  const slash = ruleId.indexOf('/');
  return slash === -1 ? ruleId : ruleId.slice(0, slash);
}

function countsTable(findings: readonly Finding[]): string[] {
  const families = new Map<string, Record<Severity, number>>();
  for (const f of findings) {
    const family = familyOf(f.rule);
    const counts = families.get(family) ?? { error: 0, warning: 0, notice: 0 };
    counts[f.severity]++;
    families.set(family, counts);
  }
  const total = countBySeverity(findings);
  const rows = [...families.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([family, c]) => `| ${escapeCell(family)} | ${c.error} | ${c.warning} | ${c.notice} |`);
  return ['| family | errors | warnings | notices |', '| --- | ---: | ---: | ---: |', ...rows, `| **total** | **${total.error}** | **${total.warning}** | **${total.notice}** |`];
}

function findingRow(f: Finding, options: SummaryOptions): string {
  const location = link(`${f.path}:${f.startLine}`, options.locationUrl?.(f.path, f.startLine));
  const message = escapeCell(truncateBytes(f.message.replace(/\s*\n\s*/g, ' '), MESSAGE_CELL_BYTES));
  return `| ${f.severity} | ${link(f.rule, options.ruleUrl?.(f.rule))} | ${location} | ${message} |`;
}

/**
 * The markdown report: counts by severity and by rule family, then one table row per finding
 * (most severe first), cut to `maxBytes` with a note saying how many rows were left out.
 */
export function renderSummary(findings: readonly Finding[], options: SummaryOptions): string {
  const head: string[] = [`## ${options.heading ?? 'manifest-review'}: ${summaryTitle(findings)}`, ''];
  head.push(`${plural(options.filesReviewed, 'file')} reviewed.${options.scope ? ` ${options.scope}` : ''}`, '');
  for (const note of options.notes ?? []) head.push(note, '');
  if (findings.length > 0) head.push(...countsTable(findings), '');

  const sorted = [...findings].sort(bySeverityThenLocation);
  const tableHead = ['| severity | rule | location | message |', '| --- | --- | --- | --- |'];
  const truncationNote = (left: number): string =>
    `> **${plural(left, 'more finding')} not shown**: this summary is limited to ${options.maxBytes.toLocaleString('en-US')} bytes.${
      options.elsewhere ? ` ${options.elsewhere}` : ''
    }`;
  // Reserve room for the note as if every row were left out, so adding it never overflows.
  const reserve = byteLength(truncationNote(sorted.length)) + 2;
  let text = `${head.join('\n')}\n`;
  if (byteLength(text) + reserve > options.maxBytes) {
    text = truncateBytes(text, Math.max(0, options.maxBytes - reserve));
  }
  if (sorted.length === 0) return truncateBytes(text, options.maxBytes);

  let used = byteLength(text);
  const rows: string[] = [];
  const tableText = `${tableHead.join('\n')}\n`;
  if (used + byteLength(tableText) + reserve <= options.maxBytes) {
    used += byteLength(tableText);
    for (const f of sorted) {
      const row = `${findingRow(f, options)}\n`;
      const size = byteLength(row);
      if (used + size + reserve > options.maxBytes) break;
      rows.push(row);
      used += size;
    }
  }
  const left = sorted.length - rows.length;
  let out = text;
  if (rows.length > 0) out += `${tableText}${rows.join('')}`;
  if (left > 0) out += `\n${truncationNote(left)}\n`;
  return truncateBytes(out, options.maxBytes);
}
