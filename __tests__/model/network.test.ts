import { readFileSync } from 'node:fs';
import path from 'node:path';
import { declaredSubnets, judgeSubnetRef } from '../../src/rules/subnet-placement/_subnets.js';
import type { Model, Subnet } from '../../src/model/types.js';
import { treeOf } from '../helpers/review.js';
import { CORPUS } from '../helpers/paths.js';
import { testWithCorpus } from '../helpers/corpus.js';

function modelOf(files: Record<string, string>): Model {
  return treeOf(files).model;
}

function subnet(model: Model, logicalId: string, file?: string): Subnet {
  const found = model.network?.subnets.find((s) => s.logicalId === logicalId && (file === undefined || s.file === file));
  if (!found) throw new Error(`no subnet ${logicalId}`);
  return found;
}

function corpusModel(...files: string[]): Model {
  return modelOf(Object.fromEntries(files.map((f) => [f, readFileSync(path.join(CORPUS, f), 'utf8')])));
}

/** A VPC with one public and one private subnet; `extra` adds resources, `params` parameters. */
function vpcTemplate(extra = '', params = ''): string {
  return `
AWSTemplateFormatVersion: '2010-09-09'
Parameters:
  Existing:
    Type: String
${params}
Resources:
  VPC:
    Type: AWS::EC2::VPC
    Properties: { CidrBlock: 10.0.0.0/16 }
  IGW:
    Type: AWS::EC2::InternetGateway
  PublicTable:
    Type: AWS::EC2::RouteTable
    Properties: { VpcId: !Ref VPC }
  PublicDefault:
    Type: AWS::EC2::Route
    Properties:
      RouteTableId: !Ref PublicTable
      DestinationCidrBlock: 0.0.0.0/0
      GatewayId: !Ref IGW
  Public:
    Type: AWS::EC2::Subnet
    Properties:
      VpcId: !Ref VPC
      MapPublicIpOnLaunch: true
      Tags:
        - { Key: kubernetes.io/role/elb, Value: '1' }
        - { Key: Name, Value: !Sub '\${AWS::StackName}-public' }
  PublicAssoc:
    Type: AWS::EC2::SubnetRouteTableAssociation
    Properties: { SubnetId: !Ref Public, RouteTableId: !Ref PublicTable }
  Nat:
    Type: AWS::EC2::NatGateway
    Properties: { SubnetId: !Ref Public }
  PrivateTable:
    Type: AWS::EC2::RouteTable
    Properties: { VpcId: !Ref VPC }
  PrivateDefault:
    Type: AWS::EC2::Route
    Properties:
      RouteTableId: !Ref PrivateTable
      DestinationCidrBlock: 0.0.0.0/0
      NatGatewayId: !Ref Nat
  Private:
    Type: AWS::EC2::Subnet
    Properties: { VpcId: !Ref VPC }
  PrivateAssoc:
    Type: AWS::EC2::SubnetRouteTableAssociation
    Properties: { SubnetId: !Ref Private, RouteTableId: !GetAtt PrivateTable.RouteTableId }
${extra}`;
}

