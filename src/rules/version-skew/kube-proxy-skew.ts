import type { ClusterAddon, Model, Workload } from '../../model/types.js';
import { defineRule, type RuleReport } from '../types.js';
import {
  clusterVersion,
  describeCluster,
  maxKubeletLag,
  minorNumber,
  minorText,
  plausibleEksMinor,
  targetsOfEach,
  versionRead,
  type ClusterVersion,
  type Targets,
} from './_versions.js';

/**
 * The clusters an add-on runs on: the one it names (the nearest of that name when several
 * share it), else — for a DaemonSet — the clusters its manifest joins. Undefined entries are
 * clusters without a known version: a finding must then hold for none of them.
 */
function clustersOf(model: Model, addon: ClusterAddon, ofWorkloads: ReadonlyMap<Workload, Targets>): { known: readonly ClusterVersion[]; total: number } {
  if (addon.workload) return ofWorkloads.get(addon.workload) ?? { known: [], total: 0 };
  const named = model.clusters.filter((c) => c.name === addon.clusterName);
  if (named.length === 0) return { known: [], total: 0 };
  if (named.length > 1) return { known: [], total: named.length };
  const target = clusterVersion(named[0]);
  return { known: target ? [target] : [], total: 1 };
}

function where(addon: ClusterAddon): string {
  switch (addon.source) {
    case 'manifest':
      return `DaemonSet ${addon.name} runs kube-proxy ${addon.version.value}`;
    case 'eksctl':
      return `the kube-proxy add-on of eksctl cluster ${addon.clusterName ?? ''} is pinned to ${addon.version.value}`;
    default:
      return `${addon.kind} ${addon.name} pins kube-proxy ${addon.version.value}`;
  }
}

export default defineRule({
  id: 'version-skew/kube-proxy-skew',
  family: 'version-skew',
  defaultSeverity: 'error',
  reach: 'context',
  description: 'kube-proxy is newer than the control plane, or older than the skew policy allows (3 minors from 1.25, else 2).',
  check: ({ model }) => {
    const minorOf = (addon: ClusterAddon): number | undefined => {
      if (addon.addon !== 'kube-proxy') return undefined;
      const p = minorNumber(addon.version.value);
      return p !== undefined && plausibleEksMinor(p) ? p : undefined;
    };
    // One walk over the scopes for every kube-proxy DaemonSet: `targetsOf` keeps a set of each
    // scope's workloads for the rest of the review (on the corpus ~2.6 MB, live at the heap's peak).
    const daemonSets = model.addons.flatMap((addon) => (addon.workload && minorOf(addon) !== undefined ? [addon.workload] : []));
    const ofWorkloads = daemonSets.length > 0 ? targetsOfEach(model, daemonSets, 'workloads') : new Map<Workload, Targets>();
    return model.addons.flatMap((addon): RuleReport[] => {
      const p = minorOf(addon);
      if (p === undefined) return [];
      const { known, total } = clustersOf(model, addon, ofWorkloads);
      // Only when every cluster it may run on is known and disagrees with it: otherwise the pairing is a guess.
      if (known.length === 0 || known.length < total) return [];
      const tooNew = known.every((t) => p > t.minor);
      const tooOld = known.every((t) => t.minor - p > maxKubeletLag(p));
      if (!tooNew && !tooOld) return [];
      const at = { subject: addon.workload ?? addon, at: addon.version.path };
      if (tooNew) {
        const nearest = known.reduce((a, b) => (b.minor > a.minor ? b : a));
        return [
          {
            ...at,
            alsoReads: versionRead(nearest),
            message:
              `${where(addon)}, newer than the API server of ${describeCluster(nearest)}: kube-proxy must never be newer than the control plane; ` +
              `pin kube-proxy ${minorText(nearest.minor)} (or upgrade the control plane first, one minor at a time).`,
          },
        ];
      }
      const nearest = known.reduce((a, b) => (b.minor < a.minor ? b : a));
      return [
        {
          ...at,
          alsoReads: versionRead(nearest),
          message:
            `${where(addon)}, ${nearest.minor - p} minors behind the API server of ${describeCluster(nearest)}; kube-proxy ${minorText(p)} may lag it by at most ` +
            `${maxKubeletLag(p)} minors (${p >= 25 ? 'before 1.25: 2' : 'from 1.25 on: 3'}); upgrade kube-proxy to ${minorText(nearest.minor)}.`,
        },
      ];
    });
  },
});
