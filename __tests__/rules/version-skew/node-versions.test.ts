import { readFileSync } from 'node:fs';
import path from 'node:path';
import { kubernetesMinorOfAmi, minorNumber, minorOfReleaseVersion } from '../../../src/model/versions.js';
import type { NodeGroup } from '../../../src/model/types.js';
import fc from 'fast-check';
import { versionSkewRules } from '../../../src/rules/version-skew/index.js';
import { reviewFiles, treeOf } from '../../helpers/review.js';
import { CORPUS } from '../../helpers/paths.js';
import { testWithCorpus } from '../../helpers/corpus.js';

const corpusText = (file: string): string => readFileSync(path.join(CORPUS, file), 'utf8');
const corpusTree = (...files: string[]) => treeOf(Object.fromEntries(files.map((f) => [f, corpusText(f)])));
const groupsOf = (files: Record<string, string>): NodeGroup[] => [...treeOf(files).model.nodeGroups];
const only = (groups: readonly NodeGroup[]): NodeGroup => {
  expect(groups).toHaveLength(1);
  return groups[0] as NodeGroup;
};

/** Every string in a corpus file matching `pattern` (whole match). */
function stringsIn(file: string, pattern: RegExp): string[] {
  return [...corpusText(file).matchAll(pattern)].map((m) => m[0]);
}