describe('network model: route resolution', () => {
  test('a subnet is public through its association, route table and a default route to an internet gateway', () => {
    const model = modelOf({ 'vpc.yaml': vpcTemplate() });
    const pub = subnet(model, 'Public');
    expect(pub.placement).toBe('public');
    expect(pub.placementReason).toBe('its route table PublicTable sends 0.0.0.0/0 to internet gateway IGW in route PublicDefault');
    expect(pub.mapPublicIpOnLaunch).toBe(true);
    expect(pub.vpc).toEqual({ file: 'vpc.yaml', logicalId: 'VPC' });
    expect(pub.tags).toEqual({ 'kubernetes.io/role/elb': '1' });
    expect(pub.tagsKnown).toBe(true);
    expect(pub.tagsUnresolved).toEqual(['Name']);
  });

  test('a subnet whose table routes 0.0.0.0/0 to a NAT gateway is private with NAT egress (GetAtt of the table resolves too)', () => {
    const priv = subnet(modelOf({ 'vpc.yaml': vpcTemplate() }), 'Private');
    expect(priv.placement).toBe('private');
    expect(priv.placementReason).toBe('its route table PrivateTable has no route to an internet gateway');
    expect(priv.egress).toBe('nat');
    expect(priv.egressReason).toBe('its route table PrivateTable sends 0.0.0.0/0 to NAT gateway Nat in route PrivateDefault');
  });

  test('a private table without any default route has no egress; a transit gateway or NAT instance counts as egress', () => {
    const extra = `
  IsolatedTable:
    Type: AWS::EC2::RouteTable
  Isolated:
    Type: AWS::EC2::Subnet
    Properties: { VpcId: !Ref VPC }
  IsolatedAssoc:
    Type: AWS::EC2::SubnetRouteTableAssociation
    Properties: { SubnetId: !Ref Isolated, RouteTableId: !Ref IsolatedTable }
  PeeringOnly:
    Type: AWS::EC2::Route
    Properties: { RouteTableId: !Ref IsolatedTable, DestinationCidrBlock: 172.16.0.0/12, VpcPeeringConnectionId: pcx-1 }
  TgwTable:
    Type: AWS::EC2::RouteTable
  ViaTgw:
    Type: AWS::EC2::Subnet
  ViaTgwAssoc:
    Type: AWS::EC2::SubnetRouteTableAssociation
    Properties: { SubnetId: !Ref ViaTgw, RouteTableId: !Ref TgwTable }
  TgwDefault:
    Type: AWS::EC2::Route
    Properties: { RouteTableId: !Ref TgwTable, DestinationCidrBlock: 0.0.0.0/0, TransitGatewayId: tgw-0abc }
  NatInstanceTable:
    Type: AWS::EC2::RouteTable
  ViaInstance:
    Type: AWS::EC2::Subnet
  ViaInstanceAssoc:
    Type: AWS::EC2::SubnetRouteTableAssociation
    Properties: { SubnetId: !Ref ViaInstance, RouteTableId: !Ref NatInstanceTable }
  InstanceDefault:
    Type: AWS::EC2::Route
    Properties: { RouteTableId: !Ref NatInstanceTable, DestinationCidrBlock: 0.0.0.0/0, InstanceId: i-0abc }
`;
    const model = modelOf({ 'vpc.yaml': vpcTemplate(extra) });
    expect(subnet(model, 'Isolated')).toMatchObject({
      placement: 'private',
      egress: 'none',
      egressReason: 'its route table IsolatedTable has no default route (0.0.0.0/0 or ::/0)',
    });
    expect(subnet(model, 'ViaTgw')).toMatchObject({ placement: 'private', egress: 'transit-gateway' });
    expect(subnet(model, 'ViaInstance')).toMatchObject({ placement: 'private', egress: 'nat', egressReason: expect.stringContaining('NAT instance i-0abc') });
  });

  test('routes propagated from a virtual private gateway may carry a default route: egress unknown', () => {
    const extra = `
  IsolatedTable:
    Type: AWS::EC2::RouteTable
  Isolated:
    Type: AWS::EC2::Subnet
  IsolatedAssoc:
    Type: AWS::EC2::SubnetRouteTableAssociation
    Properties: { SubnetId: !Ref Isolated, RouteTableId: !Ref IsolatedTable }
  Propagation:
    Type: AWS::EC2::VPNGatewayRoutePropagation
    Properties: { RouteTableIds: [!Ref IsolatedTable], VpnGatewayId: vgw-0abc }
`;
    expect(subnet(modelOf({ 'vpc.yaml': vpcTemplate(extra) }), 'Isolated')).toMatchObject({
      placement: 'private',
      egress: 'unknown',
      egressReason: 'route propagation Propagation adds routes from a virtual private gateway to its route table IsolatedTable',
    });
  });

  test('IPv6: ::/0 to an internet gateway makes a subnet public; ::/0 to an egress-only gateway is egress, not public', () => {
    const extra = `
  V6Table:
    Type: AWS::EC2::RouteTable
  V6Public:
    Type: AWS::EC2::Subnet
  V6PublicAssoc:
    Type: AWS::EC2::SubnetRouteTableAssociation
    Properties: { SubnetId: !Ref V6Public, RouteTableId: !Ref V6Table }
  V6Default:
    Type: AWS::EC2::Route
    Properties: { RouteTableId: !Ref V6Table, DestinationIpv6CidrBlock: '::/0', GatewayId: !Ref IGW }
  EigwTable:
    Type: AWS::EC2::RouteTable
  Eigw:
    Type: AWS::EC2::EgressOnlyInternetGateway
  V6Private:
    Type: AWS::EC2::Subnet
  V6PrivateAssoc:
    Type: AWS::EC2::SubnetRouteTableAssociation
    Properties: { SubnetId: !Ref V6Private, RouteTableId: !Ref EigwTable }
  EigwDefault:
    Type: AWS::EC2::Route
    Properties: { RouteTableId: !Ref EigwTable, DestinationIpv6CidrBlock: '::/0', EgressOnlyInternetGatewayId: !Ref Eigw }
`;
    const model = modelOf({ 'vpc.yaml': vpcTemplate(extra) });
    expect(subnet(model, 'V6Public')).toMatchObject({
      placement: 'public',
      placementReason: 'its route table V6Table sends ::/0 to internet gateway IGW in route V6Default',
    });
    expect(subnet(model, 'V6Private')).toMatchObject({
      placement: 'private',
      egress: 'other',
      egressReason: expect.stringContaining('egress-only internet gateway Eigw'),
    });
  });

  test('a literal igw- id is an internet gateway', () => {
    const extra = `
  LiteralTable:
    Type: AWS::EC2::RouteTable
  Literal:
    Type: AWS::EC2::Subnet
  LiteralAssoc:
    Type: AWS::EC2::SubnetRouteTableAssociation
    Properties: { SubnetId: !Ref Literal, RouteTableId: !Ref LiteralTable }
  LiteralDefault:
    Type: AWS::EC2::Route
    Properties: { RouteTableId: !Ref LiteralTable, DestinationCidrBlock: 0.0.0.0/0, GatewayId: igw-0123abcd }
`;
    expect(subnet(modelOf({ 'vpc.yaml': vpcTemplate(extra) }), 'Literal').placement).toBe('public');
  });
});

