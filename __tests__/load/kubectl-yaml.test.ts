import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { collectFiles } from '../../src/collect/collect.js';
import { loadFile } from '../../src/load/yaml.js';

/** Input kubectl accepts is read as kubectl reads it (issue 18, "Smaller"). */

test('`!!binary` and `!!timestamp` (YAML 1.1 tags kubectl accepts) are not parse errors; values keep their text', () => {
  const loaded = loadFile({
    path: 'secret.yaml',
    text: 'apiVersion: v1\nkind: Secret\nmetadata:\n  name: s\ndata:\n  key: !!binary aGVsbG8=\n  when: !!timestamp 2001-12-14t21:59:43.10-05:00\n',
  });
  expect(loaded.findings).toEqual([]);
  expect((loaded.documents[0]?.value as { data: unknown }).data).toEqual({ key: 'aGVsbG8=', when: '2001-12-14t21:59:43.10-05:00' });
});

test('CR-only line endings give the right line numbers', () => {
  const lines = ['apiVersion: v1', 'kind: ConfigMap', 'metadata:', '  name: x', '  name: y', ''];
  for (const eol of ['\r', '\n', '\r\n']) {
    const loaded = loadFile({ path: 'cm.yaml', text: lines.join(eol) });
    expect([eol, loaded.findings.map((f) => [f.rule, f.startLine])]).toEqual([eol, [['input/parse-error', 5]]]);
    expect(loaded.lineCount).toBe(lines.length);
  }
});

test('a file name that is not valid UTF-8 is reviewed, not dropped', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'mr-names-'));
  try {
    // Latin-1 "café.yaml": the byte 0xE9 alone is not UTF-8.
    const name = Buffer.concat([Buffer.from('caf'), Buffer.from([0xe9]), Buffer.from('.yaml')]);
    writeFileSync(Buffer.concat([Buffer.from(`${dir}/`), name]), 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n');
    const { files, findings } = collectFiles({ cwd: dir, paths: ['.'], workspace: dir });
    expect(findings).toEqual([]);
    expect(files.map((f) => f.text.includes('ConfigMap'))).toEqual([true]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
