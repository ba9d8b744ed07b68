import { lstatSync } from 'node:fs';
import path from 'node:path';
import { collectFiles, DEFAULT_EXCLUDE, type CollectOptions, type CollectResult } from '../collect/collect.js';
import { checkConfigAgainstModel } from '../config/checks.js';
import { readConfig } from '../config/load.js';
import { ruleSettings } from '../config/settings.js';
import type { Config, RuleLevel } from '../config/types.js';
import { compareFindings, copyDetails, type Finding, type FindingFix, type ObjectIdentity } from '../findings.js';
import { prepareCharts, type HelmSettings } from '../load/helm.js';
import { configuredKubeVersion, helmConfigFindings } from './charts.js';
import { buildKustomizations, filesNamedBy, isKustomizationPath } from '../load/kustomize/index.js';
import { mergeBuiltFindings } from '../load/kustomize/findings.js';
import { findingSpan } from '../load/lines.js';
import { loadFile } from '../load/yaml.js';
import { isTerraformPath } from '../load/terraform-parser.js';
import { terraformSupport } from '../model/terraform-registry.js';
import { DEFAULT_LOAD_LIMITS, type LoadedDocument, type LoadedFile, type LoadLimits, type PathSegment, type SourceFile } from '../load/types.js';
import { buildModel } from '../model/build.js';
import { IDENTITY_ONLY_KINDS, KEPT_FIELDS, releaseUnreadValues } from '../model/release.js';
import type { Model, ModelObject } from '../model/types.js';
import { RULES } from '../rules/index.js';
import { RULE_FAMILIES, RuleOutOfTime, type Rule, type RuleContext, type RuleReport } from '../rules/types.js';
import type { Suppression, SuppressionUse } from '../rules/suppressions.js';
import { Budget, incompleteFinding, someOf } from './budget.js';
import {
  COLLECT_AFTER_LOAD_FROM_CHARS,
  collectAfterLoad,
  youngGenerationCheckpoint,
  youngGenerationForInput,
  youngGenerationRoomToRead,
} from '../young-generation.js';
import { applySuppressions, findSuppressions, SuppressionsOutOfTime, type SuppressedFinding, type SuppressionOutcome } from './suppress.js';

export interface LoadedTree {
  files: LoadedFile[];
  model: Model;
  /** Problems of collection and loading, positioned. */
  inputFindings: Finding[];
  /** The config the model was built with. */
  config?: Config;
  /**
   * What the model was built from when it differs from `files`: files consumed by a
   * kustomization build (patches, bases) replaced by the objects the builds made.
   */
  modelFiles?: LoadedFile[];
  /**
   * Kustomize builds: every file a build read (not reviewed on its own), and for each built
   * file of `modelFiles` (at its root's kustomization path) the files its build read.
   */
  kustomize?: { readonly consumed: ReadonlySet<string>; readonly inputs: ReadonlyMap<string, ReadonlySet<string>> };
}

export interface LoadTreeOptions {
  /** Adds its clusters and node groups to the model (pass the same config for a base and a head tree). */
  config?: Config;
  /** Used when no `budget` is given. */
  timeBudgetMs?: number;
  /**
   * The directory the sources are read from, on disk: lets a kustomization the native build
   * cannot build be rendered with `kubectl kustomize` (leave it out for a revision read from git).
   */
  renderIn?: string;
  /** Reads a file a kustomization names outside `sources` (see src/load/kustomize). */
  readFile?: (path: string) => LoadedFile | undefined;
  /** The review's allowance, shared by every tree and phase of one review. */
  budget?: Budget;
  /** Paths read before the others (the files a change touches): reviewed even when the budget runs out. */
  priority?: ReadonlySet<string>;
  /**
   * Nothing models this tree again (a full review): the values of each file no kustomization
   * builds from are released (src/model/release.ts) as soon as it is read, while they are young,
   * rather than after every file was read and promoted to the old generation.
   */
  releaseAsRead?: boolean;
  /**
   * The caller hands the sources over (a full review of the files it collected): a YAML source
   * whose loaded file let its text go (src/load/yaml.ts, releaseText) is left with an empty text.
   */
  consumeSources?: boolean;
  /**
   * Input (characters) from which loaded files let their texts go (RELEASE_TEXTS_FROM_CHARS);
   * tests pass 0 to release them in a small tree.
   */
  releaseTextsFromChars?: number;
}