describe('network model: what the template does not fix stays unknown', () => {
  const cases: [string, string, RegExp][] = [
    [
      'no association: the VPC main route table',
      `
  Lonely:
    Type: AWS::EC2::Subnet
    Properties: { VpcId: !Ref VPC }`,
      /no SubnetRouteTableAssociation.*main route table/,
    ],
    [
      'a route table given by a parameter',
      `
  Lonely:
    Type: AWS::EC2::Subnet
  LonelyAssoc:
    Type: AWS::EC2::SubnetRouteTableAssociation
    Properties: { SubnetId: !Ref Lonely, RouteTableId: !Ref Existing }`,
      /route table is parameter Existing/,
    ],
    [
      'a default route whose gateway is a parameter',
      `
  Lonely:
    Type: AWS::EC2::Subnet
  LonelyTable:
    Type: AWS::EC2::RouteTable
  LonelyAssoc:
    Type: AWS::EC2::SubnetRouteTableAssociation
    Properties: { SubnetId: !Ref Lonely, RouteTableId: !Ref LonelyTable }
  LonelyDefault:
    Type: AWS::EC2::Route
    Properties: { RouteTableId: !Ref LonelyTable, DestinationCidrBlock: 0.0.0.0/0, GatewayId: !Ref Existing }`,
      /route LonelyDefault .* sends 0.0.0.0\/0 to a gateway given by parameter Existing/,
    ],
    [
      'a route under a condition that depends on a parameter',
      `
  Lonely:
    Type: AWS::EC2::Subnet
  LonelyTable:
    Type: AWS::EC2::RouteTable
  LonelyAssoc:
    Type: AWS::EC2::SubnetRouteTableAssociation
    Properties: { SubnetId: !Ref Lonely, RouteTableId: !Ref LonelyTable }
  LonelyDefault:
    Type: AWS::EC2::Route
    Condition: WantNat
    Properties: { RouteTableId: !Ref LonelyTable, DestinationCidrBlock: 0.0.0.0/0, NatGatewayId: !Ref Nat }`,
      /exists only when condition WantNat holds/,
    ],
    [
      'an association whose subnet is chosen by Fn::If',
      `
  Lonely:
    Type: AWS::EC2::Subnet
  LonelyAssoc:
    Type: AWS::EC2::SubnetRouteTableAssociation
    Properties: { SubnetId: !If [WantNat, !Ref Lonely, !Ref Private], RouteTableId: !Ref PrivateTable }`,
      /route table association LonelyAssoc applies to it depends on Fn::If/,
    ],
    [
      'a route table handed to other stacks in Outputs',
      `
  Lonely:
    Type: AWS::EC2::Subnet
  LonelyTable:
    Type: AWS::EC2::RouteTable
  LonelyAssoc:
    Type: AWS::EC2::SubnetRouteTableAssociation
    Properties: { SubnetId: !Ref Lonely, RouteTableId: !Ref LonelyTable }
Outputs:
  Table:
    Value: !Ref LonelyTable
    Export: { Name: lonely-table }`,
      /handed to other stacks/,
    ],
  ];
  test.each(cases)('%s', (_name, extra, reason) => {
    const text = vpcTemplate(extra).replace('Resources:', "Conditions:\n  WantNat: !Equals [!Ref Existing, 'yes']\nResources:");
    const lonely = subnet(modelOf({ 'vpc.yaml': text }), 'Lonely');
    expect(lonely.placement).toBe('unknown');
    expect(lonely.egress).toBe('unknown');
    expect(lonely.placementReason).toMatch(reason);
  });

  test('conditions the template decides by itself are evaluated: a false one removes the route, a true one keeps it', () => {
    const extra = `
  Lonely:
    Type: AWS::EC2::Subnet
  LonelyTable:
    Type: AWS::EC2::RouteTable
  LonelyAssoc:
    Type: AWS::EC2::SubnetRouteTableAssociation
    Properties: { SubnetId: !Ref Lonely, RouteTableId: !Ref LonelyTable }
  Never:
    Type: AWS::EC2::Route
    Condition: Off
    Properties: { RouteTableId: !Ref LonelyTable, DestinationCidrBlock: 0.0.0.0/0, GatewayId: !Ref IGW }
  Always:
    Type: AWS::EC2::Route
    Condition: On
    Properties: { RouteTableId: !Ref LonelyTable, DestinationCidrBlock: 0.0.0.0/0, NatGatewayId: !Ref Nat }`;
    const text = vpcTemplate(extra).replace(
      'Resources:',
      "Conditions:\n  Off: !Equals ['a', 'b']\n  On: !And [!Not [!Condition Off], !Or [!Equals [!FindInMap [M, k, v], 'x'], !Equals [1, 1]]]\nMappings:\n  M:\n    k: { v: 'x' }\nResources:",
    );
    expect(subnet(modelOf({ 'vpc.yaml': text }), 'Lonely')).toMatchObject({ placement: 'private', egress: 'nat' });
  });

  testWithCorpus('a route that shares its subnet\u2019s condition exists whenever the subnet does (quick-start pattern)', () => {
    const model = corpusModel('aws-quickstart__quickstart-aws-vpc/templates/aws-vpc.template.yaml');
    // Public subnets, their table and route all hang on PublicSubnetsCondition: public when they exist.
    expect(subnet(model, 'PublicSubnet1')).toMatchObject({ placement: 'public', conditional: true });
    // The NAT routes need NAT gateways, a condition of their own on a parameter: not decidable.
    expect(subnet(model, 'PrivateSubnet1A')).toMatchObject({
      placement: 'unknown',
      placementReason: expect.stringContaining('NATGateways&PublicSubnets&PrivateSubnetsCondition'),
    });
  });
});

