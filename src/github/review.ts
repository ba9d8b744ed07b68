import type { ChangeReviewResult } from '../engine/change.js';
import { reviewChange } from '../engine/change.js';
import type { PreparedReview, ReviewOptions } from '../engine/review.js';
import { prepareReview } from '../engine/terraform.js';
import type { FilterMode } from '../engine/filter.js';
import type { Finding } from '../findings.js';
import type { HelmSettings } from '../load/helm.js';
import { touchesChangedLines, type ChangedFile } from './diff.js';

/** The change a pull request or push makes, as the GitHub API and the checkout describe it. */
export interface ChangeUnderReview {
  baseSha: string;
  headSha: string;
  changedFiles: readonly ChangedFile[];
}

/** What the action asks the engine to review: its inputs, translated into engine options below. */
export interface PullRequestReviewRequest {
  /** The checkout; finding paths are relative to it. */
  workspace: string;
  /** What to collect, relative to the workspace ([] = everything). The model is always built from all of it. */
  paths: readonly string[];
  configPath?: string;
  filter: FilterMode;
  /** The whole review's time (head, base, rules); an overrun is an `input/incomplete` error (src/engine/budget.ts). */
  timeBudgetMs?: number;
  /** Undefined when there is no change to compare with: every finding is reported. */
  change?: ChangeUnderReview;
  /** How Helm charts are rendered (the `helm-render` input). */
  helm?: HelmSettings;
  /** The collection `prepareReviewOf(request)` made, reused instead of walking the tree again. */
  prepared?: PreparedReview;
}

function treeOptions(request: PullRequestReviewRequest): ReviewOptions & { cwd: string; paths: readonly string[] } {
  return {
    cwd: request.workspace,
    workspace: request.workspace,
    paths: request.paths.length ? request.paths : ['.'],
    ...(request.configPath !== undefined ? { config: request.configPath } : {}),
    ...(request.timeBudgetMs !== undefined ? { timeBudgetMs: request.timeBudgetMs } : {}),
    ...(request.helm ? { helm: request.helm } : {}),
  };
}

/** Collects the request's tree and loads Terraform support when it has Terraform files (see `prepareReview`). */
export function prepareReviewOf(request: PullRequestReviewRequest): Promise<PreparedReview> {
  return prepareReview(treeOptions(request));
}

/**
 * The whole tree is always reviewed (node groups, DaemonSets and the cluster version rarely sit
 * in the diff); the base commit, read from git, feeds the rules that compare revisions and the
 * `new` filter; the pull request's own file list decides what `changed` means, because the
 * checkout of a pull request is a merge commit whose diff would include the base branch's news.
 * A base commit missing from a shallow checkout degrades the review with a note (see the engine).
 */
export function reviewPullRequest(request: PullRequestReviewRequest): ChangeReviewResult {
  const options = { ...treeOptions(request), ...(request.prepared ? { prepared: request.prepared } : {}) };
  const change = request.change;
  if (change === undefined) return reviewChange({ ...options, filter: 'all' });
  return reviewChange({
    ...options,
    baseRef: change.baseSha,
    filter: request.filter,
    changedFiles: new Set(change.changedFiles.map((f) => f.path)),
    fallBackWithoutBase: true,
  });
}

/** A test for "this finding sits on lines the change added or edited" (false without a change). */
export function onChangedLines(change: ChangeUnderReview | undefined): (finding: Finding) => boolean {
  const byPath = new Map(change?.changedFiles.map((f) => [f.path, f.lines]));
  return (finding) => {
    const lines = byPath.get(finding.path);
    return lines !== undefined && touchesChangedLines(lines, finding.startLine, finding.endLine);
  };
}
