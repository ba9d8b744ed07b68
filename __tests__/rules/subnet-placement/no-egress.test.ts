import rule from '../../../src/rules/subnet-placement/no-egress.js';
import { findingsOf } from '../../helpers/review.js';
import { corpusFiles, eksctlVpcWith } from './_corpus.js';
import { testWithCorpus } from '../../helpers/corpus.js';

const PRIVATE_VPC = 'eksctl-io__eksctl/pkg/cfn/builder/testdata/vpc_private.json';

const nodeGroup = (subnets: string[]) => ({
  Nodes: {
    Type: 'AWS::EKS::Nodegroup',
    Properties: { ClusterName: 'c', NodeRole: 'arn:aws:iam::1:role/n', Subnets: subnets.map((s) => ({ Ref: s })) },
  },
});

describe('subnet-placement/no-egress', () => {
  testWithCorpus("eksctl's fully-private VPC has ECR, S3 and STS endpoints: nodes there are fine", () => {
    const template = eksctlVpcWith(PRIVATE_VPC, nodeGroup(['SubnetPrivateUSWEST2A', 'SubnetPrivateUSWEST2B']));
    expect(findingsOf(rule, { 'vpc.json': template })).toEqual([]);
  });

  testWithCorpus('the same VPC without its endpoints: nodes can neither pull images nor join (error)', () => {
    const template = eksctlVpcWith(PRIVATE_VPC, nodeGroup(['SubnetPrivateUSWEST2A', 'SubnetPrivateUSWEST2B']), (_id, type) => type === 'AWS::EC2::VPCEndpoint');
    const [f, ...rest] = findingsOf(rule, { 'vpc.json': template });
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ severity: 'error', object: { kind: 'AWS::EKS::Nodegroup' } });
    expect(f?.message).toBe(
      'Managed node group Nodes launches nodes only in private subnets SubnetPrivateUSWEST2A and SubnetPrivateUSWEST2B with no way out of the VPC: ' +
        'their route tables PrivateRouteTableUSWEST2A and PrivateRouteTableUSWEST2B have no default route (0.0.0.0/0 or ::/0), ' +
        'and the repository defines no VPC endpoint for ECR (api, dkr), S3 or STS in VPC; the nodes can neither pull images nor reach the AWS APIs they need to join the cluster. ' +
        'Add a 0.0.0.0/0 route to a NAT gateway, or VPC endpoints for ecr.api, ecr.dkr, s3 and sts.',
    );
  });

  testWithCorpus('one endpoint of an unknown VPC elsewhere in the repository is enough doubt to stay silent', () => {
    const template = eksctlVpcWith(PRIVATE_VPC, nodeGroup(['SubnetPrivateUSWEST2A']), (_id, type) => type === 'AWS::EC2::VPCEndpoint');
    const endpoints = `Parameters:
  Vpc: { Type: 'AWS::EC2::VPC::Id' }
Resources:
  Ecr:
    Type: AWS::EC2::VPCEndpoint
    Properties: { VpcId: !Ref Vpc, ServiceName: !Sub 'com.amazonaws.\${AWS::Region}.ecr.dkr' }
`;
    expect(findingsOf(rule, { 'vpc.json': template, 'endpoints.yaml': endpoints })).toEqual([]);
  });

  testWithCorpus('NAT-routed private subnets (aws-cloudformation EKS template) pass', () => {
    expect(findingsOf(rule, corpusFiles('aws-cloudformation__aws-cloudformation-templates/EKS/template.yaml'))).toEqual([]);
  });

  testWithCorpus('a single unknown subnet among isolated ones is enough doubt; so is a public one', () => {
    const template = eksctlVpcWith(
      PRIVATE_VPC,
      {
        Nodes: {
          Type: 'AWS::EKS::Nodegroup',
          Properties: { ClusterName: 'c', NodeRole: 'r', Subnets: [{ Ref: 'SubnetPrivateUSWEST2A' }, 'subnet-0abc'] },
        },
      },
      (_id, type) => type === 'AWS::EC2::VPCEndpoint',
    );
    expect(findingsOf(rule, { 'vpc.json': template })).toEqual([]);
  });

  testWithCorpus('eksctl private node groups are never judged: eksctl builds the NAT', () => {
    expect(findingsOf(rule, corpusFiles('eksctl-io__eksctl/examples/03-two-nodegroups.yaml'))).toEqual([]);
  });
});