describe('network model: real templates', () => {
  testWithCorpus('aws-cloudformation EKS template: public subnets through the IGW, private ones through per-AZ NAT gateways', () => {
    const model = corpusModel('aws-cloudformation__aws-cloudformation-templates/EKS/template.yaml');
    for (const id of ['PublicSubnet1', 'PublicSubnet2', 'PublicSubnet3']) expect(subnet(model, id).placement).toBe('public');
    for (const id of ['PrivateSubnet1', 'PrivateSubnet2', 'PrivateSubnet3']) expect(subnet(model, id)).toMatchObject({ placement: 'private', egress: 'nat' });
  });

  testWithCorpus('eksctl existing-VPC test template: its private subnets have a route table without any route', () => {
    const model = corpusModel('eksctl-io__eksctl/integration/tests/existing_vpc/cf-template.yaml');
    expect(subnet(model, 'Subnet01').placement).toBe('public');
    expect(subnet(model, 'Subnet04')).toMatchObject({ placement: 'private', egress: 'none' });
    // Subnet06 exists only with three AZs, and so does its association: private whenever it exists.
    expect(subnet(model, 'Subnet06')).toMatchObject({ placement: 'private', conditional: true });
  });

  testWithCorpus('eksctl fully-private VPC: the ECR, S3 and STS interface/gateway endpoints are recognised', () => {
    const model = corpusModel('eksctl-io__eksctl/pkg/cfn/builder/testdata/vpc_private.json');
    const services = model.network?.endpoints.map((e) => e.service).sort();
    expect(services).toEqual(['ecr.api', 'ecr.dkr', 'other', 's3', 'sts']);
    expect(model.network?.endpoints.every((e) => e.vpc?.logicalId === 'VPC')).toBe(true);
  });
});

