import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadWorkingTree, setupReview, type LoadedTree } from '../../src/engine/review.js';
import { loadTerraformFile } from '../../src/load/terraform.js';
import { judgeSubnetRef } from '../../src/rules/subnet-placement/_subnets.js';
import type { NodeGroup } from '../../src/model/types.js';
import { describeWithCorpus } from '../helpers/corpus.js';
import { CORPUS } from '../helpers/paths.js';

/*
 * Real Terraform from ../shared/corpus, read in place. Every expected value below was read by
 * hand from the file named beside it.
 */

function terraformFiles(): string[] {
  const out = execFileSync('find', [CORPUS, '-type', 'f', '(', '-name', '*.tf', '-o', '-name', '*.tfvars', ')'], { encoding: 'utf8' });
  return out.split('\n').filter(Boolean).sort();
}

/** One corpus directory, loaded as the review loads a root module. */
function root(dir: string): LoadedTree {
  const options = { cwd: path.join(CORPUS, dir), paths: ['.'], include: ['*.tf', '*.tfvars'] };
  return loadWorkingTree(options, setupReview(options));
}

const group = (tree: LoadedTree, name: string) => tree.model.nodeGroups.find((g) => g.name === name) as NodeGroup;

describeWithCorpus('every .tf / .tfvars file of the corpus', () => {
  test('parses with no syntax error (709 files when counted)', () => {
    const files = terraformFiles();
    expect(files.length).toBeGreaterThan(600);
    const failures = files.filter((f) => loadTerraformFile({ path: f, text: readFileSync(f, 'utf8') }).findings.length > 0);
    expect(failures).toEqual([]);
  });

  const terraform = spawnSync('terraform', ['version'], { encoding: 'utf8' });
  (terraform.status === 0 ? test : test.skip)('terraform itself accepts them all (terraform fmt parses each; skipped without terraform on PATH)', () => {
    // Without -write, fmt prints every file: only its exit status (0 = all parse) matters.
    const run = spawnSync('terraform', ['fmt', '-recursive', '-write=false', '-list=false', CORPUS], { stdio: 'ignore' });
    expect(run.status).toBe(0);
  });
});

