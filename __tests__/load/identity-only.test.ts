/**
 * Identity-only documents (CRDs, ConfigMaps, RBAC, ...: src/model/release.ts) are loaded with
 * only apiVersion, kind and metadata built (issue 17). What the whole build detects must still
 * be detected the same way (the same documents left to js-yaml, the same errors and findings,
 * the same positions), and a Kustomize build that consumes such a document must build the same
 * objects from its whole value.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { loadTree, reviewTree } from '../../src/engine/review.js';
import { MANIFEST_SCHEMA } from '../../src/load/cfn-schema.js';
import { constructSlow, passEvents, type IdentityOnly } from '../../src/load/event-pass.js';
import { parseEvents, type Event } from '../../src/load/js-yaml.js';
import { buildKustomizations } from '../../src/load/kustomize/index.js';
import type { LoadedDocument, LoadedFile } from '../../src/load/types.js';
import { loadFile, wholeValueOf } from '../../src/load/yaml.js';
import { IDENTITY_ONLY_KINDS, KEPT_FIELDS } from '../../src/model/release.js';
import { kubectlBuild, kubectlOnPath } from '../helpers/kustomize-compare.js';
import { corpusFiles, describeWithCorpus } from '../helpers/corpus.js';
import { CORPUS } from '../helpers/paths.js';

const IDENTITY: IdentityOnly = { kinds: IDENTITY_ONLY_KINDS, fields: KEPT_FIELDS };
const identityLoad = (p: string, text: string): LoadedFile => loadFile({ path: p, text }, undefined, { identityOnly: IDENTITY });
const wholeLoad = (p: string, text: string): LoadedFile => loadFile({ path: p, text });

/** The kept fields of a value, in its own key order (what release.ts leaves of it). */
function kept(value: unknown): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  const out: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(value)) if (KEPT_FIELDS.has(key)) out[key] = field;
  return out;
}

let reducedSeen = 0;

const sameJson = (a: unknown, b: unknown): boolean => isDeepStrictEqual(a, b) && JSON.stringify(a) === JSON.stringify(b);

/** What the identity-only pass does differently from the whole one on a chunk: nothing but leaving out the unkept fields of identity-only documents. */
function identityDifferences(text: string): string[] {
  let events: Event[];
  try {
    events = parseEvents(text, { maxDepth: 100 });
  } catch {
    return [];
  }
  const problems: string[] = [];
  const whole = passEvents(events, text, MANIFEST_SCHEMA);
  const reduced = passEvents(events, text, MANIFEST_SCHEMA, { identityOnly: IDENTITY });
  if (!isDeepStrictEqual(Array.from(reduced.positions.packed), Array.from(whole.positions.packed))) problems.push('packed positions differ');
  if (!isDeepStrictEqual(Array.from(reduced.positions.side), Array.from(whole.positions.side))) problems.push('side tables differ');
  if (!isDeepStrictEqual(reduced.spans, whole.spans)) problems.push('spans differ');
  if (!isDeepStrictEqual(reduced.slow, whole.slow)) problems.push(`slow documents differ: ${JSON.stringify(reduced.slow)} vs ${JSON.stringify(whole.slow)}`);
  const errorOf = (pass: typeof whole): string => {
    try {
      constructSlow(events, text, pass, { schema: MANIFEST_SCHEMA, maxAliases: 10_000, json: false });
      return '';
    } catch (error) {
      return `${(error as { reason?: string }).reason} @${(error as { mark?: { position?: number } }).mark?.position}`;
    }
  };
  const errors = [errorOf(whole), errorOf(reduced)];
  if (errors[0] !== errors[1]) problems.push(`errors differ: ${errors.join(' vs ')}`);
  whole.spans.forEach((_, i) => {
    const expected = reduced.reduced[i] ? kept(whole.values[i]) : whole.values[i];
    if (!errors[0] && !sameJson(reduced.values[i], expected)) problems.push(`document ${i}: values differ`);
    if (reduced.reduced[i]) {
      reducedSeen++;
      const kind = (whole.values[i] as { kind?: unknown } | undefined)?.kind;
      if (typeof kind !== 'string' || !IDENTITY_ONLY_KINDS.has(kind)) problems.push(`document ${i} reduced, of kind ${String(kind)}`);
    }
  });
  return problems;
}

const CRD_HEAD = 'apiVersion: apiextensions.k8s.io/v1\nkind: CustomResourceDefinition\nmetadata:\n  name: widgets.example.com\n  labels: {app: w}\n';

