import { readFileSync } from 'node:fs';
import path from 'node:path';
import { EKS_MODULE, VPC_MODULE, type ModuleTable } from '../../src/data/terraform-modules.js';
import { loadTree, loadWorkingTree, setupReview, type LoadedTree } from '../../src/engine/review.js';
import { TerraformDocument, loadTerraformFile } from '../../src/load/terraform.js';
import { judgeSubnetRef } from '../../src/rules/subnet-placement/_subnets.js';
import { Evaluator } from '../../src/model/terraform-eval.js';
import { pickMajor } from '../../src/model/terraform-modules.js';
import type { NodeGroup } from '../../src/model/types.js';
import { describeWithCorpus } from '../helpers/corpus.js';
import { CORPUS } from '../helpers/paths.js';

function root(dir: string): LoadedTree {
  const options = { cwd: path.join(CORPUS, dir), paths: ['.'], include: ['*.tf', '*.tfvars'] };
  return loadWorkingTree(options, setupReview(options));
}
const only = <T>(items: readonly T[]): T => {
  expect(items).toHaveLength(1);
  return items[0] as T;
};
const placements = (tree: LoadedTree, group: NodeGroup) =>
  group.subnets.flatMap((s) => judgeSubnetRef(tree.model.network, s)).map((v) => [v.placement, v.subnet?.egress]);
const lineAt = (group: NodeGroup, at: readonly (string | number)[]) => group.ref.doc.locate(at).start.line;

describeWithCorpus('terraform-aws-modules calls in real roots', () => {
  test('eks-blueprints karpenter-mng (eks ~> 20.24, vpc ~> 5.0): cluster_version, the public endpoint it asks for, its node group in private subnets', () => {
    const tree = root('aws-ia__terraform-aws-eks-blueprints/patterns/karpenter-mng');
    const cluster = only(tree.model.clusters);
    expect(cluster.version?.value).toBe('1.30'); // eks.tf:10 cluster_version = "1.30"
    expect(cluster.ref.doc.locate(['Resources', cluster.path[1] as string, 'Properties', 'Version']).start).toEqual({ line: 10, column: 3 });
    expect(cluster.endpoint.publicAccess).toBe(true); // eks.tf:15
    const group = only(tree.model.nodeGroups);
    expect([group.name, group.instanceTypes, group.minSize, group.maxSize]).toEqual(['karpenter', ['m5.large'], 2, 3]); // eks.tf:42-45
    expect(lineAt(group, group.instanceTypesPath ?? [])).toBe(42);
    // The module's node groups run the cluster's version; nodes in the vpc module's private subnets, behind its NAT gateway.
    expect(group.version?.value).toBe('1.30');
    expect(placements(tree, group)).toEqual([['private', 'nat']]);
  });

  test('eks-blueprints fully-private-cluster: endpoint left at the v20 default (private), private subnets with no NAT gateway', () => {
    const tree = root('aws-ia__terraform-aws-eks-blueprints/patterns/fully-private-cluster');
    const cluster = only(tree.model.clusters);
    expect([cluster.endpoint.publicAccess, cluster.endpoint.privateAccess]).toEqual([false, true]);
    const group = only(tree.model.nodeGroups);
    expect([group.instanceTypes, group.minSize, group.maxSize]).toEqual([['m5.large'], 1, 5]);
    expect(placements(tree, group)).toEqual([['private', 'none']]); // enable_nat_gateway = false
  });

  test('eks-workshop-v2 cluster/terraform (eks ~> 21.0): kubernetes_version from the variable default, m5.large 3..6', () => {
    const tree = root('aws-samples__eks-workshop-v2/cluster/terraform');
    const cluster = only(tree.model.clusters);
    expect([cluster.name, cluster.version?.value, cluster.endpoint.publicAccess]).toEqual(['eks-workshop', '1.33', true]);
    const group = only(tree.model.nodeGroups);
    expect([group.name, group.instanceTypes, group.minSize, group.maxSize]).toEqual(['default', ['m5.large'], 3, 6]);
  });

  test.each([
    ['terraform-aws-modules__terraform-aws-eks/examples/self-managed-node-group', 'eks-al2023.tf', 26],
    ['terraform-aws-modules__terraform-aws-eks/_history/8a0efdbbc841/examples/self-managed-node-group', 'eks-al2023.tf', 22],
  ])('%s: self_managed_node_groups become Auto Scaling groups of m6i.large, 2..5, tagged for their cluster, found at instance_type', (dir, file, line) => {
    const tree = root(dir);
    const groups = tree.model.nodeGroups.filter((g) => g.ref.doc.path === file);
    const group = only(groups);
    expect([group.kind, group.clusterName, group.instanceTypes, group.minSize, group.maxSize]).toEqual([
      'aws_autoscaling_group',
      'ex-self-mng-al2023',
      ['m6i.large'],
      2,
      5,
    ]);
    expect(group.ref.doc.locate(group.instanceTypesPath ?? []).start).toEqual({ line, column: 7 }); // `instance_type = "m6i.large"`
    // The module picks the AMI at plan time: the nodes' version is unknown, and says why.
    expect(group.versionUnknown).toContain('looks up the EKS AMI');
  });

  test.each([
    ['terraform-aws-modules__terraform-aws-eks/examples/eks-managed-node-group', 21],
    ['terraform-aws-modules__terraform-aws-eks/_history/8a0efdbbc841/examples/eks-managed-node-group', 20],
  ])('%s (v%s inputs): two clusters at 1.33 with the default private endpoint, m6i.large groups of 2..5', (dir) => {
    const tree = root(dir);
    expect(tree.model.clusters.map((c) => [c.name, c.version?.value, c.endpoint.publicAccess])).toEqual([
      ['ex-eks-mng-al2023', '1.33', false],
      ['ex-eks-mng-bottlerocket', '1.33', false],
    ]);
    expect(tree.model.nodeGroups.map((g) => [g.instanceTypes, g.minSize, g.maxSize])).toEqual([
      [['m6i.large'], 2, 5],
      [['m6i.large'], 2, 5],
    ]);
  });
});

