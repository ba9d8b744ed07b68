import type { ModelObject } from '../../model/types.js';
import type { PathSegment } from '../../load/types.js';
import { defineRule, type RuleReport } from '../types.js';
import { oldestInStandardSupport } from './_calendar.js';
import { describeNodeGroup, EKS_MINORS, minorNumber, plausibleEksMinor } from './_versions.js';

const { oldest: OLDEST, newest: NEWEST } = EKS_MINORS;

interface StatedVersion {
  readonly subject: ModelObject;
  readonly label: string;
  readonly value: string;
  readonly at: readonly PathSegment[];
}

/**
 * Only what is written as a version is judged: `K8S_VERSION_PLACEHOLDER`, `${K8S_VERSION}` or
 * `{{ .Values.version }}` are filled in before deploying (envsubst, templates) and say nothing.
 */
const WRITTEN_AS_VERSION = /^v?\d+(?:\.\d+)*$/;

function judge(stated: StatedVersion, now: Date): RuleReport[] {
  if (!WRITTEN_AS_VERSION.test(stated.value.trim())) return [];
  const minor = minorNumber(stated.value);
  if (minor !== undefined && minor >= OLDEST && minor <= NEWEST) return [];
  const range = `EKS has offered 1.${OLDEST} to 1.${NEWEST} (the newest this review knows)`;
  const goal = oldestInStandardSupport(now);
  const fix = goal ? `set a version EKS offers, such as ${goal.version} or newer` : 'set a version EKS offers';
  if (minor !== undefined && plausibleEksMinor(minor)) {
    return [
      {
        subject: stated.subject,
        at: stated.at,
        severity: 'warning',
        message:
          `${stated.label} states Kubernetes ${stated.value}, newer than any version this review knows (${range}); ` +
          `if EKS has released it, update manifest-review; otherwise ${fix}. Version checks skip it until then.`,
      },
    ];
  }
  return [
    {
      subject: stated.subject,
      at: stated.at,
      message: `${stated.label} states Kubernetes ${stated.value}, a version EKS does not have (${range}); EKS rejects it, and no version check can run; ${fix}.`,
    },
  ];
}

export default defineRule({
  id: 'version-skew/invalid-version',
  family: 'version-skew',
  defaultSeverity: 'error',
  reach: 'context',
  description: 'A cluster or node group states a Kubernetes version that EKS does not have (1.3, 1.99, 2.0).',
  check: ({ model, now }) => [
    ...model.clusters.flatMap((cluster) =>
      cluster.version && cluster.source !== 'config'
        ? judge({ subject: cluster, label: `cluster ${cluster.name}`, value: cluster.version.value, at: cluster.version.path }, now)
        : [],
    ),
    // Only versions a field states outright: AMI names and release versions are read, not written.
    ...model.nodeGroups.flatMap((group) =>
      group.version && group.version.from === 'Version' && !group.version.subject
        ? judge({ subject: group, label: describeNodeGroup(group), value: group.version.value, at: group.version.path }, now)
        : [],
    ),
  ],
});
