/**
 * A review of a change: the tree as it is (working tree / PR head) against a base revision read
 * from git. Used by the CLI (`--base-ref`) and by the action with the pull request's base SHA.
 */
import { collectFiles, type CollectOptions } from '../collect/collect.js';
import { changedFilesSince, readTreeAt, resolveCommit } from '../collect/git.js';
import type { Finding } from '../findings.js';
import type { LoadLimits } from '../load/types.js';
import { filterFindings, type FilterMode } from './filter.js';
import { loadTree, reviewPaths, runRules, type LoadedTree } from './review.js';

export interface ChangeReviewOptions extends Omit<CollectOptions, 'paths'> {
  paths?: readonly string[];
  /** Git revision of the change's base (a branch, tag or SHA); without it, the tree alone is reviewed. */
  baseRef?: string;
  /** Default: `changed` with a base, `all` without. `new` and `changed` need a base. */
  filter?: FilterMode;
  now?: Date;
  limits?: LoadLimits;
}

export interface ChangeReviewResult {
  /** The findings to report, after the filter. */
  findings: Finding[];
  /** Every finding of the head, before the filter. */
  unfiltered: Finding[];
  tree: LoadedTree;
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
    const { findings, tree } = reviewPaths({ ...options, paths, now });
    return { findings, unfiltered: findings, tree, filter };
  }
  const collected = collectFiles({ ...options, paths });
  const tree = loadTree(collected.files, collected.findings, options.limits);

  const commit = resolveCommit(options.cwd, options.baseRef);
  const baseCollected = readTreeAt(commit, {
    cwd: options.cwd,
    paths,
    ...(options.include ? { include: options.include } : {}),
    ...(options.exclude ? { exclude: options.exclude } : {}),
    ...(options.maxFileBytes !== undefined ? { maxFileBytes: options.maxFileBytes } : {}),
  });
  const baseTree = loadTree(baseCollected.files, baseCollected.findings, options.limits);
  const baseFindings = runRules(baseTree, { now });
  const unfiltered = runRules(tree, { now, baseModel: baseTree.model });
  const changedFiles = changedFilesSince(commit, options.cwd);
  return {
    findings: filterFindings(unfiltered, baseFindings, filter, changedFiles),
    unfiltered,
    tree,
    filter,
    base: { commit, tree: baseTree, findings: baseFindings, changedFiles },
  };
}