describeWithCorpus('values read from real Terraform', () => {
  test('cds-snc/notification-terraform aws/eks/eks.tf: a private-only endpoint; subnets from a variable the root leaves to tfvars stay unknown', () => {
    const tree = root('cds-snc__notification-terraform/aws/eks');
    const cluster = tree.model.clusters.find((c) => c.name === 'aws_eks_cluster.notification-canada-ca-eks-cluster' || c.ref.doc.path === 'eks.tf');
    expect(cluster?.endpoint.publicAccess).toBe(false); // endpoint_public_access  = false (line 17)
    expect(cluster?.endpoint.privateAccess).toBe(true); // endpoint_private_access = true (line 16)
    expect(cluster?.version).toBeUndefined(); // version = var.eks_cluster_version, no default
    expect(cluster?.subnets).toEqual([{ kind: 'unknown', reason: 'variable vpc_private_subnets has no default and no terraform.tfvars value' }]);
    const k8s = group(tree, 'aws_eks_node_group.notification-canada-ca-eks-node-group-k8s');
    expect(k8s.subnets[0]).toMatchObject({ kind: 'unknown', reason: expect.stringContaining('vpc_private_subnets_k8s') });
    // Findings on it land on the attribute: `subnet_ids           = var.vpc_private_subnets_k8s` is line 64.
    expect(k8s.ref.doc.locate(k8s.subnetsPath ?? []).start).toEqual({ line: 64, column: 3 });
  });

  test('cds-snc/notification-terraform aws/common/vpc.tf: three subnets per tier from count = 3, routing left to the main route table is unknown', () => {
    const tree = root('cds-snc__notification-terraform/aws/common');
    const names = (tree.model.network?.subnets ?? []).map((s) => s.logicalId);
    expect(names.filter((n) => n.startsWith('aws_subnet.notification-canada-ca-private['))).toEqual([
      'aws_subnet.notification-canada-ca-private[0]',
      'aws_subnet.notification-canada-ca-private[1]',
      'aws_subnet.notification-canada-ca-private[2]',
    ]);
    expect(new Set(tree.model.network?.subnets.map((s) => s.placement))).toEqual(new Set(['unknown']));
  });

  test('eks-workshop-v2 troubleshooting/workernodes: m5.large from the launch template, in a new subnet whose route table has no way out', () => {
    const tree = root('aws-samples__eks-workshop-v2/manifests/modules/troubleshooting/workernodes/.workshop/terraform');
    const ng = group(tree, 'new_nodegroup_2');
    expect(ng.instanceTypes).toEqual(['m5.large']);
    expect([ng.minSize, ng.maxSize, ng.desiredSize]).toEqual([0, 2, 0]);
    const [verdict] = judgeSubnetRef(tree.model.network, ng.subnets[0] ?? { kind: 'unknown', reason: '' });
    expect(verdict?.label).toBe('aws_subnet.new_subnet');
    expect(verdict?.placement).toBe('private');
    expect(verdict?.subnet?.egress).toBe('none');
    // The nodes of new_nodegroup_1 sit in subnets a data source returns: unknown, with why.
    expect(group(tree, 'new_nodegroup_1').subnets[0]).toEqual({ kind: 'unknown', reason: 'data.aws_subnets.private is read at plan time' });
  });

  test.each([
    ['terraform-aws-modules__terraform-aws-eks', 'v21.19.0'],
    ['terraform-aws-modules__terraform-aws-eks/_history/8a0efdbbc841', 'v20.37.2'],
    ['terraform-aws-modules__terraform-aws-eks/_history/2cb1fac31b0f', 'v19.21.0'],
  ])('terraform-aws-modules/eks %s (%s) main.tf with its variable defaults: private endpoint only, public CIDRs 0.0.0.0/0', (dir) => {
    const tree = root(dir);
    expect(tree.model.clusters).toHaveLength(1);
    const [cluster] = tree.model.clusters;
    expect(cluster?.endpoint).toMatchObject({ publicAccess: false, privateAccess: true, publicCidrs: ['0.0.0.0/0'] });
    expect(cluster?.ref.doc.path).toBe('main.tf');
  });

  test('terraform-aws-modules/eks modules/eks-managed-node-group: scaling 1..3 from the defaults, instance types left to EKS', () => {
    const tree = root('terraform-aws-modules__terraform-aws-eks/modules/eks-managed-node-group');
    const [ng] = tree.model.nodeGroups;
    expect([ng?.minSize, ng?.maxSize]).toEqual([1, 3]); // min_size default 1, max_size default 3
    expect(ng?.instanceTypes).toEqual([]); // instance_types default null: EKS chooses
    expect(ng?.versionUnknown).toBeUndefined(); // version default null: follows the cluster
  });

  test('terraform-aws-modules/vpc main.tf: the default subnet lists are empty, so no subnet is created', () => {
    const tree = root('terraform-aws-modules__terraform-aws-vpc');
    expect(tree.model.network?.subnets).toEqual([]);
  });
});

