import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { reviewChange } from '../../../src/engine/change.js';

const NOW = new Date('2026-11-25T00:00:00Z');
const read = (file: string): string => readFileSync(path.join('examples', file), 'utf8');
const lineOf = (text: string, needle: string): number => text.split('\n').findIndex((l) => l.includes(needle)) + 1;

describe('examples/ version-skew scenarios', () => {
  test('node-skew: one node group newer than 1.35, one beyond N-3, one exactly at N-3', () => {
    const { findings } = reviewChange({ cwd: process.cwd(), paths: ['examples/node-skew'], now: NOW });
    const text = read('node-skew/cluster.yaml');
    const skew = findings.filter((f) => f.rule.startsWith('version-skew/kubelet'));
    expect(skew.map((f) => `${f.rule} ${f.severity} ${f.startLine} ${f.object?.name}`)).toEqual([
      `version-skew/kubelet-newer error ${lineOf(text, "Version: '1.36'")} newer-nodes`,
      `version-skew/kubelet-too-old error ${lineOf(text, 'optimized-ami/1.31/')} LegacyNodes`,
    ]);
  });

  test('upgrade-jump (1.13 → 1.15) and upgrade-step (1.13 → 1.14), replayed in a temporary repository', () => {
    const jump = read('upgrade-jump/cluster.yaml');
    const step = read('upgrade-step/cluster.yaml');
    expect(jump).toContain("Version: '1.15'");
    expect(step).toContain("Version: '1.14'");
    const dir = mkdtempSync(path.join(tmpdir(), 'manifest-review-examples-'));
    const git = (...args: string[]): string => execFileSync('git', args, { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] }).toString('utf8');
    const write = (file: string, text: string): void => {
      mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      writeFileSync(path.join(dir, file), text);
    };
    try {
      git('init', '--quiet', '--initial-branch=main');
      git('config', 'user.name', 'Test');
      git('config', 'user.email', 'test@example.com');
      write('examples/upgrade-jump/cluster.yaml', jump.replace("Version: '1.15'", "Version: '1.13'"));
      write('examples/upgrade-jump/app.yaml', read('upgrade-jump/app.yaml'));
      write('examples/upgrade-step/cluster.yaml', step.replace("Version: '1.14'", "Version: '1.13'").replace('optimized-ami/1.14/', 'optimized-ami/1.13/'));
      git('add', '-A');
      git('commit', '--quiet', '-m', 'base');
      write('examples/upgrade-jump/cluster.yaml', jump);
      write('examples/upgrade-step/cluster.yaml', step);
      const { findings } = reviewChange({ cwd: dir, paths: ['examples'], baseRef: 'HEAD', filter: 'all', now: NOW });
      const jumps = findings.filter((f) => f.rule === 'version-skew/upgrade-jump');
      expect(jumps.map((f) => `${f.path}:${f.startLine} ${f.severity}`)).toEqual([
        `examples/upgrade-jump/cluster.yaml:${lineOf(jump, "Version: '1.15'")} error`,
      ]);
      expect(jumps[0]?.message).toContain('goes from 1.13 to 1.15 in one change');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
