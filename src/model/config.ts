import type { LoadedDocument } from '../load/types.js';
import { kubeletConfiguration } from './kubelet.js';
import type { Cluster, NodeGroup } from './types.js';

/** A cluster defined outside the reviewed files (another repository, the console). */
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

/**
 * What the config file declares about infrastructure the reviewed files do not define: the
 * part of the config the model is built from (the config layer's Config extends it).
 */
export interface DeclaredInfrastructure {
  /** The config file's document, for source references (absent for the empty default). */
  readonly document?: LoadedDocument;
  readonly clusters: readonly ConfigCluster[];
  readonly nodeGroups: readonly ConfigNodeGroup[];
}

/*
 * Clusters and node groups the config file declares for what the reviewed files do not
 * define. Their source references point into the config document, so findings about them
 * land on the config's own lines.
 */

/**
 * The repo's clusters plus the config's. A config cluster named like one the files define
 * does not add a second cluster: it only gives that cluster its `paths` (the file's
 * definition wins, see `configConflicts`).
 */
export function withConfigClusters(clusters: readonly Cluster[], config: DeclaredInfrastructure | undefined): Cluster[] {
  const doc = config?.document;
  if (!config || !doc) return [...clusters];
  const out = [...clusters];
  for (const entry of config.clusters) {
    const existing = out.findIndex((c) => c.name === entry.name && c.source !== 'config');
    const current = out[existing];
    if (current) {
      if (entry.paths) out[existing] = { ...current, paths: entry.paths };
      continue;
    }
    out.push({
      kind: 'Cluster',
      name: entry.name,
      ref: { doc, base: ['clusters', entry.index] },
      source: 'config',
      path: ['name'],
      ...(entry.version ? { version: { value: entry.version, path: ['version'] } } : {}),
      endpoint: { path: ['name'] },
      subnets: [],
      ...(entry.paths ? { paths: entry.paths } : {}),
    });
  }
  return out;
}

export function configNodeGroups(config: DeclaredInfrastructure | undefined): NodeGroup[] {
  const doc = config?.document;
  if (!config || !doc) return [];
  return config.nodeGroups.map((g): NodeGroup => ({
    kind: 'NodeGroup',
    name: g.name,
    ref: { doc, base: ['nodeGroups', g.index] },
    source: 'config',
    ...(g.cluster !== undefined ? { clusterName: g.cluster } : {}),
    path: [],
    instanceTypes: g.instanceTypes,
    instanceTypesPath: ['instanceTypes'],
    ...(g.minSize !== undefined ? { minSize: g.minSize } : {}),
    ...(g.maxSize !== undefined ? { maxSize: g.maxSize, maxSizePath: ['maxSize'] } : {}),
    ...(g.desiredSize !== undefined ? { desiredSize: g.desiredSize } : {}),
    labels: g.labels,
    taints: g.taints.map((t) => ({ key: t.key, effect: t.effect, ...(t.value !== undefined ? { value: t.value } : {}) })),
    kubelet: kubeletConfiguration(g.kubelet),
    ...(g.amiFamily !== undefined ? { amiFamily: g.amiFamily } : {}),
    managed: g.managed ?? false,
    ...(g.version ? { version: { value: g.version, path: ['version'], from: 'config' } } : {}),
    subnets: (g.subnetIds ?? []).map((id) => ({ kind: 'id', id })),
    ...(g.subnetIds ? { subnetsPath: ['subnetIds'] } : {}),
  }));
}
