import fc from 'fast-check';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { runRules, type LoadedTree } from '../../src/engine/review.js';
import type { Finding } from '../../src/findings.js';
import type { LoadedDocument, LoadedFile } from '../../src/load/types.js';
import { loadFile } from '../../src/load/yaml.js';
import { buildModel } from '../../src/model/build.js';
import { describeWithCorpus } from '../helpers/corpus.js';
import { CORPUS } from '../helpers/paths.js';

/**
 * Bad input never crashes the review (issue 18: `Resources: {Wip: }` aborted it with exit 2).
 * Real documents of every kind the model reads, from the corpus, each with one node replaced by
 * null, a number, a string, an empty map or an empty list — every node, one at a time — then
 * random values at random nodes; the model builders and every rule run on each. A crash is a
 * thrown error or a rule's "internal error" finding (the engine turns a throwing rule into one).
 */

const REPLACEMENTS: readonly unknown[] = [null, 7, 'x', {}, []];
const NOW = new Date('2026-06-01');
/** Documents per kind and nodes per document: about 12,000 cases, about 30 s on a shared 2-core machine. */
const DOCS_PER_KIND = 4;
const NODES_PER_DOC = 45;
/** The kinds the model builders read; documents of other kinds are only carried as manifests. */
const MODELLED = new Set(
  'Deployment StatefulSet DaemonSet ReplicaSet ReplicationController Job CronJob Pod PodTemplate Service Ingress IngressClass HorizontalPodAutoscaler LimitRange RuntimeClass NodePool Provisioner EC2NodeClass AWSNodeTemplate ClusterConfig NodeGroup List MutatingWebhookConfiguration ValidatingWebhookConfiguration CloudFormation'.split(
    ' ',
  ),
);

const COMPANIONS = `apiVersion: eksctl.io/v1alpha5
kind: ClusterConfig
metadata: {name: fuzz, region: us-east-1, version: "1.32"}
managedNodeGroups:
  - {name: general, instanceType: m5.large, desiredCapacity: 2, maxSize: 3, privateNetworking: true}
---
apiVersion: apps/v1
kind: DaemonSet
metadata: {name: agent, namespace: kube-system}
spec:
  selector: {matchLabels: {app: agent}}
  template:
    metadata: {labels: {app: agent}}
    spec:
      containers: [{name: agent, image: agent:1, resources: {requests: {memory: 200Mi}, limits: {memory: 400Mi}}}]
`;

function yamlFiles(dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(dir).sort()) {
    const full = path.join(dir, entry);
    const stats = statSync(full);
    if (stats.isDirectory()) yamlFiles(full, out);
    else if (/\.(ya?ml|json|template)$/i.test(entry) && stats.size < 512 * 1024) out.push(full);
  }
  return out;
}

/** The kind a document is fuzzed as: its `kind`, or CloudFormation for a template. */
function kindOf(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const v = value as Record<string, unknown>;
  if (typeof v['Resources'] === 'object' && v['Resources'] !== null) return 'CloudFormation';
  return typeof v['kind'] === 'string' && typeof v['apiVersion'] === 'string' ? `${v['apiVersion'].split('/')[0]}/${v['kind']}` : undefined;
}

/** Every node's path under the root, in document order. */
function nodePaths(value: unknown, at: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  const children: [string | number, unknown][] = Array.isArray(value)
    ? value.map((v, i) => [i, v])
    : typeof value === 'object' && value !== null
      ? Object.entries(value)
      : [];
  for (const [key, child] of children) {
    out.push([...at, key]);
    nodePaths(child, [...at, key], out);
  }
  return out;
}

/** A copy of `value` with the node at `at` replaced. */
function replaced(value: unknown, at: readonly (string | number)[], by: unknown): unknown {
  if (at.length === 0) return by;
  const [head, ...rest] = at;
  if (Array.isArray(value)) return value.map((v, i) => (i === head ? replaced(v, rest, by) : v));
  const obj = value as Record<string, unknown>;
  return { ...obj, [String(head)]: replaced(obj[String(head)], rest, by) };
}

