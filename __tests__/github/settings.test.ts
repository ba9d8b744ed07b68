import { load } from 'js-yaml';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { actionEnvironment, configFile } from '../../src/github/environment.js';
import { DEFAULT_CHECK_NAME, InputError, readSettings } from '../../src/github/settings.js';

const inputs = (values: Record<string, string>) => (name: string) => values[name] ?? '';

describe('readSettings', () => {
  test('defaults when the workflow sets nothing but the token', () => {
    expect(readSettings(inputs({ token: 't' }))).toEqual({
      token: 't',
      paths: [],
      failOn: 'error',
      checkName: DEFAULT_CHECK_NAME,
      annotationsLimit: 1000,
      timeBudgetSeconds: 600,
      reviewComments: false,
      helmRender: true,
    });
  });

  test('every input read, paths one per line', () => {
    const settings = readSettings(
      inputs({
        token: 't',
        paths: 'k8s/\n  eks/*.yaml  \n\n',
        config: '.github/mr.yaml',
        'fail-on': 'Warning',
        filter: 'new',
        'check-name': 'manifests',
        'annotations-limit': '0',
        'sarif-file': 'out.sarif',
        'time-budget': '30',
        'review-comments': 'TRUE',
        'helm-render': 'False',
      }),
    );
    expect(settings).toEqual({
      token: 't',
      paths: ['k8s/', 'eks/*.yaml'],
      config: '.github/mr.yaml',
      failOn: 'warning',
      filter: 'new',
      checkName: 'manifests',
      annotationsLimit: 0,
      sarifFile: 'out.sarif',
      timeBudgetSeconds: 30,
      reviewComments: true,
      helmRender: false,
    });
  });

  test.each([
    ['fail-on', 'errors', /fail-on must be one of error, warning, notice, never/],
    ['filter', 'diff', /filter must be one of new, changed, all/],
    ['annotations-limit', '-1', /annotations-limit must be a whole number/],
    ['annotations-limit', '1e3', /annotations-limit/],
    ['annotations-limit', '50001', /annotations-limit/],
    ['check-name', 'x'.repeat(101), /check-name/],
    ['time-budget', '0', /time-budget must be a whole number of seconds/],
    ['time-budget', '1.5', /time-budget/],
    ['review-comments', 'yes', /review-comments must be true or false/],
    ['helm-render', 'no', /helm-render must be one of true, false/],
  ])('%s=%j is refused, not guessed', (name, value, message) => {
    expect(() => readSettings(inputs({ [name]: value }))).toThrow(InputError);
    expect(() => readSettings(inputs({ [name]: value }))).toThrow(message);
  });

  test('action.yml declares exactly the inputs read here, and its defaults read as the documented defaults', () => {
    const action = load(readFileSync('action.yml', 'utf8')) as {
      inputs: Record<string, { default?: string }>;
      outputs: Record<string, unknown>;
      runs: { using: string; main: string };
    };
    const read = new Set<string>();
    const settings = readSettings((name) => {
      read.add(name);
      const value = action.inputs[name]?.default ?? '';
      return name === 'token' ? (value === '${{ github.token }}' ? 't' : 'wrong default') : value;
    });
    expect([...read].sort()).toEqual(Object.keys(action.inputs).sort());
    expect(settings).toEqual({
      token: 't',
      paths: [],
      failOn: 'error',
      checkName: DEFAULT_CHECK_NAME,
      annotationsLimit: 1000,
      timeBudgetSeconds: 600,
      reviewComments: false,
      helmRender: true,
    });
    expect(Object.keys(action.outputs).sort()).toEqual(['check-run-url', 'conclusion', 'errors', 'findings-file', 'notices', 'sarif-file', 'warnings']);
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
    // docs/action.md documents every input and output in its tables.
    const docs = readFileSync('docs/action.md', 'utf8');
    for (const name of [...Object.keys(action.inputs), ...Object.keys(action.outputs)]) expect(docs).toContain(`| \`${name}\``);
  });
});

describe('configFile', () => {
  test('a given config must exist; otherwise the default is used when present', () => {
    const workspace = mkdtempSync(path.join(tmpdir(), 'manifest-review-config-'));
    try {
      const env = actionEnvironment({ GITHUB_WORKSPACE: workspace });
      const settings = readSettings(inputs({}));
      expect(configFile(settings, env)).toEqual({});
      expect(() => configFile({ ...settings, config: 'missing.yaml' }, env)).toThrow(InputError);
      mkdirSync(path.join(workspace, '.github'));
      writeFileSync(path.join(workspace, '.github', 'manifest-review.yaml'), 'rules: {}\n');
      expect(configFile(settings, env)).toEqual({ configPath: path.join(workspace, '.github', 'manifest-review.yaml') });
    } finally {
      rmSync(workspace, { recursive: true, force: true });
    }
  });
});
