/**
 * Frees what no rule reads, once the model is built. A repository's CustomResourceDefinitions,
 * ConfigMaps (dashboards, scripts) and RBAC rules are most of its bytes in many trees (on the
 * corpus: 6.8 MB of CRD schemas, 3.5 MB of ConfigMaps, 2.3 MB of RBAC, as JSON) and the rules
 * look at such objects only as objects: their apiVersion and kind (removed and deprecated APIs)
 * and their metadata (names, suppression annotations). Positions and the text of values come from
 * the parser's events, not from the values, so they stay exact.
 */
import type { LoadedFile } from '../load/types.js';
import { documentObjects } from './build.js';

/**
 * Kinds no rule reads beyond the object itself: only `removed-api`/`deprecated-api` look at them,
 * each on its own (a change's review treats them as leaves, src/engine/affected.ts).
 */
export const INERT_KINDS: readonly string[] = [
  'ConfigMap',
  'Secret',
  'ServiceAccount',
  'Role',
  'RoleBinding',
  'ClusterRole',
  'ClusterRoleBinding',
  'PersistentVolumeClaim',
  'PodDisruptionBudget',
  'NetworkPolicy',
  'Namespace',
];

/**
 * Kinds no rule or model builder reads past apiVersion, kind and metadata: the inert kinds, and
 * CRDs and monitoring objects, which no rule links to anything either. A kind some rule starts
 * reading must leave this list (a test fails while model or rule code names one).
 */
export const IDENTITY_ONLY_KINDS: ReadonlySet<string> = new Set([
  ...INERT_KINDS,
  'CustomResourceDefinition',
  'PrometheusRule',
  'ServiceMonitor',
  'PodMonitor',
  'GrafanaDashboard',
]);

const KEPT_FIELDS = new Set(['apiVersion', 'kind', 'metadata']);

/**
 * Drops every field but apiVersion, kind and metadata from the manifests of identity-only kinds
 * in `files`, in place, so their values can be collected. Only for a tree nothing builds from
 * again: a kustomization reads its bases' values (`keep` names the files builds consumed, never
 * touched), and a change's review models unchanged files twice. Returns how many were released.
 */
export function releaseUnreadValues(files: readonly LoadedFile[], keep?: ReadonlySet<string>): number {
  let released = 0;
  for (const file of files) {
    if (keep?.has(file.path)) continue;
    for (const doc of file.documents) {
      for (const { manifest } of documentObjects(doc).manifests) {
        if (!IDENTITY_ONLY_KINDS.has(manifest.kind)) continue;
        const raw = manifest.raw as Record<string, unknown>;
        for (const key of Object.keys(raw)) if (!KEPT_FIELDS.has(key)) delete raw[key];
        released++;
      }
    }
  }
  return released;
}