/** The default of a variable in a corpus variables.tf, evaluated. */
function variableDefault(file: string, name: string): unknown {
  const loaded = loadTerraformFile({ path: file, text: readFileSync(file, 'utf8') });
  const doc = loaded.documents[0] as TerraformDocument;
  const block = doc.body.blocks.find((b) => b.type === 'variable' && b.labels[0] === name);
  if (!block) return 'variable not found';
  const dflt = block.body.attributes.get('default');
  return dflt ? new Evaluator({ root: () => undefined }).evaluate(dflt.expr) : 'no default';
}

const CORPUS_DIRS: Record<string, string> = {
  'terraform-aws-eks v19.21.0 (2cb1fac31b0f)': 'terraform-aws-modules__terraform-aws-eks/_history/2cb1fac31b0f',
  'terraform-aws-eks v20.37.2 (8a0efdbbc841)': 'terraform-aws-modules__terraform-aws-eks/_history/8a0efdbbc841',
  'terraform-aws-eks v21.19.0 (bef29c4d9523)': 'terraform-aws-modules__terraform-aws-eks',
  'terraform-aws-vpc v6.6.0 (82d1929e669e)': 'terraform-aws-modules__terraform-aws-vpc',
};

describeWithCorpus('the module tables agree with the module sources in ../shared/corpus', () => {
  const rows = (table: ModuleTable) => Object.entries(table.majors).flatMap(([major, list]) => list.map((row) => ({ major, ...row })));
  const checkable = [...rows(EKS_MODULE), ...rows(VPC_MODULE)].flatMap((row) => {
    const match = /^(.*\)) ((?:modules\/[^ ]+\/)?variables\.tf)$/.exec(row.readFrom);
    const dir = match ? CORPUS_DIRS[match[1] ?? ''] : undefined;
    return match && dir && row.input ? [[`${row.readFrom} ${row.input}`, path.join(CORPUS, dir, match[2] ?? ''), row.input, row.default] as const] : [];
  });

  test('there are rows to check for every major read from the corpus', () => {
    expect(checkable.length).toBeGreaterThan(35);
  });

  test.each(checkable)('%s', (_label, file, input, expected) => {
    expect(variableDefault(file, input)).toEqual(expected);
  });

  test('node group fallbacks of v19 and v20 are the try(...) defaults of node_groups.tf', () => {
    for (const dir of ['_history/2cb1fac31b0f', '_history/8a0efdbbc841']) {
      const text = readFileSync(path.join(CORPUS, 'terraform-aws-modules__terraform-aws-eks', dir, 'node_groups.tf'), 'utf8');
      expect(text).toContain('min_size     = try(each.value.min_size, var.eks_managed_node_group_defaults.min_size, 1)');
      expect(text).toContain('max_size     = try(each.value.max_size, var.eks_managed_node_group_defaults.max_size, 3)');
      expect(text).toContain('desired_size = try(each.value.desired_size, var.eks_managed_node_group_defaults.desired_size, 1)');
      expect(text).toContain('min_size                  = try(each.value.min_size, var.self_managed_node_group_defaults.min_size, 0)');
      expect(text).toContain('instance_type   = try(each.value.instance_type, var.self_managed_node_group_defaults.instance_type, "m6i.large")');
    }
  });
});

