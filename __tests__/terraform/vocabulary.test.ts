import type { Finding } from '../../src/findings.js';
import lbSubnetTags from '../../src/rules/subnet-placement/lb-subnet-tags.js';
import publicEndpoint from '../../src/rules/subnet-placement/public-endpoint.js';
import publicNodes from '../../src/rules/subnet-placement/public-nodes.js';
import kubeletTooOld from '../../src/rules/version-skew/kubelet-too-old.js';
import podExceedsNode from '../../src/rules/memory-budget/pod-exceeds-node.js';
import { findingsOf } from '../helpers/review.js';

/*
 * Terraform objects are modelled as their CloudFormation twins, but the reader edits HCL: every
 * message and fix names the attribute or module input of the file (and HCL's `name = value`),
 * never a CloudFormation property.
 */

const CFN_WORDS = /EndpointPublicAccess|EndpointPrivateAccess|PublicAccessCidrs|AssociatePublicIpAddress|ReleaseVersion|\bVersion\b|CloudFormation|supportType/;
const line = (text: string, f: Finding | undefined) => text.split('\n')[(f?.startLine ?? 0) - 1];

describe('messages on Terraform input name Terraform attributes', () => {
  test('public-endpoint on a raw aws_eks_cluster: vpc_config attributes, HCL assignments', () => {
    const text = `resource "aws_eks_cluster" "prod" {
  name     = "prod"
  version  = "1.33"
  role_arn = "arn:aws:iam::111122223333:role/eks"
  vpc_config {
    subnet_ids             = ["subnet-0aaaaaaaaaaaaaaaa"]
    endpoint_public_access = true
    public_access_cidrs    = ["0.0.0.0/0"]
  }
}
`;
    const [f] = findingsOf(publicEndpoint, { 'eks.tf': text });
    expect(line(text, f)).toContain('public_access_cidrs    = ["0.0.0.0/0"]');
    expect(f?.message).toContain('(endpoint_public_access is true and public_access_cidrs lists 0.0.0.0/0)');
    expect(f?.message).toContain('Restrict public_access_cidrs to the networks that need it');
    expect(f?.message).toContain('or set endpoint_private_access = true and endpoint_public_access = false.');
    expect(f?.message).not.toMatch(CFN_WORDS);
  });

  test.each([
    ['~> 19.0', 'cluster_name', 'cluster_version', 'cluster_endpoint_public_access', 'cluster_endpoint_private_access', 'cluster_endpoint_public_access_cidrs'],
    ['~> 20.0', 'cluster_name', 'cluster_version', 'cluster_endpoint_public_access', 'cluster_endpoint_private_access', 'cluster_endpoint_public_access_cidrs'],
    ['~> 21.0', 'name', 'kubernetes_version', 'endpoint_public_access', 'endpoint_private_access', 'endpoint_public_access_cidrs'],
  ])('public-endpoint on an eks module call (%s) names the inputs of that major, set or defaulted', (version, name, k8s, pub, priv, cidrs) => {
    const text = `module "eks" {
  source  = "terraform-aws-modules/eks/aws"
  version = "${version}"
  ${name} = "prod"
  ${k8s} = "1.33"
  ${pub} = true
  subnet_ids = ["subnet-0aaaaaaaaaaaaaaaa"]
}
`;
    const [f, ...rest] = findingsOf(publicEndpoint, { 'eks.tf': text });
    expect(rest).toEqual([]);
    // The CIDRs are the module's default (0.0.0.0/0): the finding names the input that would restrict them, at the input that opened it.
    expect(f?.message).toContain(`(${pub} is true and ${cidrs} defaults to 0.0.0.0/0)`);
    expect(line(text, f)).toContain(`${pub} = true`);
    expect(f?.message).toContain(`or set ${priv} = true and ${pub} = false.`);
    expect(f?.message).not.toMatch(CFN_WORDS);
    expect(f?.message).not.toContain('Assumed');
  });

  test('public-nodes on a launch template that asks for public IPs: the resource address and associate_public_ip_address = true', () => {
    const text = `resource "aws_launch_template" "workers" {
  instance_type = "m5.large"
  network_interfaces {
    associate_public_ip_address = true
  }
}

resource "aws_eks_node_group" "workers" {
  cluster_name    = "prod"
  node_group_name = "workers"
  node_role_arn   = "arn:aws:iam::111122223333:role/node"
  subnet_ids      = ["subnet-0aaaaaaaaaaaaaaaa"]
  scaling_config {
    min_size     = 1
    max_size     = 2
    desired_size = 1
  }
  launch_template {
    id      = aws_launch_template.workers.id
    version = "$Latest"
  }
}
`;
    const [f, ...rest] = findingsOf(publicNodes, { 'nodes.tf': text });
    expect(rest).toEqual([]);
    expect(line(text, f)).toContain('associate_public_ip_address = true');
    expect(f?.message).toMatch(
      /^aws_launch_template\.workers sets associate_public_ip_address = true, so every node of managed node group workers gets a public IPv4 address/,
    );
    expect(f?.message).not.toMatch(CFN_WORDS);
  });

  test('kubelet skew names release_version as the source of the nodes version', () => {
    const text = `resource "aws_eks_cluster" "prod" {
  name     = "prod"
  version  = "1.33"
  role_arn = "arn:aws:iam::111122223333:role/eks"
  vpc_config {
    subnet_ids              = ["subnet-0aaaaaaaaaaaaaaaa"]
    endpoint_public_access  = false
    endpoint_private_access = true
  }
}

resource "aws_eks_node_group" "old" {
  cluster_name    = aws_eks_cluster.prod.name
  node_group_name = "old"
  node_role_arn   = "arn:aws:iam::111122223333:role/node"
  subnet_ids      = ["subnet-0aaaaaaaaaaaaaaaa"]
  instance_types  = ["m5.large"]
  release_version = "1.29.15-20250519"
  scaling_config {
    min_size     = 1
    max_size     = 2
    desired_size = 1
  }
}
`;
    const [f, ...rest] = findingsOf(kubeletTooOld, { 'eks.tf': text });
    expect(rest).toEqual([]);
    expect(line(text, f)).toContain('release_version = "1.29.15-20250519"');
    expect(f?.message).toContain('(from release_version 1.29.15-20250519)');
    expect(f?.message).not.toMatch(CFN_WORDS);
  });

  test('instance types from a variable without a default: the notice names variables among what it cannot follow', () => {
    const tf = `variable "types" {
  type = list(string)
}

resource "aws_eks_node_group" "workers" {
  cluster_name    = "prod"
  node_group_name = "workers"
  node_role_arn   = "arn:aws:iam::111122223333:role/node"
  subnet_ids      = ["subnet-0aaaaaaaaaaaaaaaa"]
  instance_types  = var.types
  scaling_config {
    min_size     = 1
    max_size     = 2
    desired_size = 1
  }
}
`;
    const app = `apiVersion: apps/v1
kind: Deployment
metadata: { name: app }
spec:
  replicas: 1
  selector: { matchLabels: { app: app } }
  template:
    metadata: { labels: { app: app } }
    spec:
      containers:
        - name: app
          image: app:1
          resources: { requests: { memory: 1Gi }, limits: { memory: 1Gi } }
`;
    const [f, ...rest] = findingsOf(podExceedsNode, { 'infra/nodes.tf': tf, 'infra/app.yaml': app });
    expect(rest).toEqual([]);
    expect(f?.message).toContain('the instance types of node group workers cannot be read from the repository (a parameter or variable without a default,');
    expect(f?.details).toBe('Node group workers (infra/nodes.tf): no instance type could be read.');
    expect(line(tf, f)).toContain('instance_types  = var.types');
  });
});

