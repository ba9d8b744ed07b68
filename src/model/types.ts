import type { LoadedDocument, PathSegment } from '../load/types.js';

/** Where a model object lives: its document and the path of the object inside it. */
export interface SourceRef {
  readonly doc: LoadedDocument;
  /** Path of the object inside the document ([] for a top-level manifest, ['items', 3] in a List). */
  readonly base: readonly PathSegment[];
}

/** Any object of the model that findings can point at. */
export interface ModelObject {
  readonly kind: string;
  readonly name: string;
  readonly namespace?: string;
  readonly ref: SourceRef;
}

/**
 * The words of the file an object was defined in, where they differ from those of the kind the
 * model reads it as: a Terraform resource is modelled as its CloudFormation twin, but its reader
 * edits HCL, so messages and fixes name the attribute (`endpoint_public_access = false`) rather
 * than the property. Rules ask it; without it they use the kind's own words.
 */
export interface SourceTerms {
  /** What applies the definition, for "… so Terraform leaves it at 1.29". */
  readonly tool: string;
  /** The setting at a path of the object's document (a path as the model reads it), in the source's words. */
  nameAt(path: readonly PathSegment[]): string | undefined;
  /** A setting written as the source writes it: `version = "1.30"`. */
  assignment(name: string, value: string | boolean): string;
}

/** A Kubernetes manifest (or List item) as read, with its identity. */
export interface Manifest extends ModelObject {
  readonly apiVersion: string;
  readonly raw: Readonly<Record<string, unknown>>;
  readonly annotations: Readonly<Record<string, string>>;
  readonly labels: Readonly<Record<string, string>>;
}

export interface Toleration {
  key?: string;
  operator?: 'Exists' | 'Equal';
  value?: string;
  effect?: string;
}

export interface Taint {
  key: string;
  value?: string;
  effect: 'NoSchedule' | 'PreferNoSchedule' | 'NoExecute';
}

export interface NodeSelectorRequirement {
  key: string;
  operator: 'In' | 'NotIn' | 'Exists' | 'DoesNotExist' | 'Gt' | 'Lt';
  values: string[];
}

/** Memory of one container, in bytes; undefined = not set. */
export interface ContainerInfo {
  readonly name: string;
  /** Path of the container relative to the object (e.g. spec.template.spec.containers[0]). */
  readonly path: readonly PathSegment[];
  readonly type: 'container' | 'init' | 'sidecar';
  readonly memoryRequest?: number;
  readonly memoryLimit?: number;
  readonly cpuRequestMillis?: number;
  /** Raw quantity strings, for messages ("3.5Gi"). */
  readonly memoryRequestText?: string;
  readonly memoryLimitText?: string;
  /** A memory request or limit set to something that is not a quantity, as written ("1.5.3Gi"; JSON when not a string). */
  readonly invalidMemoryRequestText?: string;
  readonly invalidMemoryLimitText?: string;
  /** Extended resources some instance type offers (GPUs, Neuron, EFA): the larger of request and limit for each; absent = none. */
  readonly extendedResources?: ReadonlyMap<string, number>;
  /** The image, only where the model reads it: a kube-proxy's or the AWS Load Balancer Controller's (absent for any other). */
  readonly addonImage?: string;
}

/** A pod's own `resources` (PodLevelResources): memory as for a container. */
export interface PodResources {
  readonly memoryRequest?: number;
  readonly memoryLimit?: number;
  readonly invalidMemoryRequestText?: string;
  readonly invalidMemoryLimitText?: string;
}

/** What few pod specs set and the memory rules read (absent on a pod that sets none of them). */
export interface PodSpecRare {
  readonly runtimeClassName?: string;
  readonly nodeName?: string;
  /** Present when the pod spec has a `resources` field at all. */
  readonly resources?: PodResources;
}

export interface PodSpecInfo {
  /** Path of the pod spec relative to the object. */
  readonly path: readonly PathSegment[];
  readonly containers: readonly ContainerInfo[];
  /** Init containers, including native sidecars (`restartPolicy: Always`), in order. */
  readonly initContainers: readonly ContainerInfo[];
  readonly overheadMemory?: number;
  readonly nodeSelector: Readonly<Record<string, string>>;
  /** Required node affinity: OR of terms, each an AND of requirements. Empty = none. */
  readonly requiredNodeAffinity: readonly (readonly NodeSelectorRequirement[])[];
  readonly tolerations: readonly Toleration[];
  readonly hostNetwork: boolean;
  readonly labels: Readonly<Record<string, string>>;
  readonly rare?: PodSpecRare;
}

