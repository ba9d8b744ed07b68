/**
 * Kubernetes minor versions as manifests state them for nodes: node-group fields, AMI
 * references (SSM parameter paths, `{{resolve:ssm:...}}`, AMI names) and Karpenter AMI
 * selectors. What the text does not name stays unknown: an AMI id says nothing of its kubelet.
 */
import type { PathSegment } from '../load/types.js';
import { isUnknown, type CfnTemplate, type Manifest, type NodeGroup } from './types.js';
import { asArray, asObject, asString, get, normalizeMinor } from './util.js';

/** The minor number of a "1.N" version; undefined for anything else (there is no Kubernetes 2). */
export function minorNumber(version: string | undefined): number | undefined {
  const normalized = normalizeMinor(version);
  const m = normalized ? /^1\.(\d{1,3})$/.exec(normalized) : null;
  return m ? Number(m[1]) : undefined;
}

/** An EKS upgrade policy's support type, `STANDARD` or `EXTENDED` as written (any case); undefined for anything else. */
export function supportTypeOf(value: unknown): 'STANDARD' | 'EXTENDED' | undefined {
  const text = typeof value === 'string' ? value.trim().toUpperCase() : undefined;
  return text === 'STANDARD' || text === 'EXTENDED' ? text : undefined;
}

export function minorText(minor: number): string {
  return `1.${minor}`;
}

// Longest AMI reference worth reading; anything longer is not an SSM path or AMI name.
const MAX_REFERENCE_LENGTH = 2048;

/** Each pattern captures the Kubernetes minor in group 1. */
const AMI_VERSION_PATTERNS: readonly RegExp[] = [
  // EKS-optimized AL2 / AL2023 parameters: /aws/service/eks/optimized-ami/1.29/amazon-linux-2/recommended/image_id
  /\/aws\/service\/eks\/optimized-ami\/(\d+\.\d+)\//,
  // Bottlerocket parameters (/aws/service/bottlerocket/aws-k8s-1.29-nvidia/x86_64/latest/image_id) and names (bottlerocket-aws-k8s-1.29-x86_64-v1.19.2-29cc92cc)
  /(?:^|[^a-z0-9])aws-k8s-(\d+\.\d+)(?=[-/]|$)/,
  // Windows parameters and names: /aws/service/ami-windows-latest/Windows_Server-2022-English-Core-EKS_Optimized-1.29/image_id
  /EKS_Optimized-(\d+\.\d+)(?=[-/]|$)/,
  // EKS AMI names: amazon-eks-node-1.13-v20190927, amazon-eks-gpu-node-1.29-v…, amazon-eks-node-al2023-x86_64-standard-1.30-v20240807, filters ending in -*
  /(?:^|[^a-z0-9])amazon-eks-(?:[a-z0-9]+-)?node-(?:al2023-[a-z0-9_]+-[a-z0-9]+-)?(\d+\.\d+)(?=-v|-?\*|$)/,
  // Canonical Ubuntu EKS: /aws/service/canonical/ubuntu/eks/22.04/1.29/stable/current/amd64/hvm/ebs-gp2/ami-id, names ubuntu-eks/k8s_1.29/images/…
  /\/aws\/service\/canonical\/ubuntu\/eks(?:-pro)?\/[0-9.]+\/(\d+\.\d+)\//,
  /(?:^|[^a-z0-9])ubuntu-eks(?:-pro)?\/k8s_(\d+\.\d+)\//,
];

/** The Kubernetes minor an AMI reference names ("1.29"), or undefined when it names none. */
export function kubernetesMinorOfAmi(reference: string): string | undefined {
  if (reference.length > MAX_REFERENCE_LENGTH) return undefined;
  for (const pattern of AMI_VERSION_PATTERNS) {
    const m = pattern.exec(reference);
    const minor = m?.[1] !== undefined ? minorNumber(m[1]) : undefined;
    if (minor !== undefined) return minorText(minor);
  }
  return undefined;
}

/**
 * A managed node group's AMI release version ("1.29.0-20240202": Kubernetes patch and build
 * date). Bottlerocket release versions ("1.19.2-29cc92cc") number the OS instead, so they
 * are never read as Kubernetes versions.
 */
export function minorOfReleaseVersion(release: string, amiType: string | undefined): string | undefined {
  if (amiType !== undefined && /bottlerocket/i.test(amiType)) return undefined;
  const m = /^v?(\d+)\.(\d+)\.\d+-\d{8}$/.exec(release.trim());
  if (!m || m[1] !== '1') return undefined;
  return minorText(Number(m[2]));
}

/** What a node group's manifests say about the Kubernetes version its kubelets run. */
export type NodeVersionReading =
  { kind: 'pinned'; version: NonNullable<NodeGroup['version']> } | { kind: 'unknown'; reason: string } | { kind: 'follows-cluster' };

export const FOLLOWS_CLUSTER: NodeVersionReading = { kind: 'follows-cluster' };

/** Spreads a reading into the optional NodeGroup fields (`version`, `versionUnknown`). */
export function nodeVersionFields(reading: NodeVersionReading): Pick<NodeGroup, 'version' | 'versionUnknown'> {
  if (reading.kind === 'pinned') return { version: reading.version };
  if (reading.kind === 'unknown') return { versionUnknown: reading.reason };
  return {};
}