describe('subnet tags on Terraform subnets', () => {
  const network = (subnet: string) => `${subnet}

resource "helm_release" "lbc" {
  name       = "aws-load-balancer-controller"
  repository = "https://aws.github.io/eks-charts"
  chart      = "aws-load-balancer-controller"
  version    = "1.8.1"
}
`;
  const service = `apiVersion: v1
kind: Service
metadata:
  name: web
  annotations:
    service.beta.kubernetes.io/aws-load-balancer-type: external
    service.beta.kubernetes.io/aws-load-balancer-scheme: internet-facing
spec:
  type: LoadBalancer
  ports: [{ port: 80 }]
`;
  const tagFinding = (tf: string) => findingsOf(lbSubnetTags, { 'infra/network.tf': network(tf), 'infra/web.yaml': service });

  test('the vpc module is told to tag its public subnets through public_subnet_tags, as an HCL map entry', () => {
    const tf = `module "vpc" {
  source          = "terraform-aws-modules/vpc/aws"
  version         = "~> 5.0"
  cidr            = "10.0.0.0/16"
  public_subnets  = ["10.0.1.0/24"]
  private_subnets = ["10.0.2.0/24"]
}
module "eks" {
  source          = "terraform-aws-modules/eks/aws"
  version         = "~> 20.0"
  cluster_name    = "prod"
  cluster_version = "1.33"
  subnet_ids      = module.vpc.private_subnets
}`;
    const [f, ...rest] = tagFinding(tf);
    expect(rest).toEqual([]);
    expect(f?.message).toMatch(/Tag the public subnets module\.vpc\.aws_subnet\.public\[0\] with "kubernetes\.io\/role\/elb" = "1" in public_subnet_tags\.$/);
  });

  test('a raw aws_subnet is told to add the entry to its tags', () => {
    const tf = `resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}
resource "aws_subnet" "a" {
  vpc_id     = aws_vpc.main.id
  cidr_block = "10.0.1.0/24"
  tags       = { Name = "a" }
}
resource "aws_eks_cluster" "prod" {
  name     = "prod"
  version  = "1.33"
  role_arn = "arn:aws:iam::111122223333:role/eks"
  vpc_config {
    subnet_ids = [aws_subnet.a.id]
  }
}`;
    const [f] = tagFinding(tf);
    expect(network(tf).split('\n')[(f?.startLine ?? 0) - 1]).toContain('tags       = { Name = "a" }');
    expect(f?.message).toMatch(/with "kubernetes\.io\/role\/elb" = "1" in tags\.$/);
  });
});
