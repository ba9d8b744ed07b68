import type { Finding } from '../../src/findings.js';
import { fixedLine, planComments, syncReviewComments, type ReviewCommentsApi } from '../../src/github/review-comments.js';
import type { ChangeUnderReview } from '../../src/github/review.js';
import limitExceedsNode from '../../src/rules/memory-budget/limit-exceeds-node.js';
import podExceedsNode from '../../src/rules/memory-budget/pod-exceeds-node.js';
import deprecatedApi from '../../src/rules/version-skew/deprecated-api.js';
import removedApi from '../../src/rules/version-skew/removed-api.js';
import { findingsOf } from '../helpers/review.js';

const c5 = `apiVersion: eksctl.io/v1alpha5
kind: ClusterConfig
metadata: {name: prod, region: us-east-1, version: "1.32"}
nodeGroups:
  - name: ng
    instanceType: c5.large
    maxSize: 3
`;
const daemonSet = `apiVersion: apps/v1
kind: DaemonSet
metadata: {name: logs, namespace: kube-system}
spec:
  selector: {matchLabels: {app: logs}}
  template:
    metadata: {labels: {app: logs}}
    spec:
      containers:
        - {name: logs, image: example/logs, resources: {requests: {memory: 1Gi}, limits: {memory: 1Gi}}}
`;
const deployment = (resources: string) => `apiVersion: apps/v1
kind: Deployment
metadata: {name: app, namespace: web}
spec:
  selector: {matchLabels: {app: app}}
  template:
    metadata: {labels: {app: app}}
    spec:
      containers:
        - name: app
          image: example/app
          resources:
${resources}
`;

/** Applies a finding's fix to the file the way the suggestion would. */
function applied(text: string, f: Finding): string {
  const line = fixedLine(f, text);
  if (line === undefined || !f.fix) throw new Error('no applicable fix');
  const lines = text.split('\n');
  lines[f.fix.line - 1] = line;
  return lines.join('\n');
}

