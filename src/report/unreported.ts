import type { FilterMode } from '../engine/filter.js';
import type { Finding, Severity } from '../findings.js';
import { countBySeverity } from './text.js';

const ORDER: readonly Severity[] = ['error', 'warning', 'notice'];

/** "2 errors and 1 warning": the severities present, most severe first. */
function severityList(counts: Record<Severity, number>): string {
  const parts = ORDER.filter((s) => counts[s] > 0).map((s) => `${counts[s]} ${s}${counts[s] === 1 ? '' : 's'}`);
  return parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

/**
 * The one sentence that says what the filter left out, for every surface (job summary, check run,
 * log): a clean run must not read as a clean tree. Undefined when nothing was left out.
 * `reported` is a subset of `unfiltered` (the filter only removes). `complete` false: `unfiltered`
 * holds only the head findings the change can affect (src/engine/change.ts `computed`), the
 * others were never computed, and the sentence says so rather than count them as none.
 */
export function unreportedSentence(reported: readonly Finding[], unfiltered: readonly Finding[], filter: FilterMode, complete = true): string | undefined {
  if (filter === 'all') return undefined;
  const notComputed = 'findings of what this change cannot affect were not computed';
  if (unfiltered.length <= reported.length) {
    if (complete) return undefined;
    const clean = reported.length === 0 ? `No ${filter === 'new' ? 'new ' : ''}findings in this change; ` : '';
    const sentence = `${clean}${notComputed} (see \`filter\`).`;
    return sentence.charAt(0).toUpperCase() + sentence.slice(1);
  }
  const all = countBySeverity(unfiltered);
  const shown = countBySeverity(reported);
  const left = severityList({ error: all.error - shown.error, warning: all.warning - shown.warning, notice: all.notice - shown.notice });
  const where = filter === 'new' ? 'that the base already had' : 'elsewhere in the tree';
  const clean = reported.length === 0 ? `No ${filter === 'new' ? 'new ' : ''}findings in this change; ` : '';
  const verb = all.error + all.warning + all.notice - reported.length === 1 ? 'is' : 'are';
  return `${clean}${left} ${where} ${verb} not reported${complete ? '' : `, and ${notComputed}`} (see \`filter\`).`;
}
