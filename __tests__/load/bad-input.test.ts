import { loadTree } from '../../src/engine/review.js';
import { DEFAULT_LOAD_LIMITS } from '../../src/load/types.js';
import { loadFile } from '../../src/load/yaml.js';
import { treeOf } from '../helpers/review.js';

describe('bad input becomes findings, never exceptions', () => {
  test('a syntax error is reported at its line and the other documents are still read', () => {
    const text = [
      'apiVersion: v1',
      'kind: ConfigMap',
      'metadata:',
      '  name: ok-before',
      '---',
      'apiVersion: v1',
      'kind: Pod',
      'metadata:',
      '  name: [broken',
      'spec: {}',
      '---',
      'apiVersion: v1',
      'kind: ConfigMap',
      'metadata:',
      '  name: ok-after',
      '',
    ].join('\n');
    const loaded = loadFile({ path: 'multi.yaml', text });
    expect(loaded.findings).toHaveLength(1);
    expect(loaded.findings[0]).toMatchObject({ rule: 'input/parse-error', severity: 'error', path: 'multi.yaml' });
    // The error is inside the second document (lines 6-10), where the flow sequence never closes.
    expect(loaded.findings[0]?.startLine).toBeGreaterThanOrEqual(9);
    expect(loaded.findings[0]?.startLine).toBeLessThanOrEqual(10);
    const names = loaded.documents.map((d) => (d.value as { metadata?: { name?: string } }).metadata?.name);
    expect(names).toEqual(['ok-before', 'ok-after']);
  });

  test('a syntax error in one file does not stop the review of another', () => {
    const tree = treeOf({
      'bad.yaml': 'a: [\n',
      'good.yaml': 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  template:\n    spec:\n      containers: [{name: c}]\n',
    });
    expect(tree.inputFindings.map((f) => f.path)).toEqual(['bad.yaml']);
    expect(tree.model.workloads.map((w) => w.name)).toEqual(['web']);
  });

  test('a Helm template is skipped with a notice, not reported as a syntax error', () => {
    const text =
      'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: {{ include "app.fullname" . }}\n  labels:\n    {{- include "app.labels" . | nindent 4 }}\nspec:\n  replicas: {{ .Values.replicaCount }}\n';
    const loaded = loadFile({ path: 'templates/deployment.yaml', text });
    expect(loaded.findings).toHaveLength(1);
    expect(loaded.findings[0]).toMatchObject({ rule: 'input/skipped', severity: 'notice', startLine: 4 });
    expect(loaded.findings[0]?.message).toMatch(/Helm/);
  });

  test('text that merely contains {{ inside a valid string is reviewed normally', () => {
    const text = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: alerts\ndata:\n  msg: "{{ $labels.instance }} is down"\n';
    const loaded = loadFile({ path: 'cm.yaml', text });
    expect(loaded.findings).toEqual([]);
    expect(loaded.documents).toHaveLength(1);
  });

  test('a billion-laughs alias bomb is rejected fast with a finding', () => {
    const levels = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 1; i < 10; i++) {
      const prev = String.fromCharCode(96 + i);
      const name = String.fromCharCode(97 + i);
      levels.push(`${name}: &${name} [${Array(9).fill(`*${prev}`).join(',')}]`);
    }
    const started = performance.now();
    const loaded = loadFile({ path: 'bomb.yaml', text: `${levels.join('\n')}\n` });
    const elapsed = performance.now() - started;
    expect(loaded.documents).toEqual([]);
    expect(loaded.findings).toHaveLength(1);
    // An error: what the review did not read fails the gate (issue 18).
    expect(loaded.findings[0]).toMatchObject({ rule: 'input/incomplete', severity: 'error', path: 'bomb.yaml' });
    expect(loaded.findings[0]?.message).toMatch(/alias/);
    expect(elapsed).toBeLessThan(500);
  });

  test('nesting deeper than the parser limit is rejected, not a stack overflow', () => {
    const loaded = loadFile({ path: 'deep.yaml', text: `${'['.repeat(5000)}${']'.repeat(5000)}\n` });
    expect(loaded.documents).toEqual([]);
    expect(loaded.findings[0]?.rule).toMatch(/^input\//);
  });

  test('CRLF line endings keep the same lines and columns as LF', () => {
    const lf =
      'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n    - name: c\n      resources:\n        limits:\n          memory: 1Gi\n';
    const crlf = lf.replace(/\n/g, '\r\n');
    const path = ['spec', 'containers', 0, 'resources', 'limits', 'memory'];
    const a = loadFile({ path: 'lf.yaml', text: lf }).documents[0];
    const b = loadFile({ path: 'crlf.yaml', text: crlf }).documents[0];
    expect(b?.value).toEqual(a?.value);
    expect(b?.locate(path).start).toEqual({ line: 10, column: 11 });
    expect(b?.locate(path).start).toEqual(a?.locate(path).start);
  });

  test('a UTF-8 byte order mark is ignored and does not shift columns', () => {
    const doc = loadFile({ path: 'bom.yaml', text: '\ufeffapiVersion: v1\nkind: Pod\n' }).documents[0];
    expect(doc?.value).toEqual({ apiVersion: 'v1', kind: 'Pod' });
    expect(doc?.locate(['apiVersion']).start).toEqual({ line: 1, column: 1 });
  });

  test('CloudFormation short forms are read as their long forms', () => {
    const text =
      'Resources:\n  S:\n    Type: AWS::EC2::Subnet\n    Properties:\n      VpcId: !Ref VPC\n      AvailabilityZone: !Select [0, !GetAZs ""]\n      Name: !Sub "${AWS::StackName}-a"\n      Arn: !GetAtt Role.Arn\n';
    const doc = loadFile({ path: 't.yaml', text }).documents[0];
    expect(doc?.value).toEqual({
      Resources: {
        S: {
          Type: 'AWS::EC2::Subnet',
          Properties: {
            VpcId: { Ref: 'VPC' },
            AvailabilityZone: { 'Fn::Select': [0, { 'Fn::GetAZs': '' }] },
            Name: { 'Fn::Sub': '${AWS::StackName}-a' },
            Arn: { 'Fn::GetAtt': ['Role', 'Arn'] },
          },
        },
      },
    });
  });

  test('duplicate keys are a syntax error, as for kubectl', () => {
    const loaded = loadFile({ path: 'dup.yaml', text: 'a: 1\nb: 2\na: 3\n' });
    expect(loaded.findings[0]).toMatchObject({ rule: 'input/parse-error', startLine: 3 });
  });

  test('the finding message never carries a snippet of the file', () => {
    const secret = 'password: hunter2-very-secret';
    const loaded = loadFile({ path: 's.yaml', text: `${secret}\nbad: [\n` });
    expect(JSON.stringify(loaded.findings)).not.toContain('hunter2');
  });
});

