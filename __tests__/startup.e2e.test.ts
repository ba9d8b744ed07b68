// Start-up pays only for what the run uses: Octokit loads only when there is a token to post
// with, undici (which @actions/core imports for OIDC) only when Octokit calls GitHub, and the
// Terraform support only when a reviewed file is Terraform. Shown on a copy of the committed
// bundle with those chunks deleted: a run that tried to load one would fail.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { FakeGitHub } from './helpers/fake-github.js';
import { REPO_ROOT } from './helpers/paths.js';
import { runAction } from './helpers/run-action.js';

const DIST = path.join(REPO_ROOT, 'dist');
const OUTAGE = path.join(REPO_ROOT, 'examples', 'outage-2019');
const OUTAGE_TERRAFORM = path.join(REPO_ROOT, 'examples', 'outage-2019-terraform');
const WITH_CONFIG = path.join(REPO_ROOT, 'examples', 'config-and-suppressions');

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
// ajv's entry module (ajv/dist/ajv.js): the start of its first statement.
const AJV = 'exports.MissingRefError = exports.ValidationError = exports.CodeGen = ';
// undici's fetch (lib/web/fetch/index.js), which @actions/github calls for every request.
const UNDICI = 'https://github.com/Ethan-Arrowood/undici-fetch';
// The HCL parser, only in the Terraform support (src/load/hcl-parser.ts).
const TERRAFORM = 'parseHcl';

describe('the action bundle', () => {
  it('keeps Octokit out of its entry file, in a chunk of its own', () => {
    expect(readFileSync(path.join(DIST, 'index.js'), 'utf8')).not.toContain(OCTOKIT);
    expect(chunksWith('index', OCTOKIT)).toHaveLength(1);
  });

  it('keeps undici out of its entry file, in a chunk of its own', () => {
    expect(readFileSync(path.join(DIST, 'index.js'), 'utf8')).not.toContain(UNDICI);
    expect(chunksWith('index', UNDICI)).toHaveLength(1);
  });

  it('reviews and reports without a token when the Octokit and undici chunks are not there at all', async () => {
    const dist = distWithout([...chunksWith('index', OCTOKIT), ...chunksWith('index', UNDICI)]);
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

  it('runs ajv only to validate a config file (a copy whose ajv throws when run reviews a tree without one)', async () => {
    const dist = distWithout([]);
    const entry = readFileSync(path.join(dist, 'index.js'), 'utf8');
    expect(entry.split(AJV)).toHaveLength(2);
    writeFileSync(path.join(dist, 'index.js'), entry.replace(AJV, `throw new Error('ajv ran'); ${AJV}`));
    const run = (workspace: string) =>
      runAction({
        bundle: path.join(dist, 'index.js'),
        workspace,
        eventName: 'workflow_dispatch',
        payload: {},
        sha: 'a'.repeat(40),
        apiUrl: 'http://127.0.0.1:9',
        inputs: { token: '' },
      });
    const withoutConfig = await run(OUTAGE);
    expect(withoutConfig.stdout).not.toContain('ajv ran');
    expect(withoutConfig.commands.some((c) => c.command === 'error' && c.properties['file'] === 'rails.yaml')).toBe(true);
    // …and the same copy cannot read a config file (the committed bundle can): the patch did hit ajv.
    expect((await run(WITH_CONFIG)).stdout).toContain('configuration not applied: cannot read .github/manifest-review.yaml');
    expect(
      (
        await runAction({
          workspace: WITH_CONFIG,
          eventName: 'workflow_dispatch',
          payload: {},
          sha: 'a'.repeat(40),
          apiUrl: 'http://127.0.0.1:9',
          inputs: { token: '' },
        })
      ).stdout,
    ).not.toContain('configuration not applied');
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

describe('the action bundle behind a proxy', () => {
  // @actions/github builds the proxy's undici agent as it loads: undici must be loaded by then.
  const api = new FakeGitHub();
  const tunnels: string[] = [];
  const sockets = new Set<net.Socket>();
  const proxy = http.createServer((_, res) => res.writeHead(405).end());
  proxy.on('connect', (req: http.IncomingMessage, client: net.Socket, head: Buffer) => {
    tunnels.push(req.url ?? '');
    const upstream = net.connect(Number(new URL(api.url).port), '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on('error', () => undefined);
      socket.on('close', () => sockets.delete(socket));
    }
  });
  beforeAll(async () => {
    await api.start();
    await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  });
  afterAll(async () => {
    for (const socket of sockets) socket.destroy();
    await new Promise((resolve) => proxy.close(resolve));
    await api.stop();
  });

  it('posts its check run through the proxy the runner configures', async () => {
    // Not a loopback name: the proxy settings leave those alone.
    const apiHost = `api.github.test:${new URL(api.url).port}`;
    const run = await runAction({
      workspace: OUTAGE,
      eventName: 'workflow_dispatch',
      payload: {},
      sha: 'a'.repeat(40),
      apiUrl: `http://${apiHost}`,
      env: { http_proxy: `http://127.0.0.1:${(proxy.address() as net.AddressInfo).port}` },
    });
    expect(run.stderr).toBe('');
    expect(tunnels).toContain(apiHost);
    expect(api.of('checks/create')).toHaveLength(1);
    expect(api.of('checks/update').at(-1)?.body).toMatchObject({ status: 'completed', conclusion: 'failure' });
    expect(run.outputs['conclusion']).toBe('failure');
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