describe('Kubernetes minor of AMI references', () => {
  testWithCorpus('SSM parameter defaults of the EKS node-group templates in the corpus', () => {
    const ssm = /\/aws\/service\/eks\/optimized-ami\/[^\s'"]+/g;
    expect(stringsIn('awslabs__amazon-eks-ami/_history/ad1ae43865d7/amazon-eks-nodegroup.yaml', ssm).map(kubernetesMinorOfAmi)).toEqual(['1.22']);
    expect(stringsIn('awslabs__amazon-eks-ami/_history/b209f51c8217/amazon-eks-nodegroup.yaml', ssm).map(kubernetesMinorOfAmi)).toEqual(['1.17']);
    expect(stringsIn('aws-samples__amazon-eks-refarch-cloudformation/cloudformation/nodegroup.yaml', ssm).map(kubernetesMinorOfAmi)).toEqual(['1.14']);
  });

  testWithCorpus('AMI name filters of the 2020 quick start (globs included)', () => {
    const names = stringsIn(
      'aws-quickstart__quickstart-amazon-eks/_history/ebf4c393ef35/templates/amazon-eks-nodegroup.template.yaml',
      /amazon-eks-[a-z-]*node-[0-9.]+-v20\?+/g,
    );
    expect(names).toContain('amazon-eks-node-1.13-v20??????');
    expect(names).toContain('amazon-eks-gpu-node-1.16-v20??????');
    expect(names.map((n) => kubernetesMinorOfAmi(n))).toEqual(names.map((n) => /-(1\.\d+)-/.exec(n)?.[1]));
  });

  testWithCorpus('resolve:ssm strings: a literal version is read, a ${Parameter} placeholder is unknown', () => {
    const outage = readFileSync('examples/outage-2019/cluster.yaml', 'utf8');
    const resolve = /\{\{resolve:ssm:[^}]+\}\}/.exec(outage)?.[0] ?? '';
    expect(resolve).toBe('{{resolve:ssm:/aws/service/eks/optimized-ami/1.13/amazon-linux-2/recommended/image_id}}');
    expect(kubernetesMinorOfAmi(resolve)).toBe('1.13');
    const quickstart = stringsIn(
      'aws-quickstart__quickstart-amazon-eks-nodegroup/templates/amazon-eks-nodegroup.template.yaml',
      /\{\{resolve:ssm:[^'\n]+\}\}/g,
    );
    expect(quickstart.length).toBeGreaterThanOrEqual(3); // AL2, Windows and Bottlerocket, all with ${KubernetesVersion}
    for (const s of quickstart) expect(kubernetesMinorOfAmi(s)).toBeUndefined();
  });

  test.each([
    ['/aws/service/eks/optimized-ami/1.29/amazon-linux-2/recommended/image_id', '1.29'],
    ['/aws/service/eks/optimized-ami/1.31/amazon-linux-2023/x86_64/standard/recommended/image_id', '1.31'],
    ['/aws/service/eks/optimized-ami/1.30/amazon-linux-2-gpu/recommended/image_id', '1.30'],
    ['{{resolve:ssm:/aws/service/eks/optimized-ami/1.28/amazon-linux-2-arm64/recommended/image_id:12}}', '1.28'],
    ['/aws/service/bottlerocket/aws-k8s-1.29/x86_64/latest/image_id', '1.29'],
    ['/aws/service/bottlerocket/aws-k8s-1.30-nvidia/arm64/latest/image_id', '1.30'],
    ['bottlerocket-aws-k8s-1.29-x86_64-v1.19.2-29cc92cc', '1.29'],
    ['/aws/service/ami-windows-latest/Windows_Server-2022-English-Core-EKS_Optimized-1.29/image_id', '1.29'],
    ['Windows_Server-2019-English-Full-EKS_Optimized-1.27-2024.01.09', '1.27'],
    ['amazon-eks-node-1.13-v20190927', '1.13'],
    ['amazon-eks-arm64-node-1.29-v20240213', '1.29'],
    ['amazon-eks-node-al2023-x86_64-standard-1.30-v20240807', '1.30'],
    ['amazon-eks-node-al2023-arm64-nvidia-1.31-v20241024', '1.31'],
    ['amazon-eks-node-1.29-*', '1.29'],
    ['/aws/service/canonical/ubuntu/eks/22.04/1.29/stable/current/amd64/hvm/ebs-gp2/ami-id', '1.29'],
    ['ubuntu-eks/k8s_1.28/images/hvm-ssd/ubuntu-jammy-22.04-amd64-server-*', '1.28'],
  ])('%s → %s', (reference, minor) => {
    expect(kubernetesMinorOfAmi(reference)).toBe(minor);
  });

  test.each([
    'ami-0123456789abcdef0',
    'al2023@v20240807', // a Karpenter alias pins the AMI build, not the Kubernetes minor
    'al2023@latest',
    '/aws/service/bottlerocket/aws-ecs-1/x86_64/latest/image_id',
    '/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-6.1-x86_64',
    'amazon-eks-node-%s-*',
    'eks-node-1.29-v20240101', // not an EKS-optimized AMI name
    '/aws/service/eks/optimized-ami/2.1/amazon-linux-2/recommended/image_id', // there is no Kubernetes 2
  ])('%s names no Kubernetes minor', (reference) => {
    expect(kubernetesMinorOfAmi(reference)).toBeUndefined();
  });

  test('a reference too long to be an SSM path or AMI name is not read', () => {
    expect(kubernetesMinorOfAmi(`/aws/service/eks/optimized-ami/1.29/${'x'.repeat(5000)}`)).toBeUndefined();
  });

  test('managed node group release versions; Bottlerocket numbers its own OS', () => {
    expect(minorOfReleaseVersion('1.29.0-20240202', undefined)).toBe('1.29');
    expect(minorOfReleaseVersion('1.30.4-20241024', 'AL2023_x86_64_STANDARD')).toBe('1.30');
    expect(minorOfReleaseVersion('1.19.2-29cc92cc', 'BOTTLEROCKET_x86_64')).toBeUndefined();
    expect(minorOfReleaseVersion('1.20.1-12345678', 'Bottlerocket')).toBeUndefined();
    expect(minorOfReleaseVersion('1.19.2-29cc92cc', undefined)).toBeUndefined();
    expect(minorOfReleaseVersion('', undefined)).toBeUndefined();
  });

  test('minor numbers', () => {
    expect(minorNumber('1.29')).toBe(29);
    expect(minorNumber('v1.30.2')).toBe(30);
    expect(minorNumber('2.0')).toBeUndefined();
    expect(minorNumber('latest')).toBeUndefined();
    expect(minorNumber(undefined)).toBeUndefined();
  });
});

describe('node-group versions in the model', () => {
  testWithCorpus('corpus: a CloudFormation ImageId behind Fn::If is unknown, never the SSM default', () => {
    for (const file of [
      'awslabs__amazon-eks-ami/_history/ad1ae43865d7/amazon-eks-nodegroup.yaml',
      'aws-samples__amazon-eks-refarch-cloudformation/cloudformation/nodegroup.yaml',
    ]) {
      const group = only(corpusTree(file).model.nodeGroups);
      expect(group.version).toBeUndefined();
      expect(group.versionUnknown).toMatch(/Fn::If/);
    }
  });

  testWithCorpus('corpus: eksctl node groups with an AMI id are unknown, others follow the cluster', () => {
    const groups = corpusTree('eksctl-io__eksctl/examples/05-advanced-nodegroups.yaml', 'eksctl-io__eksctl/examples/15-managed-nodes.yaml').model.nodeGroups;
    const byName = new Map(groups.map((g) => [g.name, g]));
    expect(byName.get('ng1-public')?.versionUnknown).toMatch(/ami-05ecac759c81e0b0c/);
    expect(byName.get('custom-ami')?.versionUnknown).toMatch(/ami-custom/);
    expect(byName.get('managed-ng-public')?.version).toBeUndefined();
    expect(byName.get('managed-ng-public')?.versionUnknown).toBeUndefined();
  });

  test('the outage example: self-managed workers pinned to 1.13 by their resolve:ssm ImageId', () => {
    const group = only(treeOf({ 'cluster.yaml': readFileSync('examples/outage-2019/cluster.yaml', 'utf8') }).model.nodeGroups);
    expect(group.version).toMatchObject({ value: '1.13', path: ['Resources', 'NodeLaunchConfig', 'Properties', 'ImageId'] });
  });

  const cfn = (resources: string, parameters = ''): Record<string, string> => ({
    't.yaml': `AWSTemplateFormatVersion: '2010-09-09'\n${parameters}Resources:\n${resources}`,
  });
  const asg = (imageId: string): string => `
  LC:
    Type: AWS::AutoScaling::LaunchConfiguration
    Properties:
      ImageId: ${imageId}
      InstanceType: m5.large
  ASG:
    Type: AWS::AutoScaling::AutoScalingGroup
    Properties:
      LaunchConfigurationName: !Ref LC
      MinSize: '1'
      MaxSize: '2'
      Tags:
        - Key: kubernetes.io/cluster/prod
          Value: owned
`;

  test('an SSM-typed Parameter default pins the version, remembering the parameter', () => {
    const group = only(
      groupsOf(
        cfn(
          asg('!Ref NodeImageIdSSMParam'),
          `Parameters:\n  NodeImageIdSSMParam:\n    Type: "AWS::SSM::Parameter::Value<AWS::EC2::Image::Id>"\n    Default: /aws/service/eks/optimized-ami/1.14/amazon-linux-2/recommended/image_id\n`,
        ),
      ),
    );
    expect(group.version).toMatchObject({ value: '1.14', parameter: 'NodeImageIdSSMParam' });
  });

  test('a plain String parameter holding an AMI id is unknown', () => {
    const group = only(
      groupsOf(cfn(asg('!Ref NodeImageId'), `Parameters:\n  NodeImageId:\n    Type: AWS::EC2::Image::Id\n    Default: ami-0123456789abcdef0\n`)),
    );
    expect(group.version).toBeUndefined();
    expect(group.versionUnknown).toMatch(/parameter NodeImageId/);
  });

  test('a literal AMI id is unknown', () => {
    expect(only(groupsOf(cfn(asg('ami-0123456789abcdef0')))).versionUnknown).toMatch(/AMI id/);
  });

  const managed = (props: string, extra = ''): Record<string, string> =>
    cfn(
      `  NG:\n    Type: AWS::EKS::Nodegroup\n    Properties:\n      ClusterName: prod\n      NodeRole: arn:aws:iam::1:role/n\n      Subnets: [subnet-1]\n${props}${extra}`,
    );

  test('AWS::EKS::Nodegroup: Version, then an AL2 ReleaseVersion, then a launch-template AMI, else the cluster', () => {
    expect(only(groupsOf(managed("      Version: '1.29'\n      ReleaseVersion: 1.28.5-20240110\n"))).version).toMatchObject({ value: '1.29', from: 'Version' });
    expect(only(groupsOf(managed('      ReleaseVersion: 1.28.5-20240110\n'))).version).toMatchObject({
      value: '1.28',
      path: ['Resources', 'NG', 'Properties', 'ReleaseVersion'],
    });
    const bottlerocket = only(groupsOf(managed('      AmiType: BOTTLEROCKET_x86_64\n      ReleaseVersion: 1.19.2-29cc92cc\n')));
    expect(bottlerocket.version).toBeUndefined();
    expect(bottlerocket.versionUnknown).toBeUndefined();
    const lt = `  LT:\n    Type: AWS::EC2::LaunchTemplate\n    Properties:\n      LaunchTemplateData:\n        ImageId: '{{resolve:ssm:/aws/service/eks/optimized-ami/1.27/amazon-linux-2/recommended/image_id}}'\n`;
    expect(only(groupsOf(managed('      LaunchTemplate:\n        Id: !Ref LT\n', lt))).version).toMatchObject({
      value: '1.27',
      path: ['Resources', 'LT', 'Properties', 'LaunchTemplateData', 'ImageId'],
    });
    const follows = only(groupsOf(managed('')));
    expect(follows.version).toBeUndefined();
    expect(follows.versionUnknown).toBeUndefined();
    const fromParameter = only(
      groupsOf({
        't.yaml': managed('      Version: !Ref K8sVersion\n')['t.yaml']!.replace('Resources:', 'Parameters:\n  K8sVersion:\n    Type: String\nResources:'),
      }),
    );
    expect(fromParameter.versionUnknown).toMatch(/parameter K8sVersion/);
  });

  const eksctl = (nodeGroup: string, field = 'managedNodeGroups'): Record<string, string> => ({
    'c.yaml': `apiVersion: eksctl.io/v1alpha5\nkind: ClusterConfig\nmetadata:\n  name: prod\n  region: eu-west-1\n  version: '1.30'\n${field}:\n  - name: ng\n${nodeGroup}`,
  });

  test('eksctl: releaseVersion pins (not for Bottlerocket), auto-ssm follows, an SSM path pins', () => {
    expect(only(groupsOf(eksctl('    releaseVersion: 1.29.3-20240531\n'))).version).toMatchObject({
      value: '1.29',
      path: ['managedNodeGroups', 0, 'releaseVersion'],
    });
    const br = only(groupsOf(eksctl('    amiFamily: Bottlerocket\n    releaseVersion: 1.20.1-7c3e9198\n')));
    expect(br.version).toBeUndefined();
    expect(br.versionUnknown).toBeUndefined();
    const auto = only(groupsOf(eksctl('    ami: auto-ssm\n', 'nodeGroups')));
    expect(auto.version).toBeUndefined();
    expect(auto.versionUnknown).toBeUndefined();
    expect(only(groupsOf(eksctl('    ami: /aws/service/eks/optimized-ami/1.27/amazon-linux-2/recommended/image_id\n', 'nodeGroups'))).version?.value).toBe(
      '1.27',
    );
  });

  const karpenter = (terms: string): Record<string, string> => ({
    'k.yaml': `apiVersion: karpenter.sh/v1
kind: NodePool
metadata:
  name: default
spec:
  template:
    spec:
      nodeClassRef:
        group: karpenter.k8s.aws
        kind: EC2NodeClass
        name: default
---
apiVersion: karpenter.k8s.aws/v1
kind: EC2NodeClass
metadata:
  name: default
spec:
${terms}`,
  });

  test('Karpenter: an alias follows the cluster; names and SSM parameters pin, pointing into the EC2NodeClass', () => {
    const alias = only(groupsOf(karpenter('  amiSelectorTerms:\n    - alias: al2023@v20240807\n')));
    expect(alias.version).toBeUndefined();
    expect(alias.versionUnknown).toBeUndefined();
    const named = only(groupsOf(karpenter('  amiSelectorTerms:\n    - name: amazon-eks-node-al2023-x86_64-standard-1.29-v20240807\n')));
    expect(named.version).toMatchObject({ value: '1.29', path: ['spec', 'amiSelectorTerms', 0, 'name'] });
    expect(named.version?.subject?.kind).toBe('EC2NodeClass');
    const ssm = only(groupsOf(karpenter('  amiSelectorTerms:\n    - ssmParameter: /aws/service/bottlerocket/aws-k8s-1.30/x86_64/latest/image_id\n')));
    expect(ssm.version?.value).toBe('1.30');
    const byId = only(groupsOf(karpenter('  amiSelectorTerms:\n    - id: ami-0123456789abcdef0\n')));
    expect(byId.versionUnknown).toMatch(/id or tags/);
    const mixed = only(groupsOf(karpenter('  amiSelectorTerms:\n    - name: amazon-eks-node-1.28-*\n    - name: amazon-eks-node-1.29-*\n')));
    expect(mixed.versionUnknown).toMatch(/several Kubernetes versions/);
  });

  test('odd shapes never throw', () => {
    for (const terms of ['  amiSelectorTerms: 7\n', '  amiSelectorTerms: [null, 3, {name: 5}]\n', '  amiSelector: {aws::name: [1]}\n']) {
      expect(() => groupsOf(karpenter(terms))).not.toThrow();
    }
    expect(() => groupsOf(eksctl('    ami: {x: 1}\n    releaseVersion: [1]\n'))).not.toThrow();
    expect(() => groupsOf(cfn(asg('{Ref: [1, 2]}')))).not.toThrow();
  });
});

describe('robustness', () => {
  test('any string: no throw, and a minor is always 1.N', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (s) => {
        const minor = kubernetesMinorOfAmi(s);
        return minor === undefined || /^1\.\d{1,3}$/.test(minor);
      }),
    );
    fc.assert(
      fc.property(fc.string(), fc.option(fc.string()), (s, t) => {
        const minor = minorOfReleaseVersion(s, t ?? undefined);
        return minor === undefined || /^1\.\d+$/.test(minor);
      }),
    );
  });

  test('any JSON shape in version fields: models build and the rules run without an internal error', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.jsonValue(), fc.jsonValue(), (version, ami, terms) => {
        const files = {
          'c.json': JSON.stringify({
            apiVersion: 'eksctl.io/v1alpha5',
            kind: 'ClusterConfig',
            metadata: { name: 'x', version },
            managedNodeGroups: [{ name: 'a', releaseVersion: version, ami }],
          }),
          't.json': JSON.stringify({
            Resources: {
              C: { Type: 'AWS::EKS::Cluster', Properties: { Version: version } },
              N: { Type: 'AWS::EKS::Nodegroup', Properties: { Version: ami, ReleaseVersion: version, LaunchTemplate: { Id: { Ref: 'L' } } } },
              L: { Type: 'AWS::EC2::LaunchTemplate', Properties: { LaunchTemplateData: { ImageId: ami } } },
            },
          }),
          'k.json': JSON.stringify({
            apiVersion: 'karpenter.k8s.aws/v1',
            kind: 'EC2NodeClass',
            metadata: { name: 'n' },
            spec: { amiSelectorTerms: terms, amiSelector: terms },
          }),
          'p.json': JSON.stringify({
            apiVersion: 'karpenter.sh/v1',
            kind: 'NodePool',
            metadata: { name: 'p' },
            spec: { template: { spec: { nodeClassRef: { name: 'n' } } } },
          }),
        };
        const findings = reviewFiles(files, { rules: versionSkewRules, baseModel: treeOf(files).model });
        return findings.every((f) => !f.message.startsWith('internal error'));
      }),
      { numRuns: 150 },
    );
  });
});
