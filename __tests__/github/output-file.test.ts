import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readConfig } from '../../src/config/load.js';
import { OutputPathError, writeOutputFile } from '../../src/github/output-file.js';

/** The workspace boundary for what the action reads and writes (issue 18). */

let base: string;
let workspace: string;
let runnerTemp: string;
let outside: string;

beforeEach(() => {
  base = mkdtempSync(path.join(tmpdir(), 'mr-boundary-'));
  workspace = path.join(base, 'workspace');
  runnerTemp = path.join(base, 'runner-temp');
  outside = path.join(base, 'outside');
  for (const dir of [workspace, runnerTemp, outside]) mkdirSync(dir);
  writeFileSync(path.join(outside, 'victim.txt'), 'precious');
});
afterEach(() => rmSync(base, { recursive: true, force: true }));

describe('writeOutputFile (sarif-file)', () => {
  test('writes inside the workspace, creating directories', () => {
    const file = writeOutputFile('out/deep/results.sarif', '{}', { workspace });
    expect(readFileSync(file, 'utf8')).toBe('{}');
    expect(file).toBe(path.join(workspace, 'out', 'deep', 'results.sarif'));
  });

  test('a report given in pieces (the findings file) is written whole, in order, over an older file', () => {
    writeFileSync(path.join(workspace, 'findings.json'), 'an older and much longer report than the new one');
    const pieces = function* () {
      yield '{\n  "findings": [\n';
      yield '    {"rule": "x"}\n';
      yield '  ]\n}\n';
    };
    const file = writeOutputFile('findings.json', pieces(), { workspace });
    expect(readFileSync(file, 'utf8')).toBe('{\n  "findings": [\n    {"rule": "x"}\n  ]\n}\n');
  });

  test('writes under RUNNER_TEMP', () => {
    const file = writeOutputFile(path.join(runnerTemp, 'r.sarif'), '{}', { workspace, runnerTemp });
    expect(readFileSync(file, 'utf8')).toBe('{}');
  });

  test('a PR symlink at the path is never written through', () => {
    symlinkSync(path.join(outside, 'victim.txt'), path.join(workspace, 'results.sarif'));
    expect(() => writeOutputFile('results.sarif', 'overwritten', { workspace })).toThrow(OutputPathError);
    expect(() => writeOutputFile('results.sarif', 'overwritten', { workspace })).toThrow(/is a symbolic link/);
    expect(readFileSync(path.join(outside, 'victim.txt'), 'utf8')).toBe('precious');
  });

  test('nor a symlinked directory on the way', () => {
    symlinkSync(outside, path.join(workspace, 'out'));
    expect(() => writeOutputFile('out/victim.txt', 'overwritten', { workspace })).toThrow(/out is a symbolic link/);
    expect(readFileSync(path.join(outside, 'victim.txt'), 'utf8')).toBe('precious');
  });

  test('outside the workspace and RUNNER_TEMP: refused', () => {
    expect(() => writeOutputFile('../outside/new.sarif', '{}', { workspace, runnerTemp })).toThrow(/outside the workspace and RUNNER_TEMP/);
    expect(() => writeOutputFile('/etc/passwd', '{}', { workspace, runnerTemp })).toThrow(OutputPathError);
  });
});

describe('readConfig', () => {
  test('a config symlink that leaves the tree is refused and its target never read or named', () => {
    writeFileSync(path.join(outside, 'secret.yaml'), 'rules:\n  TOP-SECRET-VALUE: off\n');
    mkdirSync(path.join(workspace, '.github'));
    symlinkSync(path.join(outside, 'secret.yaml'), path.join(workspace, '.github', 'manifest-review.yaml'));
    const { findings, config } = readConfig(workspace);
    expect(findings).toEqual([expect.objectContaining({ rule: 'input/invalid-config', severity: 'error', path: '.github/manifest-review.yaml' })]);
    expect(findings[0]?.message).toContain('symbolic link that points outside the reviewed tree');
    expect(JSON.stringify(findings)).not.toMatch(/TOP-SECRET|secret\.yaml/);
    expect(config.rules).toEqual({});
  });

  test('a config symlink inside the tree is followed', () => {
    mkdirSync(path.join(workspace, '.github'));
    writeFileSync(path.join(workspace, 'shared.yaml'), 'rules:\n  memory-budget: off\n');
    symlinkSync(path.join(workspace, 'shared.yaml'), path.join(workspace, '.github', 'manifest-review.yaml'));
    const { findings, config } = readConfig(workspace);
    expect(findings).toEqual([]);
    expect(Object.keys(config.rules)).toEqual(['memory-budget']);
  });
});
