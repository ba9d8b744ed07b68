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
 * `reported` is a subset of `unfiltered` (the filter only removes).
 */
export function unreportedSentence(reported: readonly Finding[], unfiltered: readonly Finding[], filter: FilterMode): string | undefined {
  if (filter === 'all' || unfiltered.length <= reported.length) return undefined;
  const all = countBySeverity(unfiltered);
  const shown = countBySeverity(reported);
  const left = severityList({ error: all.error - shown.error, warning: all.warning - shown.warning, notice: all.notice - shown.notice });
  const where = filter === 'new' ? 'that the base already had' : 'elsewhere in the tree';
  const clean = reported.length === 0 ? `No ${filter === 'new' ? 'new ' : ''}findings in this change; ` : '';
  const verb = all.error + all.warning + all.notice - reported.length === 1 ? 'is' : 'are';
  return `${clean}${left} ${where} ${verb} not reported (see \`filter\`).`;
}
