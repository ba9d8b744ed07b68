/**
 * Helm validates values against a chart's values.schema.json and fetches the URLs its `$ref`s
 * name. A helm that knows `--skip-schema-validation` (3.16 and later) gets it on every render; an
 * older one is not handed a chart that holds a schema (or a subchart archive, which may hold one).
 * Stand-in helms record their arguments (helm.integration.test.ts runs the real one).
 */
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { reviewPaths } from '../../src/engine/review.js';

let root = '';
let bin = '';

/** A helm whose `template --help` lists the flag or not; a render prints the chart's one template. */
function standInHelm(name: string, knowsFlag: boolean): { binary: string; renders: () => string[][] } {
  const binary = path.join(bin, name, 'helm');
  const log = path.join(bin, name, 'renders.log');
  mkdirSync(path.dirname(binary), { recursive: true });
  writeFileSync(
    binary,
    `#!${process.execPath}
const fs = require('fs');
const path = require('path');
const args = process.argv.slice(2);
if (args.includes('--help')) {
  process.stdout.write('Flags:\\n      --skip-crds   if set, no CRDs will be installed\\n' + (${knowsFlag} ? '      --skip-schema-validation   if set, disables JSON schema validation\\n' : ''));
  process.exit(0);
}
fs.appendFileSync(${JSON.stringify(log)}, JSON.stringify(args) + '\\n');
const chart = args[2];
const name = /^name: (\\S+)/m.exec(fs.readFileSync(path.join(chart, 'Chart.yaml'), 'utf8'))[1];
process.stdout.write('---\\n# Source: ' + name + '/templates/web.yaml\\n' + fs.readFileSync(path.join(chart, 'templates', 'web.yaml'), 'utf8').replace('{{ .Release.Name }}', args[1]));
`,
  );
  chmodSync(binary, 0o755);
  const renders = (): string[][] => {
    try {
      return readFileSync(log, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l) as string[]);
    } catch {
      return [];
    }
  };
  return { binary, renders };
}

const TEMPLATE =
  'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: {{ .Release.Name }}\nspec:\n  template:\n    spec:\n      containers:\n        - {name: web, image: nginx, resources: {limits: {memory: 1Gi}}}\n';

function chart(dir: string, extra: Record<string, string> = {}): void {
  const files: Record<string, string> = {
    'Chart.yaml': `apiVersion: v2\nname: ${path.basename(dir)}\nversion: 0.1.0\n`,
    'templates/web.yaml': TEMPLATE,
    ...extra,
  };
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, dir, file)), { recursive: true });
    writeFileSync(path.join(root, dir, file), text);
  }
}

beforeAll(() => {
  root = mkdtempSync(path.join(tmpdir(), 'mr-helm-schema-'));
  bin = mkdtempSync(path.join(tmpdir(), 'mr-helm-schema-bin-'));
  chart('plain');
  chart('schema', { 'values.schema.json': '{"properties": {"x": {"$ref": "http://169.254.169.254/latest/meta-data/"}}}' });
  chart('subchart', { 'charts/db/Chart.yaml': 'apiVersion: v2\nname: db\nversion: 0.1.0\n', 'charts/db/values.schema.json': '{}' });
  chart('archive', { 'charts/db-1.0.0.tgz': 'not really an archive' });
});

afterAll(() => {
  rmSync(root, { recursive: true, force: true });
  rmSync(bin, { recursive: true, force: true });
});

test('a helm that knows --skip-schema-validation gets it on every render, schema or not', () => {
  const helm = standInHelm('new', true);
  const { findings } = reviewPaths({ cwd: root, paths: ['plain', 'schema'], helm: { render: true, binary: helm.binary } });
  expect(findings.filter((f) => f.rule.startsWith('input/'))).toEqual([]);
  const renders = helm.renders();
  expect(renders.map((args) => path.basename(args[2] ?? '')).sort()).toEqual(['plain', 'schema']);
  for (const args of renders) expect(args).toContain('--skip-schema-validation');
});

test('an older helm renders a chart without a schema, and is not handed one with a schema, in it or a subchart', () => {
  const helm = standInHelm('old', false);
  const { findings } = reviewPaths({ cwd: root, paths: ['.'], helm: { render: true, binary: helm.binary } });
  expect(helm.renders().map((args) => path.basename(args[2] ?? ''))).toEqual(['plain']);
  expect(helm.renders()[0]).not.toContain('--skip-schema-validation');
  const failed = findings.filter((f) => f.rule === 'input/build-failed');
  expect(failed.map((f) => f.path).sort()).toEqual(['archive/Chart.yaml', 'schema/Chart.yaml', 'subchart/Chart.yaml']);
  expect(failed.find((f) => f.path === 'schema/Chart.yaml')?.message).toContain(
    'this helm cannot render without validating values against `values.schema.json`, whose JSON schema may make it fetch URLs; helm 3.16 or later renders with --skip-schema-validation',
  );
  expect(failed.find((f) => f.path === 'subchart/Chart.yaml')?.message).toContain('`charts/db/values.schema.json`');
  expect(failed.find((f) => f.path === 'archive/Chart.yaml')?.message).toContain('`charts/db-1.0.0.tgz`');
});

test('an older helm is not handed a chart too large to look through for a schema either', () => {
  chart('huge');
  mkdirSync(path.join(root, 'huge', 'files'));
  for (let i = 0; i <= 20_000; i++) writeFileSync(path.join(root, 'huge', 'files', `f${i}.txt`), '');
  const helm = standInHelm('old-huge', false);
  const { findings } = reviewPaths({ cwd: root, paths: ['huge'], helm: { render: true, binary: helm.binary } });
  expect(helm.renders()).toEqual([]);
  expect(findings.find((f) => f.rule === 'input/build-failed')?.message).toContain('against a schema among its more than 20,000 files');
});
