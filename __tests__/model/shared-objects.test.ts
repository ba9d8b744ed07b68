/**
 * The model shares objects between the objects of a tree rather than keeping a copy each (issue
 * 17: memory at 100k documents): one frozen path array per container position, one frozen base
 * for every document-root manifest, one frozen empty map, and a manifest's own label and
 * annotation mappings instead of copies. A writer to any of them would change what every other
 * object sees: the shared ones are frozen, and the mappings the model takes from the documents are
 * frozen here while every rule runs, which must find exactly what it finds on the same files with
 * nothing frozen.
 */
import path from 'node:path';
import { collectFiles } from '../../src/collect/collect.js';
import type { Finding } from '../../src/findings.js';
import { loadTree, reviewTree, type LoadedTree } from '../../src/engine/review.js';
import { loadFile } from '../../src/load/yaml.js';
import { documentObjects } from '../../src/model/build.js';
import type { LoadedDocument } from '../../src/load/types.js';
import { manifestsOf, POD_SPEC_PATHS } from '../../src/model/kubernetes.js';
import { NO_STRINGS } from '../../src/model/util.js';
import { REPO_ROOT } from '../helpers/paths.js';

const now = new Date('2026-12-02T00:00:00Z');

const deployment = (name: string, metadata = ''): string => `apiVersion: apps/v1
kind: Deployment
metadata: {name: ${name}${metadata}}
spec:
  template:
    metadata: {labels: {app: ${name}}}
    spec:
      initContainers: [{name: init}]
      containers: [{name: a}, {name: b}]
`;

const objectsOf = (text: string) => loadFile({ path: 'm.yaml', text }).documents.flatMap((doc) => documentObjects(doc).manifests);

