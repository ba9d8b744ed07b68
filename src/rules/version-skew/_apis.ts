/** Lookups in the API lifecycle table (src/data/api-lifecycle.ts) shared by removed-api and deprecated-api. */
import { API_LIFECYCLE, type ApiLifecycle } from '../../data/api-lifecycle.js';
import type { Manifest, Model } from '../../model/types.js';
import type { CustomApi } from './_options.js';
import { clusterVersion, describeCluster, matchObject, minorNumber, minorText, targetsOfEach, type ClusterVersion, type Targets } from './_versions.js';

const BY_KEY = new Map(API_LIFECYCLE.map((row) => [`${row.apiVersion} ${row.kind}`, row]));

export function lifecycleOf(apiVersion: string, kind: string, custom?: ReadonlyMap<string, ApiLifecycle>): ApiLifecycle | undefined {
  const key = `${apiVersion.trim()} ${kind.trim()}`;
  return custom?.get(key) ?? BY_KEY.get(key);
}

/** The config's `apis` entries as table rows (source `config`), keyed like the table; they win over it. */
function customRows(apis: readonly CustomApi[] | undefined): ReadonlyMap<string, ApiLifecycle> | undefined {
  if (!apis?.length) return undefined;
  return new Map(apis.map((api) => [`${api.apiVersion.trim()} ${api.kind.trim()}`, { ...api, source: 'config' as const }]));
}

/** A manifest whose API the table lists, with the clusters it is applied to. */
export interface ApiUse {
  readonly manifest: Manifest;
  readonly row: ApiLifecycle;
  readonly removed: number;
  /** Its clusters whose version is known. */
  readonly targets: readonly ClusterVersion[];
  /** All its clusters, known or not. */
  readonly total: number;
}

function allApiUses(model: Model, custom: ReadonlyMap<string, ApiLifecycle> | undefined): ApiUse[] {
  // Looked up once per apiVersion and kind, not per manifest: a repository has thousands of
  // manifests of a few dozen APIs. Null: the table does not list it or names no removal.
  const removals = new Map<string, Map<string, { row: ApiLifecycle; removed: number } | null>>();
  const removalOf = (apiVersion: string, kind: string): { row: ApiLifecycle; removed: number } | null => {
    let byKind = removals.get(apiVersion);
    if (!byKind) removals.set(apiVersion, (byKind = new Map()));
    let known = byKind.get(kind);
    if (known === undefined) {
      const row = lifecycleOf(apiVersion, kind, custom);
      const removed = minorNumber(row?.removedIn);
      byKind.set(kind, (known = row && removed !== undefined ? { row, removed } : null));
    }
    return known;
  };
  const listed = model.manifests.flatMap((manifest) => {
    const removal = removalOf(manifest.apiVersion, manifest.kind);
    return removal ? [{ manifest, ...removal }] : [];
  });
  const targets = targetsOfEach(
    model,
    listed.map(({ manifest }) => manifest),
    'manifests',
  );
  return listed.map(({ manifest, row, removed }): ApiUse => {
    const { known, total } = targets.get(manifest) as Targets;
    return { manifest, row, removed, targets: known, total };
  });
}

// The API rules read them once per model and options; the model is immutable.
const usesByModel = new WeakMap<Model, Map<string, ApiUse[]>>();
function cachedUses(model: Model, apis: readonly CustomApi[] | undefined): ApiUse[] {
  let byOptions = usesByModel.get(model);
  if (!byOptions) usesByModel.set(model, (byOptions = new Map()));
  const key = JSON.stringify(apis ?? []);
  let uses = byOptions.get(key);
  if (!uses) byOptions.set(key, (uses = allApiUses(model, customRows(apis))));
  return uses;
}

/** Manifests whose API the table (or the config's `apis`) lists and whose cluster version is known. */
export function apiUses(model: Model, apis?: readonly CustomApi[]): ApiUse[] {
  return cachedUses(model, apis).filter((use) => use.targets.length > 0);
}

/** Manifests whose API the table (or the config's `apis`) lists but which no cluster of known version holds. */
export function unversionedApiUses(model: Model, apis?: readonly CustomApi[]): ApiUse[] {
  return cachedUses(model, apis).filter((use) => use.targets.length === 0);
}

/** An API version a manifest of this kind could move to, with its lifecycle as far as the tables know it. */
interface Destination {
  readonly apiVersion: string;
  /** First minor serving it; undefined when no table says (it is then never offered). */
  readonly since?: string;
  readonly deprecatedIn?: string;
  /** Undefined for a version no table removes (a GA version). */
  readonly removedIn?: string;
}

const groupOf = (apiVersion: string): string => apiVersion.split('/')[0] ?? '';
const byMinor = (version: string | undefined): number => minorNumber(version) ?? Number.POSITIVE_INFINITY;

const destinationsOfRow = new WeakMap<ApiLifecycle, readonly Destination[]>();

/**
 * Every other version of the same kind the tables know: same-group rows and the replacements rows
 * name. Once per row (rows are not changed once made): every finding about a removed or
 * deprecated API asks twice, for its advice and its fix, and each answer is two passes over the table.
 */
function destinations(row: ApiLifecycle): readonly Destination[] {
  let known = destinationsOfRow.get(row);
  if (!known) destinationsOfRow.set(row, (known = destinationsOf(row)));
  return known;
}

