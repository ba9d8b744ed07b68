import path from 'node:path';
import { globMatcher } from '../collect/glob.js';
import type { Cluster, Manifest, Model, ModelObject, NodeGroup, Scope } from './types.js';
import { entryOf } from './util.js';

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
 * Splits the model into one scope per cluster. An object goes to the clusters whose config
 * `paths` globs match its file; failing that, to the cluster(s) whose file shares the longest
 * directory prefix with its own (clusters with `paths` claim objects only through them). Ties
 * go to every tied cluster, so an object is never silently checked against none.
 */
export function assignScopes(model: Unscoped): Scope[] {
  const clusters = model.clusters;
  if (clusters.length <= 1) {
    const scope: Scope = {
      ...(clusters[0] ? { cluster: clusters[0] } : {}),
      nodeGroups: model.nodeGroups,
      workloads: model.workloads,
      services: model.services,
      ingresses: model.ingresses,
      autoscalers: model.autoscalers,
      manifests: model.manifests,
    };
    byKindOf.set(scope, { index: 0, split: manifestSplit(model.manifests, () => [0], 1) });
    return [scope];
  }
  const every = clusters.map((_, i) => i);
  // Config globs are PR-controlled: matched without backtracking (src/collect/glob.ts).
  const globs = clusters.map((c) => (c.paths?.length ? safeMatcher(c.paths) : undefined));
  const byProximity = every.filter((i) => !globs[i]);
  // A config file's location says nothing about where a cluster's manifests live.
  const clusterDirs = clusters.map((c) => (c.source === 'config' ? [] : dirSegments(c.ref.doc.path)));
  // Objects share files, so their clusters are worked out once per file.
  const locatedByFile = new Map<string, number[]>();
  // Most files tie the same clusters (on the corpus, files far from every cluster tie dozens of
  // them): one list per distinct choice, not per file, kept with the scopes (~0.9 MB on the corpus).
  const sameChoice = new Map<string, number[]>();
  // Nearness depends on the directory alone: its files are compared with every cluster's once.
  const nearestByDir = new Map<string, number[]>();
  const nearest = (file: string): number[] => {
    const dirKey = path.posix.dirname(file);
    let found = nearestByDir.get(dirKey);
    if (!found) {
      const dir = dirSegments(file);
      const scores = byProximity.map((i) => commonPrefix(clusterDirs[i] ?? [], dir));
      const best = Math.max(...scores);
      const chosen = byProximity.filter((_, k) => scores[k] === best);
      nearestByDir.set(dirKey, (found = entryOf(sameChoice, chosen.join(' '), () => chosen)));
    }
    return found;
  };
  const located = (object: ModelObject): number[] => {
    const file = object.ref.doc.path;
    const known = locatedByFile.get(file);
    if (known) return known;
    const claimed = every.filter((i) => globs[i]?.(file));
    let found: number[];
    if (claimed.length) found = entryOf(sameChoice, claimed.join(' '), () => claimed);
    else if (!byProximity.length) found = entryOf(sameChoice, every.join(' '), () => every);
    else found = nearest(file);
    locatedByFile.set(file, found);
    return found;
  };
  const forNodeGroup = (group: NodeGroup): number[] => {
    const named = group.clusterName === undefined ? [] : every.filter((i) => clusters[i]?.name === group.clusterName);
    if (named.length === 1) return named;
    if (named.length > 1) {
      // Several clusters share the name (e.g. prod and its copy in another folder): the nearest wins.
      const dir = dirSegments(group.ref.doc.path);
      const scores = named.map((i) => commonPrefix(clusterDirs[i] ?? [], dir));
      const best = Math.max(...scores);
      return named.filter((_, k) => scores[k] === best);
    }
    return group.source === 'config' ? every : located(group);
  };
  /** Splits items into one list per cluster, each item in the list of every cluster chosen for it. */
  const split = <T extends ModelObject>(items: readonly T[], choose: (o: T) => number[] = located): T[][] => {
    const lists = clusters.map((): T[] => []);
    for (const item of items) for (const i of choose(item)) lists[i]?.push(item);
    return lists;
  };
  const nodeGroups = split(model.nodeGroups, forNodeGroup);
  const workloads = split(model.workloads);
  const services = split(model.services);
  const ingresses = split(model.ingresses);
  const autoscalers = split(model.autoscalers);
  /*
   * A manifest near several clusters is in each of their scopes: on the corpus 564,000 entries for
   * 6,386 manifests, and the rules ask for a few kinds (`scopeManifestsOfKinds`) or a few
   * manifests (`scopesManifestsAmong`) of them. The whole lists are made when something first
   * reads one (a change's review does), all at once.
   */
  let manifests: Manifest[][] | undefined;
  const manifestsOf = (i: number): Manifest[] => (manifests ??= split(model.manifests))[i] ?? [];
  const manifestsSplit = manifestSplit(model.manifests, located, clusters.length);
  return clusters.map((cluster: Cluster, i): Scope => {
    const scope: Scope = {
      cluster,
      nodeGroups: nodeGroups[i] ?? [],
      workloads: workloads[i] ?? [],
      services: services[i] ?? [],
      ingresses: ingresses[i] ?? [],
      autoscalers: autoscalers[i] ?? [],
      get manifests(): Manifest[] {
        return manifestsOf(i);
      },
    };
    byKindOf.set(scope, { index: i, split: manifestsSplit });
    return scope;
  });
}

