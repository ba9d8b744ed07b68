import fc from 'fast-check';
import { dump } from 'js-yaml';
import { subnetPlacementRules } from '../../../src/rules/subnet-placement/index.js';
import { reviewFiles } from '../../helpers/review.js';

/** Any JSON-ish value, including intrinsic-function shapes, where the model expects structure. */
const intrinsic = fc.oneof(
  fc.record({ Ref: fc.constantFrom('Vpc', 'Table', 'Subnet', 'Igw', 'Nat', 'Param', 'AWS::Region', 'Nope') }),
  fc.record({ 'Fn::ImportValue': fc.oneof(fc.string(), fc.constant('x')) }),
  fc.record({ 'Fn::If': fc.tuple(fc.string(), fc.anything(), fc.anything()) }),
  fc.record({ 'Fn::Select': fc.tuple(fc.integer({ min: -2, max: 3 }), fc.anything()) }),
  fc.record({ 'Fn::Sub': fc.string() }),
);
const value = fc.oneof(intrinsic, fc.anything(), fc.constantFrom('0.0.0.0/0', '::/0', 'igw-1', 'nat-1', true, 'true'));

const template = fc.record({
  subnet: fc.dictionary(fc.constantFrom('VpcId', 'Tags', 'MapPublicIpOnLaunch'), value),
  route: fc.dictionary(fc.constantFrom('RouteTableId', 'DestinationCidrBlock', 'DestinationIpv6CidrBlock', 'GatewayId', 'NatGatewayId', 'InstanceId'), value),
  assoc: fc.dictionary(fc.constantFrom('SubnetId', 'RouteTableId'), value),
  endpoint: fc.dictionary(fc.constantFrom('VpcId', 'ServiceName', 'RouteTableIds'), value),
  group: fc.dictionary(fc.constantFrom('Subnets', 'ClusterName', 'LaunchTemplate'), value),
  cluster: fc.dictionary(fc.constantFrom('ResourcesVpcConfig', 'ComputeConfig', 'Name'), value),
  condition: fc.option(fc.constantFrom('C', 'D'), { nil: undefined }),
  annotations: fc.dictionary(
    fc.constantFrom(
      'service.beta.kubernetes.io/aws-load-balancer-type',
      'service.beta.kubernetes.io/aws-load-balancer-internal',
      'service.beta.kubernetes.io/aws-load-balancer-scheme',
      'alb.ingress.kubernetes.io/scheme',
      'kubernetes.io/ingress.class',
    ),
    fc.oneof(fc.string(), fc.constantFrom('external', 'nlb-ip', 'internal', 'internet-facing', 'true', 'false', 'alb')),
  ),
  lbClass: fc.option(fc.oneof(fc.string(), fc.constantFrom('service.k8s.aws/nlb', 'eks.amazonaws.com/nlb')), { nil: undefined }),
});

describe('subnet-placement never throws on odd input', () => {
  test('random properties in every place the network model reads', () => {
    fc.assert(
      fc.property(template, (t) => {
        const cfn = {
          AWSTemplateFormatVersion: '2010-09-09',
          Parameters: { Param: { Type: 'String' } },
          Conditions: { C: { 'Fn::Equals': [{ Ref: 'Param' }, 'x'] }, D: { Condition: 'D' } },
          Resources: {
            Vpc: { Type: 'AWS::EC2::VPC' },
            Igw: { Type: 'AWS::EC2::InternetGateway' },
            Nat: { Type: 'AWS::EC2::NatGateway' },
            Table: { Type: 'AWS::EC2::RouteTable' },
            Subnet: { Type: 'AWS::EC2::Subnet', Properties: t.subnet, ...(t.condition ? { Condition: t.condition } : {}) },
            Route: { Type: 'AWS::EC2::Route', Properties: t.route },
            Assoc: { Type: 'AWS::EC2::SubnetRouteTableAssociation', Properties: t.assoc },
            Endpoint: { Type: 'AWS::EC2::VPCEndpoint', Properties: t.endpoint },
            Group: { Type: 'AWS::EKS::Nodegroup', Properties: t.group },
            Cluster: { Type: 'AWS::EKS::Cluster', Properties: t.cluster },
          },
          Outputs: { S: { Value: { Ref: 'Subnet' }, Export: { Name: 'x' } } },
        };
        const service = {
          apiVersion: 'v1',
          kind: 'Service',
          metadata: { name: 's', annotations: t.annotations },
          spec: { type: 'LoadBalancer', ...(t.lbClass !== undefined ? { loadBalancerClass: t.lbClass } : {}) },
        };
        const ingress = { apiVersion: 'networking.k8s.io/v1', kind: 'Ingress', metadata: { name: 'i', annotations: t.annotations }, spec: {} };
        const findings = reviewFiles({ 'a/t.json': JSON.stringify(cfn), 'a/k.yaml': `${dump(service)}---\n${dump(ingress)}` }, { rules: subnetPlacementRules });
        expect(findings.filter((f) => f.message.startsWith('internal error'))).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });
});