export type WorkloadKind = 'Pod' | 'Deployment' | 'StatefulSet' | 'DaemonSet' | 'ReplicaSet' | 'ReplicationController' | 'Job' | 'CronJob';

export interface Workload extends Manifest {
  readonly kind: WorkloadKind;
  readonly pod: PodSpecInfo;
  /** Declared replicas; undefined where the field is absent (Kubernetes defaults to 1) or N/A. */
  readonly replicas?: number;
  /** Pods that run at once for Jobs (`parallelism`). */
  readonly parallelism?: number;
  readonly strategy?: { type?: string; maxSurge?: number | string; maxUnavailable?: number | string };
  /** A Job's (a CronJob's job template's) `completions`, where it is a number. */
  readonly completions?: number;
  /** A CronJob's `concurrencyPolicy` as written. */
  readonly concurrencyPolicy?: string;
}

export interface Service extends Manifest {
  readonly type: string;
  readonly loadBalancerClass?: string;
}

export interface Ingress extends Manifest {
  readonly ingressClassName?: string;
}

export interface HorizontalPodAutoscaler extends Manifest {
  readonly target?: { kind: string; name: string };
  readonly minReplicas?: number;
  readonly maxReplicas?: number;
}

/** A value the template does not fix: a Parameter, an import, an SSM lookup. Never guessed. */
export interface Unknown {
  readonly unknown: true;
  readonly reason: string;
  /** A Parameter's Default, when the unknown value comes from one. */
  readonly default?: unknown;
  /** The CloudFormation Parameter the value comes from. */
  readonly parameter?: string;
}

/**
 * A value a CloudFormation Parameter gives: the review reads its Default (a stack may deploy
 * another value), and names it so messages can say so.
 */
export interface ParameterSource {
  readonly name: string;
  /** The Parameter's AllowedValues, when it lists them: the other values a stack may choose. */
  readonly allowedValues?: readonly string[];
}

export function isUnknown(value: unknown): value is Unknown {
  return typeof value === 'object' && value !== null && (value as { unknown?: unknown }).unknown === true;
}

/** A subnet reference as a node group, cluster or load balancer states it. */
export type SubnetRef =
  | { kind: 'logical'; file: string; logicalId: string }
  | { kind: 'id'; id: string }
  | { kind: 'eksctl'; access: 'public' | 'private'; name?: string; /** The subnet id, when `vpc.subnets` gives one. */ id?: string }
  | { kind: 'selector'; tags: Readonly<Record<string, string>>; ids: readonly string[] }
  | {
      kind: 'unknown';
      reason: string;
      /** `Fn::ImportValue` of a name the template fixes: another template of the repo may export it. */
      importName?: string;
    };

export interface KubeletSettings {
  maxPods?: number;
  kubeReservedMemory?: number;
  systemReservedMemory?: number;
  /** `memory.available` hard eviction threshold as written ("100Mi", "5%"). */
  evictionHardMemory?: string;
}

export type NodeGroupSource = 'eksctl-nodegroup' | 'eksctl-managed' | 'cfn-nodegroup' | 'cfn-autoscaling' | 'karpenter' | 'config';

export interface NodeGroup extends ModelObject {
  readonly source: NodeGroupSource;
  /** Name of the cluster it joins, when known. */
  readonly clusterName?: string;
  /** Path of the node group relative to `ref` (e.g. ['nodeGroups', 0]). */
  readonly path: readonly PathSegment[];
  /** Instance types it can launch; empty when not stated or unknown. */
  readonly instanceTypes: readonly string[];
  readonly instanceTypesPath?: readonly PathSegment[];
  /** Karpenter requirements that choose instance types, for NodePools. */
  readonly requirements?: readonly NodeSelectorRequirement[];
  readonly minSize?: number;
  readonly maxSize?: number;
  readonly desiredSize?: number;
  readonly maxSizePath?: readonly PathSegment[];
  readonly labels: Readonly<Record<string, string>>;
  readonly taints: readonly Taint[];
  readonly kubelet: KubeletSettings;
  readonly amiFamily?: string;
  readonly managed: boolean;
  /** Kubernetes minor stated by the node group ("1.29") and where; undefined = follows the cluster / unknown. */
  readonly version?: {
    value: string;
    path: readonly PathSegment[];
    from: string;
    /** The CloudFormation Parameter whose Default gave the value: a stack may deploy another. */
    parameter?: string;
    /** The object whose document holds `path` when it is not the node group's (a Karpenter EC2NodeClass). */
    subject?: ModelObject;
  };
  /**
   * Why the nodes' Kubernetes version cannot be read (a custom AMI id, an AMI chosen by tags or
   * at deploy time). Absent while `version` is absent too: the nodes run their cluster's version.
   */
  readonly versionUnknown?: string;
  /** AMI reference as written (id, SSM path, name), resolved when the template fixes it. */
  readonly ami?: { value: string; path: readonly PathSegment[] };
  readonly userData?: string;
  readonly subnets: readonly SubnetRef[];
  readonly subnetsPath?: readonly PathSegment[];
  /** true/false when stated; undefined when not stated. */
  readonly associatePublicIp?: boolean;
  readonly associatePublicIpPath?: readonly PathSegment[];
  /** The Parameter whose Default gave `associatePublicIp`. */
  readonly associatePublicIpParameter?: ParameterSource;
  /** Karpenter: the EC2NodeClass the pool names (its own document and positions). */
  readonly nodeClass?: Manifest;
  /** eksctl `privateNetworking`. */
  readonly privateNetworking?: boolean;
  /** The definition's own words, when they are not its kind's (see SourceTerms). */
  readonly terms?: SourceTerms;
}

