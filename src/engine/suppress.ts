import { EVENT_ID, parseEvents } from '../load/js-yaml.js';
import type { Finding } from '../findings.js';
import type { LoadedFile } from '../load/types.js';
import { isTerraformPath } from '../load/terraform-parser.js';
import { terraformSupport } from '../model/terraform-registry.js';
import type { Manifest } from '../model/types.js';
import { IGNORE_ANNOTATION, IGNORE_COMMENT, type Suppression, type SuppressionUse, type TargetStatus } from '../rules/suppressions.js';

/** A finding a suppression hid: still counted (summary, SARIF `suppressions`), not reported. */
export interface SuppressedFinding extends Finding {
  readonly suppressedBy: {
    readonly kind: Suppression['kind'];
    readonly path: string;
    readonly line: number;
    readonly reason?: string;
  };
}

/** `rule-a, family-b -- the reason`: targets before the first `--`, the reason after it. */
export function parseDirective(text: string): { targets: string[]; reason?: string } {
  const separator = text.indexOf('--');
  const list = separator === -1 ? text : text.slice(0, separator);
  const reason = separator === -1 ? '' : text.slice(separator + 2).trim();
  const targets = list
    .split(',')
    .map((t) => t.trim())
    .filter((t) => t !== '');
  return { targets, ...(reason ? { reason } : {}) };
}

/** A finding's rule is named by its id or by its family. */
export function targetMatches(target: string, ruleId: string): boolean {
  return target === ruleId || ruleId.startsWith(`${target}/`);
}

/**
 * Thrown when the review's time runs out while suppressions are found. Finding and matching
 * suppressions is linear, but on a file of 45,000 comments still takes seconds: a PR must not
 * be able to spend the budget here and still pass (issue 18).
 */
export class SuppressionsOutOfTime extends Error {
  constructor() {
    super("the review's time budget ran out while suppressions were read");
  }
}

/** Asked inside the loops here; never true when the review has no deadline. */
type Expired = () => boolean;
const NEVER: Expired = () => false;
/** Events between two looks at the clock while a file is re-parsed for its scalars. */
const EVENTS_PER_CLOCK_READ = 4096;

function annotationSuppressions(manifests: readonly Manifest[], expired: Expired): Suppression[] {
  return manifests.flatMap((m): Suppression[] => {
    const value = m.annotations[IGNORE_ANNOTATION];
    if (value === undefined) return [];
    if (expired()) throw new SuppressionsOutOfTime();
    const { doc, base } = m.ref;
    const at = doc.locate([...base, 'metadata', 'annotations', IGNORE_ANNOTATION]);
    const extent = doc.locate(base);
    return [
      {
        kind: 'annotation',
        location: {
          path: doc.path,
          startLine: at.start.line,
          endLine: at.start.line,
          startColumn: at.start.column,
          endColumn: at.end.line === at.start.line ? at.end.column : at.start.column,
        },
        ...parseDirective(value),
        covers: { path: doc.path, fromLine: extent.start.line, toLine: Math.max(extent.end.line, extent.start.line) },
        object: { kind: m.kind, name: m.name, ...(m.namespace !== undefined ? { namespace: m.namespace } : {}) },
      },
    ];
  });
}

/**
 * Source ranges of every scalar (quoted and block scalars included), so that a marker inside
 * a string is not taken for a comment: starts and ends in document order, which is ascending
 * and non-overlapping. Undefined when the file does not parse as a whole; then every marker
 * that YAML could read as a comment counts.
 */
function scalarRanges(text: string, expired: Expired): { starts: number[]; ends: number[] } | undefined {
  const starts: number[] = [];
  const ends: number[] = [];
  let events = 0;
  let outOfTime = false;
  try {
    for (const ev of parseEvents(text, {})) {
      if (++events % EVENTS_PER_CLOCK_READ === 0 && expired()) {
        outOfTime = true;
        break;
      }
      if (ev.type === EVENT_ID.SCALAR && ev.valueEnd > ev.valueStart) {
        starts.push(ev.valueStart);
        ends.push(ev.valueEnd);
      }
    }
  } catch {
    return undefined;
  }
  // Thrown outside the try: running out of time is not a file that fails to parse.
  if (outOfTime) throw new SuppressionsOutOfTime();
  return { starts, ends };
}