describe('judging subnet references', () => {
  testWithCorpus('a node group subnet given by a parameter stays unknown, even with a default', () => {
    const model = corpusModel('awslabs__amazon-eks-ami/_history/ad1ae43865d7/amazon-eks-nodegroup.yaml');
    const group = model.nodeGroups[0];
    expect(group?.subnets).toEqual([{ kind: 'unknown', reason: 'parameter Subnets' }]);
    expect(judgeSubnetRef(model.network, group!.subnets[0]!).map((v) => v.placement)).toEqual(['unknown']);
  });

  test('an ASG in the same template resolves to the subnet resources and their routing', () => {
    const extra = `
  Lc:
    Type: AWS::AutoScaling::LaunchConfiguration
    Properties: { InstanceType: m5.large, UserData: !Base64 '/etc/eks/bootstrap.sh c' }
  Asg:
    Type: AWS::AutoScaling::AutoScalingGroup
    Properties:
      LaunchConfigurationName: !Ref Lc
      MinSize: 1
      MaxSize: 2
      VPCZoneIdentifier: [!Ref Public, !Select [0, [!Ref Private]], !Ref Existing]`;
    const model = modelOf({ 'vpc.yaml': vpcTemplate(extra) });
    const group = model.nodeGroups.find((g) => g.name === 'Asg');
    const verdicts = group!.subnets.flatMap((r) => judgeSubnetRef(model.network, r));
    expect(verdicts.map((v) => [v.label, v.placement])).toEqual([
      ['Public', 'public'],
      ['Private', 'private'],
      ['subnet', 'unknown'],
    ]);
  });

  test('Fn::ImportValue follows a cleanly named export of another template; an export named after the stack does not resolve', () => {
    const network = `${vpcTemplate()}
Outputs:
  PublicId:
    Value: !Ref Public
    Export: { Name: shared-vpc-public }
  PrivateId:
    Value: !Ref Private
    Export: { Name: !Sub '\${AWS::StackName}-private' }
`;
    const nodes = `
Resources:
  Ng:
    Type: AWS::EKS::Nodegroup
    Properties:
      ClusterName: c
      NodeRole: arn:aws:iam::1:role/n
      Subnets: [!ImportValue shared-vpc-public, !ImportValue my-stack-private]
`;
    const model = modelOf({ 'net/vpc.yaml': network, 'nodes/ng.yaml': nodes });
    const group = model.nodeGroups[0]!;
    expect(group.subnets).toEqual([
      { kind: 'unknown', reason: 'Fn::ImportValue shared-vpc-public from another stack', importName: 'shared-vpc-public' },
      { kind: 'unknown', reason: 'Fn::ImportValue my-stack-private from another stack', importName: 'my-stack-private' },
    ]);
    const verdicts = group.subnets.flatMap((r) => judgeSubnetRef(model.network, r));
    expect(verdicts[0]).toMatchObject({ placement: 'public', label: 'Public', exact: true });
    expect(verdicts[1]).toMatchObject({ placement: 'unknown' });
  });

  test('subnet ids are judged only by the publicSubnetIds / privateSubnetIds options', () => {
    const ref = { kind: 'id', id: 'subnet-0abc' } as const;
    expect(judgeSubnetRef(undefined, ref)[0]?.placement).toBe('unknown');
    expect(judgeSubnetRef(undefined, ref, declaredSubnets({ publicSubnetIds: ['subnet-0abc'] }))[0]).toMatchObject({
      placement: 'public',
      reason: 'the publicSubnetIds option lists it',
    });
    expect(judgeSubnetRef(undefined, ref, declaredSubnets({ privateSubnetIds: ['subnet-0abc'] }))[0]?.placement).toBe('private');
    // eksctl's own declaration gives way to what the user states about the real subnet.
    const eksctlRef = { kind: 'eksctl', access: 'public', name: 'a', id: 'subnet-0abc' } as const;
    expect(judgeSubnetRef(undefined, eksctlRef)[0]?.placement).toBe('public');
    expect(judgeSubnetRef(undefined, eksctlRef, declaredSubnets({ privateSubnetIds: ['subnet-0abc'] }))[0]?.placement).toBe('private');
  });

  test('Karpenter tag selectors match the repository subnets by tag, with wildcards; never exact', () => {
    const model = modelOf({ 'vpc.yaml': vpcTemplate() });
    const byRole = judgeSubnetRef(model.network, { kind: 'selector', tags: { 'kubernetes.io/role/elb': '*' }, ids: [] });
    expect(byRole.map((v) => [v.label, v.placement, v.exact])).toEqual([['Public', 'public', false]]);
    const byPattern = judgeSubnetRef(model.network, { kind: 'selector', tags: { 'kubernetes.io/role/elb': '1*' }, ids: [] });
    expect(byPattern).toHaveLength(1);
    const none = judgeSubnetRef(model.network, { kind: 'selector', tags: { 'karpenter.sh/discovery': 'shop' }, ids: [] });
    expect(none).toEqual([
      expect.objectContaining({ placement: 'unknown', reason: 'no subnet of the repository carries the tags karpenter.sh/discovery=shop' }),
    ]);
  });
});

