import endOfSupport from '../../../src/rules/version-skew/end-of-support.js';
import kubeletTooOld from '../../../src/rules/version-skew/kubelet-too-old.js';
import publicEndpoint from '../../../src/rules/subnet-placement/public-endpoint.js';
import publicNodes from '../../../src/rules/subnet-placement/public-nodes.js';
import removedApi from '../../../src/rules/version-skew/removed-api.js';
import { findingsOf, treeOf } from '../../helpers/review.js';

const NOW = { now: new Date('2026-12-02T00:00:00Z') };

const cfnCluster = (version: string, allowed?: string[]) => `AWSTemplateFormatVersion: '2010-09-09'
Parameters:
  KubernetesVersion:
    Type: String
    Default: '${version}'
${allowed ? `    AllowedValues: [${allowed.map((v) => `'${v}'`).join(', ')}]\n` : ''}Resources:
  Cluster:
    Type: AWS::EKS::Cluster
    Properties:
      Name: prod
      Version: !Ref KubernetesVersion
      RoleArn: arn:aws:iam::111122223333:role/eks
      ResourcesVpcConfig:
        SubnetIds: [subnet-0aaaaaaaaaaaaaaaa]
        EndpointPublicAccess: false
        EndpointPrivateAccess: true
`;

describe('CloudFormation Parameter defaults', () => {
  test('a cluster Version from a Parameter is reviewed with its default, and the message says so', () => {
    const [f] = findingsOf(endOfSupport, { 'cluster.yaml': cfnCluster('1.24') }, NOW);
    expect(f).toMatchObject({ severity: 'error', startLine: 11 });
    expect(f?.message).toContain('cluster prod runs 1.24 (with the default of Parameter KubernetesVersion; a stack may deploy another value)');
  });

  test('AllowedValues past all support are reported at the list, even when the default is supported', () => {
    const text = cfnCluster('1.35', ['1.23', '1.24', '1.35']);
    const findings = findingsOf(endOfSupport, { 'cluster.yaml': text }, NOW);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: 'warning', startLine: 6 });
    expect(text.split('\n')[5]).toContain('AllowedValues');
    expect(findings[0]?.message).toContain('Parameter KubernetesVersion (the Kubernetes version of cluster prod) allows 1.23, 1.24, past all EKS support');
  });

  test('the control plane version from a default drives kubelet skew, named as a default', () => {
    const nodes = `AWSTemplateFormatVersion: '2010-09-09'
Resources:
  Workers:
    Type: AWS::EKS::Nodegroup
    Properties:
      ClusterName: prod
      NodeRole: arn:aws:iam::111122223333:role/node
      Subnets: [subnet-0aaaaaaaaaaaaaaaa]
      Version: '1.28'
`;
    const [f] = findingsOf(kubeletTooOld, { 'cluster.yaml': cfnCluster('1.33'), 'nodes.yaml': nodes }, NOW);
    expect(f?.message).toContain('control plane of cluster prod (1.33, the default of Parameter KubernetesVersion)');
  });

  test('removed APIs are checked against a version that comes from a Parameter default', () => {
    const manifest = 'apiVersion: policy/v1beta1\nkind: PodDisruptionBudget\nmetadata: {name: web}\nspec: {minAvailable: 1}\n';
    const findings = findingsOf(removedApi, { 'cluster.yaml': cfnCluster('1.30'), 'pdb.yaml': manifest }, NOW);
    expect(findings.map((f) => f.path)).toEqual(['pdb.yaml']);
  });

  test('AssociatePublicIpAddress from a Parameter is reviewed with its default', () => {
    const template = (dflt: string) => `AWSTemplateFormatVersion: '2010-09-09'
Parameters:
  AssignPublicIp: {Type: String, Default: '${dflt}', AllowedValues: ['true', 'false']}
Resources:
  NodeLaunch:
    Type: AWS::AutoScaling::LaunchConfiguration
    Properties:
      ImageId: ami-0123456789abcdef0
      InstanceType: m5.large
      AssociatePublicIpAddress: !Ref AssignPublicIp
      UserData: !Base64 '#!/bin/bash\\n/etc/eks/bootstrap.sh prod'
  Nodes:
    Type: AWS::AutoScaling::AutoScalingGroup
    Properties:
      LaunchConfigurationName: !Ref NodeLaunch
      MinSize: '1'
      MaxSize: '3'
      VPCZoneIdentifier: [subnet-0aaaaaaaaaaaaaaaa]
`;
    const [f] = findingsOf(publicNodes, { 'nodes.yaml': template('true') });
    expect(f).toMatchObject({ startLine: 10 });
    expect(f?.message).toContain('with the default of Parameter AssignPublicIp');
    expect(findingsOf(publicNodes, { 'nodes.yaml': template('false') })).toEqual([]);
  });
});

