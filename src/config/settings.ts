import type { Rule, RuleFamily } from '../rules/types.js';
import type { Config, RuleLevel } from './types.js';

/**
 * The configured level of a rule: its own entry, else its family's, else undefined (the
 * rule's default severity applies).
 */
export function ruleLevel(config: Config, rule: Rule): RuleLevel | undefined {
  return config.rules[rule.id]?.severity ?? config.rules[rule.family]?.severity;
}

/** Options the config's own sections give a family's rules, under fixed option names. */
function derivedOptions(config: Config, family: RuleFamily): Record<string, unknown> {
  if (family === 'memory-budget' && config.systemPods) return { systemPods: config.systemPods };
  if (family === 'subnet-placement' && config.network) return { ...config.network };
  if (family === 'version-skew' && config.apis) return { apis: config.apis };
  return {};
}

/** `ctx.options` of a rule: family options, then the rule's own, then those from config sections. */
export function ruleOptions(config: Config, rule: Rule): Readonly<Record<string, unknown>> {
  return {
    ...config.rules[rule.family]?.options,
    ...config.rules[rule.id]?.options,
    ...derivedOptions(config, rule.family),
  };
}

/** The per-rule callbacks of `runRules`, from a config. */
export function ruleSettings(config: Config): {
  options: (rule: Rule) => Readonly<Record<string, unknown>>;
  severity: (rule: Rule) => RuleLevel | undefined;
} {
  return { options: (rule) => ruleOptions(config, rule), severity: (rule) => ruleLevel(config, rule) };
}
