import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runCli } from './run-cli.js';
import { REPO_ROOT } from '../helpers/paths.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'mr-cli-'));
  writeFileSync(path.join(dir, 'broken.yaml'), 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: [x\n');
  writeFileSync(path.join(dir, 'chart.yaml'), 'metadata:\n  name: {{ .Release.Name }}\n');
  writeFileSync(path.join(dir, 'fine.yaml'), 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: fine\n');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('CLI contract', () => {
  // The default text report changed from one line a finding to findings grouped by file with
  // the message wrapped under each location (issue 12); the one-line shape lives on as `compact`.
  test('text output: a heading per file, `path:line:col severity rule` with the message under it, then a total', () => {
    const run = runCli(['.'], dir);
    expect(run.status).toBe(1);
    const lines = run.stdout.trimEnd().split('\n');
    const at = lines.indexOf('broken.yaml');
    expect(at).toBeGreaterThanOrEqual(0);
    // js-yaml notices the unclosed flow sequence of line 4 at the end of the file (line 5).
    expect(lines[at + 1]).toBe('  broken.yaml:5:1  error  input/parse-error');
    expect(lines[at + 2]).toMatch(/^ {4}YAML syntax error: /);
    const chart = lines.indexOf('chart.yaml');
    expect(lines[chart + 1]).toBe('  chart.yaml:2:9  notice  input/skipped');
    expect(lines[lines.length - 1]).toBe('2 findings (1 error, 0 warnings, 1 notice) in 3 files reviewed');
    // Not a terminal: no colour, no symbols.
    expect(run.stdout).not.toMatch(/\u001b|✖|ℹ/);
  });

  test('--format compact: one `path:line:col severity rule message` line a finding, then a total', () => {
    const run = runCli(['--format', 'compact', '.'], dir);
    expect(run.status).toBe(1);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines.find((l) => l.startsWith('broken.yaml'))).toMatch(/^broken\.yaml:5:1 error input\/parse-error YAML syntax error: /);
    expect(lines.find((l) => l.startsWith('chart.yaml'))).toMatch(/^chart\.yaml:2:9 notice input\/skipped /);
    expect(lines[lines.length - 1]).toBe('2 findings (1 error, 0 warnings, 1 notice) in 3 files reviewed');
  });

  test('--output FILE writes the report there, prints nothing, keeps the exit status', () => {
    const out = path.join(dir, 'report.json');
    const run = runCli(['--format', 'json', '--output', out, 'broken.yaml', 'fine.yaml'], dir);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect((JSON.parse(readFileSync(out, 'utf8')) as { summary: { errors: number } }).summary.errors).toBe(1);
    rmSync(out);
  });

  test('--format json, to standard output and to --output, is the text of the whole report stringified at once, on a tree with findings of every kind', () => {
    const out = path.join(dir, 'examples.json');
    const printed = runCli(['--format', 'json', 'examples'], REPO_ROOT);
    const written = runCli(['--format', 'json', '--output', out, 'examples'], REPO_ROOT);
    expect([printed.status, written.status]).toEqual([1, 1]);
    const report = JSON.parse(printed.stdout) as { findings: { message: string; details?: string }[] };
    expect(report.findings.length).toBeGreaterThan(20);
    expect(report.findings.some((f) => f.details)).toBe(true);
    expect(printed.stdout).toBe(`${JSON.stringify(report, null, 2)}\n`);
    expect(readFileSync(out, 'utf8')).toBe(printed.stdout);
    rmSync(out);
  });

  test('--output into a folder that does not exist is a usage error', () => {
    const run = runCli(['--output', path.join(dir, 'no-such-dir', 'r.txt'), 'fine.yaml'], dir);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^manifest-review: cannot write --output .*ENOENT/);
  });

  test('--format json prints exactly one JSON object with relative forward-slash paths', () => {
    const run = runCli(['--format', 'json', path.basename(dir)], path.dirname(dir));
    expect(run.status).toBe(1);
    const report = JSON.parse(run.stdout) as { findings: { path: string; startLine: number; rule: string }[]; summary: Record<string, number> };
    expect(report.findings.map((f) => f.path).sort()).toEqual([`${path.basename(dir)}/broken.yaml`, `${path.basename(dir)}/chart.yaml`]);
    expect(report.summary).toMatchObject({ errors: 1, warnings: 0, notices: 1, files: 3 });
  });

  test('--format json larger than a pipe holds (written in pieces, waiting for the reader) arrives whole', () => {
    const many = mkdtempSync(path.join(tmpdir(), 'mr-cli-many-'));
    try {
      // 5,000 documents with a parse error each: a report of several MiB, so pieces outrun the pipe.
      for (let i = 0; i < 5000; i++) writeFileSync(path.join(many, `broken-${i}.yaml`), `apiVersion: v1\nkind: Pod\nmetadata:\n  name: [x${i}\n`);
      const run = runCli(['--format', 'json', '.'], many);
      expect(run.status).toBe(1);
      expect(run.stdout.length).toBeGreaterThan(2 ** 20);
      const report = JSON.parse(run.stdout) as { findings: { path: string }[]; summary: Record<string, number> };
      expect(report.findings).toHaveLength(5000);
      expect(new Set(report.findings.map((f) => f.path)).size).toBe(5000);
      expect(report.summary).toMatchObject({ errors: 5000, files: 5000 });
      // A reader that stops early (`| head`) ends the run quietly: no EPIPE stack trace, no "internal error".
      const cli = path.join(REPO_ROOT, 'dist', 'cli.js');
      const early = spawnSync('sh', ['-c', `"${process.execPath}" "${cli}" --format json . | head -c 10 >/dev/null; echo "cli exit $?"`], {
        cwd: many,
        encoding: 'utf8',
      });
      expect(early.stderr).toBe('');
    } finally {
      rmSync(many, { recursive: true, force: true });
    }
  });

  test.each([
    ['error', 1],
    ['warning', 1],
    ['notice', 1],
    ['never', 0],
  ])('--fail-on %s exits %i', (failOn, status) => {
    expect(runCli(['--fail-on', failOn, '.'], dir).status).toBe(status);
  });

  test('--fail-on warning passes when only notices are found', () => {
    expect(runCli(['--fail-on', 'warning', 'chart.yaml', 'fine.yaml'], dir).status).toBe(0);
    expect(runCli(['--fail-on', 'notice', 'chart.yaml', 'fine.yaml'], dir).status).toBe(1);
  });

  test.each([[['--format', 'xml']], [['--fail-on', 'sometimes']], [['--helm-render', 'no']], [['--no-such-flag']]])(
    'usage error %j exits 2 with one line on stderr',
    (args) => {
      const run = runCli([...args, '.'], dir);
      expect(run.status).toBe(2);
      expect(run.stderr.split('\n')[0]).toMatch(/^manifest-review: /);
      expect(run.stdout).toBe('');
    },
  );

  test('--help exits 0 and names the options', () => {
    const run = runCli(['--help']);
    expect(run.status).toBe(0);
    for (const flag of ['--format', '--output', 'compact', '--config', '--fail-on', '--base-ref', '--filter', '--helm-render'])
      expect(run.stdout).toContain(flag);
  });

  test('--helm-render false: helm on PATH is not run, the chart gets one notice that says why', () => {
    const chartRoot = mkdtempSync(path.join(tmpdir(), 'mr-cli-helm-'));
    try {
      const chart = path.join(chartRoot, 'charts', 'web');
      mkdirSync(path.join(chart, 'templates'), { recursive: true });
      writeFileSync(path.join(chart, 'Chart.yaml'), 'apiVersion: v2\nname: web\nversion: 0.1.0\n');
      writeFileSync(path.join(chart, 'templates', 'deployment.yaml'), 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: {{ .Release.Name }}\n');
      // A helm that leaves a mark when it is run at all.
      const bin = path.join(chartRoot, 'bin');
      const ran = path.join(chartRoot, 'helm-ran');
      mkdirSync(bin);
      writeFileSync(path.join(bin, 'helm'), `#!/bin/sh\ntouch '${ran}'\nexit 1\n`, { mode: 0o755 });
      const run = spawnSync(process.execPath, [path.join(REPO_ROOT, 'dist', 'cli.js'), '--format', 'json', '--helm-render', 'false', '.'], {
        cwd: chartRoot,
        encoding: 'utf8',
        env: { ...process.env, PATH: `${bin}${path.delimiter}${process.env.PATH ?? ''}` },
      });
      expect(run.status).toBe(0);
      const findings = (JSON.parse(run.stdout) as { findings: { rule: string; path: string; message: string }[] }).findings;
      expect(findings).toEqual([expect.objectContaining({ rule: 'input/skipped', path: 'charts/web/Chart.yaml' })]);
      expect(findings[0]?.message).toMatch(/rendering is turned off \(the action's `helm-render: false` or the CLI's `--helm-render false`\)/);
      expect(existsSync(ran)).toBe(false);
    } finally {
      rmSync(chartRoot, { recursive: true, force: true });
    }
  });
});

