import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { FakeGitHub } from './helpers/fake-github.js';
import { diffEntries, makeRepo, type TempRepo, type Tree } from './helpers/git-repo.js';
import { gfm } from './helpers/markdown.js';
import { SHARED_DATA } from './helpers/paths.js';
import { runAction, type ActionRun } from './helpers/run-action.js';

/**
 * `review-comments: true` end to end: the committed bundle against the local API, which checks
 * every request against GitHub's REST description (pulls/list-review-comments,
 * pulls/create-review, pulls/update-review-comment) and keeps the comments between runs.
 */

const MERGE_SHA = 'f'.repeat(40);

const cluster = `apiVersion: eksctl.io/v1alpha5
kind: ClusterConfig
metadata: {name: prod, region: us-east-1, version: "1.32"}
nodeGroups:
  - name: ng
    instanceType: c5.large
    maxSize: 3
    privateNetworking: true
`;
const agents = (request: string) => `apiVersion: apps/v1
kind: DaemonSet
metadata: {name: logs, namespace: kube-system}
spec:
  selector: {matchLabels: {app: logs}}
  template:
    metadata: {labels: {app: logs}}
    spec:
      containers:
        - name: logs
          image: example/logs
          resources:
            requests:
              memory: ${request}
            limits:
              memory: ${request}
`;
const app = (limit: string) => `apiVersion: apps/v1
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
            requests:
              memory: 1Gi
            limits:
              memory: ${limit}   # burst for reports
`;
const legacyIngress = `apiVersion: extensions/v1beta1
kind: Ingress
metadata: {name: legacy, namespace: web}
spec:
  rules: []
`;

const BASE: Tree = { 'eks/cluster.yaml': cluster, 'k8s/agents.yaml': agents('1Gi'), 'k8s/app.yaml': app('2Gi') };
const HEAD: Tree = { 'k8s/app.yaml': app('"2.5Gi"'), 'k8s/legacy.yaml': legacyIngress };

interface Payload {
  before?: string;
  after?: string;
  pull_request: { number: number; changed_files: number; head: { sha: string; repo: { full_name: string; fork: boolean } }; base: { sha: string } };
}

function prPayload(repo: TempRepo, changedFiles: number, fork = false): Payload {
  const p = JSON.parse(readFileSync(path.join(SHARED_DATA, 'github', 'webhook-examples', 'pull_request.synchronize.22.json'), 'utf8')) as Payload;
  p.pull_request.head.sha = repo.headSha;
  p.pull_request.base.sha = repo.baseSha;
  p.pull_request.changed_files = changedFiles;
  p.before = repo.baseSha;
  p.after = repo.headSha;
  if (fork) {
    p.pull_request.head.repo.full_name = 'forker/Hello-World';
    p.pull_request.head.repo.fork = true;
  }
  return p;
}

const api = new FakeGitHub();
let repo: TempRepo;

beforeAll(async () => {
  await api.start();
});
afterAll(async () => {
  await api.stop();
  if (repo) rmSync(repo.dir, { recursive: true, force: true });
});

const review = (inputs: Record<string, string> = {}, fork = false): Promise<ActionRun> =>
  runAction({
    workspace: repo.dir,
    eventName: 'pull_request',
    payload: prPayload(repo, api.pullFiles.length, fork),
    sha: MERGE_SHA,
    apiUrl: api.url,
    inputs: { 'review-comments': 'true', ...inputs },
  });

function expectValidTraffic(): void {
  expect(api.unmatched).toEqual([]);
  expect(api.requests.flatMap((r) => r.errors.map((e) => `${r.operationId}: ${e}`))).toEqual([]);
  expect(api.badReplies).toEqual([]);
}

interface PostedComment {
  path: string;
  line: number;
  side: string;
  body: string;
}

/** The suggestion block of a comment body as GitHub renders it: the code of a `suggestion` fence. */
function suggestionOf(body: string): string | undefined {
  const fence = gfm.parse(body, {}).find((t) => t.type === 'fence' && t.info === 'suggestion');
  return fence?.content.replace(/\n$/, '');
}

