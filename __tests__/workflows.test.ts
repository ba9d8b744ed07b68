import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';
import { load } from 'js-yaml';
import { DEFAULT_CHECK_NAME } from '../src/github/settings.js';
import { PROJECT_REPOSITORY } from '../src/project.js';
import { REPO_ROOT } from './helpers/paths.js';

// Workflows cannot run here; they are held to SchemaStore's schemas for workflow and action files
// (vendored in __tests__/schemas/, see its README), and to what each of them is for.
const schema = (name: string): object => JSON.parse(readFileSync(path.join(REPO_ROOT, '__tests__', 'schemas', name), 'utf8')) as object;
// strict: false because SchemaStore uses annotations Ajv does not know (markdownDescription etc.).
const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false });
const validateWorkflow = ajv.compile(schema('github-workflow.json'));
const validateAction = ajv.compile(schema('github-action.json'));

type Step = { uses?: string; run?: string; with?: Record<string, unknown>; if?: string; name?: string };
type Job = { name?: string; steps?: Step[]; permissions?: Record<string, string> | string; with?: Record<string, unknown> };
type Workflow = { on: unknown; permissions?: Record<string, string> | string; jobs: Record<string, Job> };

function problems(validate: ValidateFunction, value: unknown): string[] {
  return validate(value) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''} ${JSON.stringify(e.params)}`);
}

const WORKFLOW_DIR = path.join(REPO_ROOT, '.github', 'workflows');
const WORKFLOW_FILES = readdirSync(WORKFLOW_DIR)
  .filter((f) => /\.ya?ml$/.test(f))
  .sort();
const workflow = (file: string): Workflow => load(readFileSync(path.join(WORKFLOW_DIR, file), 'utf8')) as Workflow;
const steps = (w: Workflow): Step[] => Object.values(w.jobs).flatMap((j) => j.steps ?? []);

/** Every ```yaml block of the user-facing docs that is a whole workflow (has top-level `jobs:`). */
function docWorkflows(): { where: string; workflow: Workflow }[] {
  const files = [
    'README.md',
    ...readdirSync(path.join(REPO_ROOT, 'docs'))
      .filter((f) => f.endsWith('.md'))
      .map((f) => `docs/${f}`),
  ];
  const found: { where: string; workflow: Workflow }[] = [];
  for (const file of files) {
    const text = readFileSync(path.join(REPO_ROOT, file), 'utf8');
    for (const m of text.matchAll(/```ya?ml\n([\s\S]*?)```/g)) {
      if (!/^jobs:/m.test(m[1] ?? '')) continue;
      const line = text.slice(0, m.index).split('\n').length;
      found.push({ where: `${file}:${line}`, workflow: load(m[1] ?? '') as Workflow });
    }
  }
  return found;
}

describe('the schemas are the real ones', () => {
  test('they reject what GitHub rejects', () => {
    expect(problems(validateWorkflow, { on: 'push', jobs: { a: { 'runs-on': 'ubuntu-latest', steps: [{ uses: 'x/y@v1', run: 'echo' }] } } })).not.toEqual([]);
    expect(problems(validateWorkflow, { on: 'push', jobs: { a: { 'runs-on': 'ubuntu-latest', stepz: [] } } })).not.toEqual([]);
    expect(problems(validateAction, { name: 'a', description: 'b', runs: { using: 'node8', main: 'x.js' } })).not.toEqual([]);
    expect(problems(validateAction, { name: 'a', description: 'b', runs: { using: 'node24', main: 'x.js' } })).toEqual([]);
  });
});

