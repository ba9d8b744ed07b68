import type { Finding } from '../findings.js';
import type { Model } from '../model/types.js';
import { configFinding, describePath } from './problems.js';
import type { Config } from './types.js';

/**
 * What the config says that the reviewed files contradict or cannot honour, found once the
 * model exists. Warnings: the review still runs, but the reader should know which side won.
 */
export function checkConfigAgainstModel(config: Config, model: Model): Finding[] {
  const doc = config.document;
  if (!doc) return [];
  const findings: Finding[] = [];
  const fileClusters = model.clusters.filter((c) => c.source !== 'config');
  for (const entry of config.clusters) {
    const defined = fileClusters.find((c) => c.name === entry.name);
    if (!defined || entry.version === undefined || entry.version === defined.version?.value) continue;
    const stated = defined.version ? `states version ${defined.version.value}` : 'states no fixed version';
    findings.push(
      configFinding(doc, {
        path: ['clusters', entry.index, 'version'],
        severity: 'warning',
        message: `cluster \`${entry.name}\` is defined in ${defined.ref.doc.path}, which ${stated}; the file's definition is used and \`${describePath(['clusters', entry.index, 'version'])}\` (${entry.version}) is ignored: change the version in that file`,
      }),
    );
  }
  const names = model.clusters.map((c) => c.name);
  if (names.length > 0) {
    for (const group of config.nodeGroups) {
      if (group.cluster === undefined || names.includes(group.cluster)) continue;
      findings.push(
        configFinding(doc, {
          path: ['nodeGroups', group.index, 'cluster'],
          severity: 'warning',
          message: `node group \`${group.name}\` joins cluster \`${group.cluster}\`, which no reviewed file or \`clusters\` entry defines (known: ${names.join(', ')}); it is checked with every cluster`,
        }),
      );
    }
  }
  return findings;
}