/** Index of the last of the ascending `sorted` that is at most `value`, or -1: one binary search for both lookups here. */
function lastAtMost(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  let last = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] ?? 0) <= value) {
      last = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return last;
}

/** Is `at` inside one of the ranges? (A linear scan per comment made 45,000 comments take minutes.) */
function insideScalar(ranges: { starts: number[]; ends: number[] }, at: number): boolean {
  const last = lastAtMost(ranges.starts, at);
  return last >= 0 && at < (ranges.ends[last] ?? 0);
}

const COMMENT = new RegExp(`(^|[ \\t])#[ \\t]*${IGNORE_COMMENT}(?=[ \\t]|$)(.*)$`);
const BLANK_OR_COMMENT = /^\s*(#.*)?$/;

function commentSuppressions(file: LoadedFile, expired: Expired): Suppression[] {
  // Most files never mention the marker: skip them before splitting lines or re-parsing. A file
  // that let its text go after the load never did (src/load/yaml.ts, releaseText).
  const text = file.text;
  if (text === undefined || !text.includes(IGNORE_COMMENT)) return [];
  if (expired()) throw new SuppressionsOutOfTime();
  // In Terraform only real comments count (not a marker inside a string or heredoc).
  const terraformComments = isTerraformPath(file.path) ? new Set(terraformSupport()?.terraformCommentStarts(text) ?? []) : undefined;
  const ranges = terraformComments ? undefined : scalarRanges(text, expired);
  const lines = text.split('\n');
  // The next line with content at or after each line, computed once from the end: stacked
  // comments each searching forward were quadratic.
  let nextContent: Int32Array | undefined;
  const contentFrom = (i: number): number => {
    if (!nextContent) {
      nextContent = new Int32Array(lines.length + 1);
      nextContent[lines.length] = lines.length;
      for (let k = lines.length - 1; k >= 0; k--) nextContent[k] = BLANK_OR_COMMENT.test(lines[k] ?? '') ? (nextContent[k + 1] ?? lines.length) : k;
    }
    return nextContent[i] ?? lines.length;
  };
  const out: Suppression[] = [];
  let offset = 0;
  lines.forEach((line, i) => {
    const lineStart = offset;
    offset += line.length + 1;
    if (!line.includes(IGNORE_COMMENT)) return;
    if (expired()) throw new SuppressionsOutOfTime();
    const match = COMMENT.exec(line.replace(/\r$/, ''));
    if (!match) return;
    const hash = match.index + (match[1] ?? '').length;
    const at = lineStart + hash;
    if (terraformComments ? !terraformComments.has(at) : ranges !== undefined && insideScalar(ranges, at)) return;
    const standalone = line.slice(0, hash).trim() === '';
    // A comment on its own line covers the next line with content (stacked comments share it).
    const target = standalone ? contentFrom(i + 1) : i;
    const text = line.replace(/\r$/, '');
    out.push({
      kind: 'comment',
      location: { path: file.path, startLine: i + 1, endLine: i + 1, startColumn: hash + 1, endColumn: text.length + 1 },
      ...parseDirective(match[2] ?? ''),
      covers: { path: file.path, fromLine: target + 1, toLine: target + 1 },
    });
  });
  return out;
}

/**
 * Every suppression written in the reviewed files: annotations on objects, then comments.
 * Throws SuppressionsOutOfTime once `expired` says the review's time is up.
 */
export function findSuppressions(files: readonly LoadedFile[], manifests: readonly Manifest[], expired: Expired = NEVER): Suppression[] {
  return [...annotationSuppressions(manifests, expired), ...files.flatMap((file) => commentSuppressions(file, expired))];
}

export interface SuppressionOutcome {
  kept: Finding[];
  suppressed: SuppressedFinding[];
  uses: SuppressionUse[];
  /**
   * The time ran out before every finding was matched: `uses` undercounts what the
   * suppressions would have matched, and the last `unchecked` findings are in `kept`
   * (reported, as if no suppression covered them).
   */
  stopped: boolean;
  unchecked: number;
}

/**
 * Splits findings into those reported and those a suppression covers, and records what each
 * suppression's targets matched. `ran` are the ids of the rules whose findings are given;
 * `known` every rule id that exists (a target naming none of them is `unknown`).
 */
export function applySuppressions(
  findings: readonly Finding[],
  suppressions: readonly Suppression[],
  ran: readonly string[],
  known: readonly string[],
  expired: Expired = NEVER,
): SuppressionOutcome {
  const counts = suppressions.map((s) => s.targets.map(() => 0));
  const kept: Finding[] = [];
  const suppressed: SuppressedFinding[] = [];
  const covering = coverIndex(suppressions);
  let unchecked = 0;
  for (const [index, finding] of findings.entries()) {
    // Out of time, the rest are reported: a finding only leaves the report when a suppression
    // was seen to cover it (fails closed; the caller adds the overrun error).
    if (suppressions.length > 0 && expired()) {
      unchecked = findings.length - index;
      kept.push(...findings.slice(index));
      break;
    }
    let by: Suppression | undefined;
    for (const i of covering(finding.path, finding.startLine)) {
      const s = suppressions[i];
      if (!s) continue;
      s.targets.forEach((t, j) => {
        if (!targetMatches(t, finding.rule)) return;
        const row = counts[i];
        if (row) row[j] = (row[j] ?? 0) + 1;
        by ??= s;
      });
    }
    if (!by) {
      kept.push(finding);
      continue;
    }
    suppressed.push({
      ...finding,
      suppressedBy: { kind: by.kind, path: by.location.path, line: by.location.startLine, ...(by.reason !== undefined ? { reason: by.reason } : {}) },
    });
  }
  const uses = suppressions.map((s, i): SuppressionUse => ({
    suppression: s,
    targets: s.targets.map((target, j) => {
      const count = counts[i]?.[j] ?? 0;
      const status: TargetStatus = !known.some((id) => targetMatches(target, id))
        ? 'unknown'
        : count > 0
          ? 'used'
          : ran.some((id) => targetMatches(target, id))
            ? 'unused'
            : 'not-run';
      return { target, status, count };
    }),
  }));
  return { kept, suppressed, uses, stopped: unchecked > 0, unchecked };
}

/**
 * The suppressions covering a line of a file, in their original order, without scanning them
 * all for every finding: per file, sorted by first line, with the running maximum of last lines
 * so the backward scan stops as soon as nothing earlier can reach the line.
 */
function coverIndex(suppressions: readonly Suppression[]): (path: string, line: number) => number[] {
  const byPath = new Map<string, { order: number[]; from: number[]; reach: number[] }>();
  suppressions.forEach((s, i) => {
    const entry = byPath.get(s.covers.path) ?? { order: [], from: [], reach: [] };
    entry.order.push(i);
    byPath.set(s.covers.path, entry);
  });
  for (const entry of byPath.values()) {
    entry.order.sort((a, b) => (suppressions[a]?.covers.fromLine ?? 0) - (suppressions[b]?.covers.fromLine ?? 0) || a - b);
    let reach = -Infinity;
    for (const i of entry.order) {
      const covers = suppressions[i]?.covers;
      entry.from.push(covers?.fromLine ?? 0);
      reach = Math.max(reach, covers?.toLine ?? 0);
      entry.reach.push(reach);
    }
  }
  return (path, line) => {
    const entry = byPath.get(path);
    if (!entry) return [];
    const hits: number[] = [];
    for (let k = lastAtMost(entry.from, line); k >= 0 && (entry.reach[k] ?? 0) >= line; k--) {
      const i = entry.order[k] ?? 0;
      if ((suppressions[i]?.covers.toLine ?? 0) >= line) hits.push(i);
    }
    return hits.sort((a, b) => a - b);
  };
}
