import kubeletNewer from '../../../src/rules/version-skew/kubelet-newer.js';
import kubeletTooOld from '../../../src/rules/version-skew/kubelet-too-old.js';
import { reviewFiles } from '../../helpers/review.js';

/** A CloudFormation cluster at `cluster` with one managed node group at `nodes`. */
function template(cluster: string, nodes: string, nodeVersionField = `      Version: '${nodes}'\n`): Record<string, string> {
  return {
    'stack.yaml': `AWSTemplateFormatVersion: '2010-09-09'
Resources:
  Cluster:
    Type: AWS::EKS::Cluster
    Properties:
      Name: prod
      Version: '${cluster}'
      RoleArn: arn:aws:iam::111122223333:role/eks
      ResourcesVpcConfig:
        SubnetIds: [subnet-1, subnet-2]
  Workers:
    Type: AWS::EKS::Nodegroup
    Properties:
      ClusterName: !Ref Cluster
      NodegroupName: workers
${nodeVersionField}      NodeRole: arn:aws:iam::111122223333:role/node
      Subnets: [subnet-1]
`,
  };
}

/** 1-based line of the last line starting with `prefix` (the node group's Version comes after the cluster's). */
function lineOf(text: string, prefix: string): number {
  const lines = text.split('\n');
  for (let i = lines.length - 1; i >= 0; i--) if (lines[i]?.trimStart().startsWith(prefix)) return i + 1;
  throw new Error(`no line starts with ${prefix}`);
}
const rules = [kubeletNewer, kubeletTooOld];

/**
 * The policy as the version-skew page tables it: no kubelet newer than the API server; an API
 * server up to 1.27 accepts kubelets two minors older, from 1.28 on three (1.28 − 3 = 1.25,
 * the first kubelet allowed to lag by three).
 */
function expected(a: number, k: number): string | undefined {
  if (k > a) return 'version-skew/kubelet-newer';
  const oldest = a <= 27 ? a - 2 : a - 3;
  return k < oldest ? 'version-skew/kubelet-too-old' : undefined;
}