/**
 * Input (characters) from which a loaded YAML file lets its text go when nothing reads it after the
 * load (src/load/yaml.ts, releaseText): the large input of src/young-generation.ts. Letting go costs
 * the load a copy of every long value, a check of every scalar's text and a key table: CPU +6 to +8 %
 * on synthetic 10k (3.8M characters, texts ~8 MB of a ~97 MiB peak, 9 alternated rounds, idle), where
 * the peak is within its target anyway; at synthetic 100k (39M characters) the texts are 39 MB of the
 * heap and the peak went 259 -> 225 MiB (Node 20, 5 rounds) for ~2 % CPU.
 */
export const RELEASE_TEXTS_FROM_CHARS = COLLECT_AFTER_LOAD_FROM_CHARS;

/**
 * Parses files and builds their model: everything before the rules. The files in `priority`
 * are read first; once the budget's time or input allowance is spent, the files not yet read
 * are left out and one `input/incomplete` error says which, so the review fails closed
 * instead of passing on what it never saw. Files already loaded (a base revision's files that
 * equal the head's) are taken as they are and cost nothing.
 */
export function loadTree(
  sources: readonly (SourceFile | LoadedFile)[],
  collectFindings: readonly Finding[] = [],
  limits: LoadLimits = DEFAULT_LOAD_LIMITS,
  {
    config,
    timeBudgetMs,
    budget = new Budget({ timeBudgetMs }),
    priority,
    renderIn,
    readFile,
    releaseAsRead = false,
    consumeSources = false,
    releaseTextsFromChars = RELEASE_TEXTS_FROM_CHARS,
  }: LoadTreeOptions = {},
): LoadedTree {
  // Small files first, the change's before the others, then the large ones the same way: padding
  // a change with a few huge files (identical copies cost nothing in git) cannot push its real
  // manifests, or the clusters they run on, past the deadline. Sizes and paths decide, so the
  // order is the same on every run.
  const ordered = [...sources].sort(
    (a, b) =>
      Number(isLarge(a)) - Number(isLarge(b)) ||
      Number(priority?.has(b.path) ?? false) - Number(priority?.has(a.path) ?? false) ||
      (isLarge(a) ? sizeOf(a) - sizeOf(b) : 0) ||
      (a.path < b.path ? -1 : a.path > b.path ? 1 : 0),
  );
  const fileLimits: LoadLimits = { ...limits, expired: () => budget.readingExpired() };
  let inputChars = 0;
  for (const source of sources) if (!('documents' in source)) inputChars += source.text.length;
  youngGenerationForInput(inputChars);
  const unreadFileOptions = inputChars >= releaseTextsFromChars ? IDENTITY_ONLY_RELEASING_TEXT : IDENTITY_ONLY;
  // Kustomizations first: the files they name are read whole by their builds, so they are loaded whole.
  const kustomizations = new Map<string, LoadedFile>();
  for (const source of sources) {
    if (isKustomizationPath(source.path)) kustomizations.set(source.path, 'documents' in source ? source : loadFile(source, fileLimits));
  }
  const readWhole = kustomizations.size > 0 ? filesNamedBy([...kustomizations.values()], new Set(sources.map((s) => s.path))) : undefined;
  const files: LoadedFile[] = [];
  const outOfTime: string[] = [];
  const overInput: string[] = [];
  let bytes = 0;
  let documents = 0;
  // Each directory of Terraform files is evaluated as soon as its files are read, from the trees the load parsed.
  const terraform = sources.some((s) => isTerraformPath(s.path)) ? terraformSupport()?.terraformLoader(sources, isTerraformPath) : undefined;
  for (const source of ordered) {
    if ('documents' in source) {
      files.push(source);
      continue;
    }
    if (budget.readingExpired()) {
      outOfTime.push(source.path);
      terraform?.skip(source.path);
      continue;
    }
    if (bytes + source.text.length > budget.maxInputBytes || documents >= budget.maxInputDocuments) {
      overInput.push(source.path);
      terraform?.skip(source.path);
      continue;
    }
    youngGenerationCheckpoint();
    if (!kustomizations.has(source.path)) youngGenerationRoomToRead(source.text.length);
    const loaded =
      kustomizations.get(source.path) ??
      (isTerraformPath(source.path)
        ? (terraform?.load(source) ?? loadTerraform(source))
        : loadFile(source, fileLimits, readWhole?.has(source.path) ? {} : unreadFileOptions));
    bytes += source.text.length;
    // The collected copy of a text the loaded file let go: its holders (the collection, the
    // charts' sources, `sources` here) live until the model is built, and the full collection in
    // the middle of the load kept every text read so far (at 100k documents 113 MB live after
    // it; 88 MB with the copies let go).
    if (consumeSources && loaded.text === undefined) (source as { text: string }).text = '';
    documents += loaded.documents.length;
    files.push(loaded);
    // A file no kustomization names: no build reads its values (builds read only what they name,
    // the same files `readWhole` lists), so they go now, young, rather than with the tree once
    // everything read was promoted. On the corpus (195 kustomizations) heap after loading 4.7 MiB lower.
    if (releaseAsRead && !readWhole?.has(source.path) && !kustomizations.has(source.path)) releaseUnreadValues([loaded]);
  }
  // Back in the order given: the model (scopes, positions of objects) must not depend on read order.
  const given = new Map(sources.map((source, i) => [source.path, i]));
  files.sort((a, b) => (given.get(a.path) ?? 0) - (given.get(b.path) ?? 0));
  const budgetFindings: Finding[] = [];
  if (outOfTime[0] !== undefined) {
    budgetFindings.push(
      incompleteFinding(
        outOfTime[0],
        `the review's time budget of ${budget.timeText} ran out before ${outOfTime.length} file${outOfTime.length === 1 ? ' was' : 's were'} read (${someOf(outOfTime)}; reading stops at three quarters of the budget so the rules can check the rest), so whatever ${outOfTime.length === 1 ? 'it holds' : 'they hold'} was not reviewed; narrow \`paths\` or raise \`time-budget\``,
      ),
    );
  }
  if (overInput[0] !== undefined) {
    budgetFindings.push(
      incompleteFinding(
        overInput[0],
        `the review reads at most ${budget.maxInputBytes.toLocaleString('en-US')} bytes and ${budget.maxInputDocuments.toLocaleString('en-US')} documents of input; ${overInput.length} file${overInput.length === 1 ? ' was' : 's were'} left out (${someOf(overInput)}) and not reviewed; narrow \`paths\` or exclude what is not a manifest`,
      ),
    );
  }
  // Kustomize builds: the objects they make replace the files they consumed (a patch is not an object).
  const kustomized = buildKustomizations(files, {
    ...(config?.kustomize?.roots ? { roots: config.kustomize.roots } : {}),
    ...(renderIn !== undefined ? { renderIn } : {}),
    ...(readFile ? { readFile } : {}),
    // kubectl renders are reading too, as helm's are.
    timeLeftMs: () => budget.readingTimeLeftMs(),
  });
  const modelFiles = kustomized.consumed.size > 0 ? [...files.filter((f) => !kustomized.consumed.has(f.path)), ...kustomized.files] : undefined;
  const model = buildModel(modelFiles ?? files, config);
  return {
    files,
    model,
    ...(modelFiles ? { modelFiles, kustomize: { consumed: kustomized.consumed, inputs: kustomized.inputs } } : {}),
    inputFindings: [
      ...collectFindings,
      ...files.flatMap((f) => f.findings),
      ...kustomized.findings,
      ...budgetFindings,
      ...(config ? checkConfigAgainstModel(config, model) : []),
    ],
    ...(config ? { config } : {}),
  };
}

