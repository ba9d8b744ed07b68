/**
 * Which findings of a change to report, given the findings of its base. Pure: the caller reads
 * git (src/collect/git.ts) and passes what it found.
 */
import type { Finding } from '../findings.js';
import { isIncomplete } from './budget.js';

/**
 * `new`: findings absent at the base; `changed`: the new ones plus every finding in a file the
 * change touched; `all`: everything.
 */
export type FilterMode = 'new' | 'changed' | 'all';

export const FILTER_MODES: readonly FilterMode[] = ['new', 'changed', 'all'];

/**
 * What makes a finding "the same" in two revisions: rule, file and the object it is about.
 * Lines are left out on purpose: an edit above an object moves its findings without changing them.
 */
export function findingKey(finding: Finding): string {
  const o = finding.object;
  return JSON.stringify([finding.rule, finding.path, o?.kind ?? '', o?.namespace ?? '', o?.name ?? '']);
}

/**
 * The head findings that have no counterpart at the base. One object can carry several findings
 * of a rule (one per container, say), so they are paired one to one: first those whose message
 * is unchanged, then the rest in order; head findings left unpaired are new.
 */
export function newFindings(head: readonly Finding[], base: readonly Finding[]): Finding[] {
  const unpaired = byFindingKey(base);
  const paired = new Set<Finding>();
  for (const [key, group] of byFindingKey(head)) {
    const candidates = unpaired.get(key) ?? [];
    for (const f of group) {
      const i = candidates.findIndex((b) => b.message === f.message);
      if (i >= 0) {
        candidates.splice(i, 1);
        paired.add(f);
      }
    }
    for (const f of group) {
      if (paired.has(f) || candidates.length === 0) continue;
      candidates.shift();
      paired.add(f);
    }
  }
  return head.filter((f) => !paired.has(f));
}

function byFindingKey(findings: readonly Finding[]): Map<string, Finding[]> {
  const groups = new Map<string, Finding[]>();
  for (const f of findings) {
    const key = findingKey(f);
    const list = groups.get(key);
    if (list) list.push(f);
    else groups.set(key, [f]);
  }
  return groups;
}

/** Applies `mode`; `changedFiles` are paths in the findings' coordinates (relative to the review root). */
export function filterFindings(head: readonly Finding[], base: readonly Finding[], mode: FilterMode, changedFiles: ReadonlySet<string>): Finding[] {
  if (mode === 'all') return [...head];
  const fresh = new Set(newFindings(head, base));
  // An overrun is about this review, not a file: reporting it only when "new" would let a base
  // that also ran out of time hide it.
  if (mode === 'new') return head.filter((f) => fresh.has(f) || isIncomplete(f));
  return head.filter((f) => fresh.has(f) || changedFiles.has(f.path) || isIncomplete(f));
}

/**
 * Every finding in a file the change added or modified: what `changed` and `new` can still
 * report when the base cannot be read (`new` cannot tell old findings from new ones without it).
 */
export function inChangedFiles(findings: readonly Finding[], changedFiles: ReadonlySet<string>): Finding[] {
  return findings.filter((f) => changedFiles.has(f.path) || isIncomplete(f));
}
