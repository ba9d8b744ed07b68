import { collectFiles, DEFAULT_EXCLUDE, type CollectOptions } from '../collect/collect.js';
import { checkConfigAgainstModel } from '../config/checks.js';
import { readConfig } from '../config/load.js';
import { ruleSettings } from '../config/settings.js';
import type { Config, RuleLevel } from '../config/types.js';
import { compareFindings, type Finding, type ObjectIdentity } from '../findings.js';
import { prepareCharts, type HelmSettings } from '../load/helm.js';
import { configuredKubeVersion, helmConfigFindings } from './charts.js';
import { loadFile } from '../load/yaml.js';
import { DEFAULT_LOAD_LIMITS, type LoadedFile, type LoadLimits, type SourceFile } from '../load/types.js';
import { buildModel } from '../model/build.js';
import type { Model, ModelObject } from '../model/types.js';
import { RULES } from '../rules/index.js';
import { RULE_FAMILIES, type Rule, type RuleContext, type RuleReport } from '../rules/types.js';
import type { SuppressionUse } from '../rules/suppressions.js';
import { applySuppressions, findSuppressions, type SuppressedFinding } from './suppress.js';

export interface LoadedTree {
  files: LoadedFile[];
  model: Model;
  /** Problems of collection and loading, positioned. */
  inputFindings: Finding[];
  /** The config the model was built with. */
  config?: Config;
}

/** Default total time for loading a tree; generous, so only pathological input reaches it. */
export const DEFAULT_TIME_BUDGET_MS = 10 * 60 * 1000;

export interface LoadTreeOptions {
  /** Adds its clusters and node groups to the model (pass the same config for a base and a head tree). */
  config?: Config;
  timeBudgetMs?: number;
}

/**
 * Parses files and builds their model: everything before the rules. Once `timeBudgetMs` is
 * spent, the files not yet read are skipped with a notice each, so a hostile tree ends the
 * review early instead of running into the job's timeout with nothing reported. Files already
 * loaded (a base revision's files that equal the head's) are taken as they are.
 */
export function loadTree(
  sources: readonly (SourceFile | LoadedFile)[],
  collectFindings: readonly Finding[] = [],
  limits: LoadLimits = DEFAULT_LOAD_LIMITS,
  { config, timeBudgetMs = DEFAULT_TIME_BUDGET_MS }: LoadTreeOptions = {},
): LoadedTree {
  const deadline = performance.now() + timeBudgetMs;
  const files: LoadedFile[] = [];
  const budgetFindings: Finding[] = [];
  for (const source of sources) {
    if (performance.now() > deadline) {
      budgetFindings.push({
        rule: 'input/skipped',
        severity: 'notice',
        path: source.path,
        startLine: 1,
        endLine: 1,
        message: `not reviewed: the review's time budget of ${Math.round(timeBudgetMs / 1000)} s ran out before this file`,
      });
      continue;
    }
    files.push('documents' in source ? source : loadFile(source, limits));
  }
  const model = buildModel(files, config);
  return {
    files,
    model,
    inputFindings: [
      ...collectFindings,
      ...files.flatMap((f) => f.findings),
      ...budgetFindings,
      ...(config ? checkConfigAgainstModel(config, model) : []),
    ],
    ...(config ? { config } : {}),
  };
}

export function identityOf(subject: ModelObject): ObjectIdentity {
  return { kind: subject.kind, name: subject.name, ...(subject.namespace !== undefined ? { namespace: subject.namespace } : {}) };
}