describeWithCorpus('alphagov/govuk-infrastructure, read by hand', () => {
  const dir = 'alphagov__govuk-infrastructure/terraform/deployments/cluster-infrastructure';

  test('cluster-infrastructure (eks ~> 21.0): the public endpoint it asks for, a version left to a -var-file stays unknown', () => {
    const tree = root(dir);
    expect(tree.model.clusters).toHaveLength(1);
    const [cluster] = tree.model.clusters;
    // main.tf:250 `endpoint_public_access = true`; private access and the CIDRs are the v21 defaults (true, EKS's 0.0.0.0/0).
    expect(cluster?.endpoint).toMatchObject({ publicAccess: true, privateAccess: true });
    expect(cluster?.endpoint.publicCidrs).toBeUndefined();
    expect(cluster?.ref.doc.path).toBe('main.tf');
    // main.tf:244 `kubernetes_version = var.cluster_version`; variables.tf:1 declares it without a default, and the
    // repository's per-environment values (terraform/variables/<env>/*.tfvars) are chosen with -var-file: not read.
    expect(cluster?.version).toBeUndefined();
  });

  test('cluster-infrastructure: only the x86 node group exists by default, with the instance types and sizes of its variables', () => {
    const tree = root(dir);
    // local.eks_managed_node_groups merges x86 (enable_x86_workers default true) and the arm groups (defaults false).
    expect(tree.model.nodeGroups.map((g) => g.name)).toEqual(['x86']);
    const x86 = group(tree, 'x86');
    // variables.tf:116, 128, 134, 140; main.tf:97 ami_type.
    expect(x86.instanceTypes).toEqual(['r7i.large', 'r7a.large', 'm7i-flex.xlarge', 'm6a.xlarge', 'm6i.xlarge']);
    expect([x86.minSize, x86.maxSize, x86.desiredSize, x86.amiFamily]).toEqual([0, 6, 3, 'AL2023_x86_64_STANDARD']);
    // The map comes through a local built from nine variables: the assumption names the one whose default the types are.
    expect(x86.ref.doc.assumptions?.(x86.instanceTypesPath ?? [])).toEqual([
      'with the default of variable `x86_workers_instance_types`, which a tfvars file or -var may change',
    ]);
    expect(x86.ref.doc.locate(x86.instanceTypesPath ?? []).start.line).toBe(270); // eks_managed_node_groups = local.eks_managed_node_groups
    // Subnets from `for_each = var.eks_private_subnets`, declared in variables-common.tf the corpus does not hold (a symlink upstream).
    expect(x86.subnets).toEqual([
      { kind: 'unknown', reason: 'the for_each of aws_subnet.eks_private is not known (variable eks_private_subnets is not declared)' },
    ]);
  });

  test('cluster-infrastructure: the pinned kube-proxy add-on version of local.default_cluster_addons (main.tf:44)', () => {
    const tree = root(dir);
    const kubeProxy = tree.model.addons.filter((a) => a.addon === 'kube-proxy');
    expect(kubeProxy.map((a) => [a.version.value, a.ref.doc.path])).toEqual([['v1.35.3-eksbuild.13', 'main.tf']]);
  });
});

describeWithCorpus('eks module v19 and vpc module v5 in an eks-blueprints pattern, read by hand', () => {
  test('multi-tenancy-with-teams (eks ~> 19.21, vpc ~> 5.0): cluster_version 1.29, node group initial, private subnets behind the NAT gateway', () => {
    const tree = root('aws-ia__terraform-aws-eks-blueprints/patterns/multi-tenancy-with-teams');
    expect(tree.model.clusters).toHaveLength(1);
    const [cluster] = tree.model.clusters;
    expect(cluster?.version?.value).toBe('1.29'); // main.tf:47 cluster_version = "1.29"
    expect(cluster?.ref.doc.locate(cluster.version?.path ?? []).start).toEqual({ line: 47, column: 3 });
    expect(cluster?.endpoint.publicAccess).toBe(true); // main.tf:48 cluster_endpoint_public_access = true (a v19 input name)
    const initial = group(tree, 'initial');
    expect([initial.instanceTypes, initial.minSize, initial.maxSize, initial.desiredSize]).toEqual([['m5.large'], 1, 5, 2]); // main.tf:55-59
    expect(initial.ref.doc.locate(initial.instanceTypesPath ?? []).start).toEqual({ line: 55, column: 7 });
    expect(initial.version?.value).toBe('1.29'); // v19 passes the cluster's version to its node groups
    // subnet_ids = module.vpc.private_subnets; enable_nat_gateway = true (main.tf:182).
    const verdicts = initial.subnets.flatMap((s) => judgeSubnetRef(tree.model.network, s));
    expect(verdicts.map((v) => [v.label, v.placement, v.subnet?.egress])).toEqual([['module.vpc.aws_subnet.private[*]', 'private', 'nat']]);
    // The public subnets route to the module's internet gateway and carry the ELB role tag (main.tf:185-187).
    const publicSubnet = tree.model.network?.subnets.find((s) => s.logicalId === 'module.vpc.aws_subnet.public[*]');
    expect([publicSubnet?.placement, publicSubnet?.egress, publicSubnet?.mapPublicIpOnLaunch]).toEqual(['public', 'internet-gateway', false]);
    expect(publicSubnet?.tags['kubernetes.io/role/elb']).toBe('1');
  });
});