describe('limits', () => {
  test('once the time budget is spent, the remaining files are not read and one error says so (see engine/budget.test.ts)', () => {
    const sources = Array.from({ length: 5 }, (_, i) => ({ path: `f${i}.yaml`, text: 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n' }));
    const tree = loadTree(sources, [], DEFAULT_LOAD_LIMITS, { timeBudgetMs: 0 });
    expect(tree.files.length).toBeLessThan(5);
    const overrun = tree.inputFindings.filter((f) => f.rule === 'input/incomplete');
    expect(overrun).toHaveLength(1);
    expect(overrun[0]).toMatchObject({ severity: 'error' });
    expect(overrun[0]?.message).toMatch(/time budget/);
  });

  test('too many documents in one file: an error, not reviewed partially (kubectl would apply them all)', () => {
    const text = 'a: 1\n---\n'.repeat(30);
    const loaded = loadFile({ path: 'many.yaml', text }, { ...DEFAULT_LOAD_LIMITS, maxDocuments: 10 });
    expect(loaded.documents).toEqual([]);
    expect(loaded.findings).toEqual([expect.objectContaining({ rule: 'input/incomplete', severity: 'error' })]);
    expect(loaded.findings[0]?.message).toMatch(/^file has 31 documents, over the limit of 10: not reviewed, although kubectl may apply it;/);
    // The base revision's reading asks for notices (see change.ts): there an unread file only loses partners.
    const base = loadFile({ path: 'many.yaml', text }, { ...DEFAULT_LOAD_LIMITS, maxDocuments: 10, overLimit: 'notice' });
    expect(base.findings).toEqual([expect.objectContaining({ rule: 'input/skipped', severity: 'notice' })]);
  });

  test('too many aliases in one document: an error at that document', () => {
    const text = `a: 1\n---\nbase: &b {x: 1}\nlist: [${Array(50).fill('*b').join(', ')}]\n---\nc: 3\n`;
    const loaded = loadFile({ path: 'aliases.yaml', text }, { ...DEFAULT_LOAD_LIMITS, maxAliases: 20 });
    expect(loaded.findings.map((f) => [f.rule, f.severity])).toEqual([['input/incomplete', 'error']]);
    expect(loaded.findings[0]?.message).toMatch(/aliases/);
    expect(loaded.findings[0]?.startLine).toBe(3);
  });
});