describe('kubelet skew across 1.20–1.36', () => {
  const cases: [number, number][] = [];
  for (let a = 20; a <= 36; a++) for (let k = a - 6; k <= a + 2; k++) cases.push([a, k]);

  test.each(cases)('control plane 1.%i, nodes 1.%i', (a, k) => {
    const files = template(`1.${a}`, `1.${k}`);
    const findings = reviewFiles(files, { rules });
    const rule = expected(a, k);
    expect(findings.map((f) => f.rule)).toEqual(rule ? [rule] : []);
    for (const f of findings) {
      expect(f).toMatchObject({
        path: 'stack.yaml',
        startLine: lineOf(files['stack.yaml'] ?? '', 'Version:'),
        severity: 'error',
        object: { kind: 'AWS::EKS::Nodegroup', name: 'workers' },
      });
    }
  });

  test('both policy eras at their edges, as the policy page words them', () => {
    const rulesOf = (a: string, k: string): string[] => reviewFiles(template(a, k), { rules }).map((f) => f.rule);
    expect(rulesOf('1.27', '1.24')).toEqual(['version-skew/kubelet-too-old']); // 3 behind, but the kubelet is < 1.25
    expect(rulesOf('1.27', '1.25')).toEqual([]);
    expect(rulesOf('1.28', '1.25')).toEqual([]); // 3 behind with a 1.25 kubelet: allowed
    expect(rulesOf('1.30', '1.26')).toEqual(['version-skew/kubelet-too-old']); // 4 behind
    expect(rulesOf('1.30', '1.31')).toEqual(['version-skew/kubelet-newer']);
    expect(rulesOf('1.23', '1.21')).toEqual([]); // kubelet 1.21 allows 1.22 and 1.23 control planes …
    expect(rulesOf('1.24', '1.21')).toEqual(['version-skew/kubelet-too-old']); // … not 1.24
  });

  test('the message states the arithmetic and the fix', () => {
    const [tooOld] = reviewFiles(template('1.30', '1.26'), { rules });
    expect(tooOld?.message).toBe(
      'managed node group workers runs Kubernetes 1.26 (from Version), 4 minors behind the control plane of cluster prod (1.30); ' +
        'a 1.26 kubelet may lag the API server by at most 3 minors (kubelets before 1.25: 2), so 1.30 needs nodes at 1.27 or newer: upgrade the nodes (ideally to 1.30).',
    );
    const [newer] = reviewFiles(template('1.30', '1.31'), { rules });
    expect(newer?.message).toMatch(/runs Kubernetes 1\.31 \(from Version\) but the control plane of cluster prod \(1\.30\) is older/);
    expect(newer?.message).toMatch(/EKS refuses a managed node group newer than its cluster; use 1\.30 for the nodes/);
  });

  test('nodes that follow the cluster, or whose version is unknown, are never reported', () => {
    expect(reviewFiles(template('1.30', '', ''), { rules })).toEqual([]);
    const fromParameter = template('1.30', '', '      Version: !Ref NodeVersion\n');
    fromParameter['stack.yaml'] = fromParameter['stack.yaml']!.replace(
      'Resources:',
      "Parameters:\n  NodeVersion:\n    Type: String\n    Default: '1.20'\nResources:",
    );
    expect(reviewFiles(fromParameter, { rules })).toEqual([]);
  });

  test('a cluster with an unknown version compares nothing', () => {
    const files = template('1.30', '1.20');
    files['stack.yaml'] = files['stack.yaml']!.replace("Version: '1.30'", 'Version: !Ref ClusterVersion');
    expect(reviewFiles(files, { rules })).toEqual([]);
  });

  test('a version read from an SSM parameter default is a warning: the stack may override it', () => {
    const files = {
      'stack.yaml': `AWSTemplateFormatVersion: '2010-09-09'
Parameters:
  NodeImageIdSSMParam:
    Type: "AWS::SSM::Parameter::Value<AWS::EC2::Image::Id>"
    Default: /aws/service/eks/optimized-ami/1.14/amazon-linux-2/recommended/image_id
Resources:
  Cluster:
    Type: AWS::EKS::Cluster
    Properties:
      Name: prod
      Version: '1.18'
      RoleArn: arn:aws:iam::111122223333:role/eks
      ResourcesVpcConfig: {SubnetIds: [subnet-1]}
  LC:
    Type: AWS::AutoScaling::LaunchConfiguration
    Properties:
      ImageId: !Ref NodeImageIdSSMParam
      InstanceType: m5.large
  Nodes:
    Type: AWS::AutoScaling::AutoScalingGroup
    Properties:
      LaunchConfigurationName: !Ref LC
      MinSize: '1'
      MaxSize: '2'
      Tags:
        - {Key: kubernetes.io/cluster/prod, Value: owned}
`,
    };
    const findings = reviewFiles(files, { rules });
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: 'version-skew/kubelet-too-old', severity: 'warning', startLine: 17 });
    expect(findings[0]?.message).toMatch(/a stack that overrides NodeImageIdSSMParam may run another version/);
  });

  test('Karpenter: a pinned AMI name is reported in the EC2NodeClass, at the selector term', () => {
    const files = {
      'cluster.yaml': "apiVersion: eksctl.io/v1alpha5\nkind: ClusterConfig\nmetadata:\n  name: prod\n  region: eu-west-1\n  version: '1.33'\n",
      'karpenter.yaml': `apiVersion: karpenter.sh/v1
kind: NodePool
metadata:
  name: general
spec:
  template:
    spec:
      nodeClassRef: {group: karpenter.k8s.aws, kind: EC2NodeClass, name: pinned}
---
apiVersion: karpenter.k8s.aws/v1
kind: EC2NodeClass
metadata:
  name: pinned
spec:
  amiSelectorTerms:
    - name: amazon-eks-node-al2023-x86_64-standard-1.29-v20240807
`,
    };
    const [finding, ...rest] = reviewFiles(files, { rules });
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({
      rule: 'version-skew/kubelet-too-old',
      path: 'karpenter.yaml',
      startLine: 16,
      object: { kind: 'EC2NodeClass', name: 'pinned' },
    });
    expect(finding?.message).toMatch(
      /Karpenter NodePool general runs Kubernetes 1\.29 \(from amiSelectorTerms name .* in EC2NodeClass pinned\), 4 minors behind/,
    );
  });

  test('a node group as near to two clusters is reported only when it is wrong for both', () => {
    const eksctl = (name: string, version: string): string =>
      `apiVersion: eksctl.io/v1alpha5\nkind: ClusterConfig\nmetadata:\n  name: ${name}\n  region: eu-west-1\n  version: '${version}'\n`;
    const stack = (version: string): string =>
      `AWSTemplateFormatVersion: '2010-09-09'\nResources:\n  LC:\n    Type: AWS::AutoScaling::LaunchConfiguration\n    Properties:\n      ImageId: '{{resolve:ssm:/aws/service/eks/optimized-ami/${version}/amazon-linux-2/recommended/image_id}}'\n  ASG:\n    Type: AWS::AutoScaling::AutoScalingGroup\n    Properties:\n      LaunchConfigurationName: !Ref LC\n      MinSize: '1'\n      MaxSize: '1'\n      Tags: [{Key: kubernetes.io/cluster/other, Value: owned}]\n`;
    const both = { 'a/cluster.yaml': eksctl('a', '1.30'), 'b/cluster.yaml': eksctl('b', '1.24'), 'nodes.yaml': stack('1.31') };
    expect(reviewFiles(both, { rules }).map((f) => f.rule)).toEqual(['version-skew/kubelet-newer']);
    const one = { 'a/cluster.yaml': eksctl('a', '1.32'), 'b/cluster.yaml': eksctl('b', '1.24'), 'nodes.yaml': stack('1.31') };
    expect(reviewFiles(one, { rules })).toEqual([]);
  });
});
