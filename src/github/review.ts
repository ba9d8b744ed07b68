import type { Finding } from '../findings.js';
import { reviewPaths } from '../engine/review.js';
import { touchesChangedLines, type ChangedFile } from './diff.js';
import type { FilterMode } from './settings.js';

/** "Review this change": the one call the action makes into the engine. */
export interface ChangeUnderReview {
  baseSha: string;
  headSha: string;
  changedFiles: readonly ChangedFile[];
}

export interface ChangeReviewRequest {
  /** The checkout; finding paths are relative to it. */
  workspace: string;
  /** What to collect, relative to the workspace ([] = everything). The model is always built from all of it. */
  paths: readonly string[];
  configPath?: string;
  filter: FilterMode;
  /** Undefined when there is no change to compare with: every finding is reported. */
  change?: ChangeUnderReview;
}

export interface ChangeReviewResult {
  /** What the filter keeps: these are annotated, counted and gate the job. */
  reported: Finding[];
  /** Every finding of the whole-tree review. */
  all: Finding[];
  filesReviewed: number;
  documents: number;
}

export function reviewChange(request: ChangeReviewRequest): ChangeReviewResult {
  const result = reviewPaths({
    cwd: request.workspace,
    workspace: request.workspace,
    paths: request.paths.length ? request.paths : ['.'],
  });
  return {
    reported: filterToChange(result.findings, request.filter, request.change),
    all: result.findings,
    filesReviewed: result.tree.files.length,
    documents: result.tree.files.reduce((n, f) => n + f.documents.length, 0),
  };
}

/**
 * INTERIM — replace with the shared `--base-ref`/`--filter` implementation (branch skew) when
 * merging. Without a base model, `new` cannot tell which findings were already there, so it
 * reports like `changed` (never hides a finding the real `new` would show in a changed file):
 * every finding in a file the change added or modified.
 */
export function filterToChange(findings: readonly Finding[], filter: FilterMode, change: ChangeUnderReview | undefined): Finding[] {
  if (filter === 'all' || change === undefined) return [...findings];
  const changed = new Set(change.changedFiles.map((f) => f.path));
  return findings.filter((f) => changed.has(f.path));
}

/** A test for "this finding sits on lines the change added or edited" (false without a change). */
export function onChangedLines(change: ChangeUnderReview | undefined): (finding: Finding) => boolean {
  const byPath = new Map(change?.changedFiles.map((f) => [f.path, f.lines]));
  return (finding) => {
    const lines = byPath.get(finding.path);
    return lines !== undefined && touchesChangedLines(lines, finding.startLine, finding.endLine);
  };
}
