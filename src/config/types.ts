import type { Severity } from '../findings.js';
import type { LoadedFile } from '../load/types.js';
import type { DeclaredInfrastructure } from '../model/config.js';
import type { SystemPodsOption as MemoryBudgetSystemPods } from '../rules/memory-budget/_options.js';
import type { DeclaredSubnetOptions, EndpointOptions } from '../rules/subnet-placement/_options.js';
import type { CustomApi } from '../rules/version-skew/_options.js';

export type { ConfigCluster, ConfigNodeGroup, ConfigTaint } from '../model/config.js';

/** What `rules.<id or family>` sets: a severity, or `off` to not run the rule at all. */
export type RuleLevel = Severity | 'off';

/** One entry of `rules`: the string form `warning` is `{ severity: 'warning' }`. */
export interface RuleSetting {
  readonly severity?: RuleLevel;
  readonly options?: Readonly<Record<string, unknown>>;
}

/**
 * `systemPods` and `network` are the options of the memory-budget and subnet-placement rules
 * under the same names (src/config/settings.ts): their types are the rules' own.
 */
export type { ConfiguredSystemPod } from '../rules/memory-budget/_options.js';

/** `systemPods`: `replace` the built-in list of per-node system pods, or `extend` it. */
export interface SystemPodsOption extends MemoryBudgetSystemPods {
  readonly mode: 'replace' | 'extend';
}

/** `network`: facts about subnets and the API endpoint the manifests cannot show. */
export type NetworkOptions = Readonly<DeclaredSubnetOptions & EndpointOptions>;

/** A configuration that passed validation; entries that did not were left out of it. */
export interface Config extends DeclaredInfrastructure {
  /** The config file, for the suppression comments written in it. */
  readonly file?: LoadedFile;
  readonly rules: Readonly<Record<string, RuleSetting>>;
  readonly paths: { readonly include?: readonly string[]; readonly exclude?: readonly string[] };
  readonly systemPods?: SystemPodsOption;
  readonly network?: NetworkOptions;
  /** `apis`: API versions of the repository's own groups and when they stop being served. */
  readonly apis?: readonly CustomApi[];
  /** `kustomize.roots`: the kustomization roots to review (all when absent). */
  readonly kustomize?: { readonly roots?: readonly string[] };
}

export const EMPTY_CONFIG: Config = { rules: {}, paths: {}, clusters: [], nodeGroups: [] };
