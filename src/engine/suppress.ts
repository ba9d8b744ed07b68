import { EVENT_ID, parseEvents } from '../load/js-yaml.js';
import type { Finding } from '../findings.js';
import type { LoadedFile } from '../load/types.js';
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

function annotationSuppressions(manifests: readonly Manifest[]): Suppression[] {
  return manifests.flatMap((m): Suppression[] => {
    const value = m.annotations[IGNORE_ANNOTATION];
    if (value === undefined) return [];
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
 * a string is not taken for a comment. Undefined when the file does not parse as a whole;
 * then every marker that YAML could read as a comment counts.
 */
function scalarRanges(text: string): [number, number][] | undefined {
  try {
    return parseEvents(text, {}).flatMap((ev) => (ev.type === EVENT_ID.SCALAR && ev.valueEnd > ev.valueStart ? [[ev.valueStart, ev.valueEnd] as [number, number]] : []));
  } catch {
    return undefined;
  }
}

const COMMENT = new RegExp(`(^|[ \\t])#[ \\t]*${IGNORE_COMMENT}(?=[ \\t]|$)(.*)$`);
const BLANK_OR_COMMENT = /^\s*(#.*)?$/;

function commentSuppressions(file: LoadedFile): Suppression[] {
  // Most files never mention the marker: skip them before splitting lines or re-parsing.
  if (!file.text.includes(IGNORE_COMMENT)) return [];
  const ranges = scalarRanges(file.text);
  const lines = file.text.split('\n');
  const out: Suppression[] = [];
  let offset = 0;
  lines.forEach((line, i) => {
    const lineStart = offset;
    offset += line.length + 1;
    const match = COMMENT.exec(line.replace(/\r$/, ''));
    if (!match) return;
    const hash = match.index + (match[1] ?? '').length;
    const at = lineStart + hash;
    if (ranges?.some(([start, end]) => at >= start && at < end)) return;
    const standalone = line.slice(0, hash).trim() === '';
    let target = i;
    if (standalone) {
      // A comment on its own line covers the next line with content (stacked comments share it).
      target = i + 1;
      while (target < lines.length && BLANK_OR_COMMENT.test(lines[target] ?? '')) target++;
    }
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

/** Every suppression written in the reviewed files: annotations on objects, then comments. */
export function findSuppressions(files: readonly LoadedFile[], manifests: readonly Manifest[]): Suppression[] {
  return [...annotationSuppressions(manifests), ...files.flatMap(commentSuppressions)];
}

export interface SuppressionOutcome {
  kept: Finding[];
  suppressed: SuppressedFinding[];
  uses: SuppressionUse[];
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
): SuppressionOutcome {
  const counts = suppressions.map((s) => s.targets.map(() => 0));
  const kept: Finding[] = [];
  const suppressed: SuppressedFinding[] = [];
  for (const finding of findings) {
    let by: Suppression | undefined;
    suppressions.forEach((s, i) => {
      if (s.covers.path !== finding.path || finding.startLine < s.covers.fromLine || finding.startLine > s.covers.toLine) return;
      s.targets.forEach((t, j) => {
        if (!targetMatches(t, finding.rule)) return;
        const row = counts[i];
        if (row) row[j] = (row[j] ?? 0) + 1;
        by ??= s;
      });
    });
    if (!by) {
      kept.push(finding);
      continue;
    }
    suppressed.push({
      ...finding,
      suppressedBy: { kind: by.kind, path: by.location.path, line: by.location.startLine, ...(by.reason !== undefined ? { reason: by.reason } : {}) },
    });
  }
  const uses = suppressions.map(
    (s, i): SuppressionUse => ({
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
    }),
  );
  return { kept, suppressed, uses };
}
