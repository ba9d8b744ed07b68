/**
 * Version arithmetic shared by the version-skew rules: which cluster (and so which target
 * version) an object belongs to, the kubelet skew policy, and base/head matching.
 */
import { EKS_VERSIONS } from '../../data/eks-versions.js';
import type { Cluster, Model, ModelObject, NodeGroup, Scope } from '../../model/types.js';
import { scopesManifestsAmong } from '../../model/scopes.js';
import { minorNumber, minorText } from '../../model/versions.js';
import { entryOf } from '../../model/util.js';
import { settingName } from '../terms.js';
import type { AlsoRead, SubjectReport } from '../types.js';

export { minorNumber, minorText };

/** A cluster whose version the manifests fix, with that version's minor number. */
export interface ClusterVersion {
  readonly cluster: Cluster;
  readonly minor: number;
}

const TABLE_MINORS = EKS_VERSIONS.map((v) => minorNumber(v.version)).filter((m): m is number => m !== undefined);
/** The oldest and newest minors EKS has offered, as the version table knows them. */
export const EKS_MINORS = { oldest: Math.min(...TABLE_MINORS), newest: Math.max(...TABLE_MINORS) } as const;
/**
 * Minors past the newest in the table that may simply be newer than the table: a Kubernetes
 * minor comes about every four months, so two cover a table a few months old.
 */
export const NEWER_THAN_TABLE = 2;

/** Whether EKS may run this minor: in the table, or just past it. 1.3 and 1.99 are not versions to judge by. */
export function plausibleEksMinor(minor: number): boolean {
  return minor >= EKS_MINORS.oldest && minor <= EKS_MINORS.newest + NEWER_THAN_TABLE;
}

export function clusterVersion(cluster: Cluster | undefined): ClusterVersion | undefined {
  const minor = minorNumber(cluster?.version?.value);
  // A version EKS does not have is reported by version-skew/invalid-version, never judged by.
  return cluster && minor !== undefined && plausibleEksMinor(minor) ? { cluster, minor } : undefined;
}

/**
 * How a cluster's version came to be read, for messages: " (the default of Parameter
 * KubernetesVersion)" when a CloudFormation Parameter gives it, else nothing.
 */
export function versionOrigin(cluster: Cluster): string {
  const parameter = cluster.version?.parameter;
  return parameter ? ` (with the default of Parameter ${parameter.name}; a stack may deploy another value)` : '';
}

/** The cluster version a finding is judged against, as a value it rests on (so what reading it assumed is said). */
export function versionRead(target: ClusterVersion): readonly AlsoRead[] {
  const cluster = target.cluster;
  return entryOf(versionReads, cluster, () => (cluster.version ? [{ subject: cluster, at: cluster.version.path }] : []));
}

// One per cluster, shared by its findings (read only): removed-api asks once per finding per
// failing cluster, and a fresh read each time was promoted garbage (~0.3 MB on the corpus).
const versionReads = new WeakMap<Cluster, readonly AlsoRead[]>();

export function describeCluster(target: ClusterVersion): string {
  const parameter = target.cluster.version?.parameter;
  return `cluster ${target.cluster.name} (${minorText(target.minor)}${parameter ? `, the default of Parameter ${parameter.name}` : ''})`;
}

type Member = 'nodeGroups' | 'manifests' | 'workloads';
const membership = new WeakMap<Scope, Partial<Record<Member, Set<ModelObject>>>>();

/** The scope's members of one kind as a set, made when first asked for (kubelet rules ask only about node groups). */
function membersOf(scope: Scope, field: Member): Set<ModelObject> {
  let sets = membership.get(scope);
  if (!sets) membership.set(scope, (sets = {}));
  return (sets[field] ??= new Set<ModelObject>(scope[field]));
}

/** The clusters an object belongs to: those whose version is known, and how many there are in all. */
export interface Targets {
  readonly known: readonly ClusterVersion[];
  /** Clusters holding the object, with or without a known version. */
  readonly total: number;
}

/**
 * The clusters of every scope holding the object. Usually one; an object as near to several
 * clusters by directory belongs to each of them. A finding that must hold whichever cluster
 * is the real one checks `known.length === total` first.
 */
export function targetsOf(model: Model, object: ModelObject, field: Member): Targets {
  const known: ClusterVersion[] = [];
  let total = 0;
  for (const scope of model.scopes) {
    if (!scope.cluster || !membersOf(scope, field).has(object)) continue;
    total++;
    const target = clusterVersion(scope.cluster);
    if (target) known.push(target);
  }
  return { known, total };
}

/** Up to this many objects, targetsOfEach searches each scope's list for each of them (more are found by one walk over each list). */
const FEW_OBJECTS = 16;

/**
 * `targetsOf` for many objects at once, by one walk over the scopes' members: a set of every
 * scope's members, made for one question each, held every manifest once per scope it is near (on
 * the corpus 122 scopes, ~585,000 set entries, 22 MiB, for the few hundred manifests asked about).
 */
