import { jest } from '@jest/globals';
import { main } from '../../src/cli.js';
import { REPO_ROOT } from '../helpers/paths.js';

/** main() with stdout and stderr captured. */
function run(args: string[]): { code: number; out: string; err: string } {
  let out = '';
  let err = '';
  const stdout = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => ((out += String(chunk)), true));
  const stderr = jest.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => ((err += String(chunk)), true));
  try {
    return { code: main(args, REPO_ROOT), out, err };
  } finally {
    stdout.mockRestore();
    stderr.mockRestore();
  }
}

describe('a path that does not exist', () => {
  test('is a usage error: exit 2, one line naming it, no review printed', () => {
    const result = run(['examples/outage-2019', 'examples/outage-2O19-fixed']);
    expect(result.code).toBe(2);
    expect(result.err).toBe('manifest-review: "examples/outage-2O19-fixed": no such file or directory\n');
    expect(result.out).toBe('');
  });

  test('every missing path is named', () => {
    expect(run(['nope.yaml', 'examples', 'also/nope']).err).toBe('manifest-review: "nope.yaml", "also/nope": no such file or directory\n');
  });

  test('existing paths review as before', () => {
    const result = run(['--fail-on', 'never', 'examples/outage-2019']);
    expect(result.code).toBe(0);
    expect(result.err).toBe('');
    expect(result.out).toMatch(/in 3 files reviewed/);
  });
});
