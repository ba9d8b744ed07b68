import type { Config } from '../config/types.js';
import { kubelet } from './karpenter.js';
import type { Cluster, NodeGroup } from './types.js';

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
export function withConfigClusters(clusters: readonly Cluster[], config: Config | undefined): Cluster[] {
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

export function configNodeGroups(config: Config | undefined): NodeGroup[] {
  const doc = config?.document;
  if (!config || !doc) return [];
  return config.nodeGroups.map(
    (g): NodeGroup => ({
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
      kubelet: kubelet(g.kubelet),
      ...(g.amiFamily !== undefined ? { amiFamily: g.amiFamily } : {}),
      managed: g.managed ?? false,
      ...(g.version ? { version: { value: g.version, path: ['version'], from: 'config' } } : {}),
      subnets: (g.subnetIds ?? []).map((id) => ({ kind: 'id', id })),
      ...(g.subnetIds ? { subnetsPath: ['subnetIds'] } : {}),
    }),
  );
}
