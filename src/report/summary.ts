import { compareFindings, compareSeverity, SEVERITIES, type Finding, type Severity } from '../findings.js';
import { byteLength, truncateBytes } from './limit.js';
import { codeLink, codeSpan, escapeHtml, inlineText, tableCell } from './markdown.js';
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
  /** Markdown paragraphs shown before the counts: degraded surfaces, caps, fallbacks. */
  notes?: readonly string[];
  /** Where every finding can still be seen when the listing is cut, for the truncation note. */
  elsewhere?: string;
  /**
   * `findings` (the job summary): every finding, grouped by rule then file, folded.
   * `counts` (the check run, whose annotations already carry each finding): counts per rule only.
   */
  detail?: 'findings' | 'counts';
  /**
   * In `counts` mode, findings still listed in full: those about the review itself (an input it
   * could not read, a budget that ran out), whose annotation may sit on no line of the diff.
   */
  alwaysList?: (finding: Finding) => boolean;
  ruleUrl?: (ruleId: string) => string | undefined;
  locationUrl?: (path: string, line: number) => string | undefined;
}

/** Severity icons: GitHub renders these emoji in summaries, check runs and comments alike. */
export const SEVERITY_ICON: Record<Severity, string> = { error: '❌', warning: '⚠️', notice: 'ℹ️' };

/** Rows of the by-file table; the rest of the files are counted in one last row. */
const MAX_FILE_ROWS = 300;
const MESSAGE_BYTES = 2000;
/** Findings the check-run summary lists in full (`alwaysList`): enough to explain, not a copy of the annotations. */
const MAX_ALWAYS_LISTED = 20;

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** `2 errors, 1 warning, 0 notices`, or that nothing was found: the check run's output title. */
export function summaryTitle(findings: readonly Finding[]): string {
  if (findings.length === 0) return 'No findings';
  const counts = countBySeverity(findings);
  return SEVERITIES.map((s) => plural(counts[s], s)).join(', ');
}

/** `3 errors, 1 warning` (only the severities present). */
function countsPhrase(counts: Record<Severity, number>): string {
  return SEVERITIES.filter((s) => counts[s] > 0)
    .map((s) => plural(counts[s], s))
    .join(', ');
}

function worstOf(counts: Record<Severity, number>): Severity {
  return SEVERITIES.find((s) => counts[s] > 0) ?? 'notice';
}

export function familyOf(ruleId: string): string {
  const slash = ruleId.indexOf('/');
  return slash === -1 ? ruleId : ruleId.slice(0, slash);
}

interface Group {
  key: string;
  findings: Finding[];
  counts: Record<Severity, number>;
}

/** Groups in order of their worst severity, then size, then name. */
function groupBy(findings: readonly Finding[], keyOf: (f: Finding) => string): Group[] {
  const groups = new Map<string, Group>();
  for (const f of findings) {
    const key = keyOf(f);
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { key, findings: [], counts: { error: 0, warning: 0, notice: 0 } }));
    group.findings.push(f);
    group.counts[f.severity]++;
  }
  return [...groups.values()].sort(
    (a, b) =>
      compareSeverity(worstOf(a.counts), worstOf(b.counts)) ||
      SEVERITIES.reduce((d, s) => d || b.counts[s] - a.counts[s], 0) ||
      (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
  );
}

function countRow(label: string, counts: Record<Severity, number>): string {
  return `| ${label} | ${counts.error} | ${counts.warning} | ${counts.notice} |`;
}

function countsTable(findings: readonly Finding[]): string[] {
  const families = groupBy(findings, (f) => familyOf(f.rule)).sort((a, b) => (a.key < b.key ? -1 : 1));
  return [
    `| family | ${SEVERITY_ICON.error} errors | ${SEVERITY_ICON.warning} warnings | ${SEVERITY_ICON.notice} notices |`,
    '| --- | ---: | ---: | ---: |',
    ...families.map((g) => countRow(tableCell(codeSpan(g.key)), g.counts)),
    countRow('**total**', countBySeverity(findings)),
  ];
}

function rulesTable(rules: readonly Group[], options: SummaryOptions): string[] {
  return [
    '| rule | errors | warnings | notices |',
    '| --- | ---: | ---: | ---: |',
    ...rules.map((g) => countRow(`${SEVERITY_ICON[worstOf(g.counts)]} ${tableCell(codeLink(g.key, options.ruleUrl?.(g.key)))}`, g.counts)),
  ];
}

