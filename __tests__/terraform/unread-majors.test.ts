import skipped from '../../src/rules/input/skipped.js';
import { findingsOf, reviewFiles } from '../helpers/review.js';

/*
 * A call of terraform-aws-modules/eks or /vpc at a major the tables do not have (v17 and v18 of
 * eks are still common) is not read: its cluster and node groups are not reviewed. That must be
 * said, at the call's `version` (or its `source` when a git ref picks the major), not left silent.
 */

const eksCall = (versionLine: string, source = 'terraform-aws-modules/eks/aws') => `module "eks" {
  source          = "${source}"
${versionLine}  cluster_name    = "legacy"
  cluster_version = "1.21"
  subnet_ids      = ["subnet-0aaaaaaaaaaaaaaaa"]
  node_groups = {
    main = { instance_types = ["t3.small"] }
  }
}
`;

test('eks at v17: one notice at `version`, naming the module, the version and the majors read', () => {
  const text = eksCall('  version         = "17.24.0"\n');
  const findings = reviewFiles({ 'infra/eks.tf': text });
  expect(findings).toEqual([
    expect.objectContaining({
      rule: 'input/skipped',
      severity: 'notice',
      path: 'infra/eks.tf',
      startLine: 3,
      startColumn: 3,
      message:
        'module.eks calls terraform-aws-modules/eks at version `17.24.0`, a major this review does not read (it reads majors 19, 20 and 21): the cluster, node groups and add-ons it creates are not reviewed',
    }),
  ]);
});

test('a git ref picking v18: the notice is at `source`', () => {
  const findings = findingsOf(skipped, { 'main.tf': eksCall('', 'git::https://github.com/terraform-aws-modules/terraform-aws-eks.git?ref=v18.31.2') });
  expect(findings).toEqual([expect.objectContaining({ path: 'main.tf', startLine: 2, message: expect.stringContaining('at the ref of its source, a major') })]);
});

test('the vpc module at v2 says what it leaves out; a call at a major read, or without a version, gets no notice', () => {
  const vpc = 'module "vpc" {\n  source  = "terraform-aws-modules/vpc/aws"\n  version = "2.78.0"\n  public_subnets = ["10.0.1.0/24"]\n}\n';
  expect(findingsOf(skipped, { 'vpc.tf': vpc }).map((f) => f.message)).toEqual([
    'module.vpc calls terraform-aws-modules/vpc at version `2.78.0`, a major this review does not read (it reads majors 3, 4, 5 and 6): the subnets and routes it creates are not reviewed',
  ]);
  expect(findingsOf(skipped, { 'a/main.tf': eksCall('  version         = "~> 20.0"\n'), 'b/main.tf': eksCall('') })).toEqual([]);
  // The read call is reviewed: its cluster's version is past end of support.
  expect(reviewFiles({ 'a/main.tf': eksCall('  version         = "~> 20.0"\n') }, { now: new Date('2026-06-01T00:00:00Z') }).map((f) => f.rule)).toContain(
    'version-skew/end-of-support',
  );
});
