// The entry points walk the tree once: `prepareReview` collects it, loads Terraform support only
// when a collected file is Terraform, and the review reuses that collection. Every test file
// preloads Terraform support (helpers/terraform-setup.ts), so the loader is watched instead.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runCli } from '../../src/cli.js';
import { reviewChange } from '../../src/engine/change.js';
import { prepareReview } from '../../src/engine/terraform.js';
import { jest } from '@jest/globals';
import { REPO_ROOT } from '../helpers/paths.js';

const EXAMPLE = path.join(REPO_ROOT, 'examples', 'outage-2019-terraform');
const NOW = new Date('2026-05-01T00:00:00Z');

const dirs: string[] = [];
function copyOfExample(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'manifest-review-prepare-'));
  dirs.push(dir);
  cpSync(EXAMPLE, dir, { recursive: true });
  return dir;
}
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe('prepareReview', () => {
  it('does not load Terraform support when the globs leave every .tf file out', async () => {
    const dir = copyOfExample();
    mkdirSync(path.join(dir, '.github'));
    writeFileSync(path.join(dir, '.github', 'manifest-review.yaml'), "paths:\n  exclude: ['**/*.tf']\n");
    const loadTerraform = jest.fn(() => Promise.resolve());
    const prepared = await prepareReview({ cwd: dir, paths: ['.'] }, loadTerraform);
    expect(prepared.collected?.files.map((f) => f.path)).toEqual(['.github/manifest-review.yaml', 'agents.yaml', 'rails.yaml']);
    expect(loadTerraform).not.toHaveBeenCalled();
    // Without the exclude the same tree needs it.
    rmSync(path.join(dir, '.github'), { recursive: true });
    await prepareReview({ cwd: dir, paths: ['.'] }, loadTerraform);
    expect(loadTerraform).toHaveBeenCalledTimes(1);
  });

  it('reuses its collection: a file written after it is not reviewed, other paths are collected again', async () => {
    const dir = copyOfExample();
    rmSync(path.join(dir, 'eks.tf'));
    rmSync(path.join(dir, 'network.tf'));
    rmSync(path.join(dir, 'variables.tf'));
    const loadTerraform = jest.fn(() => Promise.resolve());
    const prepared = await prepareReview({ cwd: dir, paths: ['.'] }, loadTerraform);
    expect(loadTerraform).not.toHaveBeenCalled();
    writeFileSync(path.join(dir, 'late.yaml'), 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: late\n');
    const reused = reviewChange({ cwd: dir, paths: ['.'], now: NOW, prepared });
    expect(reused.tree.files.map((f) => f.path)).toEqual(['agents.yaml', 'rails.yaml']);
    // The same findings as a review that collects for itself, on the tree as it was.
    rmSync(path.join(dir, 'late.yaml'));
    expect(reused.findings).toEqual(reviewChange({ cwd: dir, paths: ['.'], now: NOW }).findings);
    writeFileSync(path.join(dir, 'late.yaml'), 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: late\n');
    const other = reviewChange({ cwd: dir, paths: ['late.yaml', 'rails.yaml'], now: NOW, prepared });
    expect(other.tree.files.map((f) => f.path)).toEqual(['late.yaml', 'rails.yaml']);
  });

  it('the CLI reviews the Terraform files it collected', async () => {
    const dir = copyOfExample();
    const output = path.join(dir, 'report.json');
    expect(await runCli(['--format', 'json', '--output', output, '.'], dir)).toBe(1);
    const report = JSON.parse(readFileSync(output, 'utf8')) as { findings: { path: string; rule: string }[]; summary: { files: number } };
    expect(report.summary.files).toBe(5);
    expect(report.findings.filter((f) => f.path === 'eks.tf').map((f) => f.rule)).toEqual(
      expect.arrayContaining(['version-skew/end-of-support', 'subnet-placement/public-endpoint']),
    );
    expect(report.findings.some((f) => f.rule === 'input/skipped')).toBe(false);
  });
});