export interface Cluster extends ModelObject {
  readonly source: 'eksctl' | 'cloudformation' | 'config';
  readonly path: readonly PathSegment[];
  readonly version?: { value: string; path: readonly PathSegment[]; parameter?: ParameterSource };
  readonly endpoint: {
    publicAccess?: boolean;
    privateAccess?: boolean;
    publicCidrs?: readonly string[];
    path: readonly PathSegment[];
    /** Fields the definition sets to a value it does not fix (a Parameter, a condition): never defaulted. */
    unresolved?: readonly ('publicAccess' | 'privateAccess' | 'publicCidrs')[];
  };
  readonly subnets: readonly SubnetRef[];
  /**
   * Globs (relative to the review root) of files whose objects run on this cluster, from the
   * config's `clusters[].paths`; they take precedence over directory proximity.
   */
  readonly paths?: readonly string[];
  /** eksctl `privateCluster.enabled`: no public endpoint, whatever `clusterEndpoints` says. */
  readonly privateCluster?: boolean;
  /** EKS Auto Mode (eksctl `autoModeConfig.enabled`, CloudFormation `ComputeConfig.Enabled`). */
  readonly autoMode?: boolean;
  /**
   * The built-in Auto Mode NodePools the cluster enables (`general-purpose`, `system`) and where they
   * are set: eksctl `autoModeConfig.nodePools` (both when unset), CloudFormation
   * `ComputeConfig.NodePools`, Terraform `compute_config.node_pools`. Absent = none known.
   */
  readonly autoModeNodePools?: { readonly names: readonly string[]; readonly path: readonly PathSegment[] };
  /**
   * The EKS upgrade policy's support type as written (eksctl `upgradePolicy.supportType`,
   * CloudFormation `UpgradePolicy.SupportType`, Terraform `upgrade_policy.support_type`);
   * absent = EKS's default, EXTENDED. STANDARD: no extended support, EKS upgrades the control
   * plane at the end of standard support.
   */
  readonly supportType?: { value: 'STANDARD' | 'EXTENDED'; path: readonly PathSegment[] };
  /** The definition's own words, when they are not its kind's (see SourceTerms). */
  readonly terms?: SourceTerms;
}

/**
 * An EKS add-on (or the self-managed DaemonSet that plays its part) whose version the repository
 * pins: eksctl `addons`, CloudFormation `AWS::EKS::Addon`, Terraform `aws_eks_addon`, a
 * `kube-proxy` DaemonSet's image tag.
 */
export interface ClusterAddon extends ModelObject {
  /** The add-on's EKS name: `kube-proxy`, `vpc-cni`, `coredns`, ... */
  readonly addon: string;
  /** The cluster it is installed on, when the definition names it. */
  readonly clusterName?: string;
  readonly source: 'eksctl' | 'cloudformation' | 'terraform' | 'manifest';
  /** The version as written (`v1.29.0-eksbuild.1`) and where, relative to the object. */
  readonly version: { value: string; path: readonly PathSegment[] };
  /** The DaemonSet, when the add-on is read from one: it joins clusters as a manifest does. */
  readonly workload?: Workload;
}

/** One CloudFormation template, with a resolver for intrinsic functions. */
export interface CfnTemplate {
  readonly file: string;
  readonly ref: SourceRef;
  readonly resources: Readonly<Record<string, { Type?: string; Properties?: Record<string, unknown> }>>;
  readonly parameters: Readonly<Record<string, Record<string, unknown>>>;
  /** Resolves intrinsics (`Ref`, `Fn::Sub`, `Fn::Select`, ...) as far as the template allows. */
  resolve(value: unknown): unknown;
}