describe('objects the model shares', () => {
  test('container paths, document-root bases and empty maps: one frozen object for all', () => {
    const [one, two] = objectsOf(`${deployment('one')}---\n${deployment('two')}`);
    const [a, b] = [one?.workload, two?.workload];
    expect(a?.pod.containers[1]?.path).toEqual(['spec', 'template', 'spec', 'containers', 1]);
    expect(a?.pod.initContainers[0]?.path).toEqual(['spec', 'template', 'spec', 'initContainers', 0]);
    for (const [x, y] of [
      [a?.pod.containers[0]?.path, b?.pod.containers[0]?.path],
      [a?.pod.containers[1]?.path, b?.pod.containers[1]?.path],
      [a?.pod.initContainers[0]?.path, b?.pod.initContainers[0]?.path],
      [a?.pod.path, b?.pod.path],
      [a?.ref.base, b?.ref.base],
      [a?.annotations, b?.annotations],
      [a?.pod.nodeSelector, b?.pod.nodeSelector],
    ]) {
      expect(x).toBe(y);
      expect(Object.isFrozen(x)).toBe(true);
    }
    expect(a?.annotations).toBe(NO_STRINGS);
    expect(a?.labels).toEqual({});
    expect(Object.values(POD_SPEC_PATHS).every((p) => Object.isFrozen(p))).toBe(true);
    expect(Object.isFrozen(POD_SPEC_PATHS)).toBe(true);
  });

  test("a loaded document is its root manifest's source reference; List items and other documents get their own", () => {
    const file = loadFile({
      path: 'm.yaml',
      text: `${deployment('one')}---\napiVersion: v1\nkind: List\nitems:\n  - {apiVersion: v1, kind: ConfigMap, metadata: {name: c}}\n`,
    });
    const [doc, list] = file.documents;
    const [root] = manifestsOf(doc as LoadedDocument);
    expect(root?.ref).toBe(doc);
    expect(root?.ref.doc).toBe(doc);
    expect(root?.ref.base).toEqual([]);
    expect(Object.isFrozen(root?.ref.base)).toBe(true);
    const [item] = manifestsOf(list as LoadedDocument);
    expect(item?.ref).not.toBe(list);
    expect(item?.ref.doc).toBe(list);
    expect(item?.ref.base).toEqual(['items', 0]);
    // A document of another kind (built, rendered, a test's literal) has no `doc` of its own.
    const literal: LoadedDocument = {
      path: 'x.yaml',
      index: 0,
      value: { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'x' } },
      locate: () => ({ start: { line: 1, column: 1 }, end: { line: 1, column: 1 } }),
      valueText: () => undefined,
    };
    const [other] = manifestsOf(literal);
    expect(other?.ref).not.toBe(literal);
    expect(other?.ref.doc).toBe(literal);
    expect(other?.ref.base).toBe(root?.ref.base);
  });

  test('pod specs without init containers, node affinity or tolerations share one frozen empty list; those with them keep their own', () => {
    const bare = (name: string): string => `apiVersion: apps/v1
kind: Deployment
metadata: {name: ${name}}
spec:
  template:
    spec:
      containers: [{name: a}]
`;
    const full = `apiVersion: apps/v1
kind: Deployment
metadata: {name: full}
spec:
  template:
    spec:
      initContainers: [{name: init}]
      containers: [{name: a}]
      tolerations: [{key: dedicated, operator: Exists}]
      affinity: {nodeAffinity: {requiredDuringSchedulingIgnoredDuringExecution: {nodeSelectorTerms: [{matchExpressions: [{key: role, operator: In, values: [apps]}]}]}}}
`;
    const [one, withAll, two] = objectsOf(`${bare('one')}---\n${full}---\n${bare('two')}`).map((o) => o.workload?.pod);
    for (const field of ['initContainers', 'requiredNodeAffinity', 'tolerations'] as const) {
      expect(one?.[field]).toEqual([]);
      expect(one?.[field]).toBe(two?.[field]);
      expect(Object.isFrozen(one?.[field])).toBe(true);
      expect(withAll?.[field]).toHaveLength(1);
      expect(withAll?.[field]).not.toBe(one?.[field]);
    }
    expect(withAll?.tolerations).toEqual([{ key: 'dedicated', operator: 'Exists' }]);
    expect(withAll?.requiredNodeAffinity).toEqual([[{ key: 'role', operator: 'In', values: ['apps'] }]]);
    expect(withAll?.initContainers[0]?.name).toBe('init');
  });

  test('files without findings and documents without manifests share one frozen empty list', () => {
    const [a, b] = ['a: 1\n', 'b: 2\n'].map((text, i) => loadFile({ path: `f${i}.yaml`, text }));
    expect(a?.findings).toBe(b?.findings);
    expect(Object.isFrozen(a?.findings)).toBe(true);
    const [x, y] = [a, b].map((file) => (file?.documents[0] ? documentObjects(file.documents[0]).manifests : undefined));
    expect(x).toEqual([]);
    expect(x).toBe(y);
    expect(Object.isFrozen(x)).toBe(true);
  });

  test("labels and annotations: the document's own mapping when all its values are strings, else a copy", () => {
    const [plain, mixed] = objectsOf(
      `${deployment('plain', ', labels: {app: web, tier: "1"}, annotations: {a: b}')}---\n${deployment('mixed', ', labels: {app: web, n: 1}, annotations: {a: [1], b: c}')}`,
    );
    const metadataOf = (raw: unknown) => (raw as { metadata: { labels: unknown; annotations: unknown } }).metadata;
    expect(plain?.manifest.labels).toBe(metadataOf(plain?.manifest.raw).labels);
    expect(plain?.manifest.annotations).toBe(metadataOf(plain?.manifest.raw).annotations);
    expect(mixed?.manifest.labels).toEqual({ app: 'web', n: '1' });
    expect(mixed?.manifest.labels).not.toBe(metadataOf(mixed?.manifest.raw).labels);
    expect(mixed?.manifest.annotations).toEqual({ b: 'c' });
  });

  test("a pod template's labels are the workload's when they are the same entries in the same order; else its own", () => {
    const withLabels = (name: string, labels: string, template: string): string =>
      `apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: ${name}, labels: ${labels}}\nspec:\n  template:\n    metadata: {labels: ${template}}\n    spec:\n      containers: [{name: a}]\n`;
    const [same, reordered, other, none] = objectsOf(
      [
        withLabels('same', '{app: web, tier: "1"}', '{app: web, tier: "1"}'),
        withLabels('reordered', '{app: web, tier: "1"}', '{tier: "1", app: web}'),
        withLabels('other', '{app: web}', '{app: api}'),
        withLabels('none', '{app: web}', '{}'),
      ].join('---\n'),
    ).map((o) => o.workload);
    expect(same?.pod.labels).toBe(same?.labels);
    expect(same?.pod.labels).toEqual({ app: 'web', tier: '1' });
    expect(reordered?.pod.labels).not.toBe(reordered?.labels);
    expect(Object.keys(reordered?.pod.labels ?? {})).toEqual(['tier', 'app']);
    expect(other?.pod.labels).toEqual({ app: 'api' });
    expect(none?.pod.labels).toBe(NO_STRINGS);
  });

  test('equal node selectors are one frozen object; another order or other values get their own; a writer throws', () => {
    const selecting = (name: string, selector: string): string =>
      `apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: ${name}}\nspec:\n  template:\n    spec:\n      nodeSelector: ${selector}\n      containers: [{name: a}]\n`;
    const [a, b, swapped, numeric] = objectsOf(
      [
        selecting('a', '{role: apps, zone: x}'),
        selecting('b', '{role: apps, zone: x}'),
        selecting('c', '{zone: x, role: apps}'),
        selecting('d', '{role: apps, n: 1}'),
      ].join('---\n'),
    ).map((o) => o.workload?.pod.nodeSelector);
    expect(a).toEqual({ role: 'apps', zone: 'x' });
    expect(a).toBe(b);
    expect(Object.isFrozen(a)).toBe(true);
    expect(swapped).not.toBe(a);
    expect(Object.keys(swapped ?? {})).toEqual(['zone', 'role']);
    expect(numeric).toEqual({ role: 'apps', n: '1' });
    expect(() => {
      (a as Record<string, string>)['role'] = 'db';
    }).toThrow(TypeError);
    expect(b?.['role']).toBe('apps');
  });

  test('no rule writes to a map the model shares (examples, every rule)', () => {
    const cwd = path.join(REPO_ROOT, 'examples');
    const collected = collectFiles({ cwd, paths: ['.'] });
    const load = (): LoadedTree => loadTree(collected.files, collected.findings, undefined, { renderIn: cwd });
    const view = (f: Finding): string => JSON.stringify(f);
    const expected = reviewTree(load(), { now }).findings.map(view);
    const tree = load();
    let frozen = 0;
    for (const m of tree.model.manifests) {
      for (const map of [m.labels, m.annotations]) {
        Object.freeze(map);
        frozen++;
      }
    }
    for (const w of tree.model.workloads) for (const map of [w.labels, w.annotations, w.pod.labels, w.pod.nodeSelector]) Object.freeze(map);
    expect(frozen).toBeGreaterThan(20);
    // A write to a frozen object throws in the rules' strict-mode code, and a rule that throws is a finding about itself.
    expect(reviewTree(tree, { now }).findings.map(view)).toEqual(expected);
  });
});