describe('fixes the rules write down, applied, make their finding go away', () => {
  test('limit-exceeds-node: the limit lowered to the value that fits, in flow style too', () => {
    for (const resources of [
      '            requests: {memory: 1Gi}\n            limits: {memory: 2.5Gi}',
      "            requests:\n              memory: 1Gi\n            limits:\n              memory: '2.5Gi' # peak",
    ]) {
      const files = { 'c.yaml': c5, 'd.yaml': daemonSet, 'a.yaml': deployment(resources) };
      const [f] = findingsOf(limitExceedsNode, files);
      // c5.large: 2988Mi allocatable − 1Gi DaemonSet leaves 1964Mi, floored to 1.9Gi.
      expect(f?.fix).toMatchObject({ original: '2.5Gi', replacement: '1.9Gi' });
      expect(f?.message).toContain('lower the limit to ≤ 1.9Gi');
      const fixedFiles = { ...files, 'a.yaml': applied(files['a.yaml'], f as Finding) };
      expect(fixedFiles['a.yaml']).toContain(resources.includes("'") ? "memory: '1.9Gi' # peak" : 'limits: {memory: 1.9Gi}');
      expect(findingsOf(limitExceedsNode, fixedFiles)).toEqual([]);
    }
  });

  test('limit-exceeds-node: no fix when the request would have to change too, or the limit is not written in the container', () => {
    const both = findingsOf(limitExceedsNode, {
      'c.yaml': c5,
      'd.yaml': daemonSet,
      'a.yaml': deployment('            requests: {memory: 1.95Gi}\n            limits: {memory: 2.5Gi}'),
    });
    expect(both[0]?.message).toContain('lower the request and limit');
    expect(both[0]?.fix).toBeUndefined();
    const limitRange = `apiVersion: v1\nkind: LimitRange\nmetadata: {name: d, namespace: web}\nspec:\n  limits:\n    - type: Container\n      default: {memory: 2.5Gi}\n      defaultRequest: {memory: 1Gi}\n`;
    const defaulted = findingsOf(limitExceedsNode, { 'c.yaml': c5, 'd.yaml': daemonSet, 'l.yaml': limitRange, 'a.yaml': deployment('            {}') });
    expect(defaulted).toHaveLength(1);
    expect(defaulted[0]?.fix).toBeUndefined();
  });

  test('pod-exceeds-node: the request lowered to the value that fits', () => {
    const files = { 'c.yaml': c5, 'a.yaml': deployment('            requests: {memory: 3.5Gi}\n            limits: {memory: 3.5Gi}') };
    const [f] = findingsOf(podExceedsNode, files);
    expect(f?.fix?.original).toBe('3.5Gi');
    const fixed = applied(files['a.yaml'], f as Finding);
    expect(fixed).toContain(`requests: {memory: ${f?.fix?.replacement}}`);
    expect(findingsOf(podExceedsNode, { ...files, 'a.yaml': fixed })).toEqual([]);
  });

  test('removed-api and deprecated-api: the replacement apiVersion', () => {
    const cluster = (version: string) => c5.replace('"1.32"', `"${version}"`);
    const ingress = 'apiVersion: "extensions/v1beta1"\nkind: Ingress\nmetadata: {name: old, namespace: web}\nspec: {rules: []}\n';
    const [removed] = findingsOf(removedApi, { 'c.yaml': cluster('1.32'), 'i.yaml': ingress });
    expect(removed?.fix).toMatchObject({ line: 1, original: 'extensions/v1beta1', replacement: 'networking.k8s.io/v1' });
    const fixed = applied(ingress, removed as Finding);
    expect(fixed.split('\n')[0]).toBe('apiVersion: "networking.k8s.io/v1"');
    expect(findingsOf(removedApi, { 'c.yaml': cluster('1.32'), 'i.yaml': fixed })).toEqual([]);

    const flowSchema = 'apiVersion: flowcontrol.apiserver.k8s.io/v1beta3\nkind: FlowSchema\nmetadata: {name: f}\n';
    const [deprecated] = findingsOf(deprecatedApi, { 'c.yaml': cluster('1.30'), 'f.yaml': flowSchema });
    expect(deprecated?.fix?.replacement).toBe('flowcontrol.apiserver.k8s.io/v1');
    expect(findingsOf(deprecatedApi, { 'c.yaml': cluster('1.30'), 'f.yaml': applied(flowSchema, deprecated as Finding) })).toEqual([]);
  });
});

const finding = (over: Partial<Finding> = {}): Finding => ({
  rule: 'version-skew/removed-api',
  severity: 'error',
  path: 'k8s/i.yaml',
  startLine: 1,
  endLine: 1,
  message: 'extensions/v1beta1 Ingress is no longer served',
  fix: { line: 1, endColumn: 31, original: 'extensions/v1beta1', replacement: 'networking.k8s.io/v1' },
  ...over,
});

describe('fixedLine', () => {
  test('the value is replaced where the rule saw it, or nothing is suggested', () => {
    expect(fixedLine(finding(), 'apiVersion: extensions/v1beta1\n')).toBe('apiVersion: networking.k8s.io/v1');
    // The file changed since the review: the value is not there any more.
    expect(fixedLine(finding(), 'apiVersion: apps/v1\n')).toBeUndefined();
    expect(fixedLine(finding({ fix: { line: 9, endColumn: 3, original: 'x', replacement: 'y' } }), 'a\n')).toBeUndefined();
    // The same text earlier on the line is left alone: the occurrence ending at the column changes.
    const f = finding({ fix: { line: 1, endColumn: 21, original: '2Gi', replacement: '1Gi' } });
    expect(fixedLine(f, '{a: 2Gi, memory: 2Gi}')).toBe('{a: 2Gi, memory: 1Gi}');
  });
});