/**
 * A scope's manifests of the given kinds, in the model's order: exactly `scope.manifests.filter((m)
 * => kinds.includes(m.kind))`. Rules that look for a few kinds in every cluster's scope (the Load
 * Balancer Controller's Deployment, IngressClasses) scanned each scope's manifests, and an object
 * near several clusters is in each of their scopes; here the model's manifests are filtered once
 * per list of kinds, and split among the clusters `assignScopes` chose for each file.
 */
export function scopeManifestsOfKinds(scope: Scope, kinds: readonly string[]): readonly Manifest[] {
  const wanted = new Set(kinds);
  return scopeManifestsSplit(scope, kinds.join('\n'), (m) => wanted.has(m.kind));
}

/**
 * A scope's manifests that pass `test`, in the model's order: exactly `scope.manifests.filter(test)`,
 * with each manifest of the model tested once however many scopes hold it (see
 * `scopeManifestsOfKinds`). `test` must be a function of the manifest alone; it is known by its
 * identity, so pass the same function (a module's constant) every time.
 */
export function scopeManifestsWhere(scope: Scope, test: (m: Manifest) => boolean): readonly Manifest[] {
  return scopeManifestsSplit(scope, test, test);
}

function scopeManifestsSplit(scope: Scope, key: unknown, test: (m: Manifest) => boolean): readonly Manifest[] {
  const known = byKindOf.get(scope);
  if (!known) return scope.manifests.filter(test);
  return known.split.cached(key, test)[known.index] ?? [];
}

/**
 * Each scope's manifests that are among `wanted`, in its order: `scopes.map((s) =>
 * s.manifests.filter((m) => wanted.has(m)))`, from one walk over the model's manifests rather
 * than over every scope's (where a manifest near many clusters is many times).
 */
export function scopesManifestsAmong(scopes: readonly Scope[], wanted: ReadonlySet<ModelObject>): (readonly Manifest[])[] {
  const split = scopes.length > 0 ? byKindOf.get(scopes[0] as Scope)?.split : undefined;
  // Only the scopes one `assignScopes` made, all of them, in its order, share its split.
  if (split && split.count === scopes.length && scopes.every((s, i) => byKindOf.get(s)?.split === split && byKindOf.get(s)?.index === i)) {
    return split.fresh((m) => wanted.has(m));
  }
  return scopes.map((s) => s.manifests.filter((m) => wanted.has(m)));
}

/** The model's manifests that pass a test, split among the scopes `located` chooses for each. */
interface ManifestSplit {
  readonly count: number;
  /** Split once per key (see `scopeManifestsWhere`). */
  cached(key: unknown, test: (m: Manifest) => boolean): readonly (readonly Manifest[])[];
  /** Split now, kept by nobody. */
  fresh(test: (m: Manifest) => boolean): Manifest[][];
}

const byKindOf = new WeakMap<Scope, { index: number; split: ManifestSplit }>();

function manifestSplit(manifests: readonly Manifest[], located: (m: Manifest) => readonly number[], count: number): ManifestSplit {
  const fresh = (test: (m: Manifest) => boolean): Manifest[][] => {
    const lists = Array.from({ length: count }, (): Manifest[] => []);
    for (const m of manifests) if (test(m)) for (const i of located(m)) lists[i]?.push(m);
    return lists;
  };
  const known = new Map<unknown, Manifest[][]>();
  return {
    count,
    fresh,
    cached: (key, test) => entryOf(known, key, () => fresh(test)),
  };
}

/** A cluster whose `paths` expand past the matcher's limits claims no file by glob rather than ending the review. */
function safeMatcher(patterns: readonly string[]): (path: string) => boolean {
  try {
    return globMatcher(patterns);
  } catch {
    return () => false;
  }
}