function filesTable(findings: readonly Finding[], options: SummaryOptions): string[] {
  const files = groupBy(findings, (f) => f.path);
  const shown = files.slice(0, MAX_FILE_ROWS);
  const rest = files.slice(MAX_FILE_ROWS);
  const restCounts: Record<Severity, number> = { error: 0, warning: 0, notice: 0 };
  for (const g of rest) for (const s of SEVERITIES) restCounts[s] += g.counts[s];
  return [
    '<details>',
    `<summary>Findings by file: ${plural(files.length, 'file')}</summary>`,
    '',
    '| file | errors | warnings | notices |',
    '| --- | ---: | ---: | ---: |',
    ...shown.map((g) => countRow(tableCell(codeLink(g.key, options.locationUrl?.(g.key, 1)?.replace(/#L1$/, ''))), g.counts)),
    ...(rest.length ? [countRow(`${plural(rest.length, 'more file')}`, restCounts)] : []),
    '',
    '</details>',
  ];
}

function findingItem(f: Finding, options: SummaryOptions): string {
  const at = codeLink(`${f.path}:${f.startLine}`, options.locationUrl?.(f.path, f.startLine));
  return `- ${SEVERITY_ICON[f.severity]} ${at} ${inlineText(truncateBytes(f.message || f.rule, MESSAGE_BYTES))}\n`;
}

/**
 * The findings, one folded `<details>` per rule (summary: icon, rule, counts), inside it a
 * heading per file and a list item per finding. Fills at most `room` bytes and never leaves a
 * `<details>` open; returns how many findings it listed.
 */
function findingsByRule(rules: readonly Group[], options: SummaryOptions, room: number): { text: string; listed: number } {
  const out: string[] = [];
  let used = 0;
  let listed = 0;
  const fits = (size: number) => used + size <= room;
  for (const rule of rules) {
    const url = options.ruleUrl?.(rule.key);
    const name = `<code>${escapeHtml(rule.key)}</code>`;
    const files = new Set(rule.findings.map((f) => f.path)).size;
    // The blank line after </summary> lets the markdown inside render (CommonMark HTML blocks).
    const open =
      `<details${rule.counts.error > 0 ? ' open' : ''}>\n<summary>${SEVERITY_ICON[worstOf(rule.counts)]} ` +
      `${url ? `<a href="${escapeHtml(url)}">${name}</a>` : name}: ${countsPhrase(rule.counts)} in ${plural(files, 'file')}</summary>\n\n`;
    const close = '\n</details>\n\n';
    const sorted = [...rule.findings].sort(compareFindings);
    const first = sorted[0];
    if (!first || !fits(byteLength(open) + byteLength(close) + byteLength(findingItem(first, options)) + 200)) break;
    out.push(open);
    used += byteLength(open) + byteLength(close);
    let lastPath: string | undefined;
    let complete = true;
    for (const f of sorted) {
      const heading =
        f.path !== lastPath ? `${lastPath === undefined ? '' : '\n'}**${codeLink(f.path, options.locationUrl?.(f.path, 1)?.replace(/#L1$/, ''))}**\n\n` : '';
      const item = findingItem(f, options);
      const size = byteLength(heading) + byteLength(item);
      if (!fits(size)) {
        complete = false;
        break;
      }
      out.push(heading, item);
      used += size;
      listed++;
      lastPath = f.path;
    }
    out.push(close);
    if (!complete) break;
  }
  return { text: out.join(''), listed };
}

/**
 * The markdown report. Counts come first (the title, then per family); the job summary then has
 * the files with findings (folded) and every finding grouped by rule and file, each rule folded;
 * the check run has counts per rule, since its annotations carry the findings. Cut to `maxBytes`
 * with a note saying how many findings were left out.
 */
export function renderSummary(findings: readonly Finding[], options: SummaryOptions): string {
  const head: string[] = [`## ${options.heading ?? 'manifest-review'}: ${summaryTitle(findings)}`, ''];
  head.push(`${plural(options.filesReviewed, 'file')} reviewed.${options.scope ? ` ${options.scope}` : ''}`, '');
  for (const note of options.notes ?? []) head.push(note, '');
  if (findings.length === 0) return truncateBytes(`${head.join('\n')}\n`, options.maxBytes);

  const rules = groupBy(findings, (f) => f.rule);
  head.push(...countsTable(findings), '');
  if (options.detail === 'counts') {
    head.push(...rulesTable(rules, options), '');
    const listed = options.alwaysList ? [...findings].filter(options.alwaysList).sort(compareFindings) : [];
    if (listed.length > 0) {
      const shown = listed.slice(0, MAX_ALWAYS_LISTED).map((f) => findingItem(f, options).trimEnd());
      const more = listed.length - shown.length;
      head.push('**About the review itself:**', '', ...shown, ...(more > 0 ? [`- … and ${more} more`] : []), '');
    }
    head.push(`Each finding is an annotation on its line.${options.elsewhere ? ` ${options.elsewhere}` : ''}`);
    return truncateBytes(`${head.join('\n')}\n`, options.maxBytes);
  }
  head.push(...filesTable(findings, options), '', '### Findings by rule', '');

  const truncationNote = (left: number): string =>
    `> **${plural(left, 'more finding')} not shown**: this summary is limited to ${options.maxBytes.toLocaleString('en-US')} bytes.${
      options.elsewhere ? ` ${options.elsewhere}` : ''
    }\n`;
  // Room for the note as if every finding were left out, so adding it never overflows.
  const reserve = byteLength(truncationNote(findings.length));
  let text = `${head.join('\n')}\n`;
  if (byteLength(text) + reserve > options.maxBytes) text = truncateBytes(text, Math.max(0, options.maxBytes - reserve));
  const listing = findingsByRule(rules, options, options.maxBytes - reserve - byteLength(text));
  const left = findings.length - listing.listed;
  return `${text}${listing.text}${left > 0 ? truncationNote(left) : ''}`;
}
