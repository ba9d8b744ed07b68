/**
 * A review of a change: the tree as it is (working tree / PR head) against a base revision read
 * from git. Used by the CLI (`--base-ref`) and by the action with the pull request's base SHA.
 */
import { changedFilesSince, GitError, locateCommit, readTreeAt } from '../collect/git.js';
import { compareFindings, type Finding } from '../findings.js';
import { Budget, isIncomplete } from './budget.js';
import { DEFAULT_LOAD_LIMITS, type LoadedFile, type LoadLimits, type SourceFile } from '../load/types.js';
import { RULES } from '../rules/index.js';
import { shareAnalysisFacts } from '../rules/memory-budget/_analysis.js';
import type { Rule } from '../rules/types.js';
import { isKustomizationPath } from '../load/kustomize/index.js';
import { reducedModels } from './affected.js';
import { chartFilesToReread, configuredKubeVersion, prepareBaseCharts } from './charts.js';
import { filterFindings, inChangedFiles, type FilterMode } from './filter.js';
import { SuppressionsOutOfTime, targetMatches } from './suppress.js';
import {
  budgetOf,
  loadTree,
  loadWorkingTree,
  reviewPaths,
  reviewTree,
  setupReview,
  treeSuppressions,
  type LoadedTree,
  type ReviewOptions,
  type RuleRun,
} from './review.js';
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
  /**
   * Read every base file from git and run every rule on both whole revisions, as a review
   * without shortcuts would: the reference the shortcuts are tested against.
   */
  exhaustive?: boolean;
  /**
   * When the base commit cannot be read (a shallow clone), review the tree alone and report,
   * unless the filter is `all`, every finding in `changedFiles`, with a note saying so, instead
   * of throwing GitError. The action wants this; the CLI reports a bad `--base-ref` instead.
   */
  fallBackWithoutBase?: boolean;
}

export interface ChangeReviewResult {
  /** The findings to report, after the filter. */
  findings: Finding[];
  /**
   * Every finding of the head, before the filter (computed when first read: with the change's
   * shortcuts, that is the rules run again on the whole head, as long as a full review's rules).
   */
  unfiltered: Finding[];
  /**
   * The head findings this review computed anyway, free to read: `unfiltered` when `complete`;
   * with the change's shortcuts only those that the change can affect, which include every
   * finding reported (the others are the same in the base, so never reported).
   */
  computed: { readonly findings: Finding[]; readonly complete: boolean };
  /** Findings the reviewed files suppress (annotations, comments), not reported. */
  suppressed: Finding[];
  tree: LoadedTree;
  config: Config;
  filter: FilterMode;
  filesReviewed: number;
  documents: number;
  /** Why the review could not do what was asked (compare with the base), when it could not. */
  notes: string[];
  /**
   * What the change's review left alone, when it could (src/engine/affected.ts): the files the
   * rules of reach `context`/`object` read whole, and the scopes rules of reach `scope` were
   * rerun on, of all the tree's. Absent when every rule read everything.
   */
  shortcuts?: { readonly filesReadWhole: number; readonly files: number; readonly scopesRechecked: number; readonly scopes: number };
  /** Present when a base was given and read. */
  base?: {
    commit: string;
    tree: LoadedTree;
    /** Every finding of the base revision, unfiltered (computed when first read). */
    findings: Finding[];
    /** Files changed since the base, relative to `cwd`. */
    changedFiles: ReadonlySet<string>;
  };
}

/**
 * Collect → load → model → rules for the head and, with `baseRef`, for the base revision too
 * (read with git, no checkout): rules that compare revisions get the base model, and the
 * filter keeps what the change introduced. Throws GitError for a bad ref or repository.
 *
 * Two shortcuts make a small change's review cheaper than a full one, with the same result:
 * base files that git says are unchanged are not read again but share the head's loaded
 * file; and unless the filter is `all` or the change touches context (src/engine/affected.ts),
 * rules of reach `context` and `object` run only on what the change can affect, since their
 * other findings are the same in both revisions and so never reported.
 */
export function reviewChange(given: ChangeReviewOptions): ChangeReviewResult {
  // One allowance for the attempt and the fallback: a missing base must not double the time.
  const options = { ...given, budget: budgetOf(given) };
  if (!options.fallBackWithoutBase || options.baseRef === undefined) return reviewWithBase(options);
  try {
    return reviewWithBase(options);
  } catch (error) {
    if (!(error instanceof GitError)) throw error;
    // Upgrade checks lose their comparison and `new` falls back to `changed`: more is reported, never less.
    const { baseRef, filter = 'changed', ...rest } = options;
    const whole = reviewWithBase({ ...rest, filter: 'all' });
    const note =
      `The base commit ${baseRef.slice(0, 12)} is not in the checkout (${error.message}), so checks that compare with the base did not run` +
      ` and \`${filter}\` reported every finding in the changed files; check out with \`fetch-depth: 0\` to compare.`;
    return filter === 'all' || options.changedFiles === undefined
      ? { ...whole, notes: [note] }
      : { ...whole, findings: inChangedFiles(whole.findings, options.changedFiles), filter, notes: [note] };
  }
}

