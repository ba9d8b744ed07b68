import kubeProxySkew from '../../../src/rules/version-skew/kube-proxy-skew.js';
import { findingsOf } from '../../helpers/review.js';

const eksctl = (cluster: string, kubeProxy: string) => `apiVersion: eksctl.io/v1alpha5
kind: ClusterConfig
metadata:
  name: prod
  region: eu-west-1
  version: '${cluster}'
addons:
  - name: vpc-cni
    version: v1.18.0-eksbuild.1
  - name: kube-proxy
    version: ${kubeProxy}
`;

const daemonSet = (tag: string) => `apiVersion: apps/v1
kind: DaemonSet
metadata: {name: kube-proxy, namespace: kube-system}
spec:
  selector: {matchLabels: {k8s-app: kube-proxy}}
  template:
    metadata: {labels: {k8s-app: kube-proxy}}
    spec:
      containers:
        - name: kube-proxy
          image: 602401143452.dkr.ecr.eu-west-1.amazonaws.com/eks/kube-proxy:${tag}
`;

describe('version-skew/kube-proxy-skew', () => {
  test('eksctl: kube-proxy newer than the control plane is an error at the add-on version', () => {
    const [f, ...rest] = findingsOf(kubeProxySkew, { 'c.yaml': eksctl('1.29', 'v1.30.0-eksbuild.3') });
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ severity: 'error', startLine: 11 });
    expect(f?.message).toContain('kube-proxy must never be newer than the control plane; pin kube-proxy 1.29');
  });

  test('eksctl: three minors behind is allowed from 1.25 on, four is not', () => {
    expect(findingsOf(kubeProxySkew, { 'c.yaml': eksctl('1.31', 'v1.28.2-eksbuild.1') })).toEqual([]);
    const [f] = findingsOf(kubeProxySkew, { 'c.yaml': eksctl('1.32', 'v1.28.2-eksbuild.1') });
    expect(f?.message).toContain('4 minors behind the API server of cluster prod (1.32)');
  });

  test('before 1.25 kube-proxy may lag by two minors only', () => {
    expect(findingsOf(kubeProxySkew, { 'c.yaml': eksctl('1.25', 'v1.23.7-eksbuild.1') })).toEqual([]);
    expect(findingsOf(kubeProxySkew, { 'c.yaml': eksctl('1.26', 'v1.23.7-eksbuild.1') })).toHaveLength(1);
  });

  test('"latest" and an unpinned add-on say nothing', () => {
    expect(findingsOf(kubeProxySkew, { 'c.yaml': eksctl('1.29', 'latest') })).toEqual([]);
  });

  test('CloudFormation AWS::EKS::Addon names its cluster by reference', () => {
    const template = `Resources:
  Cluster:
    Type: AWS::EKS::Cluster
    Properties:
      Name: prod
      Version: '1.28'
      RoleArn: arn:aws:iam::111122223333:role/eks
      ResourcesVpcConfig: {SubnetIds: [subnet-0aaaaaaaaaaaaaaaa]}
  KubeProxy:
    Type: AWS::EKS::Addon
    Properties:
      AddonName: kube-proxy
      AddonVersion: v1.29.0-eksbuild.1
      ClusterName: !Ref Cluster
`;
    const [f] = findingsOf(kubeProxySkew, { 'stack.yaml': template });
    expect(f).toMatchObject({ startLine: 13, object: { kind: 'AWS::EKS::Addon', name: 'KubeProxy' } });
  });

  test('a kube-proxy DaemonSet is judged by its image tag against the cluster it joins', () => {
    const files = { 'cluster/c.yaml': eksctl('1.33', 'latest'), 'cluster/system/kube-proxy.yaml': daemonSet('v1.28.2-minimal-eksbuild.2') };
    const [f] = findingsOf(kubeProxySkew, files);
    expect(f).toMatchObject({ path: 'cluster/system/kube-proxy.yaml', startLine: 11, object: { kind: 'DaemonSet', name: 'kube-proxy' } });
    expect(f?.message).toContain('DaemonSet kube-proxy runs kube-proxy v1.28.2-minimal-eksbuild.2, 5 minors behind');
    expect(findingsOf(kubeProxySkew, { ...files, 'cluster/system/kube-proxy.yaml': daemonSet('v1.33.0-minimal-eksbuild.1') })).toEqual([]);
  });

  test('no cluster version in the repository: nothing to compare with', () => {
    expect(findingsOf(kubeProxySkew, { 'kube-proxy.yaml': daemonSet('v1.20.0') })).toEqual([]);
  });
});