const eksctlCluster = `apiVersion: eksctl.io/v1alpha5
kind: ClusterConfig
metadata:
  name: prod
  region: eu-west-1
  version: '1.33'
vpc:
  clusterEndpoints: {publicAccess: false, privateAccess: true}
managedNodeGroups:
  - name: base
    instanceType: m5.large
    privateNetworking: true
`;
const nodeGroupFile = `apiVersion: eksctl.io/v1alpha5
kind: ClusterConfig
metadata:
  name: prod
  region: eu-west-1
managedNodeGroups:
  - name: extra
    instanceType: m5.xlarge
    privateNetworking: true
`;

describe('eksctl files that only add node groups', () => {
  test('join the cluster of their name: no second cluster, no endpoint of their own', () => {
    const files = { 'cluster/cluster.yaml': eksctlCluster, 'apps/nodegroups/extra.yaml': nodeGroupFile };
    const { model } = treeOf(files);
    expect(model.clusters.map((c) => c.ref.doc.path)).toEqual(['cluster/cluster.yaml']);
    expect(model.scopes).toHaveLength(1);
    expect(model.scopes[0]?.nodeGroups.map((g) => g.name).sort()).toEqual(['base', 'extra']);
    expect(findingsOf(publicEndpoint, files)).toEqual([]);
  });

  test('a manifest beside a node-group file is judged against the real cluster’s version', () => {
    const manifest = 'apiVersion: policy/v1beta1\nkind: PodDisruptionBudget\nmetadata: {name: web}\nspec: {minAvailable: 1}\n';
    const files = { 'cluster/cluster.yaml': eksctlCluster, 'apps/nodegroups.yaml': nodeGroupFile, 'apps/pdb.yaml': manifest };
    const [f] = findingsOf(removedApi, files, NOW);
    expect(f?.message).toContain('1.33');
  });

  test('alone in the repository, the same file is a cluster at eksctl’s defaults (eksctl create cluster -f takes it too)', () => {
    const { model } = treeOf({ 'extra.yaml': nodeGroupFile });
    expect(model.clusters.map((c) => c.name)).toEqual(['prod']);
    expect(findingsOf(publicEndpoint, { 'extra.yaml': nodeGroupFile })).toHaveLength(1);
  });
});

describe('upgrade policy', () => {
  const withPolicy = (supportType: string) => `apiVersion: eksctl.io/v1alpha5
kind: ClusterConfig
metadata: {name: prod, region: eu-west-1, version: '1.31'}
upgradePolicy:
  supportType: ${supportType}
`;

  test('STANDARD: past standard support the cluster is auto-upgraded, never on extended support', () => {
    const [f] = findingsOf(endOfSupport, { 'c.yaml': withPolicy('STANDARD') }, { now: new Date('2026-05-01T00:00:00Z') });
    expect(f?.severity).toBe('warning');
    expect(f?.message).toContain('supportType: STANDARD');
    expect(f?.message).not.toContain('extended support until');
  });

  test('EXTENDED (the default) keeps the extended-support message', () => {
    const [f] = findingsOf(endOfSupport, { 'c.yaml': withPolicy('EXTENDED') }, { now: new Date('2026-05-01T00:00:00Z') });
    expect(f?.message).toContain('paid extended support until 2026-11-26');
  });

  test('CloudFormation UpgradePolicy.SupportType is read', () => {
    const text = cfnCluster('1.31').replace('      Name: prod\n', '      Name: prod\n      UpgradePolicy: {SupportType: STANDARD}\n');
    const { model } = treeOf({ 'c.yaml': text });
    expect(model.clusters[0]?.supportType?.value).toBe('STANDARD');
  });
});

describe('scoping in repositories of independent projects', () => {
  const cluster = `apiVersion: eksctl.io/v1alpha5\nkind: ClusterConfig\nmetadata: {name: demo, region: eu-west-1, version: '1.33'}\n`;
  const pdb = 'apiVersion: policy/v1beta1\nkind: PodDisruptionBudget\nmetadata: {name: web}\nspec: {minAvailable: 1}\n';

  test('a manifest judged against a cluster under another top-level project names the cluster file and the config fix', () => {
    const [f] = findingsOf(removedApi, { 'eks-sample/cluster.yaml': cluster, 'other-project/k8s/pdb.yaml': pdb });
    expect(f?.message).toContain(
      'cluster demo (defined in eks-sample/cluster.yaml, which shares no directory with this file; if this file runs elsewhere, map it with clusters[].paths',
    );
  });

  test('within the same project, the message stays short', () => {
    const [f] = findingsOf(removedApi, { 'shop/cluster.yaml': cluster, 'shop/k8s/pdb.yaml': pdb });
    expect(f?.message).not.toContain('defined in');
  });
});
