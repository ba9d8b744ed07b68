/**
 * A root the native build cannot build is rendered by `kubectl kustomize` only when that reads
 * nothing but the reviewed files: kustomize fetches URLs and clones repositories that a
 * kustomization names, and a pull request must not make the runner fetch what it likes (an
 * internal address, the cloud's metadata endpoint). A stand-in kubectl on PATH records what it
 * was asked; the last test runs the real kubectl against a local HTTP server, when it is on PATH.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { reviewPaths } from '../../../src/engine/review.js';
import { kubectlOnPath } from '../../helpers/kustomize-compare.js';
import { standInKubectl, type StandInKubectl } from '../../helpers/stand-in-kubectl.js';

const NOW = new Date('2026-06-01T00:00:00Z');
const DEPLOYMENT =
  'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web}\nspec:\n  template:\n    spec:\n      containers: [{name: app, image: a, resources: {limits: {memory: 1Gi}}}]\n';
// `replacements` is not built natively: without the guard, each of these roots goes to kubectl.
const REPLACEMENTS =
  'replacements:\n  - source: {kind: Deployment, name: web, fieldPath: metadata.name}\n    targets:\n      - select: {kind: Deployment}\n        fieldPaths: [metadata.annotations.copy]\n        options: {create: true}\n';

function writeTree(root: string, files: Record<string, string>): void {
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  }
}

describe('with a stand-in kubectl', () => {
  let dir = '';
  let kubectl: StandInKubectl;

  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'kustomize-network-'));
    // Renders nothing: the review then says kubectl failed, which tells a call from no call.
    kubectl = standInKubectl(`env > "$CALLS.env"\necho 'Error: stand-in kubectl renders nothing' >&2\nexit 1`);
    writeTree(dir, {
      'url/deployment.yaml': DEPLOYMENT,
      'url/kustomization.yaml': `resources:\n  - deployment.yaml\n  - http://169.254.169.254/latest/meta-data/iam/security-credentials/\n${REPLACEMENTS}`,
      'base/deployment.yaml': DEPLOYMENT,
      'base/kustomization.yaml': 'resources:\n  - deployment.yaml\n  - github.com/example/infra//monitoring?ref=v1\n',
      'overlay/kustomization.yaml': `resources: [../base]\n${REPLACEMENTS}`,
      'beside/base/deployment.yaml': DEPLOYMENT,
      'beside/base/kustomization.yaml': 'resources: [deployment.yaml]\n',
      'beside/overlay/kustomization.yaml': `resources: [../base]\n${REPLACEMENTS}`,
      'openapi/deployment.yaml': DEPLOYMENT,
      'openapi/kustomization.yaml': 'resources: [deployment.yaml]\nopenapi:\n  path: https://example.com/schema.json\n',
      'generator/deployment.yaml': DEPLOYMENT,
      'generator/kustomization.yaml':
        `resources: [deployment.yaml]\ncommonAnnotations: {docs: "https://wiki.example.com/web"}\n` +
        `configMapGenerator:\n  - name: urls\n    literals: [API=https://api.example.com]\n` +
        `patches:\n  - target: {kind: Deployment}\n    patch: '[{"op": "add", "path": "/metadata/annotations/link", "value": "https://example.com"}]'\n${REPLACEMENTS}`,
    });
  });

  afterAll(() => {
    kubectl.restore();
    rmSync(dir, { recursive: true, force: true });
  });

  function review(root: string): { failed: string[]; kubectlCalls: string[] } {
    rmSync(kubectl.calls, { force: true });
    const result = reviewPaths({ cwd: dir, paths: [root], now: NOW });
    const kubectlCalls = kubectl.kustomizeCalls();
    return { failed: result.findings.filter((f) => f.rule === 'input/build-failed').map((f) => f.message), kubectlCalls };
  }

  test('a URL among the resources: kubectl is not run, and the failure says which entry and why', () => {
    const { failed, kubectlCalls } = review('url');
    expect(kubectlCalls).toEqual([]);
    expect(failed).toEqual([
      expect.stringContaining(
        '`kubectl kustomize` was not run: it would fetch http://169.254.169.254/latest/meta-data/iam/security-credentials/ (url/kustomization.yaml:3), and a review reads no network',
      ),
    ]);
  });

  test('a repository a base names: the overlay is not rendered either, and the base line is given', () => {
    const { failed, kubectlCalls } = review('.');
    expect(kubectlCalls.filter((c) => c === `kustomize ${path.join(dir, 'overlay')}`)).toEqual([]);
    expect(kubectlCalls).toContainEqual(`kustomize ${path.join(dir, 'beside/overlay')}`);
    expect(failed).toContainEqual(
      expect.stringContaining('it would fetch github.com/example/infra//monitoring?ref=v1 (base/kustomization.yaml:3), and a review reads no network'),
    );
  });

  test('a base beside the reviewed path, which the review read through its own boundaries, is no reason to hold kubectl back', () => {
    const { failed, kubectlCalls } = review('beside/overlay');
    expect(kubectlCalls).toEqual([expect.stringContaining('beside/overlay')]);
    expect(failed).toEqual([expect.stringContaining('`kubectl kustomize` failed too: stand-in kubectl renders nothing')]);
  });

  test('a URL in a field kustomize loads (openapi) is a fetch too', () => {
    const { failed, kubectlCalls } = review('openapi');
    expect(kubectlCalls).toEqual([]);
    expect(failed).toEqual([expect.stringContaining('it would fetch https://example.com/schema.json (openapi/kustomization.yaml:3)')]);
  });

  test('URLs kustomize only copies (annotations, generator literals, an inline patch) leave kubectl free to render', () => {
    const { failed, kubectlCalls } = review('generator');
    expect(kubectlCalls).toEqual([expect.stringContaining('generator')]);
    expect(failed).toEqual([expect.stringContaining('`kubectl kustomize` failed too: stand-in kubectl renders nothing')]);
  });

  test('kubectl gets PATH alone: not the token, not HOME (git credentials, plugins)', () => {
    process.env.INPUT_TOKEN = 'ghs_kubectl-must-not-see-this';
    try {
      review('generator');
    } finally {
      delete process.env.INPUT_TOKEN;
    }
    const names = readFileSync(`${kubectl.calls}.env`, 'utf8')
      .split('\n')
      .map((line) => line.split('=')[0] ?? '')
      .filter(Boolean);
    // The shell running the stand-in adds its own PWD (and SHLVL, `_`): nothing of the job's.
    expect(names.filter((n) => !['PWD', 'SHLVL', '_', 'OLDPWD'].includes(n))).toEqual(['PATH']);
  });
});

const haveKubectl = kubectlOnPath();
if (!haveKubectl) console.log('kustomize network guard against the real kubectl SKIPPED: kubectl is not on PATH');

(haveKubectl ? test : test.skip)('the real kubectl: a pull request naming a URL in a root kubectl would render gets no request out', async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'kustomize-network-real-'));
  const log = path.join(dir, 'requests.log');
  // In a process of its own: the review blocks this one while kubectl runs.
  const server: ChildProcess = spawn(
    process.execPath,
    [
      '-e',
      `const fs = require('fs');
       const s = require('http').createServer((q, r) => { fs.appendFileSync(${JSON.stringify(log)}, q.url + '\\n'); r.end('apiVersion: v1\\nkind: ConfigMap\\nmetadata: {name: fetched}\\n'); });
       s.listen(0, '127.0.0.1', () => console.log(s.address().port));`,
    ],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  try {
    const port = await new Promise<string>((resolve, reject) => {
      server.stdout?.once('data', (d: Buffer) => resolve(d.toString().trim()));
      server.once('error', reject);
    });
    writeTree(dir, {
      'app/deployment.yaml': DEPLOYMENT,
      'app/kustomization.yaml': `resources:\n  - deployment.yaml\n  - http://127.0.0.1:${port}/fetched.yaml\n${REPLACEMENTS}`,
    });
    const result = reviewPaths({ cwd: dir, paths: ['app'], now: NOW });
    expect(result.findings.filter((f) => f.rule === 'input/build-failed').map((f) => f.message)).toEqual([
      expect.stringContaining(`it would fetch http://127.0.0.1:${port}/fetched.yaml (app/kustomization.yaml:3)`),
    ]);
    expect(existsSync(log) ? readFileSync(log, 'utf8') : '').toBe('');
  } finally {
    server.kill();
    rmSync(dir, { recursive: true, force: true });
  }
});
