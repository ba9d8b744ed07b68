import { batches, type CheckAnnotation } from '../report/annotations.js';

export type Conclusion = 'success' | 'neutral' | 'failure';

export interface CheckRunOutput {
  title: string;
  summary: string;
  annotations?: CheckAnnotation[];
}

export interface CheckRunCreate {
  name: string;
  head_sha: string;
  status: 'in_progress';
  started_at: string;
  output: CheckRunOutput;
}

export interface CheckRunUpdate {
  status?: 'completed';
  conclusion?: Conclusion;
  completed_at?: string;
  output: CheckRunOutput;
}

/** `POST` / `PATCH /repos/{owner}/{repo}/check-runs`; implemented over Octokit in ./api.ts. */
export interface CheckRunApi {
  create(body: CheckRunCreate): Promise<{ id: number; url?: string | undefined }>;
  update(id: number, body: CheckRunUpdate): Promise<void>;
}

export type CheckRunState =
  { state: 'created'; id: number; url?: string | undefined } | { state: 'skipped'; reason: string } | { state: 'failed'; status?: number; reason: string };

function describe(error: unknown): { status?: number; reason: string } {
  const e = error as { status?: unknown; message?: unknown };
  const reason = typeof e.message === 'string' ? (e.message.split('\n')[0] ?? '') : String(error);
  return typeof e.status === 'number' ? { status: e.status, reason } : { reason };
}

/** Creates the run `in_progress` on `headSha`; a refusal is a state, not an exception. */
export async function startCheckRun(api: CheckRunApi, name: string, headSha: string, now: () => Date = () => new Date()): Promise<CheckRunState> {
  try {
    const created = await api.create({
      name,
      head_sha: headSha,
      status: 'in_progress',
      started_at: now().toISOString(),
      output: { title: 'Reviewing manifests', summary: 'The review is running.' },
    });
    // Without a usable id the run can never be completed: say so now rather than PATCH `/check-runs/undefined`.
    if (!Number.isSafeInteger(created?.id) || created.id <= 0) return { state: 'failed', reason: "GitHub's reply carried no check run id" };
    const url = typeof created.url === 'string' && /^https?:\/\//.test(created.url) ? created.url : undefined;
    return { state: 'created', id: created.id, url };
  } catch (error) {
    return { state: 'failed', ...describe(error) };
  }
}

export interface CompletedCheckRun {
  /** Annotations GitHub accepted. */
  delivered: number;
  /** Why some were not delivered or the run was not completed. */
  error?: string;
}

/**
 * Sends the annotations 50 per request (each PATCH appends to the run's list) and completes the
 * run with the last batch. A failed batch stops the batching but the run is still completed, so
 * it never stays "in progress" on the PR.
 */
export async function completeCheckRun(
  api: CheckRunApi,
  id: number,
  result: { conclusion: Conclusion; title: string; summary: string; annotations: readonly CheckAnnotation[] },
  now: () => Date = () => new Date(),
): Promise<CompletedCheckRun> {
  const groups = batches(result.annotations, 50);
  const last = groups.pop() ?? [];
  let delivered = 0;
  let error: string | undefined;
  for (const group of groups) {
    try {
      await api.update(id, { output: { title: result.title, summary: result.summary, annotations: group } });
      delivered += group.length;
    } catch (e) {
      error = `annotations after the first ${delivered} were not accepted: ${describe(e).reason}`;
      break;
    }
  }
  const complete = (annotations: readonly CheckAnnotation[]) =>
    api.update(id, {
      status: 'completed',
      conclusion: result.conclusion,
      completed_at: now().toISOString(),
      output: { title: result.title, summary: result.summary, ...(annotations.length ? { annotations: [...annotations] } : {}) },
    });
  const finalAnnotations = error === undefined ? last : [];
  try {
    await complete(finalAnnotations);
    delivered += finalAnnotations.length;
  } catch (e) {
    const first = describe(e).reason;
    // Maybe only the annotations were refused: complete without them rather than stay in progress.
    const retried =
      finalAnnotations.length > 0
        ? await complete([]).then(
            () => true,
            () => false,
          )
        : false;
    error = `${error ? `${error}; ` : ''}${retried ? `the last ${finalAnnotations.length} annotations were not accepted: ${first}` : `completing the check run failed: ${first}`}`;
  }
  return error === undefined ? { delivered } : { delivered, error };
}