describe('.github/workflows', () => {
  test('there are the CI, release and dogfood workflows', () => {
    expect(WORKFLOW_FILES).toEqual(expect.arrayContaining(['ci.yml', 'release.yml', 'dogfood.yml']));
  });

  test.each(WORKFLOW_FILES)('%s is a valid workflow file', (file) => {
    expect(problems(validateWorkflow, workflow(file))).toEqual([]);
  });

  test.each(WORKFLOW_FILES)('%s grants the token no more than read access by default', (file) => {
    const w = workflow(file);
    expect(typeof w.permissions).toBe('object');
    expect(w.permissions).not.toHaveProperty('write-all');
  });

  test('ci.yml runs .ci/run', () => {
    expect(steps(workflow('ci.yml')).some((s) => /^bash \.ci\/run$/m.test(s.run ?? ''))).toBe(true);
  });

  test('release.yml: on v*.*.* tags, checks dist/, creates the release, moves the major tag', () => {
    const w = workflow('release.yml');
    expect(w.on).toEqual({ push: { tags: ['v*.*.*'] } });
    const runs = steps(w)
      .map((s) => s.run ?? '')
      .join('\n');
    expect(runs).toMatch(/npm run bundle[\s\S]*git status --porcelain -- dist/);
    expect(runs).toContain('gh release create "${TAG}" --verify-tag');
    expect(runs).toMatch(/git tag --force "\$\{major\}"[\s\S]*git push --force origin "refs\/tags\/\$\{major\}"/);
    expect(w.permissions).toEqual({ contents: 'write' });
  });

  test('dogfood.yml runs this repository\u2019s action on examples/', () => {
    const review = steps(workflow('dogfood.yml')).find((s) => s.uses === './');
    expect(review?.with?.['paths']).toMatch(/^examples\//);
  });
});

describe('action.yml', () => {
  const action = load(readFileSync(path.join(REPO_ROOT, 'action.yml'), 'utf8')) as { runs: { using: string; main: string } };

  test('is a valid action metadata file', () => {
    expect(problems(validateAction, action)).toEqual([]);
  });

  test('runs dist/index.js on node24 (docs/action.md says which runners that needs)', () => {
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
    expect(readFileSync(path.join(REPO_ROOT, 'docs', 'action.md'), 'utf8')).toMatch(/node24[\s\S]*2\.327\.1/);
  });
});

describe('workflow examples in the docs', () => {
  const examples = docWorkflows();

  test('there are examples to check', () => {
    expect(examples.length).toBeGreaterThanOrEqual(3);
  });

  test.each(examples.map((e) => [e.where, e.workflow] as const))('%s is a valid workflow file', (_where, w) => {
    expect(problems(validateWorkflow, w)).toEqual([]);
  });
});

/** Every job that runs this action, in the docs and in .github/workflows, with the step that does. */
function jobsRunningTheAction(): { where: string; id: string; job: Job; step: Step; workflow: Workflow }[] {
  const all = [...docWorkflows(), ...WORKFLOW_FILES.map((f) => ({ where: `.github/workflows/${f}`, workflow: workflow(f) }))];
  return all.flatMap(({ where, workflow: w }) =>
    Object.entries(w.jobs).flatMap(([id, job]) =>
      (job.steps ?? [])
        .filter((s) => s.uses === './' || s.uses?.startsWith(`${PROJECT_REPOSITORY}@`))
        .map((step) => ({ where: `${where} jobs.${id}`, id, job, step, workflow: w })),
    ),
  );
}

describe('every workflow that runs the action agrees with what it needs', () => {
  const jobs = jobsRunningTheAction();

  test('there are such workflows', () => {
    expect(jobs.length).toBeGreaterThanOrEqual(4);
  });

  test.each(jobs.map((j) => [j.where, j] as const))('%s: its check run cannot be mistaken for the job in branch protection', (_where, j) => {
    const checkName = String(j.step.with?.['check-name'] ?? DEFAULT_CHECK_NAME);
    expect(checkName).not.toBe(j.id);
    expect(checkName).not.toBe(j.job.name ?? j.id);
  });

  test.each(jobs.map((j) => [j.where, j] as const))('%s: the token can read the contents (the base commit is fetched with it)', (_where, j) => {
    const permissions = j.job.permissions ?? j.workflow.permissions;
    // No permissions key: the repository's default token, which can read contents.
    if (permissions === undefined) return;
    expect(typeof permissions === 'string' ? permissions : permissions['contents']).toMatch(/^(read|write|read-all|write-all)$/);
  });

  test('the default check-name has a space: no job id can equal it', () => {
    expect(DEFAULT_CHECK_NAME).toContain(' ');
    expect(problems(validateWorkflow, { on: 'push', jobs: { [DEFAULT_CHECK_NAME]: { 'runs-on': 'ubuntu-latest', steps: [{ run: 'true' }] } } })).not.toEqual(
      [],
    );
  });
});