function toFinding(rule: Rule, report: RuleReport, level: RuleLevel | undefined): Finding {
  // A configured severity replaces the rule's, two-level rules included: the config is the user's word.
  const severity = level !== undefined && level !== 'off' ? level : (report.severity ?? rule.defaultSeverity);
  const details = report.details !== undefined ? { details: report.details } : {};
  if ('location' in report) {
    // Input rules pass whole findings as locations: take only the location from them.
    const { path, startLine, endLine, startColumn, endColumn } = report.location;
    return {
      rule: rule.id,
      severity,
      path,
      startLine,
      endLine,
      ...(startColumn !== undefined ? { startColumn } : {}),
      ...(endColumn !== undefined ? { endColumn } : {}),
      message: report.message,
      ...(report.object ? { object: report.object } : {}),
      ...details,
    };
  }
  const { doc, base } = report.subject.ref;
  const at = [...base, ...(report.at ?? ['metadata', 'name'])];
  // A rendered document's value may have been written elsewhere (a chart's values.yaml): point there.
  const origin = doc.origin?.(at);
  const range = origin?.range ?? doc.locate(at);
  return {
    rule: rule.id,
    severity,
    path: origin?.path ?? doc.path,
    startLine: range.start.line,
    endLine: Math.max(range.end.line, range.start.line),
    startColumn: range.start.column,
    endColumn: range.end.line === range.start.line ? Math.max(range.end.column, range.start.column) : range.start.column,
    message: report.message,
    object: identityOf(report.subject),
    ...details,
  };
}

export interface RunRulesOptions {
  rules?: readonly Rule[];
  baseModel?: Model;
  /**
   * The model rules of reach `context` and `object` read instead of the tree's: in a change's
   * review, its context plus the objects the change can affect (see src/engine/affected.ts).
   * Rules of reach `aggregate` read the whole model; suppressions are those of the whole tree.
   */
  reduced?: Model;
  now?: Date;
  options?: (rule: Rule) => Readonly<Record<string, unknown>>;
  /** Configured level of a rule: `off` does not run it, a severity replaces its findings'. */
  severity?: (rule: Rule) => RuleLevel | undefined;
}

export interface RuleRun {
  /** Findings to report: suppressions applied, sorted, without duplicates. */
  findings: Finding[];
  /** Findings a suppression covered: counted in summaries, not reported. */
  suppressed: SuppressedFinding[];
}

function runPhase(rules: readonly Rule[], tree: LoadedTree, opts: RunRulesOptions, suppressions?: readonly SuppressionUse[]): Finding[] {
  const findings: Finding[] = [];
  for (const rule of rules) {
    const context: RuleContext = {
      model: opts.reduced && (rule.reach ?? 'aggregate') !== 'aggregate' ? opts.reduced : tree.model,
      ...(opts.baseModel ? { baseModel: opts.baseModel } : {}),
      inputFindings: tree.inputFindings,
      options: opts.options?.(rule) ?? {},
      now: opts.now ?? new Date(),
      ...(suppressions ? { suppressions } : {}),
    };
    const level = opts.severity?.(rule);
    try {
      for (const report of rule.check(context)) findings.push(toFinding(rule, report, level));
    } catch (error) {
      findings.push({
        rule: rule.id,
        severity: 'error',
        path: '.',
        startLine: 1,
        endLine: 1,
        message: `internal error in rule ${rule.id}: ${error instanceof Error ? error.message : String(error)}; please report it`,
      });
    }
  }
  return findings;
}

/**
 * Runs every rule that is not `off` over the model, then applies the suppressions written in
 * the reviewed files, then runs the rules about suppressions. Severities and options come from
 * the tree's config unless `options` / `severity` are given. A rule that throws becomes one
 * error finding about itself rather than ending the review: one bad rule must not hide the others.
 */
export function reviewTree(tree: LoadedTree, explicit: RunRulesOptions = {}): RuleRun {
  const opts: RunRulesOptions = { ...(tree.config ? ruleSettings(tree.config) : {}), ...explicit };
  const given = opts.rules ?? RULES;
  const rules = given.filter((r) => opts.severity?.(r) !== 'off');
  const first = rules.filter((r) => r.phase !== 'after-suppressions');
  const last = rules.filter((r) => r.phase === 'after-suppressions');
  const found = dedupe(runPhase(first, tree, opts).sort(compareFindings));
  const known = [...RULE_FAMILIES, ...RULES.map((r) => r.id), ...given.map((r) => r.id)];
  const outcome = applySuppressions(
    found,
    // Findings about config node groups and clusters point into the config: its comments count too.
    findSuppressions(tree.config?.file ? [...tree.files, tree.config.file] : tree.files, tree.model.manifests),
    first.map((r) => r.id),
    known,
  );
  const about = runPhase(last, tree, opts, outcome.uses);
  return { findings: dedupe([...outcome.kept, ...about].sort(compareFindings)), suppressed: outcome.suppressed };
}