export function targetsOfEach<T extends ModelObject>(model: Model, objects: readonly T[], field: Member): Map<T, Targets> {
  const found = new Map<ModelObject, { known: ClusterVersion[]; total: number; lastScope: number }>();
  for (const object of objects) found.set(object, { known: [], total: 0, lastScope: -1 });
  // A scope's manifests are every manifest near it: with several scopes, only those asked about
  // are walked (one scope's are the model's, walked once either way).
  const among = field === 'manifests' && model.scopes.length > 1 ? scopesManifestsAmong(model.scopes, new Set<ModelObject>(objects)) : undefined;
  // A few objects (the corpus's 9 kube-proxy DaemonSets) are each looked for in every scope's list
  // (122 on the corpus) by the engine's own search: a map lookup per member took ~12 ms there on
  // Node 20, in a loop that runs once a review, never warm.
  const few = !among && found.size <= FEW_OBJECTS ? [...found] : undefined;
  model.scopes.forEach((scope, i) => {
    if (!scope.cluster || found.size === 0) return;
    if (few) {
      const members = scope[field] as readonly ModelObject[];
      for (const [object, entry] of few) {
        // A scope counts once however often it lists the object, as the set did.
        if (!members.includes(object)) continue;
        entry.total++;
        const target = clusterVersion(scope.cluster);
        if (target) entry.known.push(target);
      }
      return;
    }
    for (const member of among ? (among[i] ?? []) : scope[field]) {
      const entry = found.get(member);
      // A scope counts once however often it lists the object, as the set did.
      if (!entry || entry.lastScope === i) continue;
      entry.lastScope = i;
      entry.total++;
      const target = clusterVersion(scope.cluster);
      if (target) entry.known.push(target);
    }
  });
  return new Map(
    objects.map((object): [T, Targets] => {
      const { known, total } = found.get(object) ?? { known: [], total: 0 };
      return [object, { known, total }];
    }),
  );
}

/**
 * Upstream skew policy (kubernetes.io/releases/version-skew-policy): a kubelet may lag the
 * API server by 3 minors from kubelet 1.25 on, by 2 before (data/skew-policy.md §2).
 */
export function maxKubeletLag(kubeletMinor: number): number {
  return kubeletMinor >= 25 ? 3 : 2;
}

/** The oldest kubelet minor an API server minor accepts (1.27 → 1.25, 1.28 → 1.25, 1.30 → 1.27). */
export function oldestKubeletFor(apiServerMinor: number): number {
  let k = apiServerMinor;
  while (k > 0 && apiServerMinor - (k - 1) <= maxKubeletLag(k - 1)) k--;
  return k;
}

/** A node group's kubelet minor when its manifests pin one; undefined when it follows the cluster or is unknown. */
export function nodeMinor(group: NodeGroup): number | undefined {
  const minor = minorNumber(group.version?.value);
  return minor !== undefined && plausibleEksMinor(minor) ? minor : undefined;
}

/**
 * A managed node group launched from an AMI its definition names (a launch template `ImageId`,
 * eksctl `ami`): EKS then does not know, or check, the version its kubelets run.
 */
export function onCustomAmi(group: NodeGroup): boolean {
  return group.managed && group.ami !== undefined;
}

/** Where to point at a node group's version: its own document, or the EC2NodeClass that pins it. */
export function atNodeVersion(group: NodeGroup): Pick<SubjectReport, 'subject' | 'at'> {
  if (!group.version) return { subject: group, at: group.path };
  return { subject: group.version.subject ?? group, at: group.version.path };
}

const topDirectory = (file: string): string | undefined => {
  const parts = file.split('/');
  return parts.length > 1 ? parts[0] : undefined;
};

/**
 * " (defined in infra/cluster.yaml, …)" when the cluster an object is judged against is defined
 * under another top-level directory than the object's file: in a repository of independent
 * projects, sharing only the root says little, so the reader must see which file was used.
 */
export function distantDefinition(cluster: Cluster, object: ModelObject): string {
  if (cluster.source === 'config') return '';
  const clusterTop = topDirectory(cluster.ref.doc.path);
  if (clusterTop === undefined || clusterTop === topDirectory(object.ref.doc.path)) return '';
  return ` (defined in ${cluster.ref.doc.path}, which shares no directory with this file; if this file runs elsewhere, map it with clusters[].paths in .github/manifest-review.yaml)`;
}

/** How a node group is named in messages: "managed node group workers", "AutoScalingGroup NodeGroup". */
export function describeNodeGroup(group: NodeGroup): string {
  switch (group.source) {
    case 'eksctl-managed':
    case 'cfn-nodegroup':
      return `managed node group ${group.name}`;
    case 'eksctl-nodegroup':
      return `self-managed node group ${group.name}`;
    case 'cfn-autoscaling':
      return `self-managed node group (${group.kind === 'AWS::AutoScaling::AutoScalingGroup' ? 'AutoScalingGroup' : group.kind}) ${group.name}`;
    case 'karpenter':
      return `Karpenter ${group.kind} ${group.name}`;
    default:
      return `node group ${group.name}`;
  }
}

/** "(from Version)" and, for a CloudFormation Parameter default, the caveat that a stack may override it. */
export function versionSource(group: NodeGroup): string {
  const version = group.version;
  if (!version) return '';
  const where = version.subject ? ` in ${version.subject.kind} ${version.subject.name}` : '';
  // `from` starts with the field's name in the kind's words ("ReleaseVersion 1.29.0-…"): the definition's own name replaces it.
  const field = /^\S+/.exec(version.from)?.[0] ?? '';
  const from = version.subject ? version.from : settingName(group, version.path, field) + version.from.slice(field.length);
  return `(from ${from}${where}${version.parameter ? `; a stack that overrides ${version.parameter} may run another version` : ''})`;
}

/**
 * The same object in another revision: same kind and name in the same file, else the only
 * object of that kind and name (a file may move in the change).
 */
export function matchObject<T extends ModelObject>(object: T, candidates: readonly T[]): T | undefined {
  const same = candidates.filter((c) => c.kind === object.kind && c.name === object.name);
  const inFile = same.filter((c) => c.ref.doc.path === object.ref.doc.path);
  if (inFile.length === 1) return inFile[0];
  return same.length === 1 ? same[0] : undefined;
}