/**
 * No model builder or rule reads these kinds past their identity (src/model/release.ts), so the
 * loader builds no more of them; a Kustomize build that consumes one parses the rest again. No
 * build reads these files either, so each lets its text go once nothing needs it (LoadOptions).
 */
const IDENTITY_ONLY = { identityOnly: { kinds: IDENTITY_ONLY_KINDS, fields: KEPT_FIELDS } };
const IDENTITY_ONLY_RELEASING_TEXT = { ...IDENTITY_ONLY, releaseText: true };

function sizeOf(source: SourceFile | LoadedFile): number {
  // A loaded file (a base revision's, equal to the head's) is taken as it is wherever it sorts.
  return source.text?.length ?? 0;
}

/** Larger than nearly every hand-written manifest (CRD bundles and generated files are the exceptions). */
const LARGE_FILE_CHARS = 256 * 1024;

function isLarge(source: SourceFile | LoadedFile): boolean {
  return sizeOf(source) > LARGE_FILE_CHARS;
}

/** A Terraform file through the support the entry point loaded; without it, a notice says why. */
function loadTerraform(source: SourceFile): LoadedFile {
  const support = terraformSupport();
  if (support) return support.loadTerraformFile(source);
  const finding: Finding = {
    rule: 'input/skipped',
    severity: 'notice',
    path: source.path,
    startLine: 1,
    endLine: 1,
    message: 'not reviewed: Terraform support was not loaded (prepareTerraform) before the review',
  };
  return { path: source.path, documents: [], findings: [finding], lineCount: source.text.split('\n').length, text: source.text };
}