/**
 * The problem matcher shipped for workflows that run the CLI (docs/manifest-review-matcher.json)
 * reads every `--format compact` finding line, and only those. The runner applies the pattern
 * as a regular expression per line, as done here.
 */
test('the documented problem matcher reads every compact finding line and nothing else', () => {
  const matcher = JSON.parse(readFileSync(path.join(REPO_ROOT, 'docs', 'manifest-review-matcher.json'), 'utf8')) as {
    problemMatcher: {
      owner: string;
      pattern: { regexp: string; file: number; line: number; column: number; severity: number; code: number; message: number }[];
    }[];
  };
  const [pattern] = matcher.problemMatcher[0]?.pattern ?? [];
  if (!pattern) throw new Error('no pattern');
  const dir = mkdtempSync(path.join(tmpdir(), 'mr-matcher-'));
  try {
    writeFileSync(path.join(dir, 'broken: file.yaml'), 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: [x\n');
    writeFileSync(path.join(dir, 'chart.yaml'), 'metadata:\n  name: {{ .Release.Name }}\n');
    const run = runCli(['--format', 'compact', '.'], dir);
    const regexp = new RegExp(pattern.regexp);
    const matched = run.stdout.split('\n').flatMap((line) => {
      const m = regexp.exec(line);
      return m ? [{ file: m[pattern.file], line: m[pattern.line], column: m[pattern.column], severity: m[pattern.severity], code: m[pattern.code] }] : [];
    });
    expect(matched).toEqual([
      { file: 'broken: file.yaml', line: '5', column: '1', severity: 'error', code: 'input/parse-error' },
      { file: 'chart.yaml', line: '2', column: '9', severity: 'notice', code: 'input/skipped' },
    ]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
