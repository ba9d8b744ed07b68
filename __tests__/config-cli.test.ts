import { jest } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { main } from '../src/cli.js';
import { reviewPaths } from '../src/engine/review.js';
import { corpusText, describeWithCorpus } from './helpers/corpus.js';

const CARTSERVICE = corpusText('GoogleCloudPlatform__microservices-demo/kubernetes-manifests/cartservice.yaml');

let root: string;

function write(file: string, text: string): void {
  const absolute = path.join(root, file);
  mkdirSync(path.dirname(absolute), { recursive: true });
  writeFileSync(absolute, text);
}

function run(args: string[]): { code: number; out: string } {
  let out = '';
  const spy = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    out += String(chunk);
    return true;
  });
  try {
    return { code: main(args, root), out };
  } finally {
    spy.mockRestore();
  }
}

// A Helm template is skipped with a notice at its `{{` line: a real finding the registry reports.
const TEMPLATE = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {{ .Release.Name }}\n';

beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'manifest-review-config-'));
  write('apps/cart.yaml', CARTSERVICE);
  write('chart/templates/cm.yaml', TEMPLATE);
});

afterEach(() => rmSync(root, { recursive: true, force: true }));

describeWithCorpus('config file discovery and effect on a review', () => {
  test('without a config, the defaults apply', () => {
    const result = reviewPaths({ cwd: root });
    expect(result.findings.map((f) => [f.rule, f.path])).toEqual([['input/skipped', 'chart/templates/cm.yaml']]);
    expect(result.config.rules).toEqual({});
  });

  test('.github/manifest-review.yaml is found, applied, and not reviewed as a manifest', () => {
    write('.github/manifest-review.yaml', 'rules:\n  input/skipped: warning\nclusters:\n  - name: prod\n    version: "1.29"\n');
    // A date when 1.29 is in standard support, so the version-skew rules have nothing to say.
    const result = reviewPaths({ cwd: root, now: new Date('2025-01-01T00:00:00Z') });
    expect(result.findings.map((f) => [f.rule, f.severity])).toEqual([['input/skipped', 'warning']]);
    expect(result.tree.files.map((f) => f.path)).toEqual(['apps/cart.yaml', 'chart/templates/cm.yaml']);
    expect(result.tree.model.clusters.map((c) => [c.name, c.source, c.version?.value])).toEqual([['prod', 'config', '1.29']]);
  });

  test('paths.exclude and paths.include from the config choose the files', () => {
    write('.github/manifest-review.yaml', "paths:\n  exclude: ['chart/**']\n");
    expect(reviewPaths({ cwd: root }).tree.files.map((f) => f.path)).toEqual(['apps/cart.yaml']);
    write('.github/manifest-review.yaml', "paths:\n  include: ['chart/**/*.yaml']\n");
    expect(reviewPaths({ cwd: root }).tree.files.map((f) => f.path)).toEqual(['chart/templates/cm.yaml']);
  });

  test('--config picks another file; a missing one is an error finding, not a crash', () => {
    write('ops/review.yaml', 'rules:\n  input: off\n');
    const found = run(['--config', 'ops/review.yaml', '--format', 'json']);
    expect(found.code).toBe(0);
    expect(JSON.parse(found.out).findings).toEqual([]);
    // compact: one `path:line:col severity rule message` line per finding, what these lines quote.
    const missing = run(['--config', 'ops/nope.yaml', '--format', 'compact']);
    expect(missing.code).toBe(1);
    expect(missing.out).toContain('ops/nope.yaml:1:1 error input/invalid-config configuration not applied: ops/nope.yaml does not exist');
  });

  test('an invalid config fails the run with its line, and the review still runs', () => {
    write('.github/manifest-review.yaml', 'rules:\n  input/skipped: warning\n  input/skiped: off\n');
    const { code, out } = run(['--format', 'compact']);
    expect(code).toBe(1);
    expect(out).toContain(
      '.github/manifest-review.yaml:3:3 error input/invalid-config `input/skiped` is not a rule id or family of manifest-review; did you mean `input/skipped`?',
    );
    expect(out).toContain('chart/templates/cm.yaml:4:9 warning input/skipped');
  });

  test('suppressed findings are counted in the JSON summary and the text total', () => {
    write(
      'chart/templates/cm.yaml',
      TEMPLATE.replace('  name:', '  # manifest-review-ignore input/skipped -- rendered and reviewed in the chart CI job\n  name:'),
    );
    const json = run(['--format', 'json']);
    const report = JSON.parse(json.out);
    expect(report.findings).toEqual([]);
    expect(report.summary).toMatchObject({ errors: 0, warnings: 0, notices: 0, suppressed: 1, files: 2 });
    expect(run([]).out).toContain('0 findings (0 errors, 0 warnings, 0 notices) in 2 files reviewed; 1 suppressed');
  });
});