export function identityOf(subject: ModelObject): ObjectIdentity {
  return { kind: subject.kind, name: subject.name, ...(subject.namespace !== undefined ? { namespace: subject.namespace } : {}) };
}

// The built Kustomize object each finding is about, so findings of one base line merge across overlays.
const builtFrom = new WeakMap<Finding, LoadedDocument>();

function toFinding(rule: Rule, report: RuleReport, level: RuleLevel | undefined): Finding {
  // A configured severity replaces the rule's, two-level rules included: the config is the user's word.
  const severity = level !== undefined && level !== 'off' ? level : (report.severity ?? rule.defaultSeverity);
  if ('location' in report) {
    // Input rules pass whole findings as locations: take only the location from them.
    const { path, startLine, endLine, startColumn, endColumn } = report.location;
    const located: Finding = {
      rule: rule.id,
      severity,
      path,
      startLine,
      endLine,
      ...(startColumn !== undefined ? { startColumn } : {}),
      ...(endColumn !== undefined ? { endColumn } : {}),
      message: report.message,
      ...(report.object ? { object: report.object } : {}),
    };
    // Lazy details (findings.ts `lazyDetails`) stay lazy.
    copyDetails(report, located);
    return located;
  }
  const { doc, base } = report.subject.ref;
  const at = [...base, ...(report.at ?? ['metadata', 'name'])];
  // A rendered document's value may have been written elsewhere (a chart's values.yaml): point there.
  const origin = doc.origin?.(at);
  const range = origin?.range ?? doc.locate(at);
  const fix = report.fix && fixFor(doc, [...base, ...report.fix.at], report.fix.replacement, range.path ?? doc.path);
  const finding: Finding = {
    rule: rule.id,
    severity,
    // A built object's field lives in the base or patch that set it; a rendered one's maybe in values.yaml.
    path: origin?.path ?? range.path ?? doc.path,
    ...findingSpan(range),
    message: withAssumptions(report.message, [
      { doc, path: at },
      ...(report.alsoReads ?? []).map((read) =>
        'subject' in read ? { doc: read.subject.ref.doc, path: [...read.subject.ref.base, ...read.at] } : { doc, path: [...base, ...read] },
      ),
    ]),
    object: identityOf(report.subject),
  };
  // Lazy details (findings.ts `lazyDetails`) stay lazy; added before `fix`, the keys keep their order.
  copyDetails(report, finding);
  if (fix) finding.fix = fix;
  if (doc.builtBy !== undefined) builtFrom.set(finding, doc);
  return finding;
}

/**
 * A finding whose verdict rests on a value read under an assumption (a Terraform variable's
 * default) says so, whichever rule made it: rules judge values, the document knows how they were read.
 */
function withAssumptions(message: string, reads: readonly { doc: LoadedDocument; path: readonly PathSegment[] }[]): string {
  const clauses = [...new Set(reads.flatMap(({ doc, path }) => doc.assumptions?.(path) ?? []))];
  return clauses.length > 0 ? `${message} Assumed: ${clauses.join('; ')}.` : message;
}

