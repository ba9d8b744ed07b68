import { completeCheckRun, startCheckRun, type CheckRunApi, type CheckRunCreate, type CheckRunUpdate } from '../../src/github/check-run.js';
import { reachesFailOn } from '../../src/findings.js';
import { conclusionOf } from '../../src/github/publish.js';
import type { Finding } from '../../src/findings.js';
import { toCheckAnnotation, type CheckAnnotation } from '../../src/report/annotations.js';
import { requestBodyProblems } from '../helpers/fake-github.js';

const NOW = () => new Date('2026-11-25T10:00:00Z');

function fakeApi(fail: (call: number, body: CheckRunUpdate) => Error | undefined = () => undefined) {
  const creates: CheckRunCreate[] = [];
  const updates: CheckRunUpdate[] = [];
  const api: CheckRunApi = {
    create: async (body) => {
      creates.push(body);
      return { id: 7, url: 'https://github.com/o/r/runs/7' };
    },
    update: async (id, body) => {
      expect(id).toBe(7);
      updates.push(body);
      const error = fail(updates.length, body);
      if (error) throw error;
    },
  };
  return { api, creates, updates };
}

const annotations = (n: number): CheckAnnotation[] =>
  Array.from({ length: n }, (_, i) =>
    toCheckAnnotation({ rule: 'input/parse-error', severity: 'error', path: 'a.yaml', startLine: i + 1, endLine: i + 1, message: 'm' }),
  );

const finding = (severity: Finding['severity']): Finding => ({ rule: 'x/y', severity, path: 'a', startLine: 1, endLine: 1, message: 'm' });

describe('check run', () => {
  test('created in progress on the given SHA, with a body the REST description accepts', async () => {
    const { api, creates } = fakeApi();
    expect(await startCheckRun(api, 'manifest-review', 'a'.repeat(40), NOW)).toEqual({ state: 'created', id: 7, url: 'https://github.com/o/r/runs/7' });
    expect(creates[0]).toMatchObject({ name: 'manifest-review', head_sha: 'a'.repeat(40), status: 'in_progress', started_at: '2026-11-25T10:00:00.000Z' });
    expect(requestBodyProblems('checks/create', creates[0])).toEqual([]);
  });

  test('a refusal is a state with its status, not an exception', async () => {
    const api: CheckRunApi = {
      create: async () => {
        throw Object.assign(new Error('Resource not accessible by integration'), { status: 403 });
      },
      update: async () => undefined,
    };
    expect(await startCheckRun(api, 'n', 'a'.repeat(40))).toEqual({ state: 'failed', status: 403, reason: 'Resource not accessible by integration' });
  });

  test('135 annotations: two appending updates of 50, then completion carrying the last 35', async () => {
    const { api, updates } = fakeApi();
    const done = await completeCheckRun(api, 7, { conclusion: 'failure', title: 't', summary: 's', annotations: annotations(135) }, NOW);
    expect(done).toEqual({ delivered: 135 });
    expect(updates.map((u) => u.output.annotations?.length ?? 0)).toEqual([50, 50, 35]);
    expect(updates.map((u) => u.status)).toEqual([undefined, undefined, 'completed']);
    expect(updates[2]).toMatchObject({ conclusion: 'failure', completed_at: '2026-11-25T10:00:00.000Z' });
    for (const u of updates) expect(requestBodyProblems('checks/update', u)).toEqual([]);
  });

  test('no annotations: one completing update', async () => {
    const { api, updates } = fakeApi();
    expect(await completeCheckRun(api, 7, { conclusion: 'success', title: 'No findings', summary: 's', annotations: [] })).toEqual({ delivered: 0 });
    expect(updates).toHaveLength(1);
    expect(updates[0]?.output).not.toHaveProperty('annotations');
  });

  test('a refused batch stops the batching, but the run is still completed', async () => {
    const { api, updates } = fakeApi((call) => (call === 2 ? Object.assign(new Error('Validation Failed'), { status: 422 }) : undefined));
    const done = await completeCheckRun(api, 7, { conclusion: 'failure', title: 't', summary: 's', annotations: annotations(135) });
    expect(done.delivered).toBe(50);
    expect(done.error).toMatch(/after the first 50.*Validation Failed/);
    expect(updates.at(-1)).toMatchObject({ status: 'completed', conclusion: 'failure' });
    expect(updates.at(-1)?.output.annotations).toBeUndefined();
  });

  test('a refused final batch: completed again without it, never left in progress', async () => {
    const { api, updates } = fakeApi((_, body) => (body.status === 'completed' && body.output.annotations ? new Error('Validation Failed') : undefined));
    const done = await completeCheckRun(api, 7, { conclusion: 'neutral', title: 't', summary: 's', annotations: annotations(10) });
    expect(done).toEqual({ delivered: 0, error: 'the last 10 annotations were not accepted: Validation Failed' });
    expect(updates.map((u) => [u.status, u.output.annotations?.length ?? 0])).toEqual([
      ['completed', 10],
      ['completed', 0],
    ]);
  });

  test('conclusion from fail-on: failure at or above it, neutral below it, success without findings', () => {
    expect(conclusionOf([finding('warning')], 'error')).toBe('neutral');
    expect(conclusionOf([finding('warning')], 'warning')).toBe('failure');
    expect(conclusionOf([finding('error')], 'never')).toBe('neutral');
    expect(conclusionOf([], 'notice')).toBe('success');
    expect(reachesFailOn([finding('notice')], 'notice')).toBe(true);
    expect(reachesFailOn([finding('error')], 'never')).toBe(false);
  });
});
