import type { Finding } from '../findings.js';
import { GitError } from '../collect/git.js';
import { reviewChange as engineReviewChange } from '../engine/change.js';
import type { LoadedTree } from '../engine/review.js';
import type { HelmSettings } from '../load/helm.js';
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
  /** Reading and parsing stop after this long; the files left are skipped with a notice. */
  timeBudgetMs?: number;
  /** Undefined when there is no change to compare with: every finding is reported. */
  change?: ChangeUnderReview;
  /** How Helm charts are rendered (the `helm-render` input). */
  helm?: HelmSettings;
}

export interface ChangeReviewResult {
  /** What the filter keeps: these are annotated, counted and gate the job. */
  reported: Finding[];
  /** Every finding of the whole-tree review. */
  all: Finding[];
  /** Findings the repository suppresses with a reason (counted in the summary, never reported). */
  suppressed: number;
  filesReviewed: number;
  documents: number;
  /** Why the review could not compare with the base, when it could not. */
  notes: string[];
}

/**
 * The whole tree is always reviewed (node groups, DaemonSets and the cluster version rarely sit
 * in the diff); the base commit, read from git, feeds the rules that compare revisions and the
 * `new` filter; the pull request's own file list decides what `changed` means, because the
 * checkout of a pull request is a merge commit whose diff would include the base branch's news.
 */
export function reviewChange(request: ChangeReviewRequest): ChangeReviewResult {
  const options = {
    cwd: request.workspace,
    workspace: request.workspace,
    paths: request.paths.length ? request.paths : ['.'],
    ...(request.configPath !== undefined ? { config: request.configPath } : {}),
    ...(request.timeBudgetMs !== undefined ? { timeBudgetMs: request.timeBudgetMs } : {}),
    ...(request.helm ? { helm: request.helm } : {}),
  };
  const shape = (result: { findings: Finding[]; unfiltered: Finding[]; suppressed: Finding[]; tree: LoadedTree }, reported: Finding[], notes: string[]): ChangeReviewResult => ({
    reported,
    all: result.unfiltered,
    suppressed: result.suppressed.length,
    filesReviewed: result.tree.files.length,
    documents: result.tree.files.reduce((n, f) => n + f.documents.length, 0),
    notes,
  });
  const change = request.change;
  if (change === undefined) {
    const result = engineReviewChange({ ...options, filter: 'all' });
    return shape(result, result.findings, []);
  }
  const changedFiles = new Set(change.changedFiles.map((f) => f.path));
  try {
    const result = engineReviewChange({ ...options, baseRef: change.baseSha, filter: request.filter, changedFiles });
    return shape(result, result.findings, []);
  } catch (error) {
    if (!(error instanceof GitError)) throw error;
    // Without the base commit (a shallow clone), upgrade checks lose their comparison and
    // `new` falls back to `changed`: more is reported, never less.
    const result = engineReviewChange({ ...options, filter: 'all' });
    return shape(result, filterToChange(result.findings, request.filter, change), [
      `The base commit ${change.baseSha.slice(0, 12)} is not in the checkout (${error.message}), so checks that compare with the base did not run and \`${request.filter}\` reported every finding in the changed files; check out with \`fetch-depth: 0\` to compare.`,
    ]);
  }
}

/**
 * Used only when the base commit cannot be read: every finding in a file the change added or
 * modified (`new` cannot tell old findings from new ones without the base, so it reports like
 * `changed`).
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
