import path from 'node:path';
import { loadWorkingTree, setupReview } from '../../src/engine/review.js';
import noEligibleNode from '../../src/rules/memory-budget/no-eligible-node.js';
import { describeWithCorpus } from '../helpers/corpus.js';
import { CORPUS } from '../helpers/paths.js';
import { findingsOf, treeOf } from '../helpers/review.js';

/*
 * terraform-aws-modules/eks inputs beyond the cluster and its node groups: `fargate_profiles`
 * (pods their selectors match run on Fargate, as with aws_eks_fargate_profile), and the
 * `karpenter` submodule, which creates nothing the rules read.
 */

const eksCall = (fargate: string) => `module "eks" {
  source          = "terraform-aws-modules/eks/aws"
  version         = "~> 20.0"
  cluster_name    = "prod"
  cluster_version = "1.33"
  subnet_ids      = ["subnet-0aaaaaaaaaaaaaaaa"]
  eks_managed_node_groups = {
    general = {
      instance_types = ["m5.large"]
      labels         = { pool = "general" }
    }
  }
${fargate}}
`;

const batch = `apiVersion: apps/v1
kind: Deployment
metadata: { name: batch, namespace: jobs-nightly }
spec:
  replicas: 1
  selector: { matchLabels: { app: batch } }
  template:
    metadata: { labels: { app: batch } }
    spec:
      nodeSelector: { pool: batch }
      containers:
        - name: batch
          image: batch:1
          resources: { requests: { memory: 1Gi }, limits: { memory: 1Gi } }
`;

const profiles = `  fargate_profiles = {
    jobs = {
      selectors = [{ namespace = "jobs-*" }]
    }
  }
`;

describe('eks module fargate_profiles', () => {
  test('each entry is a Fargate profile of the cluster, with its selectors, at the entry', () => {
    const tree = treeOf({ 'infra/eks.tf': eksCall(profiles) });
    const template = tree.model.templates[0];
    const profile = Object.entries(template?.resources ?? {}).find(([, r]) => r.Type === 'AWS::EKS::FargateProfile');
    expect(profile?.[0]).toBe('module.eks.module.fargate_profile["jobs"].aws_eks_fargate_profile.this[0]');
    expect(profile?.[1].Properties).toMatchObject({
      ClusterName: 'prod',
      FargateProfileName: 'jobs',
      Selectors: [{ Namespace: 'jobs-*' }],
      Subnets: ['subnet-0aaaaaaaaaaaaaaaa'],
    });
  });

  test('a pod its selectors match runs on Fargate: no node group needs to hold it', () => {
    const without = findingsOf(noEligibleNode, { 'infra/eks.tf': eksCall(''), 'infra/batch.yaml': batch });
    expect(without.map((f) => f.rule)).toEqual(['memory-budget/no-eligible-node']);
    expect(findingsOf(noEligibleNode, { 'infra/eks.tf': eksCall(profiles), 'infra/batch.yaml': batch })).toEqual([]);
    // A profile for other namespaces changes nothing.
    const other = profiles.replace('jobs-*', 'web');
    expect(findingsOf(noEligibleNode, { 'infra/eks.tf': eksCall(other), 'infra/batch.yaml': batch })).toHaveLength(1);
  });
});

describeWithCorpus('eks module fargate_profiles in the corpus', () => {
  test('eks-blueprints fargate-serverless (eks ~> 20.11): profiles app_wildcard (app-*) and kube-system (main.tf:76-88)', () => {
    const options = { cwd: path.join(CORPUS, 'aws-ia__terraform-aws-eks-blueprints/patterns/fargate-serverless'), paths: ['.'], include: ['*.tf'] };
    const tree = loadWorkingTree(options, setupReview(options));
    const found = tree.model.templates.flatMap((t) =>
      Object.values(t.resources)
        .filter((r) => r.Type === 'AWS::EKS::FargateProfile')
        .map((r) => [r.Properties?.['FargateProfileName'], r.Properties?.['Selectors']]),
    );
    expect(found).toEqual([
      ['app_wildcard', [{ Namespace: 'app-*' }]],
      ['kube-system', [{ Namespace: 'kube-system' }]],
    ]);
    expect(tree.model.nodeGroups).toEqual([]);
  });
});

describe('the eks karpenter submodule', () => {
  test('is not a cluster call: it creates IAM roles and a queue, no cluster or nodes; the NodePool it serves is read from its manifest', () => {
    const karpenter = `module "karpenter" {
  source       = "terraform-aws-modules/eks/aws//modules/karpenter"
  version      = "~> 20.24"
  cluster_name = "prod"
}

resource "kubectl_manifest" "pool" {
  yaml_body = <<-YAML
    apiVersion: karpenter.sh/v1
    kind: NodePool
    metadata:
      name: default
    spec:
      template:
        spec:
          nodeClassRef: { group: karpenter.k8s.aws, kind: EC2NodeClass, name: default }
          requirements:
            - { key: node.kubernetes.io/instance-type, operator: In, values: [m5.large] }
  YAML
}
`;
    const tree = treeOf({ 'infra/karpenter.tf': karpenter });
    expect(tree.model.clusters).toEqual([]);
    expect(tree.model.templates.flatMap((t) => Object.keys(t.resources))).toEqual([]);
    expect(tree.model.nodeGroups.map((g) => [g.source, g.kind, g.name])).toEqual([['karpenter', 'NodePool', 'default']]);
  });
});
