import { rmSync } from 'node:fs';
import { authConfig, basicCredential, ensureBaseCommit } from '../../src/github/base-commit.js';
import { makeRepo, type TempRepo } from '../helpers/git-repo.js';

const TOKEN = 'ghs_unit-token';
let repo: TempRepo;

beforeAll(() => {
  repo = makeRepo({ 'a.yaml': 'a: 1\n' }, { 'a.yaml': 'a: 2\n' });
});
afterAll(() => rmSync(repo.dir, { recursive: true, force: true }));

describe('ensureBaseCommit', () => {
  test('a commit the checkout has needs no fetch', () => {
    expect(ensureBaseCommit({ cwd: repo.dir, sha: repo.baseSha, token: TOKEN, serverUrl: 'https://github.com' })).toEqual({ state: 'present' });
  });

  test('only full object names reach git: an option or a ref expression is refused', () => {
    const masked: string[] = [];
    for (const sha of ['--upload-pack=touch /tmp/pwned', 'HEAD~1', repo.baseSha.slice(0, 12), '']) {
      const result = ensureBaseCommit({ cwd: repo.dir, sha, token: TOKEN, serverUrl: 'https://github.com', mask: (s) => masked.push(s) });
      expect(result.state).toBe('failed');
    }
    expect(masked).toEqual([]);
  });

  test('a failed fetch says why, masks the token and its header, and never repeats them', () => {
    const masked: string[] = [];
    const missing = 'e'.repeat(40);
    const result = ensureBaseCommit({ cwd: repo.dir, sha: missing, token: TOKEN, serverUrl: 'https://github.com', mask: (s) => masked.push(s) });
    expect(result.state).toBe('failed');
    const reason = result.state === 'failed' ? result.reason : '';
    expect(reason).toMatch(/origin/); // the repository has no remote called origin
    expect(reason).not.toContain(TOKEN);
    expect(masked).toEqual([TOKEN, basicCredential(TOKEN)]);
  });
});

describe('the credential, as actions/checkout sends it', () => {
  test('basic base64("x-access-token:TOKEN"), as an extra header scoped to the server', () => {
    expect(Buffer.from(basicCredential(TOKEN), 'base64').toString('utf8')).toBe(`x-access-token:${TOKEN}`);
    expect(authConfig(TOKEN, 'https://ghe.example.com/')).toEqual([
      '-c',
      `http.https://ghe.example.com/.extraheader=AUTHORIZATION: basic ${basicCredential(TOKEN)}`,
    ]);
  });
});