function destinationsOf(row: ApiLifecycle): Destination[] {
  const out = new Map<string, Destination>();
  for (const other of API_LIFECYCLE) {
    if (other.kind !== row.kind || other.apiVersion === row.apiVersion || groupOf(other.apiVersion) !== groupOf(row.apiVersion)) continue;
    out.set(other.apiVersion, {
      apiVersion: other.apiVersion,
      ...(other.introducedIn ? { since: other.introducedIn } : {}),
      ...(other.deprecatedIn ? { deprecatedIn: other.deprecatedIn } : {}),
      removedIn: other.removedIn,
    });
  }
  for (const other of API_LIFECYCLE) {
    const target = other.replacementApi;
    if (other.kind !== row.kind || !target || target === row.apiVersion || out.has(target)) continue;
    // A replacement in another group may have a row of its own (extensions → policy/v1beta1 PodSecurityPolicy).
    const own = lifecycleOf(target, row.kind);
    const since = own?.introducedIn ?? other.replacementAvailableIn;
    out.set(target, {
      apiVersion: target,
      ...(since ? { since } : {}),
      ...(own?.deprecatedIn ? { deprecatedIn: own.deprecatedIn } : {}),
      ...(own ? { removedIn: own.removedIn } : {}),
    });
  }
  // The row's own replacement, when the row is not in the table (the config's `apis`).
  if (row.replacementApi && !out.has(row.replacementApi)) {
    out.set(row.replacementApi, { apiVersion: row.replacementApi, ...(row.replacementAvailableIn ? { since: row.replacementAvailableIn } : {}) });
  }
  return [...out.values()];
}

/**
 * What to migrate to, for clusters from `oldest` to `newest`: a version every one of them already
 * serves and none has removed, preferably one none of them deprecates (flowcontrol v1beta2 on
 * 1.28 → v1beta3, served since 1.26, not v1, served from 1.29). A GA version beats a beta; among
 * betas, the one removed last. Undefined when no such version exists.
 */
export function replacementFor(row: ApiLifecycle, oldest: number, newest: number): (Destination & { deprecatedThere: boolean }) | undefined {
  const served = destinations(row).filter((d) => d.since !== undefined && byMinor(d.since) <= oldest && byMinor(d.removedIn) > newest);
  const rank = (d: Destination): number => byMinor(d.removedIn);
  const best = (list: readonly Destination[]): Destination | undefined =>
    list.reduce<Destination | undefined>(
      (a, b) => (!a || rank(b) > rank(a) || (rank(b) === rank(a) && byMinor(b.since) > byMinor(a.since)) ? b : a),
      undefined,
    );
  const clean = best(served.filter((d) => d.deprecatedIn === undefined || byMinor(d.deprecatedIn) > newest));
  if (clean) return { ...clean, deprecatedThere: false };
  const fallback = best(served);
  return fallback ? { ...fallback, deprecatedThere: true } : undefined;
}

/** The replacement apiVersion as an edit of the `apiVersion` value (a review suggestion), when there is one. */
export function replacementFix(row: ApiLifecycle, oldest: number, newest: number): { fix?: { at: readonly string[]; replacement: string } } {
  const replacement = replacementFor(row, oldest, newest);
  return replacement ? { fix: { at: ['apiVersion'], replacement: replacement.apiVersion } } : {};
}

/** "use apiVersion: apps/v1 (served since 1.9)[ before …], adjusting any fields that changed" */
export function replacementAdvice(row: ApiLifecycle, oldest: number, newest: number, when = ''): string {
  const replacement = replacementFor(row, oldest, newest);
  if (!replacement) {
    if (row.replacementApi) {
      // Nothing the clusters serve yet: the table's replacement, once they do.
      const since = row.replacementAvailableIn ? ` (from ${row.replacementAvailableIn})` : '';
      return `move to apiVersion: ${row.replacementApi} once the cluster serves it${since}${when}, adjusting any fields that changed`;
    }
    return `${row.apiVersion} ${row.kind} has no replacement API: remove the object${when} (for PodSecurityPolicy, use Pod Security Admission or a policy webhook)`;
  }
  const since = replacement.since ? ` (served since ${replacement.since})` : '';
  const caveat =
    replacement.deprecatedThere && replacement.removedIn
      ? `; it is itself deprecated from ${replacement.deprecatedIn} and no longer served from ${replacement.removedIn}, so plan the next move too`
      : '';
  return `use apiVersion: ${replacement.apiVersion}${since}${when}, adjusting any fields that changed${caveat}`;
}

/** "cluster prod runs 1.23, cluster staging runs 1.24" */
export function clustersRun(targets: readonly ClusterVersion[]): string {
  if (targets.length > 3) return `${describeTargets(targets)} run it`;
  return targets.map((t) => `cluster ${t.cluster.name} runs ${minorText(t.minor)}`).join(', ');
}

/** "cluster a (1.22), cluster b (1.21), cluster c (1.31) and 6 more": a tie can hold many clusters. */
export function describeTargets(targets: readonly ClusterVersion[], shown = 3): string {
  const named = targets.slice(0, shown).map(describeCluster).join(', ');
  return targets.length > shown ? `${named} and ${targets.length - shown} more` : named;
}

/**
 * "this change upgrades cluster prod from 1.21 to 1.22, which stops serving it": why a file
 * the change did not touch has a new finding.
 */
export function upgradeCause(baseModel: Model | undefined, targets: readonly ClusterVersion[], threshold: number, what: string): string | undefined {
  if (!baseModel) return undefined;
  for (const target of targets) {
    const base = clusterVersion(matchObject(target.cluster, baseModel.clusters));
    if (base && base.minor < threshold && target.minor >= threshold) {
      return `this change upgrades cluster ${target.cluster.name} from ${minorText(base.minor)} to ${minorText(target.minor)}, which ${what}`;
    }
  }
  return undefined;
}
