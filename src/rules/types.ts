import type { Finding, ObjectIdentity, Severity } from '../findings.js';
import type { PathSegment } from '../load/types.js';
import type { Model, ModelObject } from '../model/types.js';
import type { SuppressionUse } from '../engine/suppress.js';

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
}

export function defineRule(rule: Rule): Rule {
  return rule;
}
