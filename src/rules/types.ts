import type { JSONSchemaType } from 'ajv';
import type { Finding, ObjectIdentity, Severity } from '../findings.js';
import type { PathSegment } from '../load/types.js';
import type { Model, ModelObject } from '../model/types.js';
import type { SuppressionUse } from './suppressions.js';

/** The rule families; the first segment of every rule id. */
export const RULE_FAMILIES = ['input', 'memory-budget', 'version-skew', 'subnet-placement'] as const;
export type RuleFamily = (typeof RULE_FAMILIES)[number];

/** Options as the engine passes them: what the config gave, checked against the rule's schema. */
export type RuleOptions = Readonly<Record<string, unknown>>;

/**
 * What a rule reads. Rules are pure: no I/O, no clock but `now`, no `@actions/*`. `O` is the
 * type of the rule's options, bound to its `optionsSchema` (see `defineRule`).
 */
export interface RuleContext<O extends object = RuleOptions> {
  readonly model: Model;
  /** The model of the change's base, when the review compares two trees (`--base-ref`). */
  readonly baseModel?: Model;
  /** Problems the collector and loader found, already positioned (for the `input/*` rules). */
  readonly inputFindings: readonly Finding[];
  /**
   * Rule options from the config file: the family's `options`, overlaid with the rule's own,
   * overlaid with values from config sections (`systemPods` for memory-budget; `publicSubnetIds`,
   * `privateSubnetIds`, `allowedEndpointCidrs` for subnet-placement). See docs/configuration.md.
   * Every one is optional: a rule supplies its own defaults.
   */
  readonly options: Readonly<Partial<O>>;
  /** "Today", injected so tests can pin dates. */
  readonly now: Date;
  /**
   * Every suppression in the reviewed files and what it matched. Set only for rules with
   * `phase: 'after-suppressions'`, which run once the other rules' findings are filtered.
   */
  readonly suppressions?: readonly SuppressionUse[];
  /** True once the review's time is up; a rule with a large inner loop asks, and throws RuleOutOfTime. */
  readonly expired?: () => boolean;
}

/** Thrown by a rule that stopped because the review's time ran out (see `RuleContext.expired`). */
export class RuleOutOfTime extends Error {
  constructor() {
    super("the review's time budget ran out");
  }
}

interface ReportBase {
  message: string;
  /** Only for rules whose issue defines two levels (e.g. capacity); otherwise the default applies. */
  severity?: Severity;
  /** The arithmetic behind the message, for check-run raw_details and SARIF. */
  details?: string;
  /**
   * The value that fixes the finding, for the scalar at `at` (relative to the subject, like
   * SubjectReport's `at`): the engine locates it and the action can offer it as a suggestion.
   */
  fix?: { at: readonly PathSegment[]; replacement: string };
}

/** A finding about a model object: the engine turns `subject` + `at` into file, line, column. */
export interface SubjectReport extends ReportBase {
  subject: ModelObject;
  /** Path inside the subject's document, relative to the subject (`ref.base`). */
  at?: readonly PathSegment[];
  /**
   * Other values the verdict rests on: a path relative to the subject (like `at`), or a path of
   * another object (the cluster whose version a node group is judged against). What reading them
   * assumed is stated in the finding, as for `at` (see LoadedDocument.assumptions).
   */
  alsoReads?: readonly AlsoRead[];
}

export type AlsoRead = readonly PathSegment[] | { readonly subject: ModelObject; readonly at: readonly PathSegment[] };

/** A finding that already knows its location (input problems). */
export interface LocatedReport extends ReportBase {
  location: Pick<Finding, 'path' | 'startLine' | 'endLine' | 'startColumn' | 'endColumn'>;
  object?: ObjectIdentity;
}

export type RuleReport = SubjectReport | LocatedReport;

