import { loadAll } from 'js-yaml';
import { loadTree, reviewTree } from '../../src/engine/review.js';
import { loadFile } from '../../src/load/yaml.js';
import { underIndented } from '../helpers/hostile.js';

/**
 * Cost amplification (issue 18): no input may make the review super-linear. Each bound is a
 * ratio against a bare js-yaml parse of the same text measured in the same test, so a slow,
 * shared machine slows both sides alike; the old code was 100–1,000× over these bounds.
 */

function timed(run: () => void): number {
  const started = performance.now();
  run();
  return performance.now() - started;
}

/** The fastest of a few runs: the honest baseline on a noisy machine. */
function fastest(run: () => void, times = 3): number {
  return Math.min(...Array.from({ length: times }, () => timed(run)));
}

/** `fastest` of several runs measured in turn, so that a noisy moment hits them alike. */
function fastestInTurn(runs: readonly [() => void, () => void], times = 3): [number, number] {
  const best: [number, number] = [Infinity, Infinity];
  for (let t = 0; t < times; t++) runs.forEach((run, i) => (best[i] = Math.min(best[i] ?? Infinity, timed(run))));
  return best;
}

describe('suppression comments', () => {
  // Old: 133 s (stacked) and 115 s (inline) for these 2.5 MB files; the bound allows well under 10 s.
  test('45,000 stacked comments over one line: linear (twice the comments, about twice the time)', () => {
    // A file of comments parses in no time, so the baseline here is the same review at half the size.
    const stacked = (n: number) =>
      [
        ...Array.from({ length: n }, (_, i) => `# manifest-review-ignore memory-budget -- reason ${i}`),
        'apiVersion: v1',
        'kind: ConfigMap',
        'metadata:',
        '  name: x',
        '',
      ].join('\n');
    const review = (text: string) => () => reviewTree(loadTree([{ path: 'stacked.yaml', text }]));
    // The two sizes in turn, fastest of each: timed one after the other, a busy moment of the other
    // test worker fell on one size only and the ratio read 3.3 in two full runs (3 rounds alone).
    const [half, full] = fastestInTurn([review(stacked(22_500)), review(stacked(45_000))], 3);
    // Quadratic would be 4×.
    expect(full / half).toBeLessThan(3);
    expect(full).toBeLessThan(10_000);
  });

  test('45,000 inline comments on 45,000 values cost about a parse', () => {
    const lines = Array.from({ length: 45_000 }, (_, i) => `  k${i}: v # manifest-review-ignore memory-budget -- reason`);
    const text = ['apiVersion: v1', 'kind: ConfigMap', 'metadata:', '  name: y', 'data:', ...lines, ''].join('\n');
    const parse = fastest(() => loadAll(text));
    const tree = loadTree([{ path: 'inline.yaml', text }]);
    const run = reviewTree(tree);
    const review = timed(() => reviewTree(tree));
    expect(review / parse).toBeLessThan(40);
    // Each names a rule that found nothing there: reported, not lost.
    expect(run.findings.filter((f) => f.rule === 'input/unused-suppression')).toHaveLength(45_000);
  });
});

describe('indentation repair', () => {
  test('200 under-indented lines in a 5 MiB file: a few parses, not 200 (old: 278 s)', () => {
    const text = underIndented(200, 52_000);
    expect(text.length).toBeGreaterThan(5 * 1000 * 1000);
    const repaired = text.replace(/^ {6}(b\d+\])$/gm, '        $1');
    const parse = fastest(() => loadAll(repaired), 2);
    let loaded: ReturnType<typeof loadFile> | undefined;
    const load = timed(() => (loaded = loadFile({ path: 'big.template.yaml', text })));
    expect(load / parse).toBeLessThan(12);
    // Past the repair allowance the file is a parse error at the first line it could not repair: it fails the gate.
    expect(loaded?.findings.map((f) => f.rule)).toEqual(['input/parse-error']);
    expect(loaded?.findings[0]?.message).toMatch(/deficient indentation \(the loader re-indents only a few/);
  });

  test('the real templates that need a repair or fourteen still load whole', () => {
    const loaded = loadFile({ path: 'small.template.yaml', text: underIndented(14, 10) });
    expect(loaded.findings).toEqual([]);
    expect(Object.keys((loaded.documents[0]?.value as { Resources: object }).Resources)).toHaveLength(24);
  });
});

