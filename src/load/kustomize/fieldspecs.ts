/**
 * Where Kustomize's label and annotation transformers write, for the kinds it knows: its
 * default field specs (kustomize api/konfig/builtinpluginconsts), as data. `group` undefined
 * matches any group; `create` makes missing maps on the way, as Kustomize's `create: true`.
 */
export interface FieldSpec {
  readonly kind?: string;
  readonly group?: string;
  readonly path: readonly string[];
  readonly create: boolean;
}

const spec = (path: string, create: boolean, kind?: string, group?: string): FieldSpec => ({
  path: path.split('/'),
  create,
  ...(kind !== undefined ? { kind } : {}),
  ...(group !== undefined ? { group } : {}),
});

const AFFINITY_SELECTORS = [
  'spec/template/spec/affinity/podAffinity/preferredDuringSchedulingIgnoredDuringExecution/podAffinityTerm/labelSelector/matchLabels',
  'spec/template/spec/affinity/podAffinity/requiredDuringSchedulingIgnoredDuringExecution/labelSelector/matchLabels',
  'spec/template/spec/affinity/podAntiAffinity/preferredDuringSchedulingIgnoredDuringExecution/podAffinityTerm/labelSelector/matchLabels',
  'spec/template/spec/affinity/podAntiAffinity/requiredDuringSchedulingIgnoredDuringExecution/labelSelector/matchLabels',
];

/** `commonLabels`, and `labels` with `includeSelectors`: metadata, selectors and pod templates. */
export const COMMON_LABELS: readonly FieldSpec[] = [
  spec('metadata/labels', true),
  spec('spec/selector', true, 'Service', ''),
  spec('spec/selector', true, 'ReplicationController', ''),
  spec('spec/template/metadata/labels', true, 'ReplicationController', ''),
  spec('spec/selector/matchLabels', true, 'Deployment'),
  spec('spec/template/metadata/labels', true, 'Deployment'),
  ...AFFINITY_SELECTORS.map((p) => spec(p, false, 'Deployment', 'apps')),
  spec('spec/selector/matchLabels', true, 'ReplicaSet'),
  spec('spec/template/metadata/labels', true, 'ReplicaSet'),
  spec('spec/selector/matchLabels', true, 'DaemonSet'),
  spec('spec/template/metadata/labels', true, 'DaemonSet'),
  spec('spec/selector/matchLabels', true, 'StatefulSet', 'apps'),
  spec('spec/template/metadata/labels', true, 'StatefulSet', 'apps'),
  ...AFFINITY_SELECTORS.map((p) => spec(p, false, 'StatefulSet', 'apps')),
  spec('spec/volumeClaimTemplates/metadata/labels', true, 'StatefulSet', 'apps'),
  spec('spec/selector/matchLabels', false, 'Job', 'batch'),
  spec('spec/template/metadata/labels', true, 'Job', 'batch'),
  spec('spec/jobTemplate/spec/selector/matchLabels', false, 'CronJob', 'batch'),
  spec('spec/jobTemplate/spec/template/metadata/labels', true, 'CronJob', 'batch'),
  spec('spec/selector/matchLabels', false, 'PodDisruptionBudget', 'policy'),
  spec('spec/podSelector/matchLabels', false, 'NetworkPolicy', 'networking.k8s.io'),
  spec('spec/ingress/from/podSelector/matchLabels', false, 'NetworkPolicy', 'networking.k8s.io'),
  spec('spec/egress/to/podSelector/matchLabels', false, 'NetworkPolicy', 'networking.k8s.io'),
];

/** `labels` with `includeTemplates` (and without selectors): metadata and pod templates. */
export const TEMPLATE_LABELS: readonly FieldSpec[] = [
  spec('metadata/labels', true),
  spec('spec/template/metadata/labels', true, 'ReplicationController', ''),
  spec('spec/template/metadata/labels', true, 'Deployment'),
  spec('spec/template/metadata/labels', true, 'ReplicaSet'),
  spec('spec/template/metadata/labels', true, 'DaemonSet'),
  spec('spec/template/metadata/labels', true, 'StatefulSet', 'apps'),
  spec('spec/template/metadata/labels', true, 'Job', 'batch'),
  spec('spec/jobTemplate/spec/template/metadata/labels', true, 'CronJob', 'batch'),
];

export const METADATA_LABELS: readonly FieldSpec[] = [spec('metadata/labels', true)];

/** `commonAnnotations`: metadata and pod templates. */
export const COMMON_ANNOTATIONS: readonly FieldSpec[] = [
  spec('metadata/annotations', true),
  spec('spec/template/metadata/annotations', true, 'ReplicationController', ''),
  spec('spec/template/metadata/annotations', true, 'Deployment'),
  spec('spec/template/metadata/annotations', true, 'ReplicaSet'),
  spec('spec/template/metadata/annotations', true, 'DaemonSet'),
  spec('spec/template/metadata/annotations', true, 'StatefulSet', 'apps'),
  spec('spec/template/metadata/annotations', true, 'Job', 'batch'),
  spec('spec/jobTemplate/metadata/annotations', true, 'CronJob', 'batch'),
  spec('spec/jobTemplate/spec/template/metadata/annotations', true, 'CronJob', 'batch'),
];

/** Kinds without a namespace: the namespace transformer leaves them alone. */
export const CLUSTER_SCOPED_KINDS: ReadonlySet<string> = new Set([
  'APIService',
  'CertificateSigningRequest',
  'ClusterRole',
  'ClusterRoleBinding',
  'ComponentStatus',
  'CSIDriver',
  'CSINode',
  'CustomResourceDefinition',
  'FlowSchema',
  'IngressClass',
  'MutatingWebhookConfiguration',
  'Namespace',
  'Node',
  'PersistentVolume',
  'PodSecurityPolicy',
  'PriorityClass',
  'PriorityLevelConfiguration',
  'RuntimeClass',
  'SelfSubjectAccessReview',
  'SelfSubjectRulesReview',
  'StorageClass',
  'SubjectAccessReview',
  'TokenReview',
  'ValidatingAdmissionPolicy',
  'ValidatingAdmissionPolicyBinding',
  'ValidatingWebhookConfiguration',
  'VolumeAttachment',
]);

/** Kinds whose `spec.replicas` the `replicas` field sets. */
export const REPLICATED_KINDS: ReadonlySet<string> = new Set(['Deployment', 'ReplicaSet', 'ReplicationController', 'StatefulSet']);
