import type { Finding } from '../../src/findings.js';
import publicEndpoint from '../../src/rules/subnet-placement/public-endpoint.js';
import endOfSupport from '../../src/rules/version-skew/end-of-support.js';
import kubeletTooOld from '../../src/rules/version-skew/kubelet-too-old.js';
import removedApi from '../../src/rules/version-skew/removed-api.js';
import { findingsOf, treeOf } from '../helpers/review.js';

/*
 * Issue 14: "Whatever is not known statically stays unknown with a reason, and a finding that
 * depends on it is not made (or says what it assumed, e.g. 'with the variable's default')"; "the
 * module's version constraint picks the major (none: the newest, stated in the finding)".
 */

const NOW = new Date('2026-12-02T00:00:00Z');

/** A raw cluster whose version and public endpoint come from variables (their defaults, or tfvars). */
const rawCluster = `variable "cluster_version" {
  default = "1.30"
}

variable "public_endpoint" {
  default = true
}

locals {
  minor = var.cluster_version
}

resource "aws_eks_cluster" "prod" {
  name     = "prod"
  version  = local.minor
  role_arn = "arn:aws:iam::111122223333:role/eks"
  vpc_config {
    subnet_ids             = ["subnet-0aaaaaaaaaaaaaaaa"]
    endpoint_public_access = var.public_endpoint
  }
}
`;

const line = (text: string, f: Finding | undefined) => text.split('\n')[(f?.startLine ?? 0) - 1];