describe('rule phase', () => {
  const FAMILIES = ['m5', 'm6i', 'c5', 'c6i', 'r5', 'r6i', 't3', 'm7g', 'c7g', 'r7g', 'x2idn', 'i4i'];

  /** Karpenter NodePools open to hundreds of instance types, and workloads that each select differently. */
  function karpenterTree(pools: number, workloads: number): Record<string, string> {
    const docs = [
      'apiVersion: karpenter.k8s.aws/v1\nkind: EC2NodeClass\nmetadata: {name: default}\nspec: {amiSelectorTerms: [{alias: al2023@latest}], role: r, subnetSelectorTerms: [{tags: {a: b}}], securityGroupSelectorTerms: [{tags: {a: b}}]}',
    ];
    for (let i = 0; i < pools; i++) {
      docs.push(`apiVersion: karpenter.sh/v1
kind: NodePool
metadata: {name: pool-${i}}
spec:
  template:
    metadata: {labels: {team: t${i % 7}}}
    spec:
      nodeClassRef: {group: karpenter.k8s.aws, kind: EC2NodeClass, name: default}
      requirements:
        - {key: karpenter.k8s.aws/instance-generation, operator: Gt, values: ["${i % 4}"]}
        - {key: karpenter.k8s.aws/instance-cpu, operator: Lt, values: ["${64 * (1 + (i % 3))}"]}
        - {key: kubernetes.io/arch, operator: In, values: [${i % 3 ? 'amd64' : 'arm64'}]}
      ${i % 3 === 0 ? `taints: [{key: dedicated, value: t${i % 7}, effect: NoSchedule}]` : ''}`);
    }
    const work: string[] = [];
    for (let j = 0; j < workloads; j++) {
      // Every workload selects differently (its own memory floor), so no two share an answer.
      work.push(`apiVersion: apps/v1
kind: Deployment
metadata: {name: app-${j}}
spec:
  replicas: ${1 + (j % 5)}
  selector: {matchLabels: {app: a${j}}}
  template:
    metadata: {labels: {app: a${j}}}
    spec:
      nodeSelector: {team: t${j % 7}}
      affinity:
        nodeAffinity:
          requiredDuringSchedulingIgnoredDuringExecution:
            nodeSelectorTerms:
              - matchExpressions:
                  - {key: karpenter.k8s.aws/instance-family, operator: In, values: [${FAMILIES.slice(j % 6, (j % 6) + 4).join(',')}]}
                  - {key: karpenter.k8s.aws/instance-memory, operator: Gt, values: ["${1000 + j}"]}
      containers:
        - name: c
          image: x:1
          resources: {requests: {memory: ${256 * (1 + (j % 16))}Mi}, limits: {memory: ${512 * (1 + (j % 16))}Mi}}`);
    }
    return { 'pools.yaml': docs.join('\n---\n'), 'work.yaml': work.join('\n---\n') };
  }

  test('NodePools × workloads: each pair costs about the same, not × every instance type', () => {
    const files = karpenterTree(40, 400);
    const text = Object.values(files).join('\n---\n');
    expect(text.length).toBeGreaterThan(200_000);
    const parse = fastest(() => loadAll(text), 2);
    const tree = loadTree(Object.entries(files).map(([path, t]) => ({ path, text: t })));
    const rules = timed(() => reviewTree(tree));
    expect(rules / parse).toBeLessThan(150);
  });
});
