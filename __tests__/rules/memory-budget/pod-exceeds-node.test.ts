import noEligibleNode from '../../../src/rules/memory-budget/no-eligible-node.js';
import rule from '../../../src/rules/memory-budget/pod-exceeds-node.js';
import { findingsOf } from '../../helpers/review.js';
import { container, containers, corpus, eksctl, lineOf, nodePool, summary, workload } from './fixtures.js';
import { testWithCorpus } from '../../helpers/corpus.js';

const app = (request: string, limit: string, extra = ''): string => workload('Deployment', 'app', `${extra}${containers(container('app', request, limit))}`);
const c5 = eksctl('- name: ng\n  instanceType: c5.large');

describe('memory-budget/pod-exceeds-node', () => {
  test('a request no node type can hold: the pod stays Pending, pointing at its resources', () => {
    const text = app('8Gi', '8Gi');
    const findings = findingsOf(rule, { 'c.yaml': c5, 'a.yaml': text });
    expect(summary(findings)).toEqual([`error a.yaml:${lineOf(text, 'resources:')}`]);
    expect(findings[0]?.message).toBe(
      'app request 8Gi + DaemonSets 0Mi = 8Gi > c5.large allocatable 2.9Gi (nominal 4Gi − 434Mi VM overhead − 574Mi kube-reserved − 100Mi eviction), ' +
        'the only node type it can land on (node group ng): the pod stays Pending; lower the request to ≤ 2.9Gi or use c5.2xlarge (14.1Gi allocatable).',
    );
  });

  test('fits only the optimistic bound: a warning', () => {
    // c5.large: conservative 2988Mi, upper bound 3069Mi. The outage's 3,050 Mi pod no longer passes.
    expect(summary(findingsOf(rule, { 'c.yaml': c5, 'a.yaml': app('3050Mi', '') }))).toEqual([`warning a.yaml:${lineOf(app('3050Mi', ''), 'resources:')}`]);
    expect(summary(findingsOf(rule, { 'c.yaml': c5, 'a.yaml': app('3100Mi', '') }))).toEqual([`error a.yaml:${lineOf(app('3100Mi', ''), 'resources:')}`]);
    expect(findingsOf(rule, { 'c.yaml': c5, 'a.yaml': app('2950Mi', '') })).toEqual([]);
  });

  test('headroomPercent keeps that share of allocatable free on every node, in the same arithmetic', () => {
    // c5.large: 2988Mi allocatable; 15 % headroom is 448Mi, so 2.5Gi + 448Mi = 3008Mi no longer fits.
    const files = { 'c.yaml': c5, 'a.yaml': app('2.5Gi', '') };
    expect(findingsOf(rule, files)).toEqual([]);
    expect(findingsOf(rule, files, { options: () => ({ headroomPercent: 10 }) })).toEqual([]);
    const [f] = findingsOf(rule, files, { options: () => ({ headroomPercent: 15 }) });
    expect(f?.message).toContain('request 2.5Gi + DaemonSets 448Mi = 3008Mi > c5.large allocatable 2988Mi');
    expect(f?.details).toContain('headroom (15% of 2988Mi allocatable): 448Mi');
    // Only the upper bound (3069Mi) still holds it: a warning, as without headroom.
    expect(f?.severity).toBe('warning');
  });

  test('a limit-only container requests its limit', () => {
    expect(findingsOf(rule, { 'c.yaml': c5, 'a.yaml': app('', '4Gi') })[0]?.message).toContain('request 4Gi');
  });

  test('DaemonSet requests take room first', () => {
    const ds = workload('DaemonSet', 'agent', containers(container('agent', '1Gi', '1Gi')));
    expect(findingsOf(rule, { 'c.yaml': c5, 'a.yaml': app('2.5Gi', '') })).toEqual([]);
    const [f] = findingsOf(rule, { 'c.yaml': c5, 'a.yaml': app('2.5Gi', ''), 'd.yaml': ds });
    expect(f?.message).toContain('request 2.5Gi + DaemonSets 1Gi = 3.5Gi > c5.large allocatable 2.9Gi');
  });

  test('pod overhead and an init container count', () => {
    const spec = `overhead: {memory: 512Mi}\ninitContainers:\n  - {name: warm, resources: {requests: {memory: 3Gi}}}\n${containers(container('app', '1Gi', ''))}`;
    const [f] = findingsOf(rule, { 'c.yaml': c5, 'a.yaml': workload('Deployment', 'app', spec) });
    expect(f?.message).toContain('request 3.5Gi (init container warm) incl. 512Mi pod overhead');
  });

  test('the largest node type it may use is the reference; fitting any one is enough', () => {
    const two = eksctl('- name: small\n  instanceType: c5.large\n- name: big\n  instanceType: m5.large');
    expect(findingsOf(rule, { 'c.yaml': two, 'a.yaml': app('5Gi', '') })).toEqual([]);
    const [f] = findingsOf(rule, { 'c.yaml': two, 'a.yaml': app('10Gi', '') });
    expect(f?.message).toContain('> m5.large allocatable 6.7Gi');
    expect(f?.message).toContain('the largest of the 2 node types it can land on');
  });

  test('a node group whose instance type is unknown leaves it open, with a notice at the type', () => {
    const text = eksctl('- name: ng\n  instanceType: c9z.large');
    const findings = findingsOf(rule, { 'c.yaml': text, 'a.yaml': app('100Gi', '') });
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: 'notice', startLine: lineOf(text, 'instanceType: c9z.large') });
    expect(findings[0]?.message).toContain('instance type c9z.large is not in the instance-type table');
  });

  test('an instance-type affinity without node groups, and an unknown type there is a notice', () => {
    const affinity = (types: string): string =>
      `affinity:\n  nodeAffinity:\n    requiredDuringSchedulingIgnoredDuringExecution:\n      nodeSelectorTerms:\n        - matchExpressions: [{key: node.kubernetes.io/instance-type, operator: In, values: [${types}]}]\n`;
    const [f] = findingsOf(rule, { 'a.yaml': app('8Gi', '', affinity('t3.medium, t3.large')) });
    expect(f?.severity).toBe('error');
    expect(f?.message).toContain('> t3.large allocatable 6.9Gi');
    const notices = findingsOf(rule, { 'a.yaml': app('8Gi', '', affinity('t3.medium, t9.huge')) });
    expect(notices.map((n) => n.severity)).toEqual(['notice']);
  });

  test('Karpenter: the largest candidate type decides', () => {
    const pool = nodePool(
      'default',
      '- {key: karpenter.k8s.aws/instance-category, operator: In, values: [c]}\n- {key: karpenter.k8s.aws/instance-size, operator: In, values: [large, xlarge]}',
    );
    expect(findingsOf(rule, { 'k.yaml': pool, 'a.yaml': app('6Gi', '') })).toEqual([]);
    const [f] = findingsOf(rule, { 'k.yaml': pool, 'a.yaml': app('12Gi', '') });
    expect(f?.severity).toBe('error');
    expect(f?.message).toMatch(/> c\S+\.xlarge allocatable/);
    // Every type the pool may launch is too small: narrowing it further would leave it nothing.
    expect(f?.message).toContain('or allow larger types in the requirements of NodePool default (none it may launch holds it)');
    expect(f?.message).not.toContain('instance-memory Gt');
  });

  testWithCorpus('real files: the vLLM deployment of kubernetes/examples asks for a GPU, so it is judged on GPU types only', () => {
    const vllm = corpus('kubernetes__examples/AI/vllm-deployment/vllm-deployment.yaml');
    // The eksctl spot example has t3.small/t3.medium only: no GPU, so no type to judge memory on.
    const cpuOnly = { 'cluster.yaml': corpus('eksctl-io__eksctl/examples/08-spot-instances.yaml'), 'apps/vllm.yaml': vllm };
    expect(findingsOf(rule, cpuOnly)).toEqual([]);
    const [none] = findingsOf(noEligibleNode, cpuOnly);
    expect(none?.message).toContain('nvidia.com/gpu 1 (t3.small has 0)');
    // A g4dn.xlarge (1 GPU, 16 GiB) holds its 10Gi; a g4dn group beside a big CPU group is what it gets.
    const gpu = eksctl('- name: cpu\n  instanceType: r5.4xlarge\n- name: gpu\n  instanceType: g4dn.xlarge');
    expect(findingsOf(rule, { 'cluster.yaml': gpu, 'apps/vllm.yaml': vllm })).toEqual([]);
    const tooBig = vllm.replace(/memory: "10Gi"/g, 'memory: "20Gi"');
    const [f] = findingsOf(rule, { 'cluster.yaml': gpu, 'apps/vllm.yaml': tooBig });
    expect(f?.message).toContain('> g4dn.xlarge allocatable');
    expect(f?.message).toContain('the only node type it can land on (node group gpu)');
  });

  testWithCorpus('real files: the 4.1Gi quota demo pod and its LimitRange on t3.medium', () => {
    const files = {
      'cluster.yaml': eksctl('- name: ng\n  instanceType: t3.medium'),
      'quota/pod1.yaml': corpus('kubernetes-retired__contrib/micro-demos/quota/pod1.yaml'),
      'quota/limits.yaml': corpus('kubernetes-retired__contrib/micro-demos/quota/limits.yaml'),
    };
    const [f] = findingsOf(rule, files);
    expect(f?.message).toContain('quota-demo-large request 4.1Gi');
  });
});

