import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { writeSyntheticRepo } from '../../bench/synthetic.mjs';
import { reducedModels } from '../../src/engine/affected.js';
import { reviewChange } from '../../src/engine/change.js';
import { FILTER_MODES } from '../../src/engine/filter.js';
import type { Finding } from '../../src/findings.js';
import { git } from '../helpers/git-repo.js';
import { CORPUS } from '../helpers/paths.js';
import { describeWithCorpus } from '../helpers/corpus.js';

/**
 * The shortcuts of a change's review (base files shared with the head, `context` and `object`
 * rules on reduced models) against the review without them (`exhaustive`), on a real git
 * repository: the bench's synthetic apps and cluster plus real manifests from the corpus
 * (sock-shop, whose autoscalers sit in another folder than their Deployments; Online Boutique,
 * with a LoadBalancer Service; a Deployment of a removed API). Each change edits, adds and
 * deletes files of the working tree; every filter must report the same findings and
 * suppressions both ways. Changes to context must take the long way: each one below would
 * otherwise miss findings it creates in files it does not touch.
 */

const NOW = new Date('2026-11-25T00:00:00Z');
const SOCK_SHOP = path.join(CORPUS, 'microservices-demo__microservices-demo', 'deploy', 'kubernetes');
const BOUTIQUE = path.join(CORPUS, 'GoogleCloudPlatform__microservices-demo', 'kubernetes-manifests');
const LEGACY = path.join(CORPUS, 'FairwindsOps__pluto', 'e2e', 'tests', 'assets', 'deprecated116', 'deployment-extensions-v1beta1.yaml');

let dir: string;
let base: string;
/** Files with leaves only; the first is reviewed through a symbolic link only. */
let leaves: string[];
let scalers: string[];

const deployment = (name: string, namespace: string, memory: string, image = `example/${name}:1`): string =>
  `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: ${name}\n  namespace: ${namespace}\nspec:\n  replicas: 3\n  selector:\n    matchLabels: {app: ${name}}\n  template:\n    metadata:\n      labels: {app: ${name}}\n    spec:\n      containers:\n        - name: app\n          image: ${image}\n          resources:\n            requests: {memory: ${memory}}\n            limits: {memory: ${memory}}\n`;
const hpa = (name: string, namespace: string, max: number): string =>
  `apiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\nmetadata:\n  name: ${name}\n  namespace: ${namespace}\nspec:\n  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: ${name}}\n  minReplicas: 2\n  maxReplicas: ${max}\n`;
const limitRange = (limit?: string): string =>
  `apiVersion: v1\nkind: LimitRange\nmetadata: {name: defaults, namespace: sock-shop}\nspec:\n  limits:\n    - type: Container\n${limit ? `      default: {memory: ${limit}}\n` : ''}      defaultRequest: {memory: 128Mi}\n`;
const LBC_IMAGE = 'public.ecr.aws/eks/aws-load-balancer-controller';
/** The autoscaler of sock-shop's catalogue Deployment, which sits in manifests/. */
const SCALER = 'sock-shop/autoscaling/catalogue-hsc.yaml';
const BATCH_GROUP =
  '  - name: batch\n    instanceType: m5.large\n    minSize: 1\n    maxSize: 4\n    labels: {role: batch}\n    taints: [{key: dedicated, value: batch, effect: NoSchedule}]\n';
const batchDeployment = (name: string): string =>
  deployment(name, 'batch', '2Gi')
    .replace('replicas: 3', 'replicas: 1')
    .replace('limits: {memory: 2Gi}', 'limits: {memory: 5Gi}')
    .replace(
      '      containers:',
      '      nodeSelector: {role: batch}\n      tolerations: [{key: dedicated, operator: Equal, value: batch, effect: NoSchedule}]\n      containers:',
    );

function copyDir(from: string, to: string): void {
  mkdirSync(to, { recursive: true });
  for (const name of readdirSync(from).sort()) if (/\.ya?ml$/.test(name)) copyFileSync(path.join(from, name), path.join(to, name));
}

