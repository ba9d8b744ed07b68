import type { Severity } from '../findings.js';
import type { HelmConfig } from '../load/helm.js';
import type { LoadedFile } from '../load/types.js';
import type { DeclaredInfrastructure } from '../model/config.js';

export type { ConfigCluster, ConfigNodeGroup, ConfigTaint } from '../model/config.js';

/** What `rules.<id or family>` sets: a severity, or `off` to not run the rule at all. */
export type RuleLevel = Severity | 'off';

/** One entry of `rules`: the string form `warning` is `{ severity: 'warning' }`. */
export interface RuleSetting {
  readonly severity?: RuleLevel;
  readonly options?: Readonly<Record<string, unknown>>;
}

/**
 * A per-node system pod the memory-budget rules count on every node (the `systemPods`
 * option of those rules). Quantities are kept as written ("256Mi") for messages; they are
 * checked to parse when the config loads.
 */
export interface ConfiguredSystemPod {
  readonly name: string;
  readonly namespace?: string;
  readonly memoryRequest?: string;
  readonly memoryLimit?: string;
}

/** `systemPods`: `replace` the built-in list of per-node system pods, or `extend` it. */
export interface SystemPodsOption {
  readonly mode: 'replace' | 'extend';
  readonly pods: readonly ConfiguredSystemPod[];
}

/** `network`: facts about subnets and the API endpoint the manifests cannot show. */
export interface NetworkOptions {
  readonly publicSubnetIds?: readonly string[];
  readonly privateSubnetIds?: readonly string[];
  readonly allowedEndpointCidrs?: readonly string[];
}

/** A configuration that passed validation; entries that did not were left out of it. */
export interface Config extends DeclaredInfrastructure {
  /** The config file, for the suppression comments written in it. */
  readonly file?: LoadedFile;
  readonly rules: Readonly<Record<string, RuleSetting>>;
  readonly paths: { readonly include?: readonly string[]; readonly exclude?: readonly string[] };
  readonly systemPods?: SystemPodsOption;
  readonly network?: NetworkOptions;
  /** `helm`: which charts to render and with which values files. */
  readonly helm?: HelmConfig;
}

export const EMPTY_CONFIG: Config = { rules: {}, paths: {}, clusters: [], nodeGroups: [] };
