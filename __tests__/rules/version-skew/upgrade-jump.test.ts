import upgradeJump from '../../../src/rules/version-skew/upgrade-jump.js';
import { findingsOf, treeOf } from '../../helpers/review.js';

/** A CloudFormation stack: cluster at `cluster`, and a managed node group unless `nodeGroup` is null. */
function stack(cluster: string, nodeGroup: string | null = null): string {
  const group =
    nodeGroup === null
      ? ''
      : `  Workers:
    Type: AWS::EKS::Nodegroup
    Properties:
      ClusterName: !Ref Cluster
      NodegroupName: workers
${nodeGroup}      NodeRole: arn:aws:iam::111122223333:role/node
      Subnets: [subnet-1]
`;
  return `AWSTemplateFormatVersion: '2010-09-09'
Resources:
  Cluster:
    Type: AWS::EKS::Cluster
    Properties:
      Name: prod
      Version: '${cluster}'
      RoleArn: arn:aws:iam::111122223333:role/eks
      ResourcesVpcConfig:
        SubnetIds: [subnet-1, subnet-2]
${group}`;
}

const change = (base: string, head: string) => findingsOf(upgradeJump, { 'infra/stack.yaml': head }, { baseModel: treeOf({ 'infra/stack.yaml': base }).model });

describe('version-skew/upgrade-jump', () => {
  test('1.13 → 1.15 is an error at the Version line', () => {
    const findings = change(stack('1.13'), stack('1.15'));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      rule: 'version-skew/upgrade-jump',
      severity: 'error',
      path: 'infra/stack.yaml',
      startLine: 7,
      object: { name: 'prod' },
    });
    expect(findings[0]?.message).toBe(
      'the control plane of cluster prod goes from 1.13 to 1.15 in one change, 2 minors at once: EKS updates a control plane one minor at a time (1.13 → 1.14 → 1.15), ' +
        'so this update fails; set 1.14 here and ship each next minor in its own change.',
    );
  });

  test('one minor at a time is legal; no change says nothing', () => {
    expect(change(stack('1.13'), stack('1.14'))).toEqual([]);
    expect(change(stack('1.29'), stack('1.30'))).toEqual([]);
    expect(change(stack('1.30'), stack('1.30'))).toEqual([]);
  });

  test('going down is an error', () => {
    const [finding] = change(stack('1.30'), stack('1.29'));
    expect(finding).toMatchObject({ severity: 'error', startLine: 7 });
    expect(finding?.message).toMatch(/goes down from 1\.30 to 1\.29: EKS cannot downgrade a control plane/);
  });

  test('without a base, a new cluster, or an unknown version on either side, nothing is compared', () => {
    expect(findingsOf(upgradeJump, { 'infra/stack.yaml': stack('1.15') })).toEqual([]);
    expect(findingsOf(upgradeJump, { 'infra/stack.yaml': stack('1.15') }, { baseModel: treeOf({}).model })).toEqual([]);
    expect(change(stack('1.13').replace("Version: '1.13'", 'Version: !Ref K8s'), stack('1.15'))).toEqual([]);
    expect(change(stack('1.13'), stack('1.15').replace("Version: '1.15'", 'Version: !Ref K8s'))).toEqual([]);
  });

  test('the same cluster is found when its file moves', () => {
    const findings = findingsOf(upgradeJump, { 'new/place.yaml': stack('1.16') }, { baseModel: treeOf({ 'old/place.yaml': stack('1.13') }).model });
    expect(findings.map((f) => f.severity)).toEqual(['error']);
  });

  test('moving up while a managed node group stays behind: the next update is blocked (warning)', () => {
    const findings = change(stack('1.28', "      Version: '1.28'\n"), stack('1.29', "      Version: '1.28'\n"));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: 'warning', startLine: 16, object: { kind: 'AWS::EKS::Nodegroup', name: 'workers' } });
    expect(findings[0]?.message).toBe(
      'managed node group workers runs 1.28 (from Version) while this change moves the control plane of cluster prod from 1.28 to 1.29; ' +
        'EKS allows this update but refuses the next one (to 1.30) until the node group runs 1.29: move it to 1.29 once the control plane is updated.',
    );
  });

  test('moving up while a managed node group already lagged: EKS refuses this very update', () => {
    const [finding] = change(stack('1.28', "      Version: '1.27'\n"), stack('1.29', "      Version: '1.27'\n"));
    expect(finding?.severity).toBe('warning');
    expect(finding?.message).toMatch(
      /EKS refuses to update a control plane while a managed node group is not at its current minor \(1\.28\), so this update fails/,
    );
  });

  test('a CloudFormation node group without Version is left at the old version by the stack update', () => {
    const [finding] = change(stack('1.28', ''), stack('1.29', ''));
    expect(finding?.message).toMatch(/^managed node group workers has no Version, so CloudFormation leaves it at 1\.28 while this change moves/);
    expect(finding?.message).toContain("set its Version to '1.29'");
  });

  test('node groups moved with the cluster, or created by the change, are fine', () => {
    expect(change(stack('1.28', "      Version: '1.28'\n"), stack('1.29', "      Version: '1.29'\n"))).toEqual([]);
    expect(change(stack('1.28'), stack('1.29', ''))).toEqual([]);
  });

  test('eksctl node groups without a release version are upgraded by a command the files do not show: not guessed', () => {
    const eksctl = (version: string): string =>
      `apiVersion: eksctl.io/v1alpha5\nkind: ClusterConfig\nmetadata:\n  name: prod\n  region: eu-west-1\n  version: '${version}'\nmanagedNodeGroups:\n  - name: ng\n`;
    expect(findingsOf(upgradeJump, { 'c.yaml': eksctl('1.29') }, { baseModel: treeOf({ 'c.yaml': eksctl('1.28') }).model })).toEqual([]);
    const pinned = (version: string): string => `${eksctl(version)}    releaseVersion: 1.28.5-20240110\n`;
    const [finding] = findingsOf(upgradeJump, { 'c.yaml': pinned('1.29') }, { baseModel: treeOf({ 'c.yaml': pinned('1.28') }).model });
    expect(finding).toMatchObject({ severity: 'warning', startLine: 9 });
  });
});