describe('network model: odd input', () => {
  test('malformed resources and values never throw and never make a subnet public or private', () => {
    const text = `
AWSTemplateFormatVersion: '2010-09-09'
Conditions:
  Loop: !Condition Loop
Resources:
  Junk: 7
  Table:
    Type: AWS::EC2::RouteTable
  NoProps:
    Type: AWS::EC2::Route
  Either:
    Type: AWS::EC2::Route
    Properties: { RouteTableId: !If [Loop, !Ref Table, !Ref Table], DestinationCidrBlock: 0.0.0.0/0, GatewayId: igw-1 }
  Weird:
    Type: AWS::EC2::Subnet
    Condition: Loop
    Properties:
      Tags: { Key: a }
      MapPublicIpOnLaunch: maybe
  WeirdAssoc:
    Type: AWS::EC2::SubnetRouteTableAssociation
    Properties: { SubnetId: !Ref Weird, RouteTableId: !Ref Table }
  Endpoint:
    Type: AWS::EC2::VPCEndpoint
    Properties: { ServiceName: [1, 2], VpcId: {} }
`;
    const model = modelOf({ 'odd.yaml': text });
    const weird = subnet(model, 'Weird');
    expect(weird).toMatchObject({ placement: 'unknown', tagsKnown: false, conditional: true });
    expect(weird.placementReason).toMatch(/whether route Either belongs to its route table Table depends on Fn::If/);
    expect(weird.mapPublicIpOnLaunch).toBeUndefined();
    expect(model.network?.endpoints[0]).toMatchObject({ service: 'unknown' });
  });
});

