import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadTree, runRules } from '../../src/engine/review.js';
import { REPO_ROOT } from '../helpers/paths.js';

const dir = path.join(REPO_ROOT, 'examples', 'outage-2019-terraform');
const example = Object.fromEntries(
  ['variables.tf', 'network.tf', 'eks.tf', 'rails.yaml', 'agents.yaml'].map((f) => [`x/${f}`, readFileSync(path.join(dir, f), 'utf8')]),
);
const review = (extra: Record<string, string>) =>
  runRules(loadTree(Object.entries({ ...example, ...extra }).map(([p, text]) => ({ path: p, text }))), { now: new Date('2026-12-02T00:00:00Z') });
const memory = (extra: Record<string, string> = {}) => review(extra).filter((f) => f.rule.startsWith('memory-budget/'));

describe('Terraform node settings the memory budget reads', () => {
  test('an aws_eks_fargate_profile selecting the app namespace takes its pods off the nodes', () => {
    expect(memory().map((f) => f.rule)).toEqual(['memory-budget/limit-exceeds-node']);
    const fargate = `resource "aws_eks_fargate_profile" "web" {\n  cluster_name = aws_eks_cluster.main.name\n  fargate_profile_name = "web"\n  pod_execution_role_arn = "arn:aws:iam::1:role/f"\n  subnet_ids = aws_subnet.public[*].id\n  selector {\n    namespace = "web"\n  }\n}\n`;
    expect(memory({ 'x/fargate.tf': fargate })).toEqual([]);
  });

  test('a launch template with a literal nodeadm/bootstrap user data: its kubelet flags change the arithmetic', () => {
    const base = memory()[0]?.message ?? '';
    expect(base).toContain('574Mi kube-reserved');
    const lt = [
      'resource "aws_launch_template" "workers" {',
      '  user_data = base64encode(<<-EOT',
      '    #!/bin/bash',
      "    /etc/eks/bootstrap.sh rails-prod --kubelet-extra-args '--kube-reserved=memory=1Gi'",
      '  EOT',
      '  )',
      '}',
      '',
    ].join('\n');
    const eks = example['x/eks.tf']?.replace(
      '  scaling_config {',
      '  launch_template {\n    id      = aws_launch_template.workers.id\n    version = "1"\n  }\n\n  scaling_config {',
    );
    const withLt = memory({ 'x/eks.tf': eks ?? '', 'x/lt.tf': lt });
    expect(withLt.map((f) => f.message).join('\n')).toContain('1Gi kube-reserved');
  });
});
