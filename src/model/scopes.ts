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
  const nearest = (object: ModelObject): number[] => {
    const dir = dirSegments(object.ref.doc.path);
    const scores = clusterDirs.map((d) => commonPrefix(d, dir));
    const best = Math.max(...scores);
    return scores.flatMap((s, i) => (s === best ? [i] : []));
  };
  const byName = (group: NodeGroup): number[] => {
    if (group.clusterName === undefined) return [];
    return clusters.flatMap((c, i) => (c.name === group.clusterName ? [i] : []));
  };
  const pick = <T extends ModelObject>(items: readonly T[], index: number, chooser: (o: T) => number[] = nearest): T[] =>
    items.filter((o) => chooser(o).includes(index));
  return clusters.map(
    (cluster: Cluster, i): Scope => ({
      cluster,
      nodeGroups: pick(model.nodeGroups, i, (g) => {
        const named = byName(g);
        if (named.length <= 1) return named.length ? named : nearest(g);
        // Several definitions share the name (copies per environment): the nearest of them win.
        const dir = dirSegments(g.ref.doc.path);
        const scores = named.map((n) => commonPrefix(clusterDirs[n] ?? [], dir));
        const best = Math.max(...scores);
        return named.filter((_, k) => scores[k] === best);
      }),
      workloads: pick(model.workloads, i),
      services: pick(model.services, i),
      ingresses: pick(model.ingresses, i),
      autoscalers: pick(model.autoscalers, i),
      manifests: pick(model.manifests, i),
    }),
  );
}
