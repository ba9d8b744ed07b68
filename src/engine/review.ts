import { collectFiles, type CollectOptions } from '../collect/collect.js';
import { compareFindings, type Finding, type ObjectIdentity } from '../findings.js';
import { loadFile } from '../load/yaml.js';
import { DEFAULT_LOAD_LIMITS, type LoadedFile, type LoadLimits, type SourceFile } from '../load/types.js';
import { buildModel } from '../model/build.js';
import type { Model, ModelObject } from '../model/types.js';
import { RULES } from '../rules/index.js';
import type { Rule, RuleContext, RuleReport } from '../rules/types.js';

export interface LoadedTree {
  files: LoadedFile[];
  model: Model;
  /** Problems of collection and loading, positioned. */
  inputFindings: Finding[];
}

/** Default total time for loading a tree; generous, so only pathological input reaches it. */
export const DEFAULT_TIME_BUDGET_MS = 10 * 60 * 1000;

/**
 * Parses files and builds their model: everything before the rules. Once `timeBudgetMs` is
 * spent, the files not yet read are skipped with a notice each, so a hostile tree ends the
 * review early instead of running into the job's timeout with nothing reported.
 */
export function loadTree(
  sources: readonly SourceFile[],
  collectFindings: readonly Finding[] = [],
  limits: LoadLimits = DEFAULT_LOAD_LIMITS,
  timeBudgetMs: number = DEFAULT_TIME_BUDGET_MS,
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
    files.push(loadFile(source, limits));
  }
  return {
    files,
    model: buildModel(files),
    inputFindings: [...collectFindings, ...files.flatMap((f) => f.findings), ...budgetFindings],
  };
}

export function identityOf(subject: ModelObject): ObjectIdentity {
  return { kind: subject.kind, name: subject.name, ...(subject.namespace !== undefined ? { namespace: subject.namespace } : {}) };
}

function toFinding(rule: Rule, report: RuleReport): Finding {
  const severity = report.severity ?? rule.defaultSeverity;
  const details = report.details !== undefined ? { details: report.details } : {};
  if ('location' in report) {
    return {
      rule: rule.id,
      severity,
      ...report.location,
      message: report.message,
      ...(report.object ? { object: report.object } : {}),
      ...details,
    };
  }
  const { doc, base } = report.subject.ref;
  const range = doc.locate([...base, ...(report.at ?? ['metadata', 'name'])]);
  return {
    rule: rule.id,
    severity,
    path: doc.path,
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
  now?: Date;
  options?: (rule: Rule) => Readonly<Record<string, unknown>>;
}

/**
 * Runs every rule over the model. A rule that throws becomes one error finding about
 * itself rather than ending the review: one bad rule must not hide the others.
 */
export function runRules(tree: LoadedTree, opts: RunRulesOptions = {}): Finding[] {
  const findings: Finding[] = [];
  for (const rule of opts.rules ?? RULES) {
    const context: RuleContext = {
      model: tree.model,
      ...(opts.baseModel ? { baseModel: opts.baseModel } : {}),
      inputFindings: tree.inputFindings,
      options: opts.options?.(rule) ?? {},
      now: opts.now ?? new Date(),
    };
    try {
      for (const report of rule.check(context)) findings.push(toFinding(rule, report));
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
  return dedupe(findings.sort(compareFindings));
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
}

export interface ReviewResult {
  findings: Finding[];
  tree: LoadedTree;
}

/** The whole pipeline on a directory tree: collect → load → model → rules. */
export function reviewPaths(options: ReviewOptions): ReviewResult {
  const collected = collectFiles({ ...options, paths: options.paths ?? ['.'] });
  const tree = loadTree(collected.files, collected.findings, options.limits, options.timeBudgetMs);
  const findings = runRules(tree, { ...(options.now ? { now: options.now } : {}) });
  return { findings, tree };
}
