import rule from '../../../src/rules/subnet-placement/public-endpoint.js';
import { cidrWithin, isOpenToAll } from '../../../src/rules/subnet-placement/_cidr.js';
import { findingsOf } from '../../helpers/review.js';
import { corpusFiles } from './_corpus.js';
import { testWithCorpus } from '../../helpers/corpus.js';

const EKSCTL = 'eksctl-io__eksctl/examples';

function cfnCluster(vpcConfig: string, params = ''): string {
  return `AWSTemplateFormatVersion: '2010-09-09'
Parameters:
  Public: { Type: String, Default: 'false' }
  Cidrs: { Type: CommaDelimitedList, Default: 10.0.0.0/8 }
${params}Resources:
  Cluster:
    Type: AWS::EKS::Cluster
    Properties:
      Name: prod
      RoleArn: arn:aws:iam::1:role/eks
      ResourcesVpcConfig:
        SubnetIds: [subnet-0a, subnet-0b]
${vpcConfig}`;
}

describe('subnet-placement/public-endpoint', () => {
  testWithCorpus('eksctl defaults: public and open to all', () => {
    const [f, ...rest] = findingsOf(rule, corpusFiles(`${EKSCTL}/01-simple-cluster.yaml`));
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ severity: 'warning', startLine: 7, object: { kind: 'ClusterConfig', name: 'cluster-1' } });
    expect(f?.message).toBe(
      'The Kubernetes API endpoint of cluster cluster-1 is public (vpc.clusterEndpoints.publicAccess defaults to true and vpc.publicAccessCIDRs defaults to 0.0.0.0/0): ' +
        'anyone on the internet can reach the API server, with authentication as the only barrier. ' +
        'Restrict vpc.publicAccessCIDRs to the networks that need it (office, VPN, CI), or set vpc.clusterEndpoints.privateAccess: true and vpc.clusterEndpoints.publicAccess: false.',
    );
  });

  testWithCorpus('eksctl publicAccess: true stated is pointed at', () => {
    const [f] = findingsOf(rule, corpusFiles(`${EKSCTL}/49-control-plane-on-private-subnets.yaml`));
    expect(f).toMatchObject({
      startLine: 24,
      message: expect.stringContaining('vpc.clusterEndpoints.publicAccess is true and vpc.publicAccessCIDRs defaults to 0.0.0.0/0'),
    });
  });

  testWithCorpus('eksctl: restricted CIDRs and fully private clusters pass', () => {
    expect(findingsOf(rule, corpusFiles(`${EKSCTL}/38-cluster-subnets-sgs.yaml`, `${EKSCTL}/37-outposts-fully-private.yaml`))).toEqual([]);
  });

  testWithCorpus('allowedEndpointCidrs: CIDRs outside the allowed ranges are flagged; inside ones pass', () => {
    const files = corpusFiles(`${EKSCTL}/38-cluster-subnets-sgs.yaml`);
    const [f] = findingsOf(rule, files, { options: () => ({ allowedEndpointCidrs: ['10.0.0.0/8'] }) });
    expect(f).toMatchObject({ startLine: 19, message: expect.stringContaining('1.1.1.1/32 is outside allowedEndpointCidrs (10.0.0.0/8)') });
    expect(findingsOf(rule, files, { options: () => ({ allowedEndpointCidrs: ['1.1.0.0/16'] }) })).toEqual([]);
    // Accepting 0.0.0.0/0 accepts the default too.
    expect(findingsOf(rule, corpusFiles(`${EKSCTL}/01-simple-cluster.yaml`), { options: () => ({ allowedEndpointCidrs: ['0.0.0.0/0'] }) })).toEqual([]);
  });

  testWithCorpus('CloudFormation cluster without endpoint settings (refarch cluster.yaml) gets the defaults', () => {
    const [f] = findingsOf(rule, corpusFiles('aws-samples__amazon-eks-refarch-cloudformation/cloudformation/cluster.yaml'));
    expect(f?.message).toContain('(EndpointPublicAccess defaults to true and PublicAccessCidrs defaults to 0.0.0.0/0)');
  });

  test('CloudFormation: explicit open CIDRs, including IPv6 ::/0, are flagged at PublicAccessCidrs', () => {
    const [f] = findingsOf(rule, { 'c.yaml': cfnCluster("        EndpointPublicAccess: true\n        PublicAccessCidrs: ['203.0.113.0/24', '::/0']\n") });
    expect(f).toMatchObject({ startLine: 14, message: expect.stringContaining('EndpointPublicAccess is true and PublicAccessCidrs lists ::/0') });
  });

  test('CloudFormation: a private-only endpoint passes', () => {
    expect(findingsOf(rule, { 'c.yaml': cfnCluster('        EndpointPublicAccess: false\n        EndpointPrivateAccess: true\n') })).toEqual([]);
  });

  test('values from Parameters or conditions are never defaulted', () => {
    expect(findingsOf(rule, { 'c.yaml': cfnCluster('        EndpointPublicAccess: !Ref Public\n') })).toEqual([]);
    expect(findingsOf(rule, { 'c.yaml': cfnCluster('        PublicAccessCidrs: !Ref Cidrs\n') })).toEqual([]);
    const conditional = cfnCluster('').replace(
      '      ResourcesVpcConfig:\n        SubnetIds: [subnet-0a, subnet-0b]\n',
      '      ResourcesVpcConfig: !If [Cond, { SubnetIds: [a] }, { SubnetIds: [b] }]\n',
    );
    expect(findingsOf(rule, { 'c.yaml': conditional.replace('Resources:', "Conditions:\n  Cond: !Equals [!Ref Public, 'true']\nResources:") })).toEqual([]);
  });
});

describe('CIDR helpers', () => {
  test.each([
    ['10.1.2.0/24', '10.0.0.0/8', true],
    ['10.0.0.0/8', '10.1.0.0/16', false],
    ['192.168.1.1', '192.168.1.0/24', true],
    ['2001:db8::/48', '2001:db8::/32', true],
    ['2001:db9::/48', '2001:db8::/32', false],
    ['10.0.0.0/8', '::/0', false],
    ['not-a-cidr', 'not-a-cidr', true],
    ['not-a-cidr', '0.0.0.0/0', false],
    ['10.0.0.0/33', '0.0.0.0/0', false],
  ])('%s within %s: %s', (inner, outer, expected) => {
    expect(cidrWithin(inner, outer)).toBe(expected);
  });

  test('open to all', () => {
    expect(['0.0.0.0/0', '::/0', '10.0.0.0/8', 'junk'].map(isOpenToAll)).toEqual([true, true, false, false]);
  });
});
