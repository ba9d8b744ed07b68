/**
 * A full review frees the values of objects no rule reads past their identity (issue 17): the
 * findings, their positions and the suppressions must be exactly those of a review that keeps them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { collectFiles } from '../../src/collect/collect.js';
import type { Finding } from '../../src/findings.js';
import { loadTree, reviewTree } from '../../src/engine/review.js';
import { IDENTITY_ONLY_KINDS, releaseUnreadValues } from '../../src/model/release.js';
import { describeWithCorpus } from '../helpers/corpus.js';
import { CORPUS, REPO_ROOT } from '../helpers/paths.js';
import { treeOf } from '../helpers/review.js';

const now = new Date('2026-12-02T00:00:00Z');
const view = (f: Finding): string => JSON.stringify(f);

/** The findings of the same files reviewed twice: values kept, and values released before the rules. */
function bothWays(load: () => ReturnType<typeof loadTree>): { kept: string[]; released: string[]; count: number } {
  const kept = reviewTree(load(), { now }).findings.map(view);
  const tree = load();
  const count = releaseUnreadValues(tree.modelFiles ?? tree.files, tree.kustomize?.consumed);
  return { kept, released: reviewTree(tree, { now }).findings.map(view), count };
}

describe('values released after the model is built', () => {
  const crd = `apiVersion: apiextensions.k8s.io/v1beta1
kind: CustomResourceDefinition
metadata:
  name: widgets.example.com
  annotations:
    manifest-review.io/ignore: version-skew/deprecated-api -- kept until the operator upgrade
spec:
  group: example.com
  validation:
    openAPIV3Schema: {type: object, properties: {spec: {type: object}}}
---
apiVersion: v1
kind: ConfigMap
metadata: {name: dashboards}
data:
  big.json: '{"panels": []}'
---
apiVersion: extensions/v1beta1
kind: Ingress
metadata: {name: web}
spec:
  rules: [{host: example.com}]
`;

  test('drops all but apiVersion, kind and metadata of identity-only kinds; other kinds keep everything', () => {
    const tree = treeOf({ 'all.yaml': crd });
    expect(releaseUnreadValues(tree.files)).toBe(2);
    const [crdDoc, configMap, ingress] = tree.files[0]?.documents ?? [];
    expect(Object.keys(crdDoc?.value as object)).toEqual(['apiVersion', 'kind', 'metadata']);
    expect(Object.keys(configMap?.value as object)).toEqual(['apiVersion', 'kind', 'metadata']);
    expect(Object.keys(ingress?.value as object)).toEqual(['apiVersion', 'kind', 'metadata', 'spec']);
    // Positions come from the parser's events: a released field is still located and quoted exactly.
    expect(crdDoc?.locate(['spec', 'group']).start).toEqual({ line: 8, column: 3 });
    expect(crdDoc?.valueText(['spec', 'group'])).toBe('example.com');
  });

  test('findings, positions and suppressions do not change', () => {
    const { kept, released, count } = bothWays(() => treeOf({ 'all.yaml': crd }));
    expect(count).toBe(2);
    expect(released).toEqual(kept);
    // The CRD's removed API is still found and positioned; the Ingress's too.
    expect(released.filter((f) => f.includes('removed-api')).length).toBeGreaterThanOrEqual(2);
  });

  test('files a kustomization consumed keep their values', () => {
    const tree = treeOf({ 'all.yaml': crd });
    expect(releaseUnreadValues(tree.files, new Set(['all.yaml']))).toBe(0);
    expect(Object.keys(tree.files[0]?.documents[0]?.value as object)).toContain('spec');
  });

  // A rule that starts reading, say, ConfigMaps must take the kind off the list.
  test('no rule or model code compares a kind with an identity-only kind', () => {
    const sources = (dir: string): string[] =>
      readdirSync(path.join(REPO_ROOT, dir), { recursive: true, withFileTypes: true })
        .filter((e) => e.isFile() && e.name.endsWith('.ts') && e.name !== 'release.ts')
        .map((e) => path.join(e.parentPath, e.name));
    for (const file of [...sources('src/rules'), ...sources('src/model')]) {
      const text = readFileSync(file, 'utf8');
      for (const kind of IDENTITY_ONLY_KINDS) expect([file, kind, new RegExp(`kind[^\\n]{0,40}['"]${kind}['"]`, 'i').test(text)]).toEqual([file, kind, false]);
    }
  });
});

describeWithCorpus('values released on real repositories', () => {
  // The corpus's repositories with the most CRDs, ConfigMaps and RBAC, Kustomize trees among them.
  test.each(['aws__amazon-vpc-cni-k8s', 'kubernetes__ingress-nginx', 'prometheus-operator__kube-prometheus', 'cds-snc__notification-manifests'])(
    '%s: the same findings',
    (repo) => {
      const cwd = path.join(CORPUS, repo);
      const collected = collectFiles({ cwd, paths: ['.'] });
      const { kept, released, count } = bothWays(() => loadTree(collected.files, collected.findings, undefined, { renderIn: cwd }));
      expect(count).toBeGreaterThan(0);
      expect(released).toEqual(kept);
    },
    60_000,
  );
});
