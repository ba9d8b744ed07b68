import type { Workload } from '../../../src/model/types.js';
import { analyze } from '../../../src/rules/memory-budget/_analysis.js';
import { describe as describeSide, fieldPath } from '../../../src/rules/memory-budget/_pod.js';
import { treeOf } from '../../helpers/review.js';

const Mi = 2 ** 20;

/** The first workload of the YAML, with its pod memory as the rules see it. */
function pod(yaml: string, extra: Record<string, string> = {}) {
  const tree = treeOf({ 'app.yaml': yaml, ...extra });
  const a = analyze({ model: tree.model, options: {} });
  const w = tree.model.workloads[0] as Workload;
  return { memory: a.memory(w), w };
}

const deployment = (podSpec: string): string => `apiVersion: apps/v1
kind: Deployment
metadata: {name: app}
spec:
  template:
    spec:
${podSpec.replace(/^/gm, '      ')}`;

describe('effective pod memory', () => {
  test('containers add up; a limit without a request implies the request', () => {
    const { memory } = pod(
      deployment(`containers:
  - name: app
    resources: {requests: {memory: 1Gi}, limits: {memory: 2Gi}}
  - name: proxy
    resources: {limits: {memory: 256Mi}}`),
    );
    expect(memory.request.value).toBe(1280 * Mi);
    expect(memory.limit.value).toBe(2304 * Mi);
    expect(memory.limit.main?.info.name).toBe('app');
    expect(describeSide(memory, 'limit')).toBe('limits 2.3Gi (app 2Gi + proxy 256Mi)');
  });

  test('a container without a limit makes the pod limit unbounded', () => {
    const { memory } = pod(
      deployment(`containers:
  - name: app
    resources: {requests: {memory: 1Gi}, limits: {memory: 2Gi}}
  - name: logger
    resources: {requests: {memory: 64Mi}}`),
    );
    expect(memory.request.value).toBe(1088 * Mi);
    expect(memory.limit.value).toBe(Infinity);
  });

  test('a regular init container counts alone, when it is larger than the app containers', () => {
    const { memory } = pod(
      deployment(`initContainers:
  - name: migrate
    resources: {requests: {memory: 3Gi}, limits: {memory: 3Gi}}
containers:
  - name: app
    resources: {requests: {memory: 1Gi}, limits: {memory: 2Gi}}`),
    );
    expect(memory.request.value).toBe(3072 * Mi);
    expect(memory.limit.value).toBe(3072 * Mi);
    expect(memory.limit.main?.info.name).toBe('migrate');
    expect(describeSide(memory, 'limit')).toBe('limit 3Gi (init container migrate)');
    expect(fieldPath(memory, 'limit', 'memory')).toEqual(['spec', 'template', 'spec', 'initContainers', 0, 'resources', 'limits', 'memory']);
  });

  test('native sidecars run beside the app and beside later init containers', () => {
    const { memory } = pod(
      deployment(`initContainers:
  - name: mesh
    restartPolicy: Always
    resources: {requests: {memory: 512Mi}, limits: {memory: 512Mi}}
  - name: migrate
    resources: {requests: {memory: 1Gi}, limits: {memory: 1Gi}}
containers:
  - name: app
    resources: {requests: {memory: 768Mi}, limits: {memory: 1Gi}}`),
    );
    // app phase: 768 + 512 = 1280; init phase: migrate 1024 + sidecar 512 = 1536.
    expect(memory.request.value).toBe(1536 * Mi);
    // limits: app 1024 + 512 = 1536; init 1024 + 512 = 1536.
    expect(memory.limit.value).toBe(1536 * Mi);
  });

  test('a sidecar declared after an init container does not run beside it', () => {
    const { memory } = pod(
      deployment(`initContainers:
  - name: migrate
    resources: {requests: {memory: 1Gi}}
  - name: mesh
    restartPolicy: Always
    resources: {requests: {memory: 512Mi}}
containers:
  - name: app
    resources: {requests: {memory: 256Mi}}`),
    );
    expect(memory.request.value).toBe(1024 * Mi);
  });

  test('pod overhead adds to the request, and to the limit only when there is one', () => {
    const bounded = pod(
      deployment(`overhead: {memory: 120Mi}
containers:
  - name: app
    resources: {limits: {memory: 1Gi}}`),
    ).memory;
    expect(bounded.request.value).toBe(1144 * Mi);
    expect(bounded.limit.value).toBe(1144 * Mi);
    const unbounded = pod(
      deployment(`overhead: {memory: 120Mi}
containers:
  - name: app
    resources: {requests: {memory: 1Gi}}`),
    ).memory;
    expect(unbounded.request.value).toBe(1144 * Mi);
    expect(unbounded.limit.value).toBe(Infinity);
  });

  test('a RuntimeClass overhead is added as admission would', () => {
    const { memory } = pod(
      deployment(`runtimeClassName: kata-fc
containers:
  - name: app
    resources: {limits: {memory: 200Mi}}`),
      {
        'rc.yaml':
          'apiVersion: node.k8s.io/v1\nkind: RuntimeClass\nmetadata: {name: kata-fc}\nhandler: kata-fc\noverhead:\n  podFixed: {memory: 120Mi, cpu: 250m}\n',
      },
    );
    expect(memory.request.value).toBe(320 * Mi);
  });

  test("a LimitRange of the pod's namespace supplies missing limits and requests", () => {
    const yaml = `apiVersion: v1
kind: Pod
metadata: {name: p, namespace: team}
spec:
  containers:
    - name: app
    - name: sized
      resources: {limits: {memory: 1Gi}}`;
    const lr = (ns: string): string =>
      `apiVersion: v1\nkind: LimitRange\nmetadata: {name: lr, namespace: ${ns}}\nspec:\n  limits:\n    - type: Container\n      default: {memory: 512Mi}\n      defaultRequest: {memory: 256Mi}\n`;
    const same = pod(yaml, { 'lr.yaml': lr('team') }).memory;
    expect(same.request.value).toBe((256 + 1024) * Mi);
    expect(same.limit.value).toBe((512 + 1024) * Mi);
    const other = pod(yaml, { 'lr.yaml': lr('elsewhere') }).memory;
    expect(other.limit.value).toBe(Infinity);
  });

  test('pod-level resources replace the container sums', () => {
    const { memory } = pod(
      deployment(`resources: {requests: {memory: 1Gi}, limits: {memory: 2Gi}}
containers:
  - name: a
  - name: b`),
    );
    expect(memory.request.value).toBe(1024 * Mi);
    expect(memory.limit.value).toBe(2048 * Mi);
    expect(fieldPath(memory, 'limit', 'memory')).toEqual(['spec', 'template', 'spec', 'resources', 'limits', 'memory']);
  });

  test('odd values do not break it', () => {
    const { memory } = pod(
      deployment(`containers:
  - name: a
    resources: {requests: {memory: -5Gi}, limits: {memory: lots}}
  - {name: b, resources: [1, 2]}
  - 42`),
    );
    expect(memory.request.value).toBe(0);
    expect(memory.limit.value).toBe(Infinity);
  });
});
