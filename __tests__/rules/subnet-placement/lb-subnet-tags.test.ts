import { readFileSync } from 'node:fs';
import rule from '../../../src/rules/subnet-placement/lb-subnet-tags.js';
import { findingsOf } from '../../helpers/review.js';
import { corpusFiles } from './_corpus.js';
import { testWithCorpus } from '../../helpers/corpus.js';

const FIXED = readFileSync('examples/outage-2019-fixed/cluster.yaml', 'utf8');

const lbcService = (name: string, scheme?: string, extra = '') => `apiVersion: v1
kind: Service
metadata:
  name: ${name}
  annotations:
    service.beta.kubernetes.io/aws-load-balancer-type: external
${scheme ? `    service.beta.kubernetes.io/aws-load-balancer-scheme: ${scheme}\n` : ''}${extra}spec: { type: LoadBalancer }
`;

/** The fixed example without any role tags on its subnets. */
const UNTAGGED = FIXED.replace(/\n {6}Tags:\n {8}- Key: kubernetes\.io\/role\/(internal-)?elb\n {10}Value: '1'/g, '');

describe('subnet-placement/lb-subnet-tags', () => {
  test('the fixed example tags public and private subnets: no finding', () => {
    expect(findingsOf(rule, { 'eks/cluster.yaml': FIXED, 'eks/svc.yaml': lbcService('web', 'internet-facing') + '---\n' + lbcService('api') })).toEqual([]);
  });

  test('without role tags: one finding per tag the load balancers need, on a subnet of the right kind', () => {
    expect(UNTAGGED).not.toContain('kubernetes.io/role');
    const findings = findingsOf(rule, { 'eks/cluster.yaml': UNTAGGED, 'eks/svc.yaml': lbcService('web', 'internet-facing') + '---\n' + lbcService('api') });
    expect(findings.map((f) => [f.object?.name, f.startLine])).toEqual([
      ['PublicSubnet01', 32], // Properties: the subnet has no Tags to point at
      ['PrivateSubnet01', 74],
    ]);
    expect(findings[0]?.message).toBe(
      'No subnet of VPC VPC (eks/cluster.yaml) carries kubernetes.io/role/elb, the tag controllers discover subnets by for internet-facing load balancers ' +
        'such as Service web: the AWS Load Balancer Controller before v2.12.1 cannot place them (later versions fall back to route tables). ' +
        'Tag the public subnets PublicSubnet01 and PublicSubnet02 with kubernetes.io/role/elb: "1".',
    );
    expect(findings[1]?.message).toContain('carries kubernetes.io/role/internal-elb');
    expect(findings[1]?.message).toContain('Tag the private subnets PrivateSubnet01 and PrivateSubnet02');
  });

  test('in-tree load balancers, explicit subnets and unknown schemes need no tags', () => {
    const inTree = `apiVersion: v1
kind: Service
metadata: { name: legacy }
spec: { type: LoadBalancer }
`;
    const explicit = lbcService('pinned', 'internet-facing', '    service.beta.kubernetes.io/aws-load-balancer-subnets: subnet-a,subnet-b\n');
    const auto = `apiVersion: v1
kind: Service
metadata: { name: auto }
spec: { type: LoadBalancer, loadBalancerClass: eks.amazonaws.com/nlb }
`;
    expect(findingsOf(rule, { 'eks/cluster.yaml': UNTAGGED, 'eks/a.yaml': inTree, 'eks/b.yaml': explicit, 'eks/c.yaml': auto })).toEqual([]);
  });

  testWithCorpus('subnets the repository does not define (parameters) are not judged', () => {
    const files = {
      ...corpusFiles('aws-samples__amazon-eks-refarch-cloudformation/cloudformation/cluster.yaml'),
      'aws-samples__amazon-eks-refarch-cloudformation/cloudformation/svc.yaml': lbcService('web', 'internet-facing'),
    };
    expect(findingsOf(rule, files)).toEqual([]);
  });

  testWithCorpus('aws-cloudformation EKS template: elb-tagged public subnets, but no internal-elb on the private ones', () => {
    const dir = 'aws-cloudformation__aws-cloudformation-templates/EKS';
    const publicOnly = { ...corpusFiles(`${dir}/template.yaml`), [`${dir}/svc.yaml`]: lbcService('web', 'internet-facing') };
    expect(findingsOf(rule, publicOnly)).toEqual([]);
    const withInternal = { ...publicOnly, [`${dir}/svc.yaml`]: lbcService('web', 'internet-facing') + '---\n' + lbcService('api') };
    const [f, ...rest] = findingsOf(rule, withInternal);
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ startLine: 227, object: { kind: 'AWS::EC2::Subnet', name: 'PrivateSubnet1' } });
    expect(f?.message).toContain(
      'carries kubernetes.io/role/internal-elb, the tag controllers discover subnets by for internal load balancers such as Service api',
    );
  });

  test('an Ingress under the LBC default (internal) needs internal-elb', () => {
    const ingress = `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata: { name: shop }
spec:
  ingressClassName: alb
  defaultBackend: { service: { name: web, port: { number: 80 } } }
`;
    const findings = findingsOf(rule, { 'eks/cluster.yaml': UNTAGGED, 'eks/ingress.yaml': ingress });
    expect(findings.map((f) => f.message.match(/carries (\S+),.*such as (Ingress \S+):/)?.slice(1))).toEqual([
      ['kubernetes.io/role/internal-elb', 'Ingress shop'],
    ]);
  });
});
