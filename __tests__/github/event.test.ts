import { readFileSync } from 'node:fs';
import path from 'node:path';
import { resolveEvent } from '../../src/github/event.js';
import { defaultFilter } from '../../src/github/environment.js';
import { DATA } from '../helpers/paths.js';

const example = (name: string): Record<string, unknown> =>
  JSON.parse(readFileSync(path.join(DATA, 'github', 'webhook-examples', name), 'utf8')) as Record<string, unknown>;

const GITHUB_SHA = 'abcdef0123456789abcdef0123456789abcdef01';
const REPOSITORY = 'Codertocat/Hello-World';

describe('which commit the check run goes on, per event', () => {
  test.each(['pull_request', 'pull_request_target'])('%s: the PR head, never GITHUB_SHA (a merge commit or the default branch)', (eventName) => {
    const payload = example('pull_request.synchronize.22.json');
    const target = resolveEvent({ eventName, sha: GITHUB_SHA, payload, repository: REPOSITORY });
    expect(target.headSha).toBe('ec26c3e57ca3a959ca5aad62de7213c562f8c821');
    expect(target.change).toEqual({
      kind: 'pull_request',
      number: 2,
      baseSha: 'f95f852bd8fca8fcc58a9a2d6c842781e32a215e',
      headSha: 'ec26c3e57ca3a959ca5aad62de7213c562f8c821',
      changedFiles: 1,
      fork: false,
    });
    expect(defaultFilter(target.change)).toBe('changed');
  });

  test.each(['pull_request.opened.0.json', 'pull_request.opened.14.json', 'pull_request.reopened.19.json'])(
    'every PR example (%s) resolves to its head',
    (name) => {
      const payload = example(name) as { pull_request: { head: { sha: string } } };
      expect(resolveEvent({ eventName: 'pull_request', sha: GITHUB_SHA, payload, repository: REPOSITORY }).headSha).toBe(payload.pull_request.head.sha);
    },
  );

  test('a PR from a fork, or from a deleted fork, is flagged', () => {
    const payload = example('pull_request.opened.0.json') as { pull_request: { head: { repo: unknown } } };
    payload.pull_request.head.repo = { ...(payload.pull_request.head.repo as object), full_name: 'someone/Hello-World' };
    const fork = resolveEvent({ eventName: 'pull_request', sha: GITHUB_SHA, payload, repository: REPOSITORY });
    expect(fork.change).toMatchObject({ kind: 'pull_request', fork: true });
    payload.pull_request.head.repo = null;
    expect(resolveEvent({ eventName: 'pull_request', sha: GITHUB_SHA, payload, repository: REPOSITORY }).change).toMatchObject({ fork: true });
  });

  test('push: the pushed tip, diffed from `before`', () => {
    const payload = { ...example('push.event.4.json'), before: '1111111111111111111111111111111111111111' };
    const target = resolveEvent({ eventName: 'push', sha: GITHUB_SHA, payload, repository: REPOSITORY });
    expect(target.headSha).toBe('6113728f27ae82c7b1a177c8d03f9e96e0adf246');
    expect(target.change).toEqual({ kind: 'push', baseSha: '1111111111111111111111111111111111111111', headSha: '6113728f27ae82c7b1a177c8d03f9e96e0adf246' });
  });

  test('push of a new branch (before = 0000…): nothing to diff, everything reported', () => {
    const target = resolveEvent({ eventName: 'push', sha: GITHUB_SHA, payload: example('push.event.4.json'), repository: REPOSITORY });
    expect(target.headSha).toBe('6113728f27ae82c7b1a177c8d03f9e96e0adf246');
    expect(target.change.kind).toBe('full');
    expect(defaultFilter(target.change)).toBe('all');
  });

  test('push deleting a tag (after = 0000…): falls back to GITHUB_SHA', () => {
    const target = resolveEvent({ eventName: 'push', sha: GITHUB_SHA, payload: example('push.event.1.json'), repository: REPOSITORY });
    expect(target.headSha).toBe(GITHUB_SHA);
  });

  test.each(['workflow_dispatch.event.0.json', 'workflow_dispatch.event.1.json'])('workflow_dispatch (%s): GITHUB_SHA, whole tree', (name) => {
    const target = resolveEvent({ eventName: 'workflow_dispatch', sha: GITHUB_SHA, payload: example(name), repository: REPOSITORY });
    expect(target.headSha).toBe(GITHUB_SHA);
    expect(target.change.kind).toBe('full');
    expect(defaultFilter(target.change)).toBe('all');
  });

  test('schedule (no payload to speak of): GITHUB_SHA, whole tree', () => {
    const target = resolveEvent({ eventName: 'schedule', sha: GITHUB_SHA, payload: { schedule: '0 3 * * *' }, repository: REPOSITORY });
    expect(target).toMatchObject({ headSha: GITHUB_SHA, change: { kind: 'full' } });
  });

  test('merge_group: the group head, diffed from its base', () => {
    const head = '2222222222222222222222222222222222222222';
    const base = '3333333333333333333333333333333333333333';
    const payload = { merge_group: { head_sha: head, base_sha: base, head_ref: 'refs/heads/gh-readonly-queue/main/pr-2', base_ref: 'refs/heads/main' } };
    const target = resolveEvent({ eventName: 'merge_group', sha: head, payload, repository: REPOSITORY });
    expect(target).toEqual({ eventName: 'merge_group', headSha: head, change: { kind: 'push', baseSha: base, headSha: head } });
    expect(defaultFilter(target.change)).toBe('changed');
  });

  test('workflow_run: the triggering run’s head, not the default branch', () => {
    const head = '4444444444444444444444444444444444444444';
    const target = resolveEvent({ eventName: 'workflow_run', sha: GITHUB_SHA, payload: { workflow_run: { head_sha: head } }, repository: REPOSITORY });
    expect(target.headSha).toBe(head);
  });

  test('malformed payloads degrade to GITHUB_SHA and a full review instead of throwing', () => {
    for (const payload of [null, {}, { pull_request: null }, { pull_request: { head: { sha: 'not-a-sha' } } }, { pull_request: { head: { sha: 42 } } }]) {
      const target = resolveEvent({ eventName: 'pull_request', sha: GITHUB_SHA, payload, repository: REPOSITORY });
      expect(target.headSha).toBe(GITHUB_SHA);
      expect(target.change.kind).toBe('full');
    }
    const noBase = resolveEvent({
      eventName: 'pull_request',
      sha: GITHUB_SHA,
      payload: { pull_request: { head: { sha: '5'.repeat(40) } } },
      repository: REPOSITORY,
    });
    expect(noBase).toMatchObject({ headSha: '5'.repeat(40), change: { kind: 'full' } });
  });
});
