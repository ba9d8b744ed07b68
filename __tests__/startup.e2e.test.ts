// Start-up pays only for what the run uses: Octokit loads only when there is a token to post
// with, and the Terraform support only when a reviewed file is Terraform. Shown on a copy of the
// committed bundle with those chunks deleted: a run that tried to load one would fail.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { REPO_ROOT } from './helpers/paths.js';
import { runAction } from './helpers/run-action.js';

const DIST = path.join(REPO_ROOT, 'dist');
const OUTAGE = path.join(REPO_ROOT, 'examples', 'outage-2019');
const OUTAGE_TERRAFORM = path.join(REPO_ROOT, 'examples', 'outage-2019-terraform');

/** The chunks of one entry's bundle (`N.index.js` or `N.cli.js`) that contain `marker`. */
function chunksWith(entry: 'index' | 'cli', marker: string): string[] {
  return readdirSync(DIST).filter((f) => f.endsWith(`.${entry}.js`) && /^\d+\./.test(f) && readFileSync(path.join(DIST, f), 'utf8').includes(marker));
}

const copies: string[] = [];
/** A copy of dist/ without the given files. */
function distWithout(files: readonly string[]): string {
  const copy = mkdtempSync(path.join(tmpdir(), 'manifest-review-dist-'));
  copies.push(copy);
  cpSync(DIST, copy, { recursive: true });
  for (const f of files) rmSync(path.join(copy, f));
  return copy;
}
afterAll(() => {
  for (const dir of copies) rmSync(dir, { recursive: true, force: true });
});

const OCTOKIT = 'function getOctokit(';
// The HCL parser, only in the Terraform support (src/load/hcl-parser.ts).
const TERRAFORM = 'parseHcl';

describe('the action bundle', () => {
  it('keeps Octokit out of its entry file, in a chunk of its own', () => {
    expect(readFileSync(path.join(DIST, 'index.js'), 'utf8')).not.toContain(OCTOKIT);
    expect(chunksWith('index', OCTOKIT)).toHaveLength(1);
  });

  it('reviews and reports without a token when the Octokit chunk is not there at all', async () => {
    const dist = distWithout(chunksWith('index', OCTOKIT));
    const run = await runAction({
      bundle: path.join(dist, 'index.js'),
      workspace: OUTAGE,
      eventName: 'workflow_dispatch',
      payload: {},
      sha: 'a'.repeat(40),
      apiUrl: 'http://127.0.0.1:9',
      inputs: { token: '' },
    });
    expect(run.stderr).not.toMatch(/Cannot find module|ERR_MODULE_NOT_FOUND/);
    expect(run.outputs['conclusion']).toBe('failure');
    expect(run.commands.some((c) => c.command === 'error' && c.properties['file'] === 'rails.yaml')).toBe(true);
  });

  it('fails the run with the reason when the event payload is not JSON (it is read at run time, not at import)', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'manifest-review-event-'));
    copies.push(dir);
    const eventPath = path.join(dir, 'event.json');
    writeFileSync(eventPath, '{"pull_request": ');
    const run = await runAction({
      workspace: OUTAGE,
      eventName: 'pull_request',
      payload: {},
      sha: 'a'.repeat(40),
      apiUrl: 'http://127.0.0.1:9',
      inputs: { token: '' },
      env: { GITHUB_EVENT_PATH: eventPath },
    });
    expect(run.code).toBe(1);
    expect(run.outputs['conclusion']).toBe('failure');
    expect(run.commands.find((c) => c.command === 'error')?.message).toMatch(/event payload .*event\.json cannot be read as JSON/);
  });
});

describe('the CLI bundle', () => {
  const terraformChunks = chunksWith('cli', TERRAFORM);

  it('reviews a tree without Terraform when the Terraform chunk is not there at all', () => {
    expect(terraformChunks.length).toBeGreaterThan(0);
    const dist = distWithout(terraformChunks);
    const withChunks = spawnSync(process.execPath, [path.join(DIST, 'cli.js'), '--format', 'json', '.'], { cwd: OUTAGE, encoding: 'utf8' });
    const without = spawnSync(process.execPath, [path.join(dist, 'cli.js'), '--format', 'json', '.'], { cwd: OUTAGE, encoding: 'utf8' });
    expect(without.stderr).toBe('');
    expect(without.status).toBe(1);
    expect(without.stdout).toBe(withChunks.stdout);
    // …and the same copy does need them for a tree with Terraform files: the chunks were the Terraform support.
    const terraform = spawnSync(process.execPath, [path.join(dist, 'cli.js'), '--format', 'json', '.'], { cwd: OUTAGE_TERRAFORM, encoding: 'utf8' });
    expect(terraform.status).toBe(2);
  });
});
