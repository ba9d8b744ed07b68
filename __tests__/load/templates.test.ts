import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { loadFile } from '../../src/load/yaml.js';
import { describeWithCorpus, HAVE_CORPUS } from '../helpers/corpus.js';
import { CORPUS } from '../helpers/paths.js';

const names = (docs: readonly { value: unknown }[]): unknown[] => docs.map((d) => (d.value as { metadata?: { name?: unknown } }).metadata?.name);

describe('Helm/Go template detection', () => {
  test.each([
    [
      'a label key with a slash',
      'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n  labels:\n    app.kubernetes.io/managed-by: {{ .Release.Service }}\n',
      6,
    ],
    ['a quoted key', 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n  annotations:\n    "helm.sh/hook": {{ .Values.hook }}\n', 6],
    ['a block-level if', 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n{{- if .Values.extra }}\ndata:\n  a: b\n{{- end }}\n', 5],
    ['a sequence item', 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: x\nspec:\n  containers:\n    - {{ toYaml .Values.container | nindent 6 }}\n', 7],
    ['an action inside a plain scalar that breaks YAML', 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: {{ .Release.Name }}-web\n', 4],
  ])('%s is a template: a notice at its `{{`, never a parse error', (_what, text, line) => {
    const loaded = loadFile({ path: 'x.yaml', text });
    expect(loaded.findings).toHaveLength(1);
    expect(loaded.findings[0]).toMatchObject({ rule: 'input/skipped', severity: 'notice', startLine: line });
    expect(loaded.findings[0]?.message).toMatch(/Helm\/Go template.*helm template/);
    expect(loaded.documents).toEqual([]);
  });

  test('a template action YAML happens to accept (`key: {{ x }}` is a nested mapping) is still a template, not an object', () => {
    // Every line here is valid YAML: the value of `name` parses as { { include ... }: null }.
    const text = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {{ include "app.fullname" . }}\n';
    const loaded = loadFile({ path: 'cm.yaml', text });
    expect(loaded.documents).toEqual([]);
    expect(loaded.findings).toEqual([expect.objectContaining({ rule: 'input/skipped', startLine: 4, startColumn: 9 })]);
  });

  test('one template document does not hide the plain documents of its file', () => {
    const text = [
      'apiVersion: v1',
      'kind: ConfigMap',
      'metadata:',
      '  name: plain-before',
      '---',
      '{{- if .Values.enabled }}',
      'apiVersion: v1',
      'kind: ConfigMap',
      'metadata:',
      '  name: {{ .Release.Name }}',
      '{{- end }}',
      '---',
      'apiVersion: v1',
      'kind: ConfigMap',
      'metadata:',
      '  name: plain-after',
      '',
    ].join('\n');
    const loaded = loadFile({ path: 'mixed.yaml', text });
    expect(names(loaded.documents)).toEqual(['plain-before', 'plain-after']);
    expect(loaded.documents.map((d) => d.index)).toEqual([0, 2]);
    expect(loaded.findings).toHaveLength(1);
    expect(loaded.findings[0]).toMatchObject({ rule: 'input/skipped', startLine: 6 });
    expect(loaded.findings[0]?.message).toMatch(/document 2 of 3 is a Helm\/Go template.*other documents were reviewed/);
  });

  test('a template document YAML accepts is skipped alone when the whole file parses', () => {
    const text = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: plain\n---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {{ .Release.Name }}\n';
    const loaded = loadFile({ path: 'two.yaml', text });
    expect(names(loaded.documents)).toEqual(['plain']);
    expect(loaded.findings).toEqual([expect.objectContaining({ rule: 'input/skipped', startLine: 9 })]);
  });

  test('a syntax error beside a template document is still a parse error', () => {
    const text = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: [broken\n---\nmetadata:\n  name: {{ .Release.Name }}-x\n';
    const loaded = loadFile({ path: 'both.yaml', text });
    expect(loaded.findings.map((f) => f.rule).sort()).toEqual(['input/parse-error', 'input/skipped']);
  });

  test.each([
    [
      'a literal {{PROJECT_ID}} in a block string',
      'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: otel\ndata:\n  config.yaml: |\n    project: {{PROJECT_ID}}\n',
    ],
    ['an Argo parameter in a quoted string', 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: argo\ndata:\n  cmd: "echo {{inputs.parameters.message}}"\n'],
    ['an action inside a plain scalar YAML accepts', 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: img\ndata:\n  image: repo/app:{{ .Values.tag }}\n'],
    ['a `{{` in a comment', 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: commented # set by {{ .Release.Name }} in the chart\n'],
  ])('%s is plain YAML and reviewed', (_what, text) => {
    const loaded = loadFile({ path: 'plain.yaml', text });
    expect(loaded.findings).toEqual([]);
    expect(loaded.documents).toHaveLength(1);
  });

  test('a `{{` only in a comment does not turn a real syntax error into a template notice', () => {
    const loaded = loadFile({ path: 'broken.yaml', text: '# rendered from {{ .Values }} by hand\napiVersion: v1\nmetadata:\n  name: [x\n' });
    expect(loaded.findings.map((f) => f.rule)).toEqual(['input/parse-error']);
  });
});

/** Every file below `dir` (no symlinks followed), relative to `dir`. */
function walk(dir: string, rel = ''): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(path.join(dir, rel)).sort()) {
    const child = rel ? `${rel}/${entry}` : entry;
    const stats = statSync(path.join(dir, child), { throwIfNoEntry: false });
    if (stats?.isDirectory()) out.push(...walk(dir, child));
    else if (stats?.isFile()) out.push(child);
  }
  return out;
}

describeWithCorpus('Helm templates of the real corpus', () => {
  const files = HAVE_CORPUS ? walk(CORPUS).filter((f) => /\.ya?ml$/i.test(f)) : [];
  const withActions = files.filter((f) => readFileSync(path.join(CORPUS, f), 'utf8').includes('{{'));

  test('no file with a template action is a parse error', () => {
    expect(withActions.length).toBeGreaterThan(100);
    const parseErrors = withActions.filter((file) =>
      loadFile({ path: file, text: readFileSync(path.join(CORPUS, file), 'utf8') }).findings.some((f) => f.rule === 'input/parse-error'),
    );
    expect(parseErrors).toEqual([]);
  });

  test('microservices-demo otel-collector: a literal {{PROJECT_ID}} in a ConfigMap string is reviewed, every document of it', () => {
    const file = 'GoogleCloudPlatform__microservices-demo/kustomize/components/google-cloud-operations/otel-collector.yaml';
    const loaded = loadFile({ path: file, text: readFileSync(path.join(CORPUS, file), 'utf8') });
    expect(loaded.findings).toEqual([]);
    expect(loaded.documents.map((d) => (d.value as { kind: string }).kind)).toEqual(['Deployment', 'Service', 'ConfigMap']);
  });
});