function reviewWithBase(options: ChangeReviewOptions): ChangeReviewResult {
  const paths = options.paths ?? ['.'];
  const filter = options.filter ?? (options.baseRef !== undefined ? 'changed' : 'all');
  if (options.baseRef === undefined && filter !== 'all') throw new Error(`filter "${filter}" needs a base revision to compare with`);
  const now = options.now ?? new Date();
  const budget = budgetOf(options);
  if (options.baseRef === undefined) {
    const { findings, suppressed, tree, config } = reviewPaths({
      ...options,
      paths,
      now,
      budget,
      ...(options.changedFiles ? { priority: options.changedFiles } : {}),
    });
    return { findings, unfiltered: findings, computed: { findings, complete: true }, suppressed, tree, config, filter, ...sizeOf(tree), notes: [] };
  }
  // Git first: it is cheap, a bad ref fails before any parsing, and it says which files to read first.
  const { commit, root } = locateCommit(options.cwd, options.baseRef);
  const differing = changedFilesSince(commit, options.cwd, root);
  const changedFiles = options.changedFiles ?? differing;
  // The head's config judges both revisions, so a finding differs only because the manifests did.
  const setup = setupReview(options);
  const tree = loadWorkingTree({ ...options, paths, budget, priority: changedFiles }, setup, { releaseAsRead: releasesAsRead(options, differing) });

  const headFiles = new Map(tree.files.map((f) => [f.path, f]));
  // A chart renders from all of its files: when one changed, its unchanged templates render differently too.
  const rerender = chartFilesToReread(tree.files, differing, options.cwd, setup.config.helm);
  const baseCollected = readTreeAt(commit, {
    cwd: options.cwd,
    root,
    paths,
    ...(setup.include ? { include: setup.include } : {}),
    exclude: setup.exclude,
    ...(options.maxFileBytes !== undefined ? { maxFileBytes: options.maxFileBytes } : {}),
    ...(options.exhaustive ? {} : { reuse: new Set([...headFiles.keys()].filter((p) => !differing.has(p) && !rerender.has(p))) }),
  });
  const kubeVersion = configuredKubeVersion(setup.config);
  const baseCharts = prepareBaseCharts(baseCollected.files, {
    cwd: options.cwd,
    repositoryRoot: root,
    commit,
    settings: options.helm ?? { render: true },
    ...(setup.config.helm ? { config: setup.config.helm } : {}),
    ...(kubeVersion ? { kubeVersion } : {}),
  });
  const baseSources: (SourceFile | LoadedFile)[] = [...baseCharts.sources, ...baseCollected.reused.flatMap((p) => headFiles.get(p) ?? [])];
  baseSources.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const baseFiles = baseSources.filter((f) => f.path !== setup.configPath);
  // The base obeys the same budget: a PR must not buy time by making its base slow to read. A
  // base file over a loader limit is a notice: it only loses old findings to pair with (more is
  // reported, never less), and must not fail the change that fixes it.
  const baseLimits: LoadLimits = { ...(options.limits ?? DEFAULT_LOAD_LIMITS), overLimit: 'notice' };
  const baseTree = loadTree(baseFiles, [...baseCollected.findings, ...baseCharts.findings], baseLimits, {
    config: setup.config,
    budget,
    priority: changedFiles,
  });

  const fullHead = once(() => reviewTree(tree, { now, baseModel: baseTree.model, budget }));
  const fullBase = once(() => reviewTree(baseTree, { now, budget }));
  const reduced = options.exhaustive || filter === 'all' ? undefined : reducedModels(tree, baseTree, changedFiles);
  // With the reduced models the context of both revisions is the same (reducedModels gives up
  // otherwise: the objects of unchanged files are the very same, built or rendered ones come from
  // unchanged inputs) and so is every leaf of an unchanged file: what memory-budget works out about
  // a workload or node group in one model holds in the others (tested against `exhaustive`, which shares nothing). Without this, node-overcommit (reach
  // `scope`) worked out every workload of the reached clusters once for the head and again for the base.
  if (reduced)
    shareAnalysisFacts([tree.model, baseTree.model, reduced.head, reduced.base, ...(reduced.scoped ? [reduced.scoped.head, reduced.scoped.base] : [])]);
  const head: RuleRun = reduced
    ? reviewTree(tree, { now, baseModel: baseTree.model, reduced: reduced.head, ...(reduced.scoped ? { scoped: reduced.scoped.head } : {}), budget })
    : fullHead();
  let base: RuleRun | undefined;
  if (options.exhaustive) base = fullBase();
  else if (filter !== 'all') {
    const rules = rulesForBase(head.findings, filter, changedFiles, baseTree, budget);
    base = rules.length
      ? reviewTree(baseTree, { now, rules, budget, ...(reduced ? { reduced: reduced.base } : {}), ...(reduced?.scoped ? { scoped: reduced.scoped.base } : {}) })
      : { findings: [], suppressed: [] };
  }
  // An overrun while reading or checking the base makes the comparison unreliable: it is reported with the head's.
  // Files the base shares with the head (loaded once) report their own problems in the head's review.
  const shared = new Set(baseCollected.reused);
  const baseOverrun = [...baseTree.inputFindings, ...(base?.findings ?? [])]
    .filter((f) => isIncomplete(f) && !shared.has(f.path))
    .map((f) => ({ ...f, message: `base revision ${commit.slice(0, 12)}: ${f.message}` }));
  return {
    findings: [...(base ? filterFindings(head.findings, base.findings, filter, changedFiles) : head.findings), ...baseOverrun].sort(compareFindings),
    // Without the shortcut, the run is the whole head's; with it, the findings it left out are in no reported file.
    get unfiltered() {
      return reduced ? fullHead().findings : head.findings;
    },
    computed: { findings: head.findings, complete: reduced === undefined },
    suppressed: head.suppressed,
    tree,
    config: setup.config,
    filter,
    ...sizeOf(tree),
    notes: [],
    ...(reduced
      ? {
          shortcuts: {
            filesReadWhole: reduced.affected.size,
            files: new Set([...tree.files, ...baseTree.files].map((f) => f.path)).size,
            scopesRechecked: reduced.scopes.reached,
            scopes: reduced.scopes.total,
          },
        }
      : {}),
    base: {
      commit,
      tree: baseTree,
      get findings() {
        return fullBase().findings;
      },
      changedFiles,
    },
  };
}