describe('the pass builds only the identity of identity-only documents', () => {
  const cases: Record<string, string> = {
    'a CRD': `${CRD_HEAD}spec:\n  group: example.com\n  names: {kind: Widget, plural: widgets}\n  versions:\n    - name: v1\n      served: true\n      schema:\n        openAPIV3Schema:\n          type: object\n          description: "a long\\n text"\n`,
    'kind after the other fields': 'spec: {a: 1}\ndata:\n  x: |\n    y\nmetadata: {name: c}\nkind: ConfigMap\napiVersion: v1\n',
    'a quoted kind and a quoted key': '"kind": \'ConfigMap\'\napiVersion: v1\nmetadata: {name: c}\ndata: {a: b}\n',
    'a kind that is not identity-only beside one that is': `apiVersion: v1\nkind: Service\nmetadata: {name: s}\nspec: {type: LoadBalancer}\n---\n${CRD_HEAD}spec: {group: g}\n`,
    'a kind given twice': 'kind: ConfigMap\nkind: Secret\nmetadata: {name: c}\n',
    'a tagged kind': 'kind: !!str ConfigMap\nmetadata: {name: c}\ndata: {a: b}\n',
    'a kind that is a list or an alias': 'kind: [ConfigMap]\ndata: {a: 1}\n---\na: &k ConfigMap\nkind: *k\n',
    'a duplicate key deep in a skipped field': `${CRD_HEAD}spec:\n  versions:\n    - name: v1\n      schema: {type: object, type: string}\n`,
    'a duplicate top-level skipped field': 'kind: ConfigMap\ndata: {a: 1}\ndata: {b: 2}\n',
    'keys that repeat only once resolved': 'kind: Secret\ndata:\n  1: a\n  0x1: b\n---\nkind: Secret\nstringData: {true: a, True: b}\n',
    'a merge key in a skipped field': 'kind: ConfigMap\nbase: &b {x: 1}\ndata:\n  <<: *b\n  y: 2\n',
    'a merge key as a skipped value': 'kind: ConfigMap\ndata: {a: <<, b: [<<, "<<"]}\n',
    'a plain value that starts like a merge key': 'kind: ConfigMap\ndata: {a: <x, b: "<<"}\n',
    'an anchor in a skipped field used by the next document': `${CRD_HEAD}spec: &s {group: g}\n---\nkind: ConfigMap\ndata: *s\n`,
    'an anchor in the kept metadata used in a skipped field': 'kind: ConfigMap\nmetadata: &m {name: c}\ndata: {copy: *m}\n',
    'CloudFormation tags in a skipped field': 'kind: ConfigMap\ndata:\n  a: !Ref X\n  b: !Sub "${A}"\n',
    'a complex key in a skipped field': 'kind: ConfigMap\ndata:\n  ? [a, b]\n  : 1\n',
    'a key without a value in a skipped mapping': 'kind: ConfigMap\ndata: {a}\n',
    '__proto__ in kept and skipped fields': 'kind: ConfigMap\nmetadata: {__proto__: {a: 1}, name: c}\ndata: {__proto__: 1, constructor: 2}\n',
    'empty and null fields': 'kind: ConfigMap\nmetadata:\ndata:\n---\nkind: Secret\n',
    'a template action in a skipped field': 'kind: ConfigMap\ndata: {{ .Values.x }}\n',
    'a List of identity-only kinds': 'apiVersion: v1\nkind: List\nitems:\n  - {apiVersion: v1, kind: ConfigMap, metadata: {name: a}, data: {k: v}}\n',
    'a Kustomization and a scalar document': 'kind: Kustomization\nresources: [a.yaml]\n---\nConfigMap\n',
  };
  for (const [name, text] of Object.entries(cases)) {
    test(name, () => {
      expect(identityDifferences(text)).toEqual([]);
    });
  }

  test('a CRD keeps only apiVersion, kind and metadata, in their order; wholeValue() gives the rest, and positions are the same', () => {
    const text = `${'spec:\n  group: example.com\n  names: {kind: Widget}\n'}${CRD_HEAD}---\napiVersion: v1\nkind: Service\nmetadata: {name: s}\nspec: {type: LoadBalancer}\n`;
    const reduced = identityLoad('crd.yaml', text);
    const whole = wholeLoad('crd.yaml', text);
    const [crd, service] = reduced.documents;
    expect(crd?.value).toEqual({
      apiVersion: 'apiextensions.k8s.io/v1',
      kind: 'CustomResourceDefinition',
      metadata: { name: 'widgets.example.com', labels: { app: 'w' } },
    });
    expect(Object.keys(crd?.value as object)).toEqual(['apiVersion', 'kind', 'metadata']);
    expect(crd && wholeValueOf(crd)).toEqual(whole.documents[0]?.value);
    expect(service?.value).toEqual(whole.documents[1]?.value);
    expect(service?.wholeValue).toBeUndefined();
    for (const p of [['spec', 'names', 'kind'], ['metadata', 'labels', 'app'], ['spec'], []]) {
      expect(crd?.locate(p)).toEqual(whole.documents[0]?.locate(p));
      expect(crd?.valueText(p)).toEqual(whole.documents[0]?.valueText(p));
    }
  });

  test('a duplicate key inside a skipped CRD field gives the same findings at the same line', () => {
    // One document that reads as a CloudFormation template too: the repeat is tolerated and reported.
    const cfn = `Resources: {}\n${CRD_HEAD}spec:\n  group: a\n  names: {kind: W}\n  group: b\n`;
    const reduced = identityLoad('t.yaml', cfn);
    const whole = wholeLoad('t.yaml', cfn);
    expect(reduced.findings).toEqual(whole.findings);
    expect(reduced.findings.map((f) => [f.rule, f.startLine])).toEqual([['input/duplicate-key', 10]]);
    expect(reduced.documents.map((d) => d.value)).toEqual(whole.documents.map((d) => d.value));
    // In a stream: a syntax error for that document, the others still read.
    const stream = `${CRD_HEAD}spec:\n  group: a\n  group: b\n---\napiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\ndata: {a: b}\n`;
    const reducedStream = identityLoad('s.yaml', stream);
    const wholeStream = wholeLoad('s.yaml', stream);
    expect(reducedStream.findings).toEqual(wholeStream.findings);
    expect(reducedStream.findings.map((f) => [f.rule, f.startLine])).toEqual([['input/parse-error', 8]]);
    expect(reducedStream.documents.map((d) => d.value)).toEqual(wholeStream.documents.map((d) => kept(d.value)));
  });

  test('an anchor defined in a skipped field and used by a later document: the same values and findings', () => {
    const text = `${CRD_HEAD}spec: &s {group: g}\n---\napiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\ndata: *s\n---\napiVersion: v1\nkind: Service\nmetadata: {name: s, labels: *s}\n`;
    const reduced = identityLoad('a.yaml', text);
    const whole = wholeLoad('a.yaml', text);
    expect(reduced.findings).toEqual(whole.findings);
    expect(reduced.documents.map((d) => d.value)).toEqual(whole.documents.map((d) => d.value));
  });
});