describe('which major a call is read as', () => {
  test('the version constraint picks the major; without one the newest of the table; an unknown major is not read', () => {
    expect(pickMajor(EKS_MODULE, { version: '~> 20.24' })).toEqual({ major: 20, assumed: false });
    expect(pickMajor(EKS_MODULE, { version: '>= 19.0, < 20.0' })).toEqual({ major: 19, assumed: false });
    expect(pickMajor(EKS_MODULE, {})).toEqual({ major: 21, assumed: true });
    expect(pickMajor(EKS_MODULE, { source: 'git::https://github.com/terraform-aws-modules/terraform-aws-eks.git?ref=v19.21.0' })).toEqual({
      major: 19,
      assumed: false,
    });
    expect(pickMajor(EKS_MODULE, { version: '~> 18.0' })).toBeUndefined();
    // Without a constraint, inputs only older majors have pick the newest major that has them all.
    const inputs = (...names: string[]) => new Map(names.map((n) => [n, null]));
    expect(pickMajor(EKS_MODULE, { inputs: inputs('name', 'kubernetes_version', 'tags') })).toEqual({ major: 21, assumed: true });
    expect(pickMajor(EKS_MODULE, { inputs: inputs('cluster_version', 'subnet_ids') })).toEqual({ major: 20, assumed: true, byInputs: ['cluster_version'] });
    // A stated constraint wins over the inputs (a wrong input is Terraform's error to report).
    expect(pickMajor(EKS_MODULE, { version: '~> 21.0', inputs: inputs('cluster_version') })).toEqual({ major: 21, assumed: false });
  });

  const vpcRoot = (version: string) =>
    loadTree([
      {
        path: 'net/main.tf',
        text: `module "vpc" {\n  source  = "terraform-aws-modules/vpc/aws"\n  version = "${version}"\n  cidr = "10.0.0.0/16"\n  public_subnets  = ["10.0.1.0/24"]\n  private_subnets = ["10.0.2.0/24"]\n}\n`,
      },
    ]);

  test('vpc map_public_ip_on_launch defaulted to true until v3 and false since v4, as each release says', () => {
    const subnet = (v: string) => vpcRoot(v).model.network?.subnets.find((s) => s.logicalId === 'module.vpc.aws_subnet.public[0]');
    expect(subnet('~> 3.0')?.mapPublicIpOnLaunch).toBe(true);
    expect(subnet('~> 5.0')?.mapPublicIpOnLaunch).toBe(false);
    expect(subnet('~> 5.0')?.placement).toBe('public');
    const priv = vpcRoot('~> 5.0').model.network?.subnets.find((s) => s.logicalId === 'module.vpc.aws_subnet.private[0]');
    expect([priv?.placement, priv?.egress]).toEqual(['private', 'none']); // enable_nat_gateway defaults to false
  });
});

describe('EKS add-ons in Terraform', () => {
  test('aws_eks_addon and the eks module addons map give kube-proxy versions, at the attribute; a version left to AWS is not read', () => {
    const tree = loadTree([
      {
        path: 'infra/eks.tf',
        text: [
          'resource "aws_eks_cluster" "main" {',
          '  name     = "prod"',
          '  version  = "1.29"',
          '  role_arn = "arn:aws:iam::1:role/r"',
          '  vpc_config { subnet_ids = ["subnet-0123456789abcdef0"] }',
          '}',
          'resource "aws_eks_addon" "kube_proxy" {',
          '  cluster_name  = aws_eks_cluster.main.name',
          '  addon_name    = "kube-proxy"',
          '  addon_version = "v1.29.0-eksbuild.1"',
          '}',
          'module "eks" {',
          '  source             = "terraform-aws-modules/eks/aws"',
          '  version            = "~> 21.0"',
          '  name               = "other"',
          '  kubernetes_version = "1.31"',
          '  addons = {',
          '    kube-proxy = { addon_version = "v1.31.2-eksbuild.3" }',
          '    vpc-cni    = { most_recent = true }',
          '  }',
          '}',
          '',
        ].join('\n'),
      },
    ]);
    const addons = tree.model.addons.map((a) => [a.addon, a.clusterName, a.version.value, a.source, a.ref.doc.locate(a.version.path).start.line]);
    expect(addons).toEqual([
      ['kube-proxy', 'other', 'v1.31.2-eksbuild.3', 'terraform', 18],
      ['kube-proxy', 'prod', 'v1.29.0-eksbuild.1', 'terraform', 10],
    ]);
  });
});
