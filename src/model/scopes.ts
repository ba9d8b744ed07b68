import path from 'node:path';
import type { Cluster, Model, ModelObject, NodeGroup, Scope } from './types.js';

type Unscoped = Omit<Model, 'scopes'>;

function dirSegments(file: string): string[] {
  const dir = path.posix.dirname(file);
  return dir === '.' ? [] : dir.split('/');
}

function commonPrefix(a: readonly string[], b: readonly string[]): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/**
 * Splits the model into one scope per cluster. Each object goes to the cluster(s) whose file
 * shares the longest directory prefix with its own; ties go to every tied cluster, so an
 * object is never silently checked against none.
 */
export function assignScopes(model: Unscoped): Scope[] {
  const clusters = model.clusters;
  if (clusters.length <= 1) {
    return [
      {
        ...(clusters[0] ? { cluster: clusters[0] } : {}),
        nodeGroups: model.nodeGroups,
        workloads: model.workloads,
        services: model.services,
        ingresses: model.ingresses,
        autoscalers: model.autoscalers,
        manifests: model.manifests,
      },
    ];
  }
  const clusterDirs = clusters.map((c) => dirSegments(c.ref.doc.path));
  // Objects share directories, so the nearest clusters are computed once per directory.
  const nearestByDir = new Map<string, number[]>();
  const nearest = (object: ModelObject): number[] => {
    const key = path.posix.dirname(object.ref.doc.path);
    let found = nearestByDir.get(key);
    if (!found) {
      const dir = dirSegments(object.ref.doc.path);
      const scores = clusterDirs.map((d) => commonPrefix(d, dir));
      const best = Math.max(...scores);
      found = scores.flatMap((s, i) => (s === best ? [i] : []));
      nearestByDir.set(key, found);
    }
    return found;
  };
  const byName = (group: NodeGroup): number[] => {
    if (group.clusterName === undefined) return [];
    return clusters.flatMap((c, i) => (c.name === group.clusterName ? [i] : []));
  };
  /** Splits items into one list per cluster, each item in the list of every cluster chosen for it. */
  const split = <T extends ModelObject>(items: readonly T[], choose: (o: T) => number[] = nearest): T[][] => {
    const lists = clusters.map((): T[] => []);
    for (const item of items) for (const i of choose(item)) lists[i]?.push(item);
    return lists;
  };
  const nodeGroups = split(model.nodeGroups, (g) => {
    const named = byName(g);
    return named.length ? named : nearest(g);
  });
  const workloads = split(model.workloads);
  const services = split(model.services);
  const ingresses = split(model.ingresses);
  const autoscalers = split(model.autoscalers);
  const manifests = split(model.manifests);
  return clusters.map(
    (cluster: Cluster, i): Scope => ({
      cluster,
      nodeGroups: nodeGroups[i] ?? [],
      workloads: workloads[i] ?? [],
      services: services[i] ?? [],
      ingresses: ingresses[i] ?? [],
      autoscalers: autoscalers[i] ?? [],
      manifests: manifests[i] ?? [],
    }),
  );
}
