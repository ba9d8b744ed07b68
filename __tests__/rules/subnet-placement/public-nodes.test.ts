import { readFileSync } from 'node:fs';
import rule from '../../../src/rules/subnet-placement/public-nodes.js';
import { findingsOf } from '../../helpers/review.js';
import { corpusFiles } from './_corpus.js';
import { testWithCorpus } from '../../helpers/corpus.js';

const EKSCTL = 'eksctl-io__eksctl/examples';

describe('subnet-placement/public-nodes', () => {
  testWithCorpus('eksctl: the node group without privateNetworking is flagged, the private one is not', () => {
    const findings = findingsOf(rule, corpusFiles(`${EKSCTL}/03-two-nodegroups.yaml`));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: 'warning', startLine: 11, object: { kind: 'NodeGroup', name: 'ng1-public' } });
    expect(findings[0]?.message).toBe(
      "Node group ng1-public does not set privateNetworking: true, so eksctl places its nodes in the cluster's public subnets; " +
        "set privateNetworking: true to place them in the private subnets (eksctl's own VPC routes those through its NAT gateway).",
    );
  });

  test('eksctl: explicit privateNetworking: false is quoted and pointed at', () => {
    const config = `apiVersion: eksctl.io/v1alpha5
kind: ClusterConfig
metadata: { name: c, region: eu-west-1 }
managedNodeGroups:
  - name: web
    privateNetworking: false
`;
    const [f] = findingsOf(rule, { 'c.yaml': config });
    expect(f).toMatchObject({ startLine: 6, message: expect.stringContaining('Managed node group web sets privateNetworking: false') });
  });

  testWithCorpus('eksctl: subnets named under vpc.subnets.public are public, ids and private names are not', () => {
    const findings = findingsOf(rule, corpusFiles(`${EKSCTL}/24-nodegroup-subnets.yaml`));
    expect(findings.map((f) => f.object?.name)).toEqual(['ng-1']);
    expect(findings[0]?.message).toContain('public-one and subnet-083814b087bad140b (listed under vpc.subnets.public in the eksctl config)');
    expect(findings[0]?.startLine).toBe(35); // the node group's `subnets:` list
  });

  testWithCorpus('eksctl: an existing VPC with only private subnets gives a public node group nowhere to go: no finding', () => {
    expect(findingsOf(rule, corpusFiles('eksctl-io__eksctl/pkg/ctl/cmdutils/test_data/cluster-with-vpc-private-access.yaml'))).toEqual([]);
  });

  testWithCorpus('CloudFormation subnets given by a parameter stay unknown: the 2021/2022 amazon-eks-nodegroup.yaml is not flagged', () => {
    const files = corpusFiles(
      'awslabs__amazon-eks-ami/_history/ad1ae43865d7/amazon-eks-nodegroup.yaml',
      'awslabs__amazon-eks-ami/_history/b209f51c8217/amazon-eks-nodegroup.yaml',
      'aws__amazon-vpc-cni-k8s/testdata/amazon-eks-managed-nodegroup.yaml',
      'aws-samples__amazon-eks-refarch-cloudformation/cloudformation/nodegroup.yaml',
    );
    expect(findingsOf(rule, files)).toEqual([]);
  });

  testWithCorpus('CloudFormation managed node group in NAT-routed private subnets is not flagged (aws-cloudformation EKS template)', () => {
    expect(findingsOf(rule, corpusFiles('aws-cloudformation__aws-cloudformation-templates/EKS/template.yaml'))).toEqual([]);
  });

  testWithCorpus('CloudFormation node group in the public subnets of the same template is flagged, naming the route', () => {
    const files = corpusFiles('aws-cloudformation__aws-cloudformation-templates/EKS/template.yaml');
    const [file, text] = Object.entries(files)[0]!;
    const moved = text.replace(
      /Subnets:\n(\s+)- !Ref PrivateSubnet1\n\s+- !Ref PrivateSubnet2\n\s+- !Ref PrivateSubnet3/,
      'Subnets:\n$1- !Ref PublicSubnet1\n$1- !Ref PrivateSubnet2',
    );
    expect(moved).not.toBe(text);
    const [f] = findingsOf(rule, { [file]: moved });
    expect(f?.message).toBe(
      'Managed node group ng-${AWS::StackName} launches nodes in public subnets (1 of its 2 subnets): PublicSubnet1 ' +
        '(its route table PublicRouteTable sends 0.0.0.0/0 to internet gateway InternetGateway in route RouteInternetGateway); ' +
        'move them to private subnets whose default route goes to a NAT gateway.',
    );
  });

  test('a launch template that turns on public IPs is flagged at that line even when the subnets are unknown', () => {
    const template = `AWSTemplateFormatVersion: '2010-09-09'
Parameters:
  Subnets: { Type: 'List<AWS::EC2::Subnet::Id>' }
Resources:
  Lt:
    Type: AWS::EC2::LaunchTemplate
    Properties:
      LaunchTemplateData:
        InstanceType: m5.large
        NetworkInterfaces:
          - DeviceIndex: 0
            AssociatePublicIpAddress: true
        UserData: !Base64 '/etc/eks/bootstrap.sh c'
  Asg:
    Type: AWS::AutoScaling::AutoScalingGroup
    Properties:
      MinSize: 1
      MaxSize: 3
      LaunchTemplate: { LaunchTemplateId: !Ref Lt, Version: !GetAtt Lt.LatestVersionNumber }
      VPCZoneIdentifier: !Ref Subnets
`;
    const [f] = findingsOf(rule, { 'ng.yaml': template });
    expect(f).toMatchObject({ startLine: 12 });
    expect(f?.message).toBe(
      'Lt sets AssociatePublicIpAddress: true, so every node of Auto Scaling group Asg gets a public IPv4 address, reachable from the internet wherever its subnet routes to an internet gateway; ' +
        'remove it (or set it to false) and move them to private subnets whose default route goes to a NAT gateway.',
    );
  });

  test('public IPs in private subnets: not reachable today, said so', () => {
    const fixed = readFileSync('examples/outage-2019-fixed/cluster.yaml', 'utf8').replace(
      "AssociatePublicIpAddress: 'false'",
      "AssociatePublicIpAddress: 'true'",
    );
    const [f] = findingsOf(rule, { 'cluster.yaml': fixed });
    expect(f?.message).toContain(
      'gets a public IPv4 address, unused while its subnets PrivateSubnet01 and PrivateSubnet02 (its route table PrivateRouteTable has no route to an internet gateway) stay private',
    );
  });

  test('the outage stack: public IPs and public subnets in one finding, at the AssociatePublicIpAddress line', () => {
    const findings = findingsOf(rule, { 'cluster.yaml': readFileSync('examples/outage-2019/cluster.yaml', 'utf8') });
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ startLine: 103, object: { kind: 'AWS::AutoScaling::AutoScalingGroup', name: 'NodeGroup' } });
    expect(findings[0]?.message).toBe(
      'NodeLaunchConfig sets AssociatePublicIpAddress: true, so every node of Auto Scaling group NodeGroup gets a public IPv4 address reachable from the internet, ' +
        'in public subnets Subnet01 and Subnet02 (its route table RouteTable sends 0.0.0.0/0 to internet gateway InternetGateway in route Route); ' +
        'remove it (or set it to false) and move them to private subnets whose default route goes to a NAT gateway.',
    );
  });

  test('subnet ids declared public through the publicSubnetIds option', () => {
    const template = `Resources:
  Ng:
    Type: AWS::EKS::Nodegroup
    Properties: { ClusterName: c, NodeRole: r, Subnets: [subnet-0aaa, subnet-0bbb] }
`;
    expect(findingsOf(rule, { 'ng.yaml': template })).toEqual([]);
    const [f] = findingsOf(rule, { 'ng.yaml': template }, { options: () => ({ publicSubnetIds: ['subnet-0bbb'] }) });
    expect(f?.message).toContain('(1 of its 2 subnets): subnet-0bbb (the publicSubnetIds option lists it)');
  });

  describe('Karpenter', () => {
    const vpc = `AWSTemplateFormatVersion: '2010-09-09'
Resources:
  Igw: { Type: AWS::EC2::InternetGateway }
  Table: { Type: AWS::EC2::RouteTable }
  Default:
    Type: AWS::EC2::Route
    Properties: { RouteTableId: !Ref Table, DestinationCidrBlock: 0.0.0.0/0, GatewayId: !Ref Igw }
  Edge:
    Type: AWS::EC2::Subnet
    Properties:
      Tags: [{ Key: karpenter.sh/discovery, Value: shop }, { Key: tier, Value: edge }]
  EdgeAssoc:
    Type: AWS::EC2::SubnetRouteTableAssociation
    Properties: { SubnetId: !Ref Edge, RouteTableId: !Ref Table }
`;
    const nodeClass = (spec: string) => `apiVersion: karpenter.k8s.aws/v1
kind: EC2NodeClass
metadata: { name: default }
spec:
  amiSelectorTerms: [{ alias: al2023@latest }]
${spec}---
apiVersion: karpenter.sh/v1
kind: NodePool
metadata: { name: general }
spec:
  template:
    spec:
      nodeClassRef: { group: karpenter.k8s.aws, kind: EC2NodeClass, name: default }
`;

    test('a selector that matches a public subnet of the repository is flagged on the node class', () => {
      const [f, ...rest] = findingsOf(rule, {
        'vpc.yaml': vpc,
        'karpenter.yaml': nodeClass('  subnetSelectorTerms:\n    - tags: { karpenter.sh/discovery: shop }\n'),
      });
      expect(rest).toEqual([]);
      expect(f).toMatchObject({ path: 'karpenter.yaml', startLine: 6, object: { kind: 'EC2NodeClass', name: 'default' } });
      expect(f?.message).toContain('selects public subnets Edge (its tags match karpenter.sh/discovery=shop; its route table Table sends 0.0.0.0/0');
    });

    test('a wildcard tag value matches the whole value, the same pattern alike each time it is read', () => {
      for (let i = 0; i < 2; i++) {
        const [f, ...rest] = findingsOf(rule, {
          'vpc.yaml': vpc,
          'karpenter.yaml': nodeClass('  subnetSelectorTerms:\n    - tags: { karpenter.sh/discovery: "s*p" }\n'),
        });
        expect(rest).toEqual([]);
        expect(f?.message).toContain('selects public subnets Edge (its tags match karpenter.sh/discovery=s*p;');
        expect(
          findingsOf(rule, { 'vpc.yaml': vpc, 'karpenter.yaml': nodeClass('  subnetSelectorTerms:\n    - tags: { karpenter.sh/discovery: "o*" }\n') }),
        ).toEqual([]);
      }
    });

    test('a selector that matches nothing in the repository says nothing', () => {
      expect(
        findingsOf(rule, { 'vpc.yaml': vpc, 'karpenter.yaml': nodeClass('  subnetSelectorTerms:\n    - tags: { karpenter.sh/discovery: other }\n') }),
      ).toEqual([]);
    });

    test('associatePublicIPAddress: true is flagged at that line', () => {
      const [f] = findingsOf(rule, {
        'karpenter.yaml': nodeClass('  associatePublicIPAddress: true\n  subnetSelectorTerms:\n    - id: subnet-0abc\n'),
      });
      expect(f).toMatchObject({ startLine: 6, message: expect.stringContaining('EC2NodeClass default sets associatePublicIPAddress: true') });
    });
  });
});
