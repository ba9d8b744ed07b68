import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { reviewChange } from '../../src/engine/change.js';
import { prepareTerraform } from '../../src/engine/terraform.js';
import { makeRepo, type TempRepo } from '../helpers/git-repo.js';
import { REPO_ROOT } from '../helpers/paths.js';

const example = (f: string) => readFileSync(path.join(REPO_ROOT, 'examples', 'outage-2019-terraform', f), 'utf8');
const withVersion = (v: string) => example('variables.tf').replace('default = "1.13"', `default = "${v}"`);

describe('--base-ref on a Terraform version change', () => {
  let repo: TempRepo | undefined;
  beforeAll(() => prepareTerraform());
  afterEach(() => repo && rmSync(repo.dir, { recursive: true, force: true }));

  const review = (from: string, to: string) => {
    const files = { 'infra/eks.tf': example('eks.tf'), 'infra/network.tf': example('network.tf') };
    repo = makeRepo({ ...files, 'infra/variables.tf': withVersion(from) }, { 'infra/variables.tf': withVersion(to) });
    return reviewChange({ cwd: repo.dir, paths: ['.'], baseRef: repo.baseSha, now: new Date('2026-12-02T00:00:00Z') }).findings;
  };

  test('a control plane moved two minors in one change is an upgrade-jump at the cluster version attribute', () => {
    const jump = review('1.31', '1.33').filter((f) => f.rule === 'version-skew/upgrade-jump');
    expect(jump.map((f) => [f.path, f.startLine, f.severity])).toEqual([['infra/eks.tf', 4, 'error']]);
    expect(jump[0]?.message).toContain('1.31');
    expect(jump[0]?.message).toContain('1.33');
  });

  test('one minor at a time is no error; the node group without a version that stays behind is a warning at its block', () => {
    const step = review('1.31', '1.32').filter((f) => f.rule === 'version-skew/upgrade-jump');
    expect(step.map((f) => [f.path, f.startLine, f.severity, f.object?.name])).toEqual([['infra/eks.tf', 13, 'warning', 'rails-prod-workers']]);
    expect(step[0]?.message).toContain('leaves it at 1.31 while this change moves the control plane of cluster rails-prod from 1.31 to 1.32');
    // In Terraform's words: the attribute to write and the tool that leaves the nodes behind.
    expect(step[0]?.message).toContain('has no version, so Terraform leaves it at 1.31');
    expect(step[0]?.message).toContain('set version = "1.32" on it once the control plane is updated');
    expect(step[0]?.message).not.toMatch(/CloudFormation|Version/);
  });
});