describe('planComments', () => {
  const change = { baseSha: 'b', headSha: 'h', changedFiles: [{ path: 'k8s/i.yaml', status: 'modified' as const, lines: [{ start: 1, end: 1 }] }] };
  const read = () => 'apiVersion: extensions/v1beta1\n';

  test('only fixes on lines the change added or edited', () => {
    expect(planComments([finding()], change, read)).toHaveLength(1);
    expect(planComments([finding({ path: 'other.yaml' })], change, read)).toEqual([]);
    expect(
      planComments(
        [finding({ fix: { line: 2, endColumn: 31, original: 'extensions/v1beta1', replacement: 'x' } })],
        change,
        () => 'a: 1\napiVersion: extensions/v1beta1\n',
      ),
    ).toEqual([]);
    expect(planComments([finding({ fix: undefined } as unknown as Partial<Finding>)], change, read)).toEqual([]);
  });

  test('no suggestion where the checkout (a merge commit) reads differently from the head the comment is on', () => {
    const withText = (text: string): ChangeUnderReview => ({
      ...change,
      changedFiles: [{ path: 'k8s/i.yaml', status: 'modified', lines: [{ start: 1, end: 1 }], addedText: new Map([[1, text]]) }],
    });
    expect(planComments([finding()], withText('apiVersion: extensions/v1beta1'), read)).toHaveLength(1);
    expect(planComments([finding()], withText('apiVersion: extensions/v1beta1 # edited on the base branch too'), read)).toEqual([]);
  });

  test('a file line with backticks cannot close the suggestion block; the message is inert markdown', () => {
    const text = 'apiVersion: extensions/v1beta1 # ```` @octocat [x](https://evil.example)\n';
    const [planned] = planComments([finding({ message: 'ping @octocat ![i](https://evil.example/i.png)' })], change, () => text);
    expect(planned?.body).toContain('`````suggestion\napiVersion: networking.k8s.io/v1 # ```` @octocat [x](https://evil.example)\n`````');
    expect(planned?.body).toContain('ping `@octocat` `![i](https://evil.example/i.png)`');
  });
});

describe('syncReviewComments', () => {
  const planned = [{ key: 'a'.repeat(32), path: 'k8s/i.yaml', line: 1, body: '<!-- manifest-review:suggestion ' + 'a'.repeat(32) + ' -->\nnew' }];

  function fakeApi(existing: { id: number; body: string }[], failures: Partial<Record<keyof ReviewCommentsApi, number>> = {}) {
    const calls: string[] = [];
    const fail = (what: keyof ReviewCommentsApi) => {
      const status = failures[what];
      if (status) throw Object.assign(new Error(status === 403 ? 'Resource not accessible by integration' : 'Validation Failed'), { status });
    };
    const api: ReviewCommentsApi = {
      list: async () => (fail('list'), calls.push('list'), existing),
      createReview: async (_pull, review) => (fail('createReview'), void calls.push(`review ${review.comments.length}`)),
      update: async (id) => (fail('update'), void calls.push(`update ${id}`)),
    };
    return { api, calls };
  }

  test('nothing planned: no request', async () => {
    const { api, calls } = fakeApi([]);
    expect(await syncReviewComments(api, 1, 'h', [])).toEqual({ created: 0, updated: 0, unchanged: 0 });
    expect(calls).toEqual([]);
  });

  test('a comment of ours with an older body is edited; someone else quoting text is not ours', async () => {
    const { api, calls } = fakeApi([
      { id: 7, body: 'a reviewer wrote: manifest-review:suggestion' },
      { id: 8, body: `<!-- manifest-review:suggestion ${'a'.repeat(32)} -->\nold` },
    ]);
    expect(await syncReviewComments(api, 1, 'h', planned)).toEqual({ created: 0, updated: 1, unchanged: 0 });
    expect(calls).toEqual(['list', 'update 8']);
  });

  test.each([
    ['list', 403, 'No review comments'],
    ['createReview', 403, 'No review comments'],
    ['createReview', 422, 'Review comments incomplete'],
  ] as const)('%s failing with %i becomes a note, never an exception', async (what, status, note) => {
    const { api } = fakeApi([], { [what]: status });
    const result = await syncReviewComments(api, 1, 'h', planned);
    expect(result.created).toBe(0);
    expect(result.note).toContain(note);
  });
});