function listFiles(at: string): string[] {
  return readdirSync(path.join(dir, at), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .sort();
}

const read = (file: string): string | undefined => (existsSync(path.join(dir, file)) ? readFileSync(path.join(dir, file), 'utf8') : undefined);

/** Writes a suppression into a file of the base: before the match, or in place of it. */
function suppress(file: string, at: RegExp, text: (indent: string) => string, replace = false): void {
  const before = read(file) ?? '';
  const m = at.exec(before);
  if (m?.index === undefined) throw new Error(`${file}: no ${at}`);
  writeFileSync(path.join(dir, file), before.slice(0, m.index) + text(m[1] ?? '') + before.slice(replace ? m.index + m[0].length : m.index));
}

// Every test below edits a copy of corpus repositories (sock-shop, Online Boutique).
describeWithCorpus('change shortcuts over corpus repositories', () => {
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'manifest-review-shortcuts-'));
    writeSyntheticRepo(dir, 60);
    mkdirSync(path.join(dir, 'batch'));
    copyDir(path.join(SOCK_SHOP, 'manifests'), path.join(dir, 'sock-shop', 'manifests'));
    copyDir(path.join(SOCK_SHOP, 'autoscaling'), path.join(dir, 'sock-shop', 'autoscaling'));
    copyDir(BOUTIQUE, path.join(dir, 'boutique'));
    mkdirSync(path.join(dir, 'legacy'));
    copyFileSync(LEGACY, path.join(dir, 'legacy', 'deployment.yaml'));
    // A tainted node group that one batch Deployment uses, alone: a second one will overcommit it.
    writeFileSync(path.join(dir, 'cluster', 'cluster.yaml'), `${read('cluster/cluster.yaml') ?? ''}${BATCH_GROUP}`);
    writeFileSync(path.join(dir, 'batch', 'report.yaml'), batchDeployment('report'), { flag: 'w' });
    // Context that changes may remove or weaken: each then creates findings elsewhere.
    writeFileSync(path.join(dir, 'sock-shop', 'limits.yaml'), limitRange('512Mi'));
    writeFileSync(path.join(dir, 'platform', 'lbc.yaml'), deployment('aws-load-balancer-controller', 'kube-system', '256Mi', `${LBC_IMAGE}:v2.7.1`));
    // git compares a link, not the file it leads to: an edit of the target must not be taken for
    // "unchanged". The target's name is not a manifest's, so the link is the only way to it.
    mkdirSync(path.join(dir, 'vendor'));
    copyFileSync(path.join(dir, 'apps', 'team-0', 'svc-0.yaml'), path.join(dir, 'vendor', 'svc.manifest'));
    mkdirSync(path.join(dir, 'links'));
    symlinkSync('../vendor/svc.manifest', path.join(dir, 'links', 'svc.yaml'));
    // Suppressions already in the base, in files a change may leave alone: a used one, unused ones.
    suppress(
      'boutique/loadgenerator.yaml',
      /^( *)- command:/m,
      (indent) => `${indent}# manifest-review-ignore memory-budget/missing-memory -- a one-off check\n`,
    );
    suppress(
      'sock-shop/manifests/19-rabbitmq-dep.yaml',
      /^metadata:\n/m,
      () => 'metadata:\n  annotations:\n    manifest-review.io/ignore: "memory-budget"\n',
      true,
    );
    suppress('sock-shop/manifests/05-catalogue-dep.yaml', /^( *)resources:/m, (indent) => `${indent}# manifest-review-ignore version-skew\n`);
    // Unused in both revisions, for a rule that usually has nothing to say elsewhere: the base must still run it.
    suppress('sock-shop/manifests/02-carts-svc.yml', /^spec:/m, () => '# manifest-review-ignore memory-budget/capacity -- not scaled\n');
    git(dir, 'init', '--quiet', '--initial-branch=main');
    git(dir, 'add', '--all');
    git(dir, 'commit', '--quiet', '-m', 'base');
    base = git(dir, 'rev-parse', 'HEAD').trim();
    scalers = listFiles('sock-shop/autoscaling');
    // The namespace and manifests are leaves and inert kinds; kustomization.yaml, limits.yaml and platform/ are context.
    leaves = [
      'vendor/svc.manifest',
      ...listFiles('apps'),
      ...listFiles('sock-shop').filter((f) => f !== 'sock-shop/limits.yaml'),
      ...listFiles('boutique').filter((f) => !f.endsWith('kustomization.yaml')),
      'legacy/deployment.yaml',
    ];
  });

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const pick = <T>(items: readonly T[], n: number): T => items[n % items.length] as T;
  const MEMORY = ['64Mi', '700Mi', '3Gi', '20Gi', '120Gi'];
  const TARGETS = ['memory-budget', 'memory-budget/missing-memory', 'version-skew/removed-api', 'subnet-placement', 'no-such-rule', 'memory-budget/capacity'];
  /** Workloads of the repository, with their namespaces. */
  const WORKLOADS: [string, string][] = [
    ['carts', 'sock-shop'],
    ['catalogue', 'sock-shop'],
    ['front-end', 'sock-shop'],
    ['svc-3', 'team-3'],
    ['svc-7-worker', 'team-7'],
  ];

  function replaceNth(text: string, pattern: RegExp, n: number, by: (match: string) => string): string {
    const all = [...text.matchAll(new RegExp(pattern.source, 'g'))];
    const m = all.length ? all[n % all.length] : undefined;
    return m?.index === undefined ? text : text.slice(0, m.index) + by(m[0]) + text.slice(m.index + m[0].length);
  }

  /** Edits of a leaf file: what pull requests do to workloads, Services and autoscalers. */
  const EDITS: ((text: string, n: number) => string)[] = [
    (t, n) => replaceNth(t, /memory: *"?[0-9.]+[A-Za-z]*"?/, n, () => `memory: ${pick(MEMORY, n)}`),
    (t, n) =>
      n % 2
        ? t.replace('apiVersion: apps/v1', 'apiVersion: extensions/v1beta1')
        : t.replace(/apiVersion: extensions\/v1beta1|apiVersion: apps\/v1beta\d/, 'apiVersion: apps/v1'),
    (t, n) => {
      const lines = t.split('\n');
      lines.splice(n % lines.length, 0, `# manifest-review-ignore ${pick(TARGETS, n)}${n % 3 ? ' -- checked by hand' : ''}`);
      return lines.join('\n');
    },
    (t, n) => replaceNth(t, /limits:/, n, () => 'limitz:'),
    (t, n) => replaceNth(t, /name: [a-z0-9-]+/, n, (m) => `${m}-renamed`),
    (t) => `${t}\n# touched\n`,
    (t, n) => t.replace(/metadata:\n/, `metadata:\n  annotations:\n    manifest-review.io/ignore: "${pick(TARGETS, n)}${n % 2 ? ' -- reviewed' : ''}"\n`),
    (t, n) => replaceNth(t, /(maxReplicas|replicas): \d+/, n, (m) => `${m.split(':')[0]}: ${[0, 1, 4, 30, 200, 5000][n % 6]}`),
    (t, n) => replaceNth(t, /type: ClusterIP|spec:\n {2}selector:/, n, () => 'type: LoadBalancer'),
    () => 'apiVersion: apps/v1\nkind: Deployment\nmetadata: [unclosed\n',
  ];

  /** New files: apps, an autoscaler for a workload of another file, a same-named workload elsewhere. */
  const ADDS: ((n: number) => string)[] = [
    (n) => `${deployment(`new-${n}`, 'team-1', pick(MEMORY, n))}---\n${hpa(`new-${n}`, 'team-1', 5 + (n % 40) * 20)}`,
    (n) => hpa(...pick(WORKLOADS, n), pick([3, 40, 4000], n)),
    (n) => deployment(...pick(WORKLOADS, n), pick(MEMORY, n + 1)),
    (n) => read(pick(leaves, n)) ?? '',
  ];

  /** Changes to context, each creating findings in files it leaves alone; file → new text or null (deleted). */
  const CONTEXT: Record<string, () => [string, string | null]> = {
    'the LimitRange goes (sock-shop containers lose their default limit)': () => ['sock-shop/limits.yaml', null],
    'the LimitRange stops giving a default limit': () => ['sock-shop/limits.yaml', limitRange()],
    'the Load Balancer Controller goes back to v2.4 (no Service webhook)': () => [
      'platform/lbc.yaml',
      (read('platform/lbc.yaml') ?? '').replace('v2.7.1', 'v2.4.0'),
    ],
    'the Load Balancer Controller goes': () => ['platform/lbc.yaml', null],
    'a DaemonSet grows': () => ['platform/daemonsets.yaml', (read('platform/daemonsets.yaml') ?? '').replace(/memory: \d+Mi/g, 'memory: 9Gi')],
    'smaller nodes': () => ['cluster/cluster.yaml', (read('cluster/cluster.yaml') ?? '').replace('m5.xlarge', 't3.small')],
    'a cluster version that still serves, deprecated, an API of an untouched file': () => [
      'cluster/cluster.yaml',
      (read('cluster/cluster.yaml') ?? '').replace('version: "1.30"', 'version: "1.15"'),
    ],
    'a leaf file becomes a large DaemonSet': () => [
      'apps/team-5/svc-5.yaml',
      (read('apps/team-5/svc-5.yaml') ?? '').replace('kind: Deployment', 'kind: DaemonSet').replace(/memory: \d+Mi/g, 'memory: 13Gi'),
    ],
  };
  const CONTEXT_CHANGES = Object.values(CONTEXT);

  type Op = { op: 'edit' | 'add' | 'delete' | 'scale'; file: number; how: number; n: number };
  interface Change {
    ops: Op[];
    context: number | null;
    /** The action passes the pull request's file list, which may name a file git sees as unchanged. */
    prList: number | null;
  }

  /** Applies a change to the working tree; returns the paths written or deleted. */
  function apply(change: Change, extra: readonly [string, string | null][] = []): string[] {
    const touched: string[] = [];
    const write = (file: string, text: string | null): void => {
      const full = path.join(dir, file);
      if (text === null) rmSync(full, { force: true });
      else {
        mkdirSync(path.dirname(full), { recursive: true });
        writeFileSync(full, text);
      }
      touched.push(file);
    };
    change.ops.forEach(({ op, file, how, n }, i) => {
      const target = pick(leaves, file);
      if (op === 'delete') write(target, null);
      else if (op === 'add') write(`added/${i}-${n}.yaml`, pick(ADDS, how)(n));
      else if (op === 'scale') {
        // An autoscaler in another folder than its workload: capacity reads the one for the other.
        const scaler = pick(scalers, file);
        const text = read(scaler);
        if (text !== undefined) write(scaler, text.replace(/maxReplicas: \d+/, `maxReplicas: ${pick([2, 60, 4000], n)}`));
      } else {
        const text = read(target);
        if (text !== undefined) write(target, pick(EDITS, how)(text, n));
      }
    });
    if (change.context !== null) write(...pick(CONTEXT_CHANGES, change.context)());
    for (const [file, text] of extra) write(file, text);
    return touched;
  }

  /**
   * Reviews the change both ways under every filter and compares them. Returns what `new`
   * reports, the files the change wrote, and whether the shortcut applied.
   */
  function compare(change: Change, extra: readonly [string, string | null][] = []): { shortcut: boolean; reported: Finding[]; touched: string[] } {
    try {
      const touched = apply(change, extra);
      const changedFiles = change.prList === null ? undefined : new Set([...touched, pick(leaves, change.prList)]);
      let shortcut = false;
      let reported: Finding[] = [];
      for (const filter of FILTER_MODES) {
        const options = { cwd: dir, baseRef: base, filter, now: NOW, ...(changedFiles ? { changedFiles } : {}) };
        const fast = reviewChange(options);
        const reference = reviewChange({ ...options, exhaustive: true });
        expect(fast.findings).toEqual(reference.findings);
        expect(fast.suppressed).toEqual(reference.suppressed);
        if (filter !== 'new') continue;
        expect(fast.unfiltered).toEqual(reference.unfiltered);
        // The base's memory-budget analysis shares what the head's worked out (shareAnalysisFacts): its findings too.
        expect(fast.base?.findings).toEqual(reference.base?.findings);
        // What the review computed anyway holds every finding it reports, and nothing the whole head does not.
        expect(fast.unfiltered).toEqual(expect.arrayContaining(fast.computed.findings));
        expect(fast.computed.findings).toEqual(expect.arrayContaining(fast.findings.filter((f) => !f.message.startsWith('base revision '))));
        reported = fast.findings;
        shortcut = fast.base !== undefined && reducedModels(fast.tree, fast.base.tree, fast.base.changedFiles) !== undefined;
      }
      return { shortcut, reported, touched };
    } finally {
      git(dir, 'checkout', '--quiet', '--', '.');
      git(dir, 'clean', '--quiet', '-fd');
    }
  }

  test.each(Object.keys(CONTEXT).map((name, i) => [name, i] as const))('context change: %s', (_, index) => {
    const { shortcut, reported, touched } = compare({ ops: [{ op: 'edit', file: 3, how: 0, n: 1 }], context: index, prList: null });
    expect(shortcut).toBe(false);
    // New findings in files the change did not touch: what a shortcut would have missed.
    expect(reported.filter((f) => !touched.includes(f.path)).length).toBeGreaterThan(0);
  });

  /** Changes to leaves whose new findings rest on files they do not touch, and the rule that reports one. */
  const LEAF_CHANGES: Record<string, { writes: () => [string, string | null][]; reports: string }> = {
    'an edit of a file reviewed only through a symbolic link': {
      writes: () => [['vendor/svc.manifest', (read('vendor/svc.manifest') ?? '').replace('apiVersion: apps/v1', 'apiVersion: extensions/v1beta1')]],
      reports: 'version-skew/removed-api',
    },
    'an autoscaler raised, its Deployment in another folder': {
      writes: () => [[SCALER, (read(SCALER) ?? '').replace(/maxReplicas: \d+/, 'maxReplicas: 4000')]],
      reports: 'memory-budget/capacity',
    },
    'a new autoscaler for a Deployment of another file': {
      writes: () => [['added/hpa.yaml', hpa('svc-3', 'team-3', 4000)]],
      reports: 'memory-budget/capacity',
    },
    'that autoscaler, and a second Deployment of that name in a third file': {
      writes: () => [
        [SCALER, (read(SCALER) ?? '').replace(/maxReplicas: \d+/, 'maxReplicas: 4000')],
        ['added/catalogue.yaml', deployment('catalogue', 'sock-shop', '3Gi')],
      ],
      reports: 'memory-budget/capacity',
    },
    'a second batch Deployment: the node overcommits with the untouched first': {
      writes: () => [['batch/export.yaml', batchDeployment('export')]],
      reports: 'memory-budget/node-overcommit',
    },
  };

  test.each(Object.keys(LEAF_CHANGES))('leaf change: %s', (name) => {
    const change = LEAF_CHANGES[name];
    if (!change) throw new Error(name);
    const { shortcut, reported } = compare({ ops: [], context: null, prList: null }, change.writes());
    expect(shortcut).toBe(true);
    expect(reported.map((f) => f.rule)).toContain(change.reports);
  });

  test('random changes to leaves, now and then to context: the same findings with and without shortcuts', () => {
    const OP = fc.record({
      op: fc.constantFrom<Op['op']>('edit', 'edit', 'edit', 'add', 'delete', 'scale'),
      file: fc.oneof({ arbitrary: fc.constant(0), weight: 1 }, { arbitrary: fc.nat(), weight: 4 }),
      how: fc.nat(),
      n: fc.nat(1000),
    });
    const CHANGE: fc.Arbitrary<Change> = fc.record({
      ops: fc.array(OP, { minLength: 1, maxLength: 5 }),
      context: fc.oneof({ arbitrary: fc.constant(null), weight: 5 }, { arbitrary: fc.nat(), weight: 1 }),
      prList: fc.option(fc.nat(), { nil: null }),
    });
    let shortcuts = 0;
    let reported = 0;
    fc.assert(
      fc.property(CHANGE, (change) => {
        const outcome = compare(change);
        if (outcome.shortcut) shortcuts++;
        reported += outcome.reported.length;
      }),
      // Seeded: the count of shortcuts below is a statistic of the draw, and an unseeded draw took
      // fewer than five in one CI run out of many. The property itself holds for every seed.
      { numRuns: 10, seed: 20261203 },
    );
    expect(shortcuts).toBeGreaterThan(4);
    expect(reported).toBeGreaterThan(0);
  });
});
