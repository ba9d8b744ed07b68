import { Ajv, type ValidateFunction } from 'ajv';
import { readFileSync, rmSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { DATA } from './paths.js';

/**
 * A local stand-in for api.github.com that checks every request against GitHub's official REST
 * description (data/github/rest-api-subset.deref.json) and records it.
 */
interface Operation {
  method: string;
  template: string;
  pattern: RegExp;
  operationId: string;
  validateBody?: ValidateFunction;
  validateQuery?: ValidateFunction;
  validateResponse?: ValidateFunction;
  exampleResponse?: unknown;
}

export interface RecordedRequest {
  method: string;
  path: string;
  operationId: string | undefined;
  params: Record<string, string>;
  query: Record<string, string>;
  authorization: string | undefined;
  body: unknown;
  /** Schema violations of the body or query; empty when the request is valid. */
  errors: string[];
}

export interface Reply {
  /** Accept the request and never answer (an API that hangs). */
  hang?: boolean;
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

/** Decides a reply; return undefined to get the default (spec example based) reply. */
export type Responder = (request: RecordedRequest, nth: number) => Reply | undefined;

type Json = Record<string, unknown>;

/**
 * OpenAPI 3.0's `nullable` on a schema without `type` (e.g. next to `allOf`), which Ajv refuses,
 * rewritten as JSON Schema: the value or null.
 */
function jsonSchema(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(jsonSchema);
  if (typeof schema !== 'object' || schema === null) return schema;
  const out = Object.fromEntries(Object.entries(schema).map(([k, v]) => [k, k === 'example' || k === 'examples' ? v : jsonSchema(v)])) as Json;
  if (out['nullable'] === true && Array.isArray(out['enum']) && !out['enum'].includes(null)) out['enum'] = [...out['enum'], null];
  if (out['nullable'] === true && out['type'] === undefined) {
    delete out['nullable'];
    return { anyOf: [out, { type: 'null' }] };
  }
  return out;
}

function loadOperations(): { operations: Operation[]; ajv: Ajv } {
  const spec = JSON.parse(readFileSync(path.join(DATA, 'github', 'rest-api-subset.deref.json'), 'utf8')) as {
    paths: Record<string, Record<string, Json>>;
  };
  // OpenAPI 3.0 schemas: `nullable` is understood by Ajv, vendor keywords are not (strict off).
  const ajv = new Ajv({ strict: false, allErrors: true, coerceTypes: false });
  ajv.addFormat('date-time', /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?(?:Z|[+-]\d\d:\d\d)$/);
  ajv.addFormat('uri', /^[a-z][a-z0-9+.-]*:\S+$/i);
  ajv.addFormat('int64', true);
  const queryAjv = new Ajv({ strict: false, allErrors: true, coerceTypes: true });
  queryAjv.addFormat('date-time', /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?(?:Z|[+-]\d\d:\d\d)$/);
  const operations: Operation[] = [];
  for (const [template, methods] of Object.entries(spec.paths)) {
    const pattern = new RegExp(`^${template.replace(/\{[^}]+\}/g, (m) => (m === '{basehead}' ? '(?<basehead>.+)' : `(?<${m.slice(1, -1)}>[^/]+)`))}$`);
    for (const [method, op] of Object.entries(methods)) {
      const body = (op['requestBody'] as Json | undefined)?.['content'] as Record<string, Json> | undefined;
      const bodySchema = body?.['application/json']?.['schema'];
      const queryParams = ((op['parameters'] as Json[] | undefined) ?? []).filter((p) => p['in'] === 'query');
      const success = Object.entries(op['responses'] as Record<string, Json>).find(([status]) => status.startsWith('2'))?.[1];
      const json = (success?.['content'] as Record<string, Json> | undefined)?.['application/json'];
      const examples = json?.['examples'] as Record<string, { value: unknown }> | undefined;
      operations.push({
        method: method.toUpperCase(),
        template,
        pattern,
        operationId: String(op['operationId']),
        ...(bodySchema ? { validateBody: ajv.compile(jsonSchema(bodySchema) as Json) } : {}),
        validateQuery: queryAjv.compile({
          type: 'object',
          properties: Object.fromEntries(queryParams.map((p) => [p['name'], p['schema']])),
          additionalProperties: false,
        }),
        ...(json?.['schema'] ? { validateResponse: ajv.compile(jsonSchema(json['schema']) as Json) } : {}),
        ...(examples ? { exampleResponse: Object.values(examples)[0]?.value } : {}),
      });
    }
  }
  return { operations, ajv };
}

function errorsOf(validate: ValidateFunction | undefined, data: unknown, what: string): string[] {
  if (!validate || validate(data)) return [];
  return (validate.errors ?? []).map((e) => `${what}${e.instancePath} ${e.message ?? ''}`.trim());
}

let shared: Operation[] | undefined;

/** Schema violations of a request body for an operation of the REST description (e.g. `checks/update`). */
export function requestBodyProblems(operationId: string, body: unknown): string[] {
  shared ??= loadOperations().operations;
  const op = shared.find((o) => o.operationId === operationId);
  if (!op?.validateBody) throw new Error(`no request body schema for ${operationId}`);
  return errorsOf(op.validateBody, body, 'body');
}

export class FakeGitHub {
  readonly requests: RecordedRequest[] = [];
  /** Requests no operation of the spec matches. */
  readonly unmatched: string[] = [];
  /** Replies of ours that the spec's response schema rejects (the fake must look like GitHub). */
  readonly badReplies: string[] = [];
  private readonly operations = loadOperations().operations;
  private readonly server = http.createServer((req, res) => void this.handle(req, res));
  private nextCheckRunId = 1000;
  responder: Responder = () => undefined;
  /** The pull request files API serves these (paged like GitHub); compare lists them too. */
  pullFiles: unknown[] = [];
  /** Review comments on the pull request: created by reviews, edited by PATCH, listed by GET. */
  reviewComments: Json[] = [];
  private nextCommentId = 5000;

  async start(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return this.url;
  }

  get url(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  stop(): Promise<void> {
    // Hanging replies keep their sockets open: close them, or close() waits for ever.
    this.server.closeAllConnections();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  reset(): void {
    this.requests.length = 0;
    this.unmatched.length = 0;
    this.badReplies.length = 0;
    this.responder = () => undefined;
    this.pullFiles = [];
    this.reviewComments = [];
  }

  of(operationId: string): RecordedRequest[] {
    return this.requests.filter((r) => r.operationId === operationId);
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const url = new URL(req.url ?? '/', this.url);
    const method = req.method ?? 'GET';
    const op = this.operations.find((o) => o.method === method && o.pattern.test(url.pathname));
    const params = (op && op.pattern.exec(url.pathname)?.groups) ?? {};
    const query = Object.fromEntries(url.searchParams.entries());
    let body: unknown;
    const errors: string[] = [];
    if (raw) {
      try {
        body = JSON.parse(raw);
      } catch {
        errors.push('body is not JSON');
      }
    } else if (op?.validateBody) {
      errors.push('body is missing');
    }
    if (op && body !== undefined) errors.push(...errorsOf(op.validateBody, body, 'body'));
    // The query validator coerces types in place: give it a copy so the record keeps the strings.
    if (op) errors.push(...errorsOf(op.validateQuery, { ...query }, 'query'));
    const recorded: RecordedRequest = {
      method,
      path: url.pathname,
      operationId: op?.operationId,
      params: { ...params },
      query,
      authorization: req.headers.authorization,
      body,
      errors,
    };
    this.requests.push(recorded);
    if (!op) this.unmatched.push(`${method} ${url.pathname}`);

    const nth = this.requests.filter((r) => r.operationId === recorded.operationId).length;
    const reply: Reply =
      (!op ? { status: 404, body: { message: 'Not Found' } } : undefined) ??
      (errors.length ? { status: 422, body: { message: 'Invalid request.', errors } } : undefined) ??
      this.responder(recorded, nth) ??
      this.defaultReply(op as Operation, recorded);
    if (reply.hang) return;
    if (reply.status < 300 && op) {
      this.badReplies.push(...errorsOf(op.validateResponse, reply.body, `${op.operationId} reply`));
    }
    res.writeHead(reply.status, { 'content-type': 'application/json; charset=utf-8', ...reply.headers });
    res.end(reply.body === undefined ? '' : JSON.stringify(reply.body));
  }

  private defaultReply(op: Operation, request: RecordedRequest): Reply {
    const example = structuredClone(op.exampleResponse ?? {}) as Json;
    const body = (request.body ?? {}) as Json;
    switch (op.operationId) {
      case 'checks/create': {
        const id = this.nextCheckRunId++;
        return {
          status: 201,
          body: {
            ...example,
            id,
            name: body['name'],
            head_sha: body['head_sha'],
            status: body['status'] ?? 'queued',
            conclusion: null,
            completed_at: null,
            html_url: `https://github.com/${request.params['owner']}/${request.params['repo']}/runs/${id}`,
          },
        };
      }
      case 'checks/update':
        return {
          status: 200,
          body: { ...example, id: Number(request.params['check_run_id']), ...(body['conclusion'] ? { conclusion: body['conclusion'] } : {}) },
        };
      case 'pulls/list-files': {
        const perPage = Number(request.query['per_page'] ?? 30);
        const page = Number(request.query['page'] ?? 1);
        const last = Math.max(1, Math.ceil(this.pullFiles.length / perPage));
        const headers: Record<string, string> = {};
        if (page < last) {
          const next = new URL(`${this.url}${request.path}`);
          next.searchParams.set('per_page', String(perPage));
          next.searchParams.set('page', String(page + 1));
          headers['link'] = `<${next.href}>; rel="next"`;
        }
        return { status: 200, body: this.pullFiles.slice((page - 1) * perPage, page * perPage), headers };
      }
      case 'pulls/list-review-comments':
        return { status: 200, body: this.reviewComments };
      case 'pulls/create-review': {
        // Each comment of the review becomes a review comment, shaped like the spec's example.
        const template = (this.operations.find((o) => o.operationId === 'pulls/list-review-comments')?.exampleResponse as Json[] | undefined)?.[0] ?? {};
        const reviewId = this.nextCommentId++;
        for (const c of (body['comments'] as Json[] | undefined) ?? []) {
          const id = this.nextCommentId++;
          this.reviewComments.push({
            ...structuredClone(template),
            id,
            pull_request_review_id: reviewId,
            path: c['path'],
            line: c['line'],
            side: c['side'] ?? 'RIGHT',
            body: c['body'],
            commit_id: body['commit_id'],
            original_commit_id: body['commit_id'],
          });
        }
        return { status: 200, body: { ...example, id: reviewId, body: body['body'] ?? '', commit_id: body['commit_id'], state: 'COMMENTED' } };
      }
      case 'pulls/update-review-comment': {
        const comment = this.reviewComments.find((c) => c['id'] === Number(request.params['comment_id']));
        if (!comment) return { status: 404, body: { message: 'Not Found' } };
        comment['body'] = body['body'];
        return { status: 200, body: comment };
      }
      case 'repos/compare-commits-with-basehead':
        return { status: 200, body: { ...example, files: this.pullFiles } };
      default:
        return { status: 501, body: { message: `the fake has no default reply for ${op.operationId}` } };
    }
  }
}

/**
 * The fake API's life in one end-to-end test file: started before its tests, reset before each,
 * stopped after all of them, when the temporary directories listed in `dirs` are removed too.
 */
export function useFakeGitHub(api: FakeGitHub, dirs: string[]): void {
  beforeAll(async () => {
    await api.start();
  });
  afterAll(async () => {
    await api.stop();
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });
  beforeEach(() => api.reset());
}
