/**
 * The fields of a Kubernetes object the rules read, in a form two builds can be compared on:
 * used by the differential test of the native Kustomize build against `kubectl kustomize`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadAll } from 'js-yaml';

type Obj = Record<string, unknown>;
const obj = (v: unknown): Obj | undefined => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Obj) : undefined);
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

function stringMap(v: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, val] of Object.entries(obj(v) ?? {})) out[k] = String(val);
  return Object.fromEntries(Object.entries(out).sort());
}

const POD_PATHS: Record<string, string[]> = {
  Pod: ['spec'],
  Deployment: ['spec', 'template', 'spec'],
  StatefulSet: ['spec', 'template', 'spec'],
  DaemonSet: ['spec', 'template', 'spec'],
  ReplicaSet: ['spec', 'template', 'spec'],
  ReplicationController: ['spec', 'template', 'spec'],
  Job: ['spec', 'template', 'spec'],
  CronJob: ['spec', 'jobTemplate', 'spec', 'template', 'spec'],
};

function at(v: unknown, ...keys: string[]): unknown {
  let cur = v;
  for (const k of keys) cur = obj(cur)?.[k];
  return cur;
}

function containers(v: unknown): unknown[] {
  return list(v)
    .map((c) => ({ name: at(c, 'name'), image: at(c, 'image'), resources: at(c, 'resources') ?? {} }))
    .sort((a, b) => String(a.name).localeCompare(String(b.name)));
}

/** Map keys sorted, recursively: key order is not part of an object's meaning. */
function canonical(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(canonical);
  const m = obj(v);
  if (!m) return v === undefined ? null : v;
  return Object.fromEntries(
    Object.keys(m)
      .sort()
      .map((k) => [k, canonical(m[k])]),
  );
}

/** Generated ConfigMaps and Secrets get a content hash Kustomize appends; the native build names them without it. */
export const HASH_SUFFIX = /-[a-z0-9]{10}$/;

/** The rule-read view of one object, and its identity. */
export function ruleView(o: unknown, generatedNames: ReadonlySet<string> = new Set()): { key: string; view: unknown } | undefined {
  const m = obj(o);
  if (!m) return undefined;
  const kind = String(m['kind'] ?? '');
  let name = String(at(m, 'metadata', 'name') ?? '');
  if ((kind === 'ConfigMap' || kind === 'Secret') && HASH_SUFFIX.test(name) && generatedNames.has(`${kind}/${name.replace(HASH_SUFFIX, '')}`)) {
    name = name.replace(HASH_SUFFIX, '');
  }
  const namespace = String(at(m, 'metadata', 'namespace') ?? '');
  const view: Obj = {
    apiVersion: m['apiVersion'],
    kind,
    name,
    namespace,
    labels: stringMap(at(m, 'metadata', 'labels')),
    annotations: stringMap(at(m, 'metadata', 'annotations')),
  };
  const podPath = POD_PATHS[kind];
  if (podPath) {
    const spec = at(m, ...podPath);
    view['replicas'] = at(m, 'spec', 'replicas');
    view['templateLabels'] = stringMap(at(m, ...podPath.slice(0, -1), 'metadata', 'labels'));
    view['selector'] = stringMap(at(m, 'spec', 'selector', 'matchLabels'));
    view['pod'] = {
      containers: containers(at(spec, 'containers')),
      initContainers: containers(at(spec, 'initContainers')),
      nodeSelector: stringMap(at(spec, 'nodeSelector')),
      affinity: at(spec, 'affinity') ?? null,
      tolerations: at(spec, 'tolerations') ?? null,
      runtimeClassName: at(spec, 'runtimeClassName') ?? null,
      priorityClassName: at(spec, 'priorityClassName') ?? null,
      overhead: at(spec, 'overhead') ?? null,
      hostNetwork: at(spec, 'hostNetwork') ?? null,
    };
  }
  if (kind === 'HorizontalPodAutoscaler') {
    view['scaleTargetRef'] = at(m, 'spec', 'scaleTargetRef') ?? null;
    view['minReplicas'] = at(m, 'spec', 'minReplicas') ?? null;
    view['maxReplicas'] = at(m, 'spec', 'maxReplicas') ?? null;
  }
  if (kind === 'Service') {
    view['type'] = at(m, 'spec', 'type') ?? null;
    view['selector'] = stringMap(at(m, 'spec', 'selector'));
    view['loadBalancerClass'] = at(m, 'spec', 'loadBalancerClass') ?? null;
  }
  if (kind === 'LimitRange') view['limits'] = at(m, 'spec', 'limits') ?? null;
  return { key: `${kind} ${namespace}/${name}`, view: canonical(view) };
}

/** What differs between two builds' objects, as readable lines (empty when they agree). */
export function compareBuilds(native: readonly unknown[], real: readonly unknown[], generatedNames: ReadonlySet<string>): string[] {
  const index = (objects: readonly unknown[]): Map<string, unknown> => {
    const out = new Map<string, unknown>();
    for (const o of objects) {
      const v = ruleView(o, generatedNames);
      if (v) out.set(v.key, v.view);
    }
    return out;
  };
  const a = index(native);
  const b = index(real);
  const diffs: string[] = [];
  for (const key of b.keys()) if (!a.has(key)) diffs.push(`missing ${key}`);
  for (const key of a.keys()) if (!b.has(key)) diffs.push(`extra ${key}`);
  for (const [key, view] of a) {
    const other = b.get(key);
    if (other === undefined) continue;
    for (const field of new Set([...Object.keys(view as Obj), ...Object.keys(other as Obj)])) {
      const x = JSON.stringify((view as Obj)[field]);
      const y = JSON.stringify((other as Obj)[field]);
      if (x !== y) diffs.push(`${key} ${field}: native ${x?.slice(0, 200)} ≠ kubectl ${y?.slice(0, 200)}`);
    }
  }
  return diffs;
}

export function kubectlOnPath(): boolean {
  return spawnSync('kubectl', ['version', '--client'], { stdio: 'ignore', timeout: 10_000 }).status === 0;
}

/**
 * `kubectl kustomize dir`, parsed, cached under `cacheDir` for the test run: kubectl is
 * CPU-heavy and each root is rendered once.
 */
export function kubectlBuild(dir: string, cacheDir: string): { objects: unknown[] } | { error: string } {
  mkdirSync(cacheDir, { recursive: true });
  const file = path.join(cacheDir, `${dir.replace(/[^\w.-]+/g, '_')}.json`);
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as { objects: unknown[] } | { error: string };
  const run = spawnSync('kubectl', ['kustomize', dir], { encoding: 'utf8', timeout: 120_000, maxBuffer: 64 * 1024 * 1024 });
  let result: { objects: unknown[] } | { error: string };
  if (run.status !== 0) result = { error: (run.stderr || String(run.error ?? 'failed')).trim().split('\n').pop() ?? 'failed' };
  else {
    const objects: unknown[] = [];
    for (const value of loadAll(run.stdout)) if (value) objects.push(value);
    result = { objects };
  }
  writeFileSync(file, JSON.stringify(result));
  return result;
}