describeWithCorpus('the identity-only pass against the whole pass on every corpus file', () => {
  test('the same positions, spans, slow documents and errors; reduced values are the kept fields of the whole ones', () => {
    const files = corpusFiles(['yaml', 'yml']);
    const mismatches: string[] = [];
    reducedSeen = 0;
    for (const file of files) {
      const raw = readFileSync(file, 'utf8');
      for (const problem of identityDifferences(raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw))
        mismatches.push(`${file.slice(CORPUS.length + 1)}: ${problem}`);
    }
    expect(mismatches).toEqual([]);
    // The corpus's CRDs, ConfigMaps and RBAC objects: the pass must actually leave fields out, or this compares the whole pass with itself.
    expect(reducedSeen).toBeGreaterThan(2000);
  });
});

const CONFIG_MAP = 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: settings}\ndata:\n  mode: fast\n  script: |\n    echo hi\n';
const CRD = `${CRD_HEAD}spec:\n  group: example.com\n  names: {kind: Widget, plural: widgets}\n  scope: Namespaced\n  versions:\n    - name: v1\n      served: true\n      storage: true\n      schema:\n        openAPIV3Schema: {type: object}\n`;
const KUSTOMIZED: Record<string, string> = {
  'base/kustomization.yaml': 'resources: [crd.yaml, cm.yaml]\n',
  'base/crd.yaml': CRD,
  'base/cm.yaml': CONFIG_MAP,
  'o/kustomization.yaml':
    'resources: [../base]\nnamePrefix: p-\ncommonLabels: {team: a}\npatches:\n  - path: cm-patch.yaml\npatchesJson6902:\n  - target: {group: apiextensions.k8s.io, version: v1, kind: CustomResourceDefinition, name: widgets.example.com}\n    path: crd-patch.yaml\n',
  'o/cm-patch.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: settings}\ndata:\n  mode: slow\n  extra: "1"\n',
  'o/crd-patch.yaml': '- {op: replace, path: /spec/scope, value: Cluster}\n- {op: add, path: /spec/versions/0/deprecated, value: true}\n',
};

