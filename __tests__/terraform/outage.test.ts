import { readFileSync } from 'node:fs';
import path from 'node:path';
import { reviewPaths } from '../../src/engine/review.js';
import type { Finding } from '../../src/findings.js';
import { prepareTerraform } from '../../src/engine/terraform.js';
import { REPO_ROOT } from '../helpers/paths.js';

const NOW = new Date('2026-12-02T00:00:00Z');
const review = (dir: string) => reviewPaths({ cwd: REPO_ROOT, paths: [`examples/${dir}`], now: NOW }).findings;
/** The source line a finding points at, trimmed. */
const lineOf = (f: Finding) => readFileSync(path.join(REPO_ROOT, f.path), 'utf8').split('\n')[f.startLine - 1]?.trim();

describe('examples/outage-2019-terraform: the seed outage written in Terraform', () => {
  let cfn: Finding[] = [];
  let tf: Finding[] = [];
  beforeAll(async () => {
    await prepareTerraform();
    cfn = review('outage-2019');
    tf = review('outage-2019-terraform');
  });

  test('gives the same findings (rule and severity) as its CloudFormation version', () => {
    const summary = (fs: Finding[]) => fs.map((f) => `${f.severity} ${f.rule}`).sort();
    expect(summary(tf)).toEqual(summary(cfn));
    expect(summary(tf)).toEqual([
      'error memory-budget/limit-exceeds-node',
      'error version-skew/end-of-support',
      'warning subnet-placement/implicit-public-lb',
      'warning subnet-placement/public-endpoint',
      'warning subnet-placement/public-nodes',
    ]);
  });

  test('Terraform findings land on the attribute that decides them', () => {
    const at = (rule: string) => tf.find((f) => f.rule === rule) as Finding;
    expect([at('version-skew/end-of-support').path, lineOf(at('version-skew/end-of-support'))]).toEqual([
      'examples/outage-2019-terraform/eks.tf',
      'version  = var.kubernetes_version',
    ]);
    expect(lineOf(at('subnet-placement/public-endpoint'))).toBe('vpc_config {');
    expect(lineOf(at('subnet-placement/public-nodes'))).toBe('subnet_ids      = aws_subnet.public[*].id');
    expect(at('subnet-placement/public-nodes').startColumn).toBe(3);
  });

  test('the arithmetic is the same: c5.large from the variable default, DaemonSets, the 3.5Gi limit', () => {
    const limit = tf.find((f) => f.rule === 'memory-budget/limit-exceeds-node') as Finding;
    const cfnLimit = cfn.find((f) => f.rule === 'memory-budget/limit-exceeds-node') as Finding;
    expect(limit.message).toContain('rails-app limit 3.5Gi + DaemonSets 1.3Gi = 4.8Gi > c5.large allocatable 2.9Gi');
    // The Terraform version takes c5.large from a variable's default (the CloudFormation one writes it): it says so.
    const assumed = ' (its instance types with the default of variable `node_instance_type`, which a tfvars file or -var may change)';
    expect(limit.message).toContain(`on node group rails-prod-workers${assumed}:`);
    expect(limit.message.replace(`node group rails-prod-workers${assumed}`, 'X')).toBe(cfnLimit.message.replace('node group NodeGroup', 'X'));
    const version = tf.find((f) => f.rule === 'version-skew/end-of-support') as Finding;
    expect(version.message).toMatch(/Assumed: with the default of variable `kubernetes_version`, which a tfvars file or -var may change\.$/);
    const nodes = tf.find((f) => f.rule === 'subnet-placement/public-nodes') as Finding;
    expect(nodes.message).toContain('Managed node group rails-prod-workers launches nodes in public subnets: aws_subnet.public[0] and aws_subnet.public[1]');
    expect(nodes.message).toContain('sends 0.0.0.0/0 to internet gateway aws_internet_gateway.main');
  });
});