/** The findings to report (see `reviewTree`). */
export function runRules(tree: LoadedTree, opts: RunRulesOptions = {}): Finding[] {
  return reviewTree(tree, opts).findings;
}

function dedupe(sorted: Finding[]): Finding[] {
  return sorted.filter((f, i) => {
    const prev = sorted[i - 1];
    return !prev || compareFindings(prev, f) !== 0;
  });
}

export interface ReviewOptions extends Omit<CollectOptions, 'paths'> {
  paths?: readonly string[];
  now?: Date;
  limits?: LoadLimits;
  timeBudgetMs?: number;
  /** Config file relative to `cwd`; default `.github/manifest-review.yaml` when it exists. */
  config?: string;
  /** How Helm charts are rendered; default: with the helm on PATH, when there is one. */
  helm?: HelmSettings;
  /** Files loaded by the caller (`-`: manifests from stdin), reviewed with the tree. */
  extraFiles?: readonly LoadedFile[];
}

export interface ReviewResult extends RuleRun {
  tree: LoadedTree;
  config: Config;
}

/** What every review of a tree starts from: its config and the collection settings it implies. */
export interface ReviewSetup {
  config: Config;
  /** Problems of the config file itself, positioned. */
  configFindings: Finding[];
  /** The config file's path relative to `cwd`, when there is one: read as config, not reviewed. */
  configPath?: string;
  include?: readonly string[];
  exclude: readonly string[];
}

export function setupReview(options: ReviewOptions): ReviewSetup {
  const { config, findings, path } = readConfig(options.cwd, options.config);
  const include = options.include ?? config.paths.include;
  return {
    config,
    configFindings: findings,
    ...(path !== undefined ? { configPath: path } : {}),
    ...(include ? { include } : {}),
    exclude: [...(options.exclude ?? DEFAULT_EXCLUDE), ...(config.paths.exclude ?? [])],
  };
}

/** Collects and loads the working tree under `options.paths` with the setup's config. */
export function loadWorkingTree(options: ReviewOptions, setup: ReviewSetup): LoadedTree {
  const collected = collectFiles({
    ...options,
    paths: options.paths ?? ['.'],
    ...(setup.include ? { include: setup.include } : {}),
    exclude: setup.exclude,
  });
  const files = collected.files.filter((f) => f.path !== setup.configPath);
  const budgetMs = options.timeBudgetMs ?? DEFAULT_TIME_BUDGET_MS;
  const kubeVersion = configuredKubeVersion(setup.config);
  const started = Date.now();
  const charts = prepareCharts(files, {
    root: options.cwd,
    ...(options.workspace !== undefined ? { boundary: options.workspace } : {}),
    settings: options.helm ?? { render: true },
    ...(setup.config.helm ? { config: setup.config.helm } : {}),
    ...(kubeVersion ? { kubeVersion } : {}),
    deadline: started + budgetMs,
  });
  const inputFindings = [...collected.findings, ...setup.configFindings, ...helmConfigFindings(setup.config, options.cwd), ...charts.findings];
  return loadTree([...charts.sources, ...(options.extraFiles ?? [])], inputFindings, options.limits, {
    config: setup.config,
    // Rendering spent part of the budget: loading gets what is left (at least a moment, so it reports).
    timeBudgetMs: Math.max(1, budgetMs - (Date.now() - started)),
  });
}

/** The whole pipeline on a directory tree: config → collect → load → model → rules → suppressions. */
export function reviewPaths(options: ReviewOptions): ReviewResult {
  const setup = setupReview(options);
  const tree = loadWorkingTree(options, setup);
  const run = reviewTree(tree, options.now ? { now: options.now } : {});
  return { ...run, tree, config: setup.config };
}