export interface Rule {
  /** `<family>/<name>`, equal to the rule's file path under src/rules/. */
  readonly id: string;
  readonly family: RuleFamily;
  readonly defaultSeverity: Severity;
  /** One line: what the rule catches. */
  readonly description: string;
  /**
   * The rule's reports. A rule with many (one per workload) may yield them one at a time: the
   * engine makes each a finding as it comes, and the report is garbage while it is still young.
   */
  check(context: RuleContext): Iterable<RuleReport>;
  /**
   * JSON Schema of the rule's options (an object schema; no `additionalProperties`: the config
   * schema closes it). The config loader validates `rules.<id>.options` against it, and the
   * family's `options` against the union of its rules' schemas, each problem at its line.
   * A rule without one takes no options.
   */
  readonly optionsSchema?: OptionsSchema;
  /** Rules about suppressions themselves run after every other rule (`ctx.suppressions`). */
  readonly phase?: 'after-suppressions';
  /** What the rule's findings depend on; default `aggregate`, always safe. See `RuleReach`. */
  readonly reach?: RuleReach;
  /**
   * The review's own integrity (a budget overrun): the PR-controlled config can neither turn it
   * off nor change its severity, and suppressions do not apply (it runs after them).
   */
  readonly mandatory?: true;
}

/**
 * What a rule's findings depend on, which tells the review of a change what it may skip.
 * "Context" is every object but the leaves: clusters, node groups, templates, DaemonSets,
 * LimitRanges, RuntimeClasses, Karpenter and eksctl objects, IngressClasses, webhooks, the
 * Load Balancer Controller's Deployment, the config. Leaves are the other workloads, Services,
 * Ingresses and HorizontalPodAutoscalers; an autoscaler is linked to the workloads it names.
 * src/engine/affected.ts holds the exact split: a rule of reach `context` or `object` may read
 * nothing beyond its subject that it does not count as context or as linked.
 *
 * - `context`: every finding is about a context object and depends only on context.
 * - `object`: every finding is computed for one object (reported at it, or at an object linked
 *   to it) and depends only on that object, the objects linked to it, and context.
 * - `scope`: a finding may depend on many leaves at once, but all of one scope (cluster): it is
 *   about that scope's context, and reads leaves of no other scope (a node's packing of the
 *   workloads that surely run in its cluster). A leaf's scope follows from its file's path and
 *   the context (src/model/scopes.ts), so the review of a change reruns such a rule only on the
 *   scopes the change reaches, with the rest of the model's leaves left out.
 * - `aggregate`: a finding may depend on many leaves at once, across scopes.
 *
 * When a change touches no context, the findings of `context` and `object` rules on untouched
 * objects are the same before and after it, so the review computes those rules only for
 * the objects the change reaches.
 */
export type RuleReach = 'context' | 'object' | 'scope' | 'aggregate';

/** The JSON Schema of a rule's options: an object schema with named properties. */
export interface OptionsSchema {
  readonly type: 'object';
  readonly properties: Readonly<Record<string, unknown>>;
  readonly required?: readonly string[];
}

/**
 * A rule as its file writes it: `check` reads options of type `O`, and `optionsSchema` must
 * describe exactly that type (ajv's JSONSchemaType checks it at compile time), so the schema the
 * config is validated against and the type the rule reads cannot drift apart. Options are all
 * optional: declare `O` with optional properties.
 */
export interface RuleDefinition<O extends object> extends Omit<Rule, 'check' | 'optionsSchema'> {
  readonly optionsSchema?: JSONSchemaType<O> & OptionsSchema;
  check(context: RuleContext<O>): Iterable<RuleReport>;
}

/**
 * Registers a rule with typed options. The engine hands a rule the options the config loader
 * validated against `optionsSchema` (invalid ones are reported and left out), so reading them
 * as `O` is sound; a caller that passes options directly (tests) is trusted to do the same.
 */
export function defineRule<O extends object = Record<string, never>>(rule: RuleDefinition<O>): Rule {
  return rule as unknown as Rule;
}
