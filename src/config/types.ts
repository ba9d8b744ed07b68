import type { Severity } from '../findings.js';
import type { HelmConfig } from '../load/helm.js';
import type { LoadedDocument, LoadedFile } from '../load/types.js';

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
export interface SystemPod {
  readonly name: string;
  readonly namespace?: string;
  readonly memoryRequest?: string;
  readonly memoryLimit?: string;
}

/** `systemPods`: `replace` the built-in list of per-node system pods, or `extend` it. */
export interface SystemPodsOption {
  readonly mode: 'replace' | 'extend';
  readonly pods: readonly SystemPod[];
}

/** `network`: facts about subnets and the API endpoint the manifests cannot show. */
export interface NetworkOptions {
  readonly publicSubnetIds?: readonly string[];
  readonly privateSubnetIds?: readonly string[];
  readonly allowedEndpointCidrs?: readonly string[];
}

/** A cluster defined outside the reviewed files (Terraform, the console). */
export interface ConfigCluster {
  /** Position in `clusters`, for source references into the config file. */
  readonly index: number;
  readonly name: string;
  readonly provider: 'eks';
  /** Kubernetes minor ("1.29"), normalised. */
  readonly version?: string;
  /** Globs of review-root-relative paths whose objects run on this cluster. */
  readonly paths?: readonly string[];
}

export interface ConfigTaint {
  readonly key: string;
  readonly value?: string;
  readonly effect: 'NoSchedule' | 'PreferNoSchedule' | 'NoExecute';
}

/** A node group defined outside the reviewed files. */
export interface ConfigNodeGroup {
  readonly index: number;
  readonly name: string;
  readonly cluster?: string;
  readonly instanceTypes: readonly string[];
  readonly minSize?: number;
  readonly maxSize?: number;
  readonly desiredSize?: number;
  readonly labels: Readonly<Record<string, string>>;
  readonly taints: readonly ConfigTaint[];
  /** As written, in KubeletConfiguration shape (read by the model's kubelet reader). */
  readonly kubelet?: Readonly<Record<string, unknown>>;
  readonly version?: string;
  readonly amiFamily?: string;
  readonly managed?: boolean;
  readonly subnetIds?: readonly string[];
}

/** A configuration that passed validation; entries that did not were left out of it. */
export interface Config {
  /** The config file's document, for source references (absent for the empty default). */
  readonly document?: LoadedDocument;
  /** The config file, for the suppression comments written in it. */
  readonly file?: LoadedFile;
  readonly rules: Readonly<Record<string, RuleSetting>>;
  readonly paths: { readonly include?: readonly string[]; readonly exclude?: readonly string[] };
  readonly clusters: readonly ConfigCluster[];
  readonly nodeGroups: readonly ConfigNodeGroup[];
  readonly systemPods?: SystemPodsOption;
  readonly network?: NetworkOptions;
  /** `helm`: which charts to render and with which values files. */
  readonly helm?: HelmConfig;
}

export const EMPTY_CONFIG: Config = { rules: {}, paths: {}, clusters: [], nodeGroups: [] };