/**
 * Whether the head's values may be released as they are read (src/engine/review.ts, loadTree
 * `releaseAsRead`), as a full review does: the records made on the way serve every model of the
 * change (`documentObjects` caches them per document, and the base shares the head's loaded
 * files), and no rule reads what a release frees. Only a Kustomize build reads values again, and
 * the head's load keeps those of every file its own kustomizations name; while no kustomization
 * differs, the base's (the head's, or the same bytes read again) name the same files. Not in
 * the `exhaustive` review, the reference that keeps everything.
 */
function releasesAsRead(options: ChangeReviewOptions, differing: ReadonlySet<string>): boolean {
  return !options.exhaustive && ![...differing].some(isKustomizationPath);
}

/**
 * The rules worth running on the base. Its findings only pair with head findings of the same
 * rule, file and object, and only head findings in files not reported whole need a partner
 * (any file with `new`; with `changed`, those the change did not touch). Rules about
 * suppressions count what the suppressions hid, so when one of them is needed, so is every
 * rule a suppression of the base names.
 */
function rulesForBase(head: readonly Finding[], filter: FilterMode, changedFiles: ReadonlySet<string>, base: LoadedTree, budget: Budget): Rule[] {
  const needed = new Set(head.filter((f) => filter === 'new' || !changedFiles.has(f.path)).map((f) => f.rule));
  if (!RULES.some((r) => r.phase === 'after-suppressions' && needed.has(r.id))) return RULES.filter((r) => needed.has(r.id));
  let targets: string[];
  try {
    targets = treeSuppressions(base, () => budget.expired()).flatMap((s) => s.targets);
  } catch (error) {
    // Out of time: every rule, which the base's review then reports as not run (an overrun, never a pass).
    if (error instanceof SuppressionsOutOfTime) return [...RULES];
    throw error;
  }
  return RULES.filter((r) => needed.has(r.id) || (r.phase !== 'after-suppressions' && targets.some((t) => targetMatches(t, r.id))));
}

function sizeOf(tree: LoadedTree): { filesReviewed: number; documents: number } {
  return { filesReviewed: tree.files.length, documents: tree.files.reduce((n, f) => n + f.documents.length, 0) };
}

function once<T>(compute: () => T): () => T {
  let value: { result: T } | undefined;
  return () => (value ??= { result: compute() }).result;
}