/** The reviewed objects, by kind: the whole model's, or one scope's share of them. */
export interface ObjectsByKind {
  readonly nodeGroups: readonly NodeGroup[];
  readonly workloads: readonly Workload[];
  readonly services: readonly Service[];
  readonly ingresses: readonly Ingress[];
  readonly autoscalers: readonly HorizontalPodAutoscaler[];
  /** Every Kubernetes manifest (workloads included). */
  readonly manifests: readonly Manifest[];
}

/**
 * One cluster and what runs on it. Objects join the cluster whose definition sits in the
 * nearest directory (a repo with one cluster puts everything in it); node groups that name
 * their cluster join it by name. With no cluster definition there is one scope without one.
 */
export interface Scope extends ObjectsByKind {
  readonly cluster?: Cluster;
}

/**
 * Something the model builders found but could not read (a Terraform module call at a major the
 * tables do not have): where it is written and why. `input/skipped` reports each as a notice.
 */
export interface UnreadInput {
  readonly doc: LoadedDocument;
  readonly path: readonly PathSegment[];
  readonly message: string;
}

/** Everything the rules read. Built once per tree (base and head are two models). */
export interface Model extends ObjectsByKind {
  readonly scopes: readonly Scope[];
  /** What the builders could not read; absent when there is nothing. */
  readonly unread?: readonly UnreadInput[];
  readonly clusters: readonly Cluster[];
  readonly templates: readonly CfnTemplate[];
  /** Add-ons with a pinned version (kube-proxy, ...). */
  readonly addons: readonly ClusterAddon[];
  /** Subnets, route tables and VPC endpoints of every template, judged public/private. */
  readonly network?: Network;
  /** Raw Karpenter EC2NodeClass and other non-workload manifests stay in `manifests`. */
}

/** Whether a subnet is public (a default route to an internet gateway), private, or not decidable here. */
export type SubnetPlacement = 'public' | 'private' | 'unknown';

/** Where a subnet's default route leads, as far as the templates show. */
export type SubnetEgress = 'internet-gateway' | 'nat' | 'transit-gateway' | 'other' | 'none' | 'unknown';

/** A logical resource of one template. */
export interface LogicalResource {
  readonly file: string;
  readonly logicalId: string;
}

/** An `AWS::EC2::Subnet` of a CloudFormation template, with its routing judged. */
export interface Subnet extends ModelObject, LogicalResource {
  readonly kind: 'AWS::EC2::Subnet';
  /** Path of the resource in its template (`['Resources', id]`). */
  readonly path: readonly PathSegment[];
  readonly vpc?: LogicalResource;
  /** Tags whose key and value the template fixes. */
  readonly tags: Readonly<Record<string, string>>;
  /** false when a tag key, or the whole list, depends on a parameter or a condition. */
  readonly tagsKnown: boolean;
  /** Tag keys the template fixes but whose value it does not (`Value: !Sub '${AWS::StackName}-a'`). */
  readonly tagsUnresolved: readonly string[];
  readonly mapPublicIpOnLaunch?: boolean;
  /** The subnet exists only under a condition the template cannot decide. */
  readonly conditional: boolean;
  readonly placement: SubnetPlacement;
  /** The route table it is associated with, when the repository defines the association. */
  readonly routeTable?: LogicalResource;
  /** The route-table reasoning behind `placement`, as a clause for messages. */
  readonly placementReason: string;
  readonly egress: SubnetEgress;
  readonly egressReason: string;
  /** The definition's own words, when they are not its kind's (see SourceTerms). */
  readonly terms?: SourceTerms;
}

/** An `AWS::EC2::VPCEndpoint`; `service` is the AWS service it reaches, when the template fixes it. */
export interface VpcEndpoint extends LogicalResource {
  /** undefined when the VpcId is not a VPC of the repo (a parameter, an import). */
  readonly vpc?: LogicalResource;
  readonly service: 'ecr.api' | 'ecr.dkr' | 's3' | 'sts' | 'other' | 'unknown';
  readonly serviceName?: string;
  readonly conditional: boolean;
}

/** The network the repository's CloudFormation templates define. */
export interface Network {
  readonly subnets: readonly Subnet[];
  readonly endpoints: readonly VpcEndpoint[];
  /** The subnet a template file defines under this logical id. */
  subnet(file: string, logicalId: string): Subnet | undefined;
  /** The resource another template exports under this name, when exactly one does. */
  exported(name: string): LogicalResource | undefined;
}
