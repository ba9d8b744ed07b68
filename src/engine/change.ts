/**
 * A review of a change: the tree as it is (working tree / PR head) against a base revision read
 * from git. Used by the CLI (`--base-ref`) and by the action with the pull request's base SHA.
 */
import { changedFilesSince, readTreeAt, resolveCommit } from '../collect/git.js';
import type { Finding } from '../findings.js';
import { filterFindings, type FilterMode } from './filter.js';
import { loadTree, loadWorkingTree, reviewPaths, reviewTree, setupReview, type LoadedTree, type ReviewOptions } from './review.js';
import type { Config } from '../config/types.js';

export interface ChangeReviewOptions extends ReviewOptions {
  /** Git revision of the change's base (a branch, tag or SHA); without it, the tree alone is reviewed. */
  baseRef?: string;
  /** Default: `changed` with a base, `all` without. `new` and `changed` need a base. */
  filter?: FilterMode;
  /**
   * The files the change touched, relative to `cwd`, when the caller knows better than a git
   * diff of the working tree (a pull request's file list: its checkout is a merge commit).
   */
  changedFiles?: ReadonlySet<string>;
}

export interface ChangeReviewResult {
  /** The findings to report, after the filter. */
  findings: Finding[];
  /** Every finding of the head, before the filter. */
  unfiltered: Finding[];
  /** Findings the reviewed files suppress (annotations, comments), not reported. */
  suppressed: Finding[];
  tree: LoadedTree;
  config: Config;
  filter: FilterMode;
  /** Present when a base was given. */
  base?: {
    commit: string;
    tree: LoadedTree;
    /** Every finding of the base revision, unfiltered. */
    findings: Finding[];
    /** Files changed since the base, relative to `cwd`. */
    changedFiles: ReadonlySet<string>;
  };
}

/**
 * Collect → load → model → rules for the head and, with `baseRef`, for the base revision too
 * (read with git, no checkout): rules that compare revisions get the base model, and the
 * filter keeps what the change introduced. Throws GitError for a bad ref or repository.
 */
export function reviewChange(options: ChangeReviewOptions): ChangeReviewResult {
  const paths = options.paths ?? ['.'];
  const filter = options.filter ?? (options.baseRef !== undefined ? 'changed' : 'all');
  if (options.baseRef === undefined && filter !== 'all') throw new Error(`filter "${filter}" needs a base revision to compare with`);
  const now = options.now ?? new Date();
  if (options.baseRef === undefined) {
    const { findings, suppressed, tree, config } = reviewPaths({ ...options, paths, now });
    return { findings, unfiltered: findings, suppressed, tree, config, filter };
  }
  // The head's config judges both revisions, so a finding differs only because the manifests did.
  const setup = setupReview(options);
  const tree = loadWorkingTree({ ...options, paths }, setup);

  const commit = resolveCommit(options.cwd, options.baseRef);
  const baseCollected = readTreeAt(commit, {
    cwd: options.cwd,
    paths,
    ...(setup.include ? { include: setup.include } : {}),
    exclude: setup.exclude,
    ...(options.maxFileBytes !== undefined ? { maxFileBytes: options.maxFileBytes } : {}),
  });
  const baseFiles = baseCollected.files.filter((f) => f.path !== setup.configPath);
  const baseTree = loadTree(baseFiles, baseCollected.findings, options.limits, { config: setup.config });
  const baseFindings = reviewTree(baseTree, { now }).findings;
  const run = reviewTree(tree, { now, baseModel: baseTree.model });
  const changedFiles = options.changedFiles ?? changedFilesSince(commit, options.cwd);
  return {
    findings: filterFindings(run.findings, baseFindings, filter, changedFiles),
    unfiltered: run.findings,
    suppressed: run.suppressed,
    tree,
    config: setup.config,
    filter,
    base: { commit, tree: baseTree, findings: baseFindings, changedFiles },
  };
}
