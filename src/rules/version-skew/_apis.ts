/** Lookups in the API lifecycle table (src/data/api-lifecycle.ts) shared by removed-api and deprecated-api. */
import { API_LIFECYCLE, type ApiLifecycle } from '../../data/api-lifecycle.js';
import type { Manifest, Model } from '../../model/types.js';
import { clusterVersion, describeCluster, matchObject, minorNumber, minorText, targetsOf, type ClusterVersion } from './_versions.js';

const BY_KEY = new Map(API_LIFECYCLE.map((row) => [`${row.apiVersion} ${row.kind}`, row]));

export function lifecycleOf(apiVersion: string, kind: string): ApiLifecycle | undefined {
  return BY_KEY.get(`${apiVersion.trim()} ${kind.trim()}`);
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

export function apiUses(model: Model): ApiUse[] {
  return model.manifests.flatMap((manifest): ApiUse[] => {
    const row = lifecycleOf(manifest.apiVersion, manifest.kind);
    const removed = minorNumber(row?.removedIn);
    if (!row || removed === undefined) return [];
    const { known, total } = targetsOf(model, manifest, 'manifests');
    return known.length ? [{ manifest, row, removed, targets: known, total }] : [];
  });
}

/**
 * What to migrate to for clusters up to `newest`: the table's replacement, followed while that
 * one is itself gone by then (flowcontrol v1beta1 → v1beta2 → v1). Undefined: no replacement.
 */
export function replacementFor(row: ApiLifecycle, newest: number): { apiVersion: string; since?: string } | undefined {
  let current: ApiLifecycle = row;
  for (let hops = 0; hops < 10 && current.replacementApi; hops++) {
    const next = lifecycleOf(current.replacementApi, row.kind);
    const nextRemoved = minorNumber(next?.removedIn);
    if (!next || nextRemoved === undefined || nextRemoved > newest) break;
    current = next;
  }
  if (!current.replacementApi) return undefined;
  return { apiVersion: current.replacementApi, ...(current.replacementAvailableIn ? { since: current.replacementAvailableIn } : {}) };
}

/** The replacement apiVersion as an edit of the `apiVersion` value (a review suggestion), when there is one. */
export function replacementFix(row: ApiLifecycle, newest: number): { fix?: { at: readonly string[]; replacement: string } } {
  const replacement = replacementFor(row, newest);
  return replacement ? { fix: { at: ['apiVersion'], replacement: replacement.apiVersion } } : {};
}

/** "use apiVersion: apps/v1 (served since 1.9)[ before …], adjusting any fields that changed" */
export function replacementAdvice(row: ApiLifecycle, newest: number, when = ''): string {
  const replacement = replacementFor(row, newest);
  if (!replacement) {
    return `${row.apiVersion} ${row.kind} has no replacement API: remove the object${when} (for PodSecurityPolicy, use Pod Security Admission or a policy webhook)`;
  }
  const since = replacement.since ? ` (served since ${replacement.since})` : '';
  return `use apiVersion: ${replacement.apiVersion}${since}${when}, adjusting any fields that changed`;
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