describe('extractors feeding the network model', () => {
  test('eksctl: a subnet name listed as both public and private is looked up in the mapping privateNetworking selects first', () => {
    const config = (privateNetworking: boolean) => `apiVersion: eksctl.io/v1alpha5
kind: ClusterConfig
metadata: { name: c, region: eu-west-1 }
vpc:
  subnets:
    public: { shared: { id: subnet-0aaa } }
    private: { shared: { id: subnet-0bbb } }
nodeGroups:
  - name: ng
    privateNetworking: ${privateNetworking}
    subnets: [shared]
`;
    expect(modelOf({ 'c.yaml': config(true) }).nodeGroups[0]?.subnets).toEqual([{ kind: 'eksctl', access: 'private', name: 'shared', id: 'subnet-0bbb' }]);
    expect(modelOf({ 'c.yaml': config(false) }).nodeGroups[0]?.subnets).toEqual([{ kind: 'eksctl', access: 'public', name: 'shared', id: 'subnet-0aaa' }]);
  });

  test('eksctl: privateCluster and Auto Mode are read', () => {
    const cluster = modelOf({
      'c.yaml':
        'apiVersion: eksctl.io/v1alpha5\nkind: ClusterConfig\nmetadata: { name: c }\nprivateCluster: { enabled: true }\nautoModeConfig: { enabled: true }\n',
    }).clusters[0];
    expect(cluster).toMatchObject({ privateCluster: true, autoMode: true });
  });

  test('CloudFormation cluster: endpoint fields set from Parameters are unresolved, not unset', () => {
    const template = `Parameters:
  Pub: { Type: String }
Resources:
  C:
    Type: AWS::EKS::Cluster
    Properties:
      RoleArn: r
      ComputeConfig: { Enabled: true }
      ResourcesVpcConfig:
        SubnetIds: [!ImportValue net-a]
        EndpointPublicAccess: !Ref Pub
        EndpointPrivateAccess: true
`;
    const cluster = modelOf({ 'c.yaml': template }).clusters[0];
    expect(cluster?.endpoint).toMatchObject({ privateAccess: true, unresolved: ['publicAccess'] });
    expect(cluster?.endpoint.publicAccess).toBeUndefined();
    expect(cluster?.autoMode).toBe(true);
    expect(cluster?.subnets).toEqual([{ kind: 'unknown', reason: 'Fn::ImportValue net-a from another stack', importName: 'net-a' }]);
  });
});
