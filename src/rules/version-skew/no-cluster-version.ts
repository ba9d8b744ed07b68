import { API_OPTIONS, type ApiOptions } from './_options.js';
import { defineRule, type RuleReport } from '../types.js';
import { unversionedApiUses } from './_apis.js';
import { oldestRunnable } from './_calendar.js';
import { clusterVersion, minorNumber } from './_versions.js';

export default defineRule<ApiOptions>({
  id: 'version-skew/no-cluster-version',
  family: 'version-skew',
  defaultSeverity: 'notice',
  optionsSchema: API_OPTIONS,
  reach: 'aggregate',
  description: 'No cluster version is known, so manifests on APIs that Kubernetes deprecates or removes cannot be checked against one.',
  check: ({ model, now, options }) => {
    if (model.clusters.some((c) => clusterVersion(c) !== undefined)) return [];
    const floor = minorNumber(oldestRunnable(now)?.version);
    // Those removed before every EKS version still running are reported by removed-api already.
    const open = unversionedApiUses(model, options.apis).filter((use) => floor === undefined || use.removed > floor);
    const first = open[0];
    if (!first) return [];
    const apis = [...new Set(open.map((u) => `${u.row.apiVersion} ${u.row.kind}`))];
    const listed = apis.length > 3 ? `${apis.slice(0, 3).join(', ')} and ${apis.length - 3} more` : apis.join(', ');
    const report: RuleReport = {
      subject: first.manifest,
      at: ['apiVersion'],
      message:
        `${open.length} manifest${open.length === 1 ? '' : 's'} use${open.length === 1 ? 's' : ''} APIs that Kubernetes deprecates or removes (${listed}), ` +
        `but no cluster in this review states its Kubernetes version, so none could be checked against one; ` +
        `declare the cluster in .github/manifest-review.yaml (clusters: [{name: prod, provider: eks, version: "1.33", paths: [...]}]) to check them.`,
    };
    return [report];
  },
});