/**
 * A rule's fix as an edit of one line: only for a value written on a single line (a value that
 * is absent, e.g. defaulted, or spans lines gets no fix; the message still says what to do).
 */
function fixFor(doc: LoadedDocument, path: readonly PathSegment[], replacement: string, findingPath: string): FindingFix | undefined {
  // A rendered Helm document's text is helm's output, not a line of the template it points at.
  if (doc.origin) return undefined;
  const original = doc.valueText(path);
  if (original === undefined || original === '' || /[\r\n]/.test(original) || original === replacement) return undefined;
  const range = doc.locate(path);
  // A fix edits a line of the finding's file: a built object's value may live in another (a base, a patch).
  if ((range.path ?? doc.path) !== findingPath) return undefined;
  return { line: range.end.line, endColumn: range.end.column, original, replacement };
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
  /** The model rules of reach `scope` read instead of the tree's: the scopes a change reaches (src/engine/affected.ts). */
  scoped?: Model;
  now?: Date;
  options?: (rule: Rule) => Readonly<Record<string, unknown>>;
  /** Configured level of a rule: `off` does not run it, a severity replaces its findings'. */
  severity?: (rule: Rule) => RuleLevel | undefined;
  /** Rules not started before its deadline are left out, and an `input/incomplete` error says which. */
  budget?: Budget;
}

export interface RuleRun {
  /** Findings to report: suppressions applied, sorted, without duplicates. */
  findings: Finding[];
  /** Findings a suppression covered: counted in summaries, not reported. */
  suppressed: SuppressedFinding[];
}

/** The model a rule reads: the whole tree's, or in a change's review the part its reach needs. */
function modelFor(rule: Rule, tree: LoadedTree, opts: RunRulesOptions): Model {
  const reach = rule.reach ?? 'aggregate';
  if (reach === 'context' || reach === 'object') return opts.reduced ?? tree.model;
  return (reach === 'scope' ? opts.scoped : undefined) ?? tree.model;
}

