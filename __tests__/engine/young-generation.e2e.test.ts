// The bundled CLI keeps V8's young generation within one doubling of YOUNG_GENERATION_CAP_BYTES (it
// may have doubled once past the cap while the texts were collected, before loading caps it) however
// much the review keeps alive (src/young-generation.ts). Shown on the committed bundle, against the
// same run with the cap's one V8 call made a no-op: that run's young generation grows past that on the
// same tree, so the tree is large enough for the check to mean something, and a Node whose V8 stops
// reading `--semi-space-growth-factor` at run time fails here rather than quietly costing memory.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { writeSyntheticRepo } from '../../bench/synthetic.mjs';
import { YOUNG_GENERATION_CAP_BYTES } from '../../src/young-generation.js';
import { REPO_ROOT } from '../helpers/paths.js';
import { runAction } from '../helpers/run-action.js';

const CLI = path.join(REPO_ROOT, 'dist', 'cli.js');

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'manifest-review-young-'));
  writeSyntheticRepo(path.join(dir, 'tree'), 4000);
  // Prints the young generation's size as the process exits; with UNCAPPED set, the CLI's call
  // that stops the young generation growing does nothing.
  writeFileSync(
    path.join(dir, 'young.cjs'),
    `const v8 = require('node:v8');
if (process.env.UNCAPPED) v8.setFlagsFromString = () => {};
process.on('exit', () => {
  const space = v8.getHeapSpaceStatistics().find((s) => s.space_name === 'new_space');
  process.stderr.write('new_space ' + space.space_size + '\\n');
});
`,
  );
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function newSpaceBytes(stderr: string): number {
  const match = /new_space (\d+)/.exec(stderr);
  if (!match) throw new Error(`no new_space line in: ${stderr}`);
  return Number(match[1]);
}

function youngGenerationBytes(uncapped: boolean): number {
  const run = spawnSync(process.execPath, ['-r', path.join(dir, 'young.cjs'), CLI, '--format', 'json', path.join(dir, 'tree')], {
    encoding: 'utf8',
    env: { ...process.env, UNCAPPED: uncapped ? '1' : '' },
    maxBuffer: 64 * 1024 * 1024,
  });
  expect(run.status === 0 || run.status === 1).toBe(true);
  expect(JSON.parse(run.stdout)).toHaveProperty('findings');
  return newSpaceBytes(run.stderr);
}

describe('the young generation of a CLI review', () => {
  it('stops within one doubling of the cap on a tree where V8 left alone grows it further', () => {
    expect(youngGenerationBytes(true)).toBeGreaterThan(2 * YOUNG_GENERATION_CAP_BYTES);
    expect(youngGenerationBytes(false)).toBeLessThanOrEqual(2 * YOUNG_GENERATION_CAP_BYTES);
  });

  it('stops there in the action too (dist/index.js)', async () => {
    const run = await runAction({
      workspace: path.join(dir, 'tree'),
      eventName: 'workflow_dispatch',
      payload: {},
      sha: 'a'.repeat(40),
      apiUrl: 'http://127.0.0.1:9',
      inputs: { token: '' },
      env: { NODE_OPTIONS: `--require ${path.join(dir, 'young.cjs')}` },
    });
    expect(run.outputs['conclusion']).toBeDefined();
    expect(newSpaceBytes(run.stderr)).toBeLessThanOrEqual(2 * YOUNG_GENERATION_CAP_BYTES);
  });
});
