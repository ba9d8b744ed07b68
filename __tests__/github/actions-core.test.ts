import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as real from '@actions/core';
import { jest } from '@jest/globals';
import fc from 'fast-check';
import * as ours from '../../src/github/actions-core.js';

/**
 * The action prints and appends what `@actions/core` would, byte for byte: our copy of the
 * subset it uses (issue 17: the package's import costs ~1 MB of start-up bundle) against the package.
 */

let dir: string;
beforeAll(() => (dir = mkdtempSync(path.join(tmpdir(), 'mr-actions-core-'))));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** What `run` printed on stdout, and the exit code it set (restored afterwards). */
function printed(run: () => void): { stdout: string; exitCode: typeof process.exitCode } {
  const write = jest.spyOn(process.stdout, 'write').mockImplementation(() => true);
  const before = process.exitCode;
  try {
    run();
    return { stdout: write.mock.calls.map((c) => String(c[0])).join(''), exitCode: process.exitCode };
  } finally {
    write.mockRestore();
    process.exitCode = before;
  }
}

const text = fc.string({ maxLength: 40, unit: 'grapheme' }).map((s) => `${s}\r\n%:,${s}`);
const properties = fc.record(
  {
    title: fc.string({ maxLength: 10 }),
    file: text,
    startLine: fc.nat(5),
    endLine: fc.nat(5),
    startColumn: fc.nat(5),
    endColumn: fc.nat(5),
  },
  { requiredKeys: [] },
);

describe('actions-core prints what @actions/core prints', () => {
  test.each(['error', 'warning', 'notice'] as const)('%s, with and without annotation properties', (level) => {
    fc.assert(
      fc.property(text, properties, (message, props) => {
        expect(printed(() => ours[level](message, props))).toEqual(printed(() => real[level](message, props)));
        expect(printed(() => ours[level](message))).toEqual(printed(() => real[level](message)));
      }),
      { numRuns: 300 },
    );
  });

  test('info, setSecret, setFailed (exit code too), an Error as the message', () => {
    fc.assert(
      fc.property(text, (message) => {
        expect(printed(() => ours.info(message))).toEqual(printed(() => real.info(message)));
        expect(printed(() => ours.setSecret(message))).toEqual(printed(() => real.setSecret(message)));
        const failed = printed(() => ours.setFailed(message));
        expect(failed).toEqual(printed(() => real.setFailed(message)));
        expect(failed.exitCode).toBe(1);
        expect(printed(() => ours.warning(new Error(message)))).toEqual(printed(() => real.warning(new Error(message))));
      }),
      { numRuns: 200 },
    );
  });

  test('getInput: INPUT_<NAME>, spaces as underscores, trimmed', () => {
    process.env['INPUT_SOME_THING'] = '  value \n';
    try {
      expect(ours.getInput('some thing')).toBe(real.getInput('some thing'));
      expect(ours.getInput('some thing')).toBe('value');
      expect(ours.getInput('absent-input')).toBe(real.getInput('absent-input'));
    } finally {
      delete process.env['INPUT_SOME_THING'];
    }
  });

  test('setOutput: the same GITHUB_OUTPUT records (delimiters aside), or the set-output command without the file', () => {
    const saved = process.env['GITHUB_OUTPUT'];
    try {
      const values = ['', 'a', 'multi\nline\r\n%', 3, 0, { a: [1] }, null];
      const contents = [ours, real].map((core, i) => {
        const file = path.join(dir, `output-${i}.txt`);
        writeFileSync(file, '');
        process.env['GITHUB_OUTPUT'] = file;
        values.forEach((value, k) => core.setOutput(`name-${k}`, value));
        return readFileSync(file, 'utf8').replace(/ghadelimiter_[0-9a-f-]{36}/g, 'DELIMITER');
      });
      expect(contents[0]).toBe(contents[1]);
      expect(contents[0]).toContain('name-2<<DELIMITER\nmulti\nline\r\n%\nDELIMITER\n');
      delete process.env['GITHUB_OUTPUT'];
      for (const value of values) expect(printed(() => ours.setOutput('x', value))).toEqual(printed(() => real.setOutput('x', value)));
    } finally {
      if (saved === undefined) delete process.env['GITHUB_OUTPUT'];
      else process.env['GITHUB_OUTPUT'] = saved;
    }
  });

  test('summary: appended or overwritten the same way; the same errors without the file', async () => {
    const saved = process.env['GITHUB_STEP_SUMMARY'];
    try {
      const contents: string[] = [];
      for (const [i, core] of [ours, real].entries()) {
        const file = path.join(dir, `summary-${i}.md`);
        writeFileSync(file, 'before\n');
        process.env['GITHUB_STEP_SUMMARY'] = file;
        await core.summary.addRaw('## one', true).write();
        await core.summary.addRaw('two').addRaw(' and more', true).write({ overwrite: false });
        contents.push(readFileSync(file, 'utf8'));
        await core.summary.addRaw('three', true).write({ overwrite: true });
        contents.push(readFileSync(file, 'utf8'));
      }
      expect(contents.slice(0, 2)).toEqual(contents.slice(2));
      expect(contents[0]).toBe('before\n## one\ntwo and more\n');
      process.env['GITHUB_STEP_SUMMARY'] = path.join(dir, 'missing', 'summary.md');
      // The package caches the path it checked first: a fresh error message is compared through ours only.
      await expect(ours.summary.addRaw('x').write()).rejects.toThrow(/Unable to access summary file: '.*missing\/summary\.md'/);
      delete process.env['GITHUB_STEP_SUMMARY'];
      await expect(ours.summary.addRaw('x').write()).rejects.toThrow('Unable to find environment variable for $GITHUB_STEP_SUMMARY');
    } finally {
      if (saved === undefined) delete process.env['GITHUB_STEP_SUMMARY'];
      else process.env['GITHUB_STEP_SUMMARY'] = saved;
    }
  });
});