describe('managed node groups on a custom AMI', () => {
  // A launch template whose ImageId names the AMI: EKS neither knows nor checks its kubelet version.
  const customAmi = '      LaunchTemplate: {Id: !Ref NodeTemplate}\n';
  const template = (minor: string) => `  NodeTemplate:
    Type: AWS::EC2::LaunchTemplate
    Properties:
      LaunchTemplateData:
        ImageId: '{{resolve:ssm:/aws/service/eks/optimized-ami/${minor}/amazon-linux-2/recommended/image_id}}'
`;

  test('upgrade-jump does not say EKS refuses: it lets the update through, and the nodes lag', () => {
    const base = stack('1.28', customAmi) + template('1.27');
    const head = stack('1.29', customAmi) + template('1.27');
    const [finding, ...rest] = change(base, head);
    expect(rest).toEqual([]);
    expect(finding?.message).not.toContain('refuses');
    expect(finding?.message).toContain(
      'EKS does not check the version of a node group on a custom AMI, so it lets this update through; the nodes then lag the control plane by 2 minors',
    );
  });

  test('kubelet-newer does not say EKS refuses a custom-AMI node group', async () => {
    const { default: kubeletNewer } = await import('../../../src/rules/version-skew/kubelet-newer.js');
    const [finding] = findingsOf(kubeletNewer, { 'infra/stack.yaml': stack('1.29', customAmi) + template('1.30') });
    expect(finding?.message).toContain('EKS does not check the version of a node group on a custom AMI');
    expect(finding?.message).not.toContain('EKS refuses');
  });
});
