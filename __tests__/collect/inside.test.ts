import { spawn } from 'node:child_process';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { collectFiles, readSmall } from '../../src/collect/collect.js';
import { isInside } from '../../src/collect/inside.js';

describe('isInside', () => {
  test.each([
    ['/repo', '/repo', true],
    ['/repo', '/repo/k8s/app.yaml', true],
    ['/repo', '/repo/..data/app.yaml', true],
    ['/repo', '/repo/...', true],
    ['/repo', '/', false],
    ['/repo', '/repo-other/app.yaml', false],
    ['/repo/k8s', '/repo/app.yaml', false],
    ['/repo', '/elsewhere/..data', false],
  ])('%s holds %s: %s', (root, candidate, expected) => {
    expect(isInside(root, candidate)).toBe(expected);
  });
});

describe('collect and names that begin with ..', () => {
  let base: string;
  beforeAll(() => {
    base = mkdtempSync(path.join(tmpdir(), 'mr-inside-'));
    // Kubernetes' atomic writer layout: the files are links into a `..data` directory.
    mkdirSync(path.join(base, 'repo', '..data'), { recursive: true });
    writeFileSync(path.join(base, 'repo', '..data', 'pod.yaml'), 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n');
    symlinkSync(path.join(base, 'repo', '..data', 'pod.yaml'), path.join(base, 'repo', 'pod.yaml'));
  });
  afterAll(() => rmSync(base, { recursive: true, force: true }));

  test('a link into a ..data directory of the tree is read, not called outside', () => {
    const root = path.join(base, 'repo');
    const result = collectFiles({ cwd: root, paths: ['.'], include: ['*.yaml'] });
    expect(result.findings).toEqual([]);
    expect(result.files.map((f) => f.path)).toEqual(['pod.yaml']);
  });
});

const hasMkfifo = (() => {
  try {
    execFileSync('mkfifo', ['--version'], { stdio: 'ignore' });
    return process.platform !== 'win32';
  } catch {
    return false;
  }
})();

(hasMkfifo ? describe : describe.skip)('a FIFO where a file was listed', () => {
  let base: string;
  beforeAll(() => {
    base = mkdtempSync(path.join(tmpdir(), 'mr-fifo-'));
  });
  afterAll(() => rmSync(base, { recursive: true, force: true }));

  test('is read without waiting for a writer', async () => {
    const fifo = path.join(base, 'swapped.yaml');
    execFileSync('mkfifo', [fifo]);
    // The writer only comes after 2 s: a blocking open would wait for it (and read its text);
    // without the writer at all it would wait forever, so one is always there to end the test.
    const writer = spawn('sh', ['-c', 'sleep 2; printf "kind: Late\\n" > "$0"', fifo], { stdio: 'ignore' });
    const exited = new Promise((resolve) => writer.on('exit', resolve));
    const started = Date.now();
    const read = readSmall(fifo, 1024, { buffer: Buffer.alloc(64) });
    const waited = Date.now() - started;
    // the writer's open now blocks until a reader comes: be that reader so it can exit
    const drain = spawn('cat', [fifo], { stdio: 'ignore' });
    await exited;
    drain.kill();
    expect(waited).toBeLessThan(1500);
    expect(read).not.toEqual({ bytes: Buffer.from('kind: Late\n') });
  });
});