const builtValues = (docs: readonly LoadedDocument[]): unknown[] => docs.map((d) => d.value);

describe('Kustomize builds from identity-only documents', () => {
  test('a kustomization patching a CRD and a ConfigMap builds the same objects, at the same positions, as from whole values', () => {
    const files = Object.entries(KUSTOMIZED);
    const whole = buildKustomizations(files.map(([p, t]) => wholeLoad(p, t)));
    const reduced = buildKustomizations(files.map(([p, t]) => identityLoad(p, t)));
    expect(reduced.findings).toEqual(whole.findings);
    expect(builtValues(reduced.documents)).toEqual(builtValues(whole.documents));
    expect(reduced.documents.length).toBe(2);
    for (const [i, doc] of reduced.documents.entries()) {
      for (const p of [
        ['spec', 'scope'],
        ['data', 'mode'],
        ['data', 'script'],
        ['metadata', 'name'],
        ['spec', 'versions', 0, 'deprecated'],
      ]) {
        expect(doc.locate(p)).toEqual(whole.documents[i]?.locate(p));
        expect(doc.valueText(p)).toEqual(whole.documents[i]?.valueText(p));
      }
    }
  });

  test('loadTree loads the files a kustomization names whole, and the other identity-only documents reduced', () => {
    const tree = loadTree(
      [...Object.entries(KUSTOMIZED), ['other/crd.yaml', CRD] as const].map(([p, text]) => ({ path: p, text })),
      [],
    );
    const byPath = new Map(tree.files.map((f) => [f.path, f]));
    expect(byPath.get('base/crd.yaml')?.documents[0]?.wholeValue).toBeUndefined();
    expect(byPath.get('o/cm-patch.yaml')?.documents[0]?.wholeValue).toBeUndefined();
    expect(Object.keys(byPath.get('other/crd.yaml')?.documents[0]?.value as object)).toEqual(['apiVersion', 'kind', 'metadata']);
    expect(byPath.get('other/crd.yaml')?.documents[0]?.wholeValue).toBeDefined();
  });

  (kubectlOnPath() ? test : test.skip)('the objects built from identity-only documents are those of kubectl kustomize', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'identity-kustomize-'));
    try {
      for (const [p, text] of Object.entries(KUSTOMIZED)) {
        mkdirSync(path.dirname(path.join(dir, p)), { recursive: true });
        writeFileSync(path.join(dir, p), text);
      }
      const real = kubectlBuild(path.join(dir, 'o'), path.join(dir, '.cache'));
      if ('error' in real) throw new Error(real.error);
      const reduced = buildKustomizations(Object.entries(KUSTOMIZED).map(([p, t]) => identityLoad(p, t)));
      const key = (v: unknown): string => {
        const o = v as { kind?: string; metadata?: { name?: string } };
        return `${o.kind}/${o.metadata?.name}`;
      };
      const sorted = (values: unknown[]): unknown[] => [...values].sort((a, b) => key(a).localeCompare(key(b)));
      // Key order aside (kubectl sorts keys), every field of every object.
      expect(sorted(builtValues(reduced.documents))).toEqual(sorted(real.objects));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('a document an identity-only kind names that is also a CloudFormation template', () => {
  test('is reviewed as a template, as if it were loaded whole', () => {
    // Tag-free (a `!Ref` sends a document to js-yaml whole anyway), with a top-level kind that is identity-only.
    const template = [
      "AWSTemplateFormatVersion: '2010-09-09'",
      'kind: ConfigMap',
      'apiVersion: v1',
      "Parameters: {Version: {Type: String, Default: '1.21'}}",
      "Conditions: {Old: {'Fn::Equals': [{Ref: Version}, '1.21']}}",
      'Resources:',
      '  Cluster:',
      '    Type: AWS::EKS::Cluster',
      '    Properties: {Version: {Ref: Version}, Name: c}',
      'Outputs: {Name: {Value: {Ref: Cluster}}}',
      '',
    ].join('\n');
    const findingsOf = (files: Parameters<typeof loadTree>[0]): string[] =>
      reviewTree(loadTree(files)).findings.map((f) => `${f.rule} ${f.path}:${f.startLine}`);
    const reduced = findingsOf([{ path: 'cfn.yaml', text: template }]);
    expect(reduced).toEqual(findingsOf([wholeLoad('cfn.yaml', template)]));
    expect(reduced).toContain('version-skew/end-of-support cfn.yaml:9');
  });
});