function describeReference(reference: string): string {
  const shown = reference.length > 120 ? `${reference.slice(0, 117)}...` : reference;
  return /^ami-[0-9a-f]+$/.test(reference.trim()) ? `the AMI id ${shown} does not say its Kubernetes version` : `"${shown}" does not name a Kubernetes version`;
}

/** An AMI reference as written (id, SSM path, resolve:ssm string, AMI name). */
export function readAmiReference(reference: string, path: readonly PathSegment[], from: string): NodeVersionReading {
  const minor = kubernetesMinorOfAmi(reference);
  if (minor === undefined) return { kind: 'unknown', reason: describeReference(reference) };
  return { kind: 'pinned', version: { value: minor, path, from: `${from} ${reference}` } };
}

/**
 * A CloudFormation `ImageId`. A `Ref` to an SSM-typed parameter reads the parameter's Default
 * (an SSM path), remembering that a stack may override it; any other parameter, condition or
 * import is unknown.
 */
export function readCfnImageId(template: CfnTemplate, raw: unknown, path: readonly PathSegment[]): NodeVersionReading {
  const refName = asString(asObject(raw)?.['Ref']);
  const parameter = refName !== undefined ? template.parameters[refName] : undefined;
  if (refName !== undefined && parameter) {
    const type = asString(parameter['Type']) ?? '';
    const dflt = asString(parameter['Default']);
    if (!type.startsWith('AWS::SSM::Parameter::Value') || !dflt) {
      return { kind: 'unknown', reason: `the AMI comes from parameter ${refName}, whose value is chosen at deploy time` };
    }
    const reading = readAmiReference(dflt, path, `ImageId parameter ${refName} default`);
    return reading.kind === 'pinned' ? { kind: 'pinned', version: { ...reading.version, parameter: refName } } : reading;
  }
  const resolved = template.resolve(raw);
  if (typeof resolved === 'string') return readAmiReference(resolved, path, 'ImageId');
  if (isUnknown(resolved)) return { kind: 'unknown', reason: `the AMI is not fixed by the template (${resolved.reason})` };
  return { kind: 'unknown', reason: 'the ImageId is not a string the template fixes' };
}

/**
 * A Karpenter EC2NodeClass (v1 `amiSelectorTerms`) or AWSNodeTemplate (`amiSelector`).
 * An alias (`al2023@latest`, `al2023@v20240807`) or no selector at all lets Karpenter pick
 * the AMI for the cluster's own version; names and SSM parameters may pin one; ids and tags
 * say nothing.
 */
export function readKarpenterAmi(nodeClass: Manifest | undefined): NodeVersionReading {
  if (!nodeClass) return { kind: 'unknown', reason: 'its EC2NodeClass is not among the reviewed files' };
  const terms = asArray(get(nodeClass.raw, 'spec', 'amiSelectorTerms'));
  const legacy = asObject(get(nodeClass.raw, 'spec', 'amiSelector'));
  if (terms.length === 0 && !legacy) return FOLLOWS_CLUSTER;
  const readings: NodeVersionReading[] = [];
  terms.forEach((term, i) => {
    const at = (key: string): PathSegment[] => ['spec', 'amiSelectorTerms', i, key];
    const alias = asString(get(term, 'alias'));
    const name = asString(get(term, 'name'));
    const ssm = asString(get(term, 'ssmParameter'));
    if (alias !== undefined) readings.push(FOLLOWS_CLUSTER);
    else if (ssm !== undefined) readings.push(readAmiReference(ssm, at('ssmParameter'), 'amiSelectorTerms ssmParameter'));
    else if (name !== undefined) readings.push(readAmiReference(name, at('name'), 'amiSelectorTerms name'));
    else readings.push({ kind: 'unknown', reason: 'an amiSelectorTerms entry selects AMIs by id or tags, which do not say their Kubernetes version' });
  });
  if (legacy) {
    const name = asString(legacy['aws::name']);
    readings.push(
      name !== undefined
        ? readAmiReference(name, ['spec', 'amiSelector', 'aws::name'], 'amiSelector aws::name')
        : { kind: 'unknown', reason: 'amiSelector selects AMIs by id or tags, which do not say their Kubernetes version' },
    );
  }
  const unknown = readings.find((r) => r.kind === 'unknown');
  if (unknown) return unknown;
  const pinned = readings.flatMap((r) => (r.kind === 'pinned' ? [r] : []));
  if (pinned.length === 0) return FOLLOWS_CLUSTER;
  const minors = new Set(pinned.map((r) => r.version.value));
  if (minors.size > 1 || pinned.length < readings.length) {
    return {
      kind: 'unknown',
      reason: `its AMI selector matches several Kubernetes versions (${[...minors].join(', ')}${pinned.length < readings.length ? ", the cluster's" : ''}); Karpenter picks the newest match`,
    };
  }
  const first = pinned[0] as Extract<NodeVersionReading, { kind: 'pinned' }>;
  return { kind: 'pinned', version: { ...first.version, subject: nodeClass } };
}

/** eksctl `ami`: `auto`, `auto-ssm` and `static` follow the cluster; an id or path may pin. */
export function readEksctlAmi(ami: string, path: readonly PathSegment[]): NodeVersionReading {
  if (/^(auto|auto-ssm|static)$/i.test(ami.trim())) return FOLLOWS_CLUSTER;
  return readAmiReference(ami, path, 'ami');
}
