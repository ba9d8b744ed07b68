import { parseConfig, type ConfigResult } from '../../src/config/load.js';
import { loadTree, reviewTree, type LoadedTree, type RuleRun, type RunRulesOptions } from '../../src/engine/review.js';
import { RULES } from '../../src/rules/index.js';
import type { Rule } from '../../src/rules/types.js';

export const CONFIG_PATH = '.github/manifest-review.yaml';

/** Parses config YAML as if read from .github/manifest-review.yaml. */
export function configOf(yaml: string, rules?: readonly Rule[]): ConfigResult {
  return parseConfig({ path: CONFIG_PATH, text: yaml }, rules);
}

export interface ConfiguredReview extends RuleRun {
  tree: LoadedTree;
  config: ConfigResult;
}

/**
 * Reviews in-memory files the way `reviewPaths` does with a config file: its findings join the
 * input findings, its clusters and node groups the model, and the tree carries its settings.
 */
export function reviewWithConfig(
  files: Record<string, string>,
  configYaml: string,
  options: Omit<RunRulesOptions, 'options' | 'severity'> = {},
): ConfiguredReview {
  // Test rules are not registered: the config is checked against them as well.
  const config = configOf(configYaml, options.rules ? [...RULES, ...options.rules.filter((r) => !RULES.includes(r))] : RULES);
  const tree = loadTree(
    Object.entries(files).map(([path, text]) => ({ path, text })),
    config.findings,
    undefined,
    { config: config.config },
  );
  return { ...reviewTree(tree, options), tree, config };
}