/** Runs rules in order; those not started before the budget's deadline are added to `notRun`. */
function runPhase(rules: readonly Rule[], tree: LoadedTree, opts: RunRulesOptions, notRun: string[], suppressions?: readonly SuppressionUse[]): Finding[] {
  const findings: Finding[] = [];
  for (const rule of rules) {
    // The mandatory rule only reports overruns: it must run precisely when time is up.
    if (!rule.mandatory && opts.budget?.expired()) {
      notRun.push(rule.id);
      continue;
    }
    const context: RuleContext = {
      model: modelFor(rule, tree, opts),
      ...(opts.baseModel ? { baseModel: opts.baseModel } : {}),
      inputFindings: tree.inputFindings,
      options: opts.options?.(rule) ?? {},
      now: opts.now ?? new Date(),
      ...(suppressions ? { suppressions } : {}),
      ...(opts.budget ? { expired: () => opts.budget?.expired() ?? false } : {}),
    };
    const level = rule.mandatory ? undefined : opts.severity?.(rule);
    const before = findings.length;
    try {
      for (const report of rule.check(context)) findings.push(toFinding(rule, report, level));
    } catch (error) {
      // A rule that yields its reports may stop after some: a rule that stops reports nothing, as one that returns an array.
      findings.length = before;
      if (error instanceof RuleOutOfTime) {
        notRun.push(`${rule.id} (stopped)`);
        continue;
      }
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
 * Where the time ran out, when it did, as one error nothing can hide: rules not run, and
 * suppression matching stopped (`unchecked` findings were reported without being matched).
 */
function overrunFindings(notRun: readonly string[], unchecked: number | undefined, budget: Budget | undefined): Finding[] {
  if ((notRun.length === 0 && unchecked === undefined) || !budget) return [];
  const where: string[] = [];
  if (unchecked !== undefined) {
    where.push(
      `while suppressions were matched (${unchecked} finding${unchecked === 1 ? ' was' : 's were'} not checked against them and ${unchecked === 1 ? 'is' : 'are'} reported as found)`,
    );
  }
  if (notRun.length > 0) {
    where.push(`before ${notRun.length} rule${notRun.length === 1 ? '' : 's'} ran (${someOf(notRun)}), so their findings are missing`);
  }
  return [incompleteFinding('.', `the review's time budget of ${budget.timeText} ran out ${where.join(', and ')}; narrow \`paths\` or raise \`time-budget\``)];
}

/** Every suppression written in the tree; throws SuppressionsOutOfTime once `expired` says so (see findSuppressions). */
export function treeSuppressions(tree: LoadedTree, expired?: () => boolean): Suppression[] {
  // Findings about config node groups and clusters point into the config: its comments count too.
  const files = tree.config?.file ? [...tree.files, tree.config.file] : tree.files;
  return findSuppressions(files, tree.model.manifests, expired);
}

/**
 * The suppressions of the tree applied to `found`, within the budget. Out of time, what was not
 * matched is reported as it is (`unchecked` says how much), so running out never hides a finding.
 */
function suppress(tree: LoadedTree, found: Finding[], ran: readonly string[], known: readonly string[], budget: Budget | undefined): SuppressionOutcome {
  const expired = budget ? () => budget.expired() : undefined;
  try {
    return applySuppressions(found, treeSuppressions(tree, expired), ran, known, expired);
  } catch (error) {
    if (!(error instanceof SuppressionsOutOfTime)) throw error;
    return { kept: found, suppressed: [], uses: [], stopped: true, unchecked: found.length };
  }
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
  const rules = given.filter((r) => r.mandatory || opts.severity?.(r) !== 'off');
  const first = rules.filter((r) => r.phase !== 'after-suppressions');
  const last = rules.filter((r) => r.phase === 'after-suppressions');
  const notRun: string[] = [];
  const found = dedupe(mergeBuiltFindings(runPhase(first, tree, opts, notRun), (f) => builtFrom.get(f)).sort(compareFindings));
  const known = [...RULE_FAMILIES, ...RULES.map((r) => r.id), ...given.map((r) => r.id)];
  const outcome = suppress(
    tree,
    found,
    first.map((r) => r.id),
    known,
    opts.budget,
  );
  // Rules about suppressions would call a suppression whose findings were never matched unused.
  const afterwards = outcome.stopped ? last.filter((r) => r.mandatory) : last;
  if (outcome.stopped) notRun.push(...last.filter((r) => !r.mandatory).map((r) => r.id));
  const about = runPhase(afterwards, tree, opts, notRun, outcome.uses);
  // Added after the suppressions: an overrun is not a finding in a file, nothing may hide it.
  const overrun = overrunFindings(notRun, outcome.stopped ? outcome.unchecked : undefined, opts.budget);
  return { findings: dedupe([...outcome.kept, ...about, ...overrun].sort(compareFindings)), suppressed: outcome.suppressed };
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
  /** Used when no `budget` is given. */
  timeBudgetMs?: number;
  /** One allowance for the whole review (head, base and rules); made from `timeBudgetMs` when absent. */
  budget?: Budget;
  /** Paths to read first, e.g. the files a change touches. */
  priority?: ReadonlySet<string>;
  /** Config file relative to `cwd`; default `.github/manifest-review.yaml` when it exists. */
  config?: string;
  /** How Helm charts are rendered; default: with the helm on PATH, when there is one. */
  helm?: HelmSettings;
  /** Files loaded by the caller (`-`: manifests from stdin), reviewed with the tree. */
  extraFiles?: readonly LoadedFile[];
  /**
   * The setup and working-tree collection an entry point already made for these same options
   * (src/engine/terraform.ts `prepareReview`): the tree is walked once, not once to decide what
   * to load and again to review it.
   */
  prepared?: PreparedReview;
}

/** The review's one allowance: the given `budget`, else the one `prepared` started, else a new one of `timeBudgetMs`. */
export function budgetOf(options: Pick<ReviewOptions, 'budget' | 'prepared' | 'timeBudgetMs'>): Budget {
  return options.budget ?? options.prepared?.budget ?? new Budget({ timeBudgetMs: options.timeBudgetMs });
}

/** A review's setup and its working tree's files, collected before the (synchronous) review starts. */
export interface PreparedReview {
  readonly setup: ReviewSetup;
  /**
   * Taken by the review that uses it (collectWorkingTree), so that the files' texts can go once
   * they are loaded (src/load/yaml.ts, releaseText): a review after it collects again.
   */
  collected: CollectResult | undefined;
  /** What it was collected for: another `cwd` or `paths` collects again rather than review the wrong files. */
  readonly cwd: string;
  readonly paths: readonly string[];
  /** Started before collecting, so the walk counts against the review's time as it did inside it. */
  readonly budget: Budget;
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
  if (options.prepared) return options.prepared.setup;
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

/**
 * A file a kustomization of the reviewed paths names outside them (`kubectl kustomize
 * overlays/prod` reads `../../base`): read through the collector, so its size limit, symlink and
 * workspace boundaries hold; never above `cwd`, never a directory.
 */
function readBesideTree(options: ReviewOptions, setup: ReviewSetup, file: string): LoadedFile | undefined {
  if (file.startsWith('../') || file === '..' || path.isAbsolute(file) || file === setup.configPath) return undefined;
  try {
    if (lstatSync(path.join(options.cwd, file)).isDirectory()) return undefined;
  } catch {
    return undefined;
  }
  const collected = collectFiles({ ...options, paths: [file], exclude: setup.exclude });
  const source = collected.files[0];
  return source && collected.files.length === 1 ? loadFile(source, options.limits) : undefined;
}

/** The working tree's files under `options.paths`, as the setup's globs select them. */
export function collectWorkingTree(options: ReviewOptions, setup: ReviewSetup): CollectResult {
  const paths = options.paths ?? ['.'];
  const { prepared } = options;
  const taken = prepared?.collected;
  if (prepared && taken && prepared.setup === setup && prepared.cwd === options.cwd && samePaths(prepared.paths, paths)) {
    prepared.collected = undefined;
    return taken;
  }
  return collectFiles({ ...options, paths, ...(setup.include ? { include: setup.include } : {}), exclude: setup.exclude });
}

function samePaths(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((p, i) => p === b[i]);
}

/** Collects and loads the working tree under `options.paths` with the setup's config. */
export function loadWorkingTree(options: ReviewOptions, setup: ReviewSetup, { releaseAsRead }: Pick<LoadTreeOptions, 'releaseAsRead'> = {}): LoadedTree {
  const collected = collectWorkingTree(options, setup);
  const files = collected.files.filter((f) => f.path !== setup.configPath);
  const budget = budgetOf(options);
  const kubeVersion = configuredKubeVersion(setup.config);
  const charts = prepareCharts(files, {
    root: options.cwd,
    ...(options.workspace !== undefined ? { boundary: options.workspace } : {}),
    settings: options.helm ?? { render: true },
    ...(setup.config.helm ? { config: setup.config.helm } : {}),
    ...(kubeVersion ? { kubeVersion } : {}),
    // Rendering is part of reading: it may use up to the reading share of what is left, on the wall clock helm's timeout uses.
    timeLeftMs: () => budget.readingTimeLeftMs(),
  });
  const inputFindings = [...collected.findings, ...setup.configFindings, ...helmConfigFindings(setup.config, options.cwd), ...charts.findings];
  return loadTree([...charts.sources, ...(options.extraFiles ?? [])], inputFindings, options.limits, {
    config: setup.config,
    renderIn: options.cwd,
    readFile: (file) => readBesideTree(options, setup, file),
    // The one budget helm rendering drew from.
    budget,
    ...(options.priority ? { priority: options.priority } : {}),
    // The collection is this review's own (a prepared one is taken by collectWorkingTree).
    ...(releaseAsRead ? { releaseAsRead, consumeSources: true } : {}),
  });
}

/** The whole pipeline on a directory tree: config → collect → load → model → rules → suppressions. */
export function reviewPaths(options: ReviewOptions): ReviewResult {
  const budget = budgetOf(options);
  const setup = setupReview(options);
  const tree = loadWorkingTree({ ...options, budget }, setup, { releaseAsRead: true });
  // Nothing models this tree again (a change's review does, and does not come here): what no rule reads can go.
  releaseUnreadValues(tree.modelFiles ?? tree.files, tree.kustomize?.consumed);
  collectAfterLoad();
  const run = reviewTree(tree, { ...(options.now ? { now: options.now } : {}), budget });
  return { ...run, tree, config: setup.config };
}