describe('findings say what they assumed', () => {
  test("a version read from a variable's default (through a local) says so; a tfvars value is no assumption", () => {
    const [f, ...rest] = findingsOf(endOfSupport, { 'infra/eks.tf': rawCluster }, { now: NOW });
    expect(rest).toEqual([]);
    expect(line(rawCluster, f)).toContain('version  = local.minor');
    expect(f?.message).toContain('cluster prod runs 1.30');
    expect(f?.message).toContain('Assumed: with the default of variable `cluster_version`, which a tfvars file or -var may change.');

    const withTfvars = findingsOf(endOfSupport, { 'infra/eks.tf': rawCluster, 'infra/terraform.tfvars': 'cluster_version = "1.29"\n' }, { now: NOW });
    expect(withTfvars).toHaveLength(1);
    expect(withTfvars[0]?.message).toContain('runs 1.29');
    expect(withTfvars[0]?.message).not.toContain('Assumed');
    // A tfvars file Terraform does not load by itself (chosen with -var-file) is not read: the default stays an assumption.
    const otherVarFile = findingsOf(endOfSupport, { 'infra/eks.tf': rawCluster, 'infra/prod.tfvars': 'cluster_version = "1.29"\n' }, { now: NOW });
    expect(otherVarFile[0]?.message).toContain('with the default of variable `cluster_version`');
  });

  test('a value written in the file assumes nothing', () => {
    const written = rawCluster.replace('version  = local.minor', 'version  = "1.30"');
    const [f] = findingsOf(endOfSupport, { 'infra/eks.tf': written }, { now: NOW });
    expect(f?.message).toContain('runs 1.30');
    expect(f?.message).not.toContain('Assumed');
  });

  test('the public endpoint finding names the variable whose default opened it, though it points at the attribute', () => {
    const [f] = findingsOf(publicEndpoint, { 'infra/eks.tf': rawCluster });
    expect(line(rawCluster, f)).toContain('endpoint_public_access = var.public_endpoint');
    expect(f?.message).toContain('with the default of variable `public_endpoint`');
    expect(f?.message).not.toContain('cluster_version');
  });

  const moduleCall = (version: string) => `module "eks" {
  source                 = "terraform-aws-modules/eks/aws"
${version}  name                   = "prod"
  kubernetes_version     = "1.30"
  endpoint_public_access = true
  subnet_ids             = ["subnet-0aaaaaaaaaaaaaaaa"]
}
`;

  test('an eks module call without a version constraint is read as the newest major, and its findings say so', () => {
    const text = moduleCall('');
    const findings = [...findingsOf(endOfSupport, { 'infra/eks.tf': text }, { now: NOW }), ...findingsOf(publicEndpoint, { 'infra/eks.tf': text })];
    expect(findings.map((f) => f.rule)).toEqual(['version-skew/end-of-support', 'subnet-placement/public-endpoint']);
    for (const f of findings) expect(f.message).toContain('Assumed: terraform-aws-modules/eks, no version constraint: v21 assumed.');
    const pinned = moduleCall('  version                = "~> 21.0"\n');
    const findingsPinned = [...findingsOf(endOfSupport, { 'infra/eks.tf': pinned }, { now: NOW }), ...findingsOf(publicEndpoint, { 'infra/eks.tf': pinned })];
    expect(findingsPinned).toHaveLength(2);
    for (const f of findingsPinned) expect(f.message).not.toContain('Assumed');
  });

  test('a call without a version constraint that sets inputs the newest major renamed is read as the newest major that has them', () => {
    const v20Inputs = `module "eks" {
  source                         = "terraform-aws-modules/eks/aws"
  cluster_name                   = "prod"
  cluster_version                = "1.30"
  cluster_endpoint_public_access = true
  subnet_ids                     = ["subnet-0aaaaaaaaaaaaaaaa"]
}
`;
    const [eos] = findingsOf(endOfSupport, { 'infra/eks.tf': v20Inputs }, { now: NOW });
    expect(eos?.message).toContain('cluster prod runs 1.30');
    const [endpoint] = findingsOf(publicEndpoint, { 'infra/eks.tf': v20Inputs });
    expect(endpoint?.message).toContain('(cluster_endpoint_public_access is true and cluster_endpoint_public_access_cidrs defaults to 0.0.0.0/0)');
    for (const f of [eos, endpoint])
      expect(f?.message).toContain(
        'Assumed: terraform-aws-modules/eks, no version constraint: v20 assumed (the newest with `cluster_name`, `cluster_version`, `cluster_endpoint_public_access`).',
      );
  });

  test("findings on other objects judged against that cluster's version say what the version assumed", () => {
    const ingress = 'apiVersion: extensions/v1beta1\nkind: Ingress\nmetadata:\n  name: web\nspec:\n  backend: { serviceName: web, servicePort: 80 }\n';
    const [removed] = findingsOf(removedApi, { 'infra/eks.tf': rawCluster, 'infra/ingress.yaml': ingress }, { now: NOW });
    expect(removed?.path).toBe('infra/ingress.yaml');
    expect(removed?.message).toContain('cluster prod runs 1.30');
    expect(removed?.message).toContain('Assumed: with the default of variable `cluster_version`, which a tfvars file or -var may change.');

    const oldNodes = `${rawCluster}
resource "aws_eks_node_group" "old" {
  cluster_name    = aws_eks_cluster.prod.name
  node_group_name = "old"
  node_role_arn   = "arn:aws:iam::111122223333:role/node"
  subnet_ids      = ["subnet-0aaaaaaaaaaaaaaaa"]
  instance_types  = ["m5.large"]
  version         = "1.26"
  scaling_config {
    min_size     = 1
    max_size     = 2
    desired_size = 1
  }
}
`;
    const [skew] = findingsOf(kubeletTooOld, { 'infra/eks.tf': oldNodes }, { now: NOW });
    expect(line(oldNodes, skew)).toContain('version         = "1.26"');
    expect(skew?.message).toContain('4 minors behind the control plane of cluster prod (1.30)');
    // The node group's own version is written; the cluster's it is judged against is the variable's default.
    expect(skew?.message).toMatch(/Assumed: with the default of variable `cluster_version`, which a tfvars file or -var may change\.$/);
  });

  test('a node group of a for_each over a variable default says its instance types assumed that default', () => {
    const tf = `variable "node_groups" {
  default = {
    small = { instance_types = ["c5.large"] }
  }
}

resource "aws_eks_node_group" "this" {
  for_each        = var.node_groups
  cluster_name    = "prod"
  node_group_name = each.key
  node_role_arn   = "arn:aws:iam::111122223333:role/node"
  subnet_ids      = ["subnet-0aaaaaaaaaaaaaaaa"]
  instance_types  = each.value.instance_types
  scaling_config {
    min_size     = 1
    max_size     = 2
    desired_size = 1
  }
}
`;
    const tree = treeOf({ 'infra/nodes.tf': tf });
    const [group] = tree.model.nodeGroups;
    expect([group?.name, group?.instanceTypes]).toEqual(['small', ['c5.large']]);
    expect(group?.ref.doc.assumptions?.(group.instanceTypesPath ?? [])).toEqual([
      'with the default of variable `node_groups`, which a tfvars file or -var may change',
    ]);
    // What does not read `each` assumes nothing: the scaling is written.
    expect(group?.ref.doc.assumptions?.(group.maxSizePath ?? [])).toEqual([]);
  });

  test("a value read from a module's output assumes what the input it passes on assumed", () => {
    const tf = `variable "k8s" {
  default = "1.30"
}

module "eks" {
  source             = "terraform-aws-modules/eks/aws"
  version            = "~> 21.0"
  name               = "prod"
  kubernetes_version = var.k8s
  subnet_ids         = ["subnet-0aaaaaaaaaaaaaaaa"]
}

resource "aws_eks_node_group" "extra" {
  cluster_name    = module.eks.cluster_name
  node_group_name = "extra"
  node_role_arn   = "arn:aws:iam::111122223333:role/node"
  subnet_ids      = ["subnet-0aaaaaaaaaaaaaaaa"]
  instance_types  = ["m5.large"]
  version         = module.eks.cluster_version
  scaling_config {
    min_size     = 1
    max_size     = 2
    desired_size = 1
  }
}
`;
    const group = treeOf({ 'infra/eks.tf': tf }).model.nodeGroups.find((g) => g.name === 'extra');
    expect([group?.clusterName, group?.version?.value]).toEqual(['prod', '1.30']);
    expect(group?.ref.doc.assumptions?.(group.version?.path ?? [])).toEqual(['with the default of variable `k8s`, which a tfvars file or -var may change']);
    // The cluster name passes on a written input: nothing assumed.
    expect(group?.ref.doc.assumptions?.([...group.path, 'Properties', 'ClusterName'])).toEqual([]);
  });

  test('an item of a list says what that item read; the whole list what any item read', () => {
    const tf = `variable "primary" {
  default = "m5.large"
}

variable "spare" {
  default = "m5.xlarge"
}

resource "aws_eks_node_group" "mixed" {
  cluster_name    = "prod"
  node_group_name = "mixed"
  node_role_arn   = "arn:aws:iam::111122223333:role/node"
  subnet_ids      = ["subnet-0aaaaaaaaaaaaaaaa"]
  instance_types  = [var.primary, "c5.large", var.spare]
  scaling_config {
    min_size     = 1
    max_size     = 2
    desired_size = 1
  }
}
`;
    const [group] = treeOf({ 'infra/nodes.tf': tf }).model.nodeGroups;
    const at = (...rest: (string | number)[]) => group?.ref.doc.assumptions?.([...(group?.path ?? []), 'Properties', 'InstanceTypes', ...rest]);
    const defaultOf = (name: string) => `with the default of variable \`${name}\`, which a tfvars file or -var may change`;
    expect(at()).toEqual(['with the defaults of variables `primary` and `spare`, which a tfvars file or -var may change']);
    // An index into the list is not a property the model wrote: it is read again from the module's files.
    expect(at(2)).toEqual([defaultOf('spare')]);
    expect(at(1)).toEqual([]);
    expect(at(0)).toEqual([defaultOf('primary')]);
    // Asked again, the answer is the same (the module is evaluated again once, not per question).
    expect(at(2)).toEqual([defaultOf('spare')]);
  });
});