/** `count` items spread evenly over the list (first and last included). */
function spread<T>(list: readonly T[], count: number): T[] {
  if (list.length <= count) return [...list];
  return Array.from({ length: count }, (_, i) => list[Math.floor((i * (list.length - 1)) / Math.max(count - 1, 1))] as T);
}

function sampleDocuments(): LoadedDocument[] {
  const byKind = new Map<string, LoadedDocument[]>();
  for (const file of yamlFiles(CORPUS)) {
    let loaded: LoadedFile;
    try {
      loaded = loadFile({ path: path.relative(CORPUS, file), text: readFileSync(file, 'utf8') });
    } catch {
      continue;
    }
    for (const doc of loaded.documents) {
      const kind = kindOf(doc.value);
      if (!kind || !MODELLED.has(kind.split('/').pop() ?? '')) continue;
      const list = byKind.get(kind) ?? [];
      if (list.length < DOCS_PER_KIND) list.push(doc);
      byKind.set(kind, list);
    }
  }
  return [...byKind.values()].flat();
}

const companions = loadFile({ path: 'companions.yaml', text: COMPANIONS });

/** Builds the model and runs every rule over one mutated document beside fixed companions. */
function review(original: LoadedDocument, value: unknown): Finding[] {
  const doc: LoadedDocument = { path: original.path, index: original.index, value, locate: (p) => original.locate(p), valueText: (p) => original.valueText(p) };
  const file: LoadedFile = { path: original.path, documents: [doc], findings: [], lineCount: 1, text: '' };
  const files = [file, companions];
  const tree: LoadedTree = { files, model: buildModel(files), inputFindings: [] };
  return runRules(tree, { now: NOW });
}

const crashes = (findings: readonly Finding[]) => findings.filter((f) => /internal error/.test(f.message)).map((f) => `${f.rule}: ${f.message}`);

describeWithCorpus('model builders and rules over mutated corpus documents', () => {
  const documents = sampleDocuments();

  test('every node of real documents replaced by null, a number, a string, {} or []: no crash', () => {
    let cases = 0;
    const failures: string[] = [];
    for (const doc of documents) {
      for (const at of spread(nodePaths(doc.value), NODES_PER_DOC)) {
        for (const by of REPLACEMENTS) {
          cases++;
          try {
            const found = crashes(review(doc, replaced(doc.value, at, by)));
            if (found.length) failures.push(`${doc.path} ${JSON.stringify(at)} = ${JSON.stringify(by)}: ${found[0]}`);
          } catch (error) {
            failures.push(`${doc.path} ${JSON.stringify(at)} = ${JSON.stringify(by)}: ${(error as Error).stack?.split('\n').slice(0, 3).join(' | ')}`);
          }
        }
      }
    }
    expect(failures.slice(0, 10)).toEqual([]);
    expect(cases).toBeGreaterThanOrEqual(10_000);
    // The sample covers the formats the model reads.
    const kinds = new Set(documents.map((d) => kindOf(d.value)));
    for (const kind of ['CloudFormation', 'eksctl.io/ClusterConfig', 'apps/Deployment', 'karpenter.sh/NodePool']) expect(kinds).toContain(kind);
  }, 120_000);

  test('random values at random nodes: no crash', () => {
    fc.assert(
      fc.property(fc.nat(), fc.nat(), fc.anything({ maxDepth: 2 }), (docPick, nodePick, by) => {
        const doc = documents[docPick % documents.length] as LoadedDocument;
        const paths = nodePaths(doc.value);
        const at = paths[nodePick % Math.max(paths.length, 1)] ?? [];
        expect(crashes(review(doc, replaced(doc.value, at, by)))).toEqual([]);
      }),
      { numRuns: 1500 },
    );
  }, 120_000);
});
