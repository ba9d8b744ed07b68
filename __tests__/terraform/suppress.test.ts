import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadTree, reviewTree } from '../../src/engine/review.js';
import { prepareTerraform } from '../../src/engine/terraform.js';
import { REPO_ROOT } from '../helpers/paths.js';

beforeAll(() => prepareTerraform());

const dir = path.join(REPO_ROOT, 'examples', 'outage-2019-terraform');
const read = (f: string) => readFileSync(path.join(dir, f), 'utf8');

/** The outage example with eks.tf edited. */
function review(eks: string) {
  const files = ['variables.tf', 'network.tf'].map((f) => ({ path: `tf/${f}`, text: read(f) }));
  return reviewTree(loadTree([...files, { path: 'tf/eks.tf', text: eks }]), { now: new Date('2026-12-02T00:00:00Z') });
}

describe('# manifest-review-ignore in .tf files', () => {
  test('a comment above an attribute suppresses the finding on it, with its reason', () => {
    const eks = read('eks.tf').replace(
      '  subnet_ids      = aws_subnet.public[*].id\n  instance_types',
      '  # manifest-review-ignore subnet-placement/public-nodes -- moving to private subnets in INFRA-42\n  subnet_ids      = aws_subnet.public[*].id\n  instance_types',
    );
    const run = review(eks);
    expect(run.findings.map((f) => f.rule)).not.toContain('subnet-placement/public-nodes');
    expect(run.suppressed.map((f) => [f.rule, f.suppressedBy.reason])).toEqual([['subnet-placement/public-nodes', 'moving to private subnets in INFRA-42']]);
  });

  test('a trailing comment works; the marker inside a string does not', () => {
    const trailing = read('eks.tf').replace(
      'version  = var.kubernetes_version',
      'version  = var.kubernetes_version # manifest-review-ignore version-skew -- legacy',
    );
    expect(review(trailing).suppressed.map((f) => f.rule)).toEqual(['version-skew/end-of-support']);
    const inString = read('eks.tf').replace(
      'name     = var.cluster_name',
      'name     = var.cluster_name\n  tags = { note = "# manifest-review-ignore version-skew" }',
    );
    expect(review(inString).suppressed).toEqual([]);
  });
});