describe('review comments with suggested fixes', () => {
  test('posted once in one review, left alone when unchanged, edited when the fix changes, refused on forks', async () => {
    repo = makeRepo(BASE, HEAD);
    api.pullFiles = diffEntries(repo, 'Codertocat', 'Hello-World');

    // Run 1: one review on the head commit with a suggestion for each fixable finding on a changed line.
    const first = await review();
    expectValidTraffic();
    expect(first.code).toBe(1);
    const reviews = api.of('pulls/create-review');
    expect(reviews).toHaveLength(1);
    expect(reviews[0]?.params['pull_number']).toBe('2');
    const posted = reviews[0]?.body as { commit_id: string; event: string; comments: PostedComment[] };
    expect(posted.commit_id).toBe(repo.headSha);
    expect(posted.event).toBe('COMMENT');
    const byPath = Object.fromEntries(posted.comments.map((c) => [c.path, c]));
    expect(Object.keys(byPath).sort()).toEqual(['k8s/app.yaml', 'k8s/legacy.yaml']);
    const appLines = (HEAD['k8s/app.yaml'] as string).split('\n');
    const limitLine = appLines.findIndex((l) => l.includes('"2.5Gi"')) + 1;
    expect(byPath['k8s/app.yaml']).toMatchObject({ line: limitLine, side: 'RIGHT' });
    // The limit that fits (c5.large's measured 2,988 Mi allocatable, less the DaemonSets and system
    // pods, rounded down in the manifest's unit) replaces the value; quotes and the comment are kept.
    expect(suggestionOf(byPath['k8s/app.yaml']?.body ?? '')).toBe('              memory: "1.9Gi"   # burst for reports');
    expect(byPath['k8s/legacy.yaml']).toMatchObject({ line: 1 });
    expect(suggestionOf(byPath['k8s/legacy.yaml']?.body ?? '')).toBe('apiVersion: networking.k8s.io/v1');
    expect(byPath['k8s/app.yaml']?.body).toContain('memory-budget/limit-exceeds-node');
    expect(first.summary).toContain('Review comments with suggested fixes: 2 posted, 0 updated, 0 already there.');

    // Run 2, same content: the comments are found by their marker; nothing is posted or edited.
    api.requests.length = 0;
    const second = await review();
    expectValidTraffic();
    expect(api.of('pulls/list-review-comments')).toHaveLength(1);
    expect(api.of('pulls/create-review')).toHaveLength(0);
    expect(api.of('pulls/update-review-comment')).toHaveLength(0);
    expect(api.reviewComments).toHaveLength(2);
    expect(second.summary).toContain('0 posted, 0 updated, 2 already there');

    // Run 3: heavier DaemonSets leave less room, so the limit that fits is lower: the comment is edited in place.
    writeFileSync(path.join(repo.dir, 'k8s/agents.yaml'), agents('1300Mi'));
    api.requests.length = 0;
    const third = await review();
    expectValidTraffic();
    expect(api.of('pulls/create-review')).toHaveLength(0);
    const edits = api.of('pulls/update-review-comment');
    expect(edits).toHaveLength(1);
    const edited = api.reviewComments.find((c) => c['path'] === 'k8s/app.yaml');
    expect(edits[0]?.params['comment_id']).toBe(String(edited?.['id']));
    expect(suggestionOf(String(edited?.['body']))).toBe('              memory: "1.6Gi"   # burst for reports');
    expect(api.reviewComments).toHaveLength(2);
    expect(third.summary).toContain('0 posted, 1 updated, 1 already there');

    // Run 4, a fork: the read-only token is refused; a notice and a summary note, the review still reports.
    api.reviewComments = [];
    api.requests.length = 0;
    api.responder = (r) =>
      r.operationId === 'pulls/create-review'
        ? { status: 403, body: { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest' } }
        : undefined;
    const fork = await review({}, true);
    expect(api.of('pulls/create-review')).toHaveLength(1);
    expect(fork.code).toBe(1);
    expect(fork.summary).toMatch(/\*\*No review comments\*\*: GitHub refused to create the review \(403 Resource not accessible by integration/);
    expect(fork.commands).toContainEqual(expect.objectContaining({ command: 'notice', message: expect.stringContaining('No review comments') }));
    expect(fork.outputs['errors']).toBe('2');
    api.responder = () => undefined;
  }, 120_000);

  test('off by default: no review request at all', async () => {
    api.requests.length = 0;
    const run = await review({ 'review-comments': 'false' });
    expect(run.code).toBe(1);
    expect(api.requests.filter((r) => r.operationId?.startsWith('pulls/') && r.operationId !== 'pulls/list-files')).toEqual([]);
  });
});