describe('memory-budget/pod-exceeds-node: eksctl defaults', () => {
  test("a node group without instanceType is m5.large, eksctl's default; one with an instanceSelector is not guessed", () => {
    const [f] = findingsOf(rule, { 'c.yaml': eksctl('- name: ng'), 'a.yaml': app('7Gi', '') });
    expect(f?.message).toContain('> m5.large allocatable 6.7Gi');
    expect(f?.message).toContain('(node group ng (m5.large, the eksctl default))');
    const [managedDefault] = findingsOf(rule, {
      'c.yaml': eksctl('- name: self\n  instanceType: t3.nano\n  maxSize: 0', 'prod', '- name: mng'),
      'a.yaml': app('7Gi', ''),
    });
    expect(managedDefault?.message).toContain('(node group mng (m5.large, the eksctl default))');
    const selector = findingsOf(rule, { 'c.yaml': eksctl('- name: ng\n  instanceSelector: {vCPUs: 2, memory: 4GiB}'), 'a.yaml': app('7Gi', '') });
    expect(selector.map((x) => x.severity)).toEqual(['notice']);
  });
});

describe('memory-budget/pod-exceeds-node: node types from CloudFormation', () => {
  const nodegroup = (props: string): string => `AWSTemplateFormatVersion: '2010-09-09'
Resources:
  Cluster:
    Type: AWS::EKS::Cluster
    Properties: {Name: prod, RoleArn: arn:aws:iam::1:role/r, ResourcesVpcConfig: {SubnetIds: [subnet-1a2b3c4d]}}
  Workers:
    Type: AWS::EKS::Nodegroup
    Properties:
      ClusterName: !Ref Cluster
      NodeRole: arn:aws:iam::1:role/n
      Subnets: [subnet-1a2b3c4d]
      ScalingConfig: {MinSize: 1, MaxSize: 3, DesiredSize: 2}
${props}`;

  test('a managed node group that names no type launches t3.medium, the EKS API default', () => {
    const [f] = findingsOf(rule, { 'stack.yaml': nodegroup(''), 'a.yaml': app('4Gi', '') });
    expect(f?.message).toContain('> t3.medium allocatable 3.2Gi');
    expect(f?.message).toContain('(node group Workers (t3.medium, the EKS default))');
  });

  test('a type from a parameter without a default is not guessed: a notice says the group is not checked', () => {
    const stack = nodegroup('      InstanceTypes: [!Ref NodeType]').replace('Resources:', 'Parameters:\n  NodeType: {Type: String}\nResources:');
    const findings = findingsOf(rule, { 'stack.yaml': stack, 'a.yaml': app('40Gi', '') });
    expect(summary(findings)).toEqual([`notice stack.yaml:${lineOf(stack, 'InstanceTypes:')}`]);
    expect(findings[0]?.message).toContain('the instance types of node group Workers cannot be read from the repository');
  });

  test.each([
    ['a list of Refs', '      InstanceTypes: [!Ref NodeType]', 'NodeType: {Type: String, Default: c5.large}'],
    ['a CommaDelimitedList', '      InstanceTypes: !Ref NodeTypes', 'NodeTypes: {Type: CommaDelimitedList, Default: "c5.large, c5.xlarge"}'],
  ])('InstanceTypes from a parameter (%s) use its Default, as the Auto Scaling group path does', (_what, props, parameter) => {
    const stack = nodegroup(props).replace('Resources:', `Parameters:\n  ${parameter}\nResources:`);
    const [f] = findingsOf(rule, { 'stack.yaml': stack, 'a.yaml': app('40Gi', '') });
    expect(f?.severity).toBe('error');
    expect(f?.message).toMatch(/> c5\.(x)?large allocatable/);
  });

  testWithCorpus('a retired type the ENI table still lists gets a notice saying so (eksctl kubeflow example, p3)', () => {
    const text = corpus('eksctl-io__eksctl/examples/23-kubeflow-spot-instance.yaml');
    const notices = findingsOf(rule, { 'cluster.yaml': text });
    expect(summary(notices)).toEqual([`notice cluster.yaml:${lineOf(text, '["p3.2xlarge"]')}`, `notice cluster.yaml:${lineOf(text, '["p3.8xlarge"]')}`]);
    expect(notices[0]?.message).toContain('p3.2xlarge is in the ENI max-pods table but has no memory data');
  });
});
