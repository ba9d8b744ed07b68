import type { Finding, ObjectIdentity, Severity } from '../findings.js';
import type { PathSegment } from '../load/types.js';
import type { Model, ModelObject } from '../model/types.js';
import type { SuppressionUse } from './suppressions.js';

/** The rule families; the first segment of every rule id. */
export const RULE_FAMILIES = ['input', 'memory-budget', 'version-skew', 'subnet-placement'] as const;
export type RuleFamily = (typeof RULE_FAMILIES)[number];

/** What a rule reads. Rules are pure: no I/O, no clock but `now`, no `@actions/*`. */
export interface RuleContext {
  readonly model: Model;
  /** The model of the change's base, when the review compares two trees (`--base-ref`). */
  readonly baseModel?: Model;
  /** Problems the collector and loader found, already positioned (for the `input/*` rules). */
  readonly inputFindings: readonly Finding[];
  /**
   * Rule options from the config file: the family's `options`, overlaid with the rule's own,
   * overlaid with values from config sections (`systemPods` for memory-budget; `publicSubnetIds`,
   * `privateSubnetIds`, `allowedEndpointCidrs` for subnet-placement). See docs/configuration.md.
   */
  readonly options: Readonly<Record<string, unknown>>;
  /** "Today", injected so tests can pin dates. */
  readonly now: Date;
  /**
   * Every suppression in the reviewed files and what it matched. Set only for rules with
   * `phase: 'after-suppressions'`, which run once the other rules' findings are filtered.
   */
  readonly suppressions?: readonly SuppressionUse[];
}

interface ReportBase {
  message: string;
  /** Only for rules whose issue defines two levels (e.g. capacity); otherwise the default applies. */
  severity?: Severity;
  /** The arithmetic behind the message, for check-run raw_details and SARIF. */
  details?: string;
}

/** A finding about a model object: the engine turns `subject` + `at` into file, line, column. */
export interface SubjectReport extends ReportBase {
  subject: ModelObject;
  /** Path inside the subject's document, relative to the subject (`ref.base`). */
  at?: readonly PathSegment[];
}

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
  check(context: RuleContext): RuleReport[];
  /**
   * JSON Schema of the rule's own options (`rules.<id>.options` in the config file). When
   * set, the config loader validates them and reports a violation at its line; family-wide
   * options are not checked against it.
   */
  readonly optionsSchema?: Readonly<Record<string, unknown>>;
  /** Rules about suppressions themselves run after every other rule (`ctx.suppressions`). */
  readonly phase?: 'after-suppressions';
  /** What the rule's findings depend on; default `aggregate`, always safe. See `RuleReach`. */
  readonly reach?: RuleReach;
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
 * - `aggregate`: a finding may depend on many leaves at once (a node's packing of workloads).
 *
 * When a change touches no context, the findings of `context` and `object` rules on untouched
 * objects are the same before and after it, so the review computes those rules only for
 * the objects the change reaches.
 */
export type RuleReach = 'context' | 'object' | 'aggregate';

export function defineRule(rule: Rule): Rule {
  return rule;
}
