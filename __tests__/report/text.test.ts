import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Finding } from '../../src/findings.js';
import { escapeTerminal, PLAIN_STYLE, renderCompact, renderText, terminalStyle, wrap } from '../../src/report/text.js';
import { REPO_ROOT } from '../helpers/paths.js';

const finding = (over: Partial<Finding> = {}): Finding => ({
  rule: 'memory-budget/limit-exceeds-node',
  severity: 'error',
  path: 'k8s/app.yaml',
  startLine: 18,
  endLine: 18,
  startColumn: 22,
  message:
    'limits.memory 3.5Gi of Deployment rails does not fit the 3.1Gi a c5.large node has left for pods after kube-reserved, the eviction threshold and 6 DaemonSets',
  ...over,
});

describe('terminalStyle', () => {
  test.each([
    ['a terminal', { isTTY: true, columns: 80 }, {}, { color: true, symbols: true, width: 80 }],
    ['a pipe', {}, {}, { color: false, symbols: false, width: 100 }],
    ['a terminal with NO_COLOR', { isTTY: true, columns: 80 }, { NO_COLOR: '1' }, { color: false, symbols: true, width: 80 }],
    ['a terminal with an empty NO_COLOR (ignored, no-color.org)', { isTTY: true, columns: 80 }, { NO_COLOR: '' }, { color: true, symbols: true, width: 80 }],
    ['a pipe with FORCE_COLOR', {}, { FORCE_COLOR: '1' }, { color: true, symbols: true, width: 100 }],
    ['FORCE_COLOR wins over NO_COLOR', {}, { FORCE_COLOR: '', NO_COLOR: '1' }, { color: true, symbols: true, width: 100 }],
    ['a terminal with FORCE_COLOR=0', { isTTY: true, columns: 300 }, { FORCE_COLOR: '0' }, { color: false, symbols: true, width: 120 }],
    ['a dumb terminal', { isTTY: true, columns: 20 }, { TERM: 'dumb' }, { color: false, symbols: true, width: 40 }],
  ])('%s', (_name, destination, env, expected) => {
    expect(terminalStyle(destination, env)).toEqual(expected);
  });
});

describe('renderText', () => {
  test('grouped by file; every message wrapped under its location within the width', () => {
    const text = renderText(
      [
        finding(),
        finding({ startLine: 30, severity: 'warning', rule: 'version-skew/removed-api', message: 'short' }),
        finding({ path: 'k8s/z.yaml', severity: 'notice', rule: 'input/skipped', message: 'm' }),
      ],
      2,
      1,
      { ...PLAIN_STYLE, width: 60 },
    );
    const lines = text.split('\n');
    expect(lines.slice(0, 2)).toEqual(['k8s/app.yaml', '  k8s/app.yaml:18:22  error  memory-budget/limit-exceeds-node']);
    const message = lines.slice(2, lines.indexOf('  k8s/app.yaml:30:22  warning  version-skew/removed-api'));
    expect(message.length).toBeGreaterThan(1);
    for (const line of message) {
      expect(line.startsWith('    ')).toBe(true);
      expect(line.length).toBeLessThanOrEqual(60);
    }
    expect(message.map((l) => l.trim()).join(' ')).toBe(finding().message);
    expect(lines).toContain('k8s/z.yaml');
    expect(lines[lines.indexOf('k8s/z.yaml') - 1]).toBe(''); // a blank line between files
    expect(lines.at(-2)).toBe('3 findings (1 error, 1 warning, 1 notice) in 2 files reviewed; 1 suppressed');
  });

  test('colour and symbols only when the style says so', () => {
    const coloured = renderText([finding()], 1, 0, { color: true, symbols: true, width: 100 });
    expect(coloured).toContain('\u001b[31m✖ error\u001b[0m');
    expect(coloured).toContain('\u001b[1;4mk8s/app.yaml\u001b[0m');
    const symbolsOnly = renderText([finding()], 1, 0, { color: false, symbols: true, width: 100 });
    expect(symbolsOnly).toContain('  k8s/app.yaml:18:22  ✖ error  memory-budget/limit-exceeds-node');
    expect(symbolsOnly).not.toContain('\u001b');
  });

  test('wrap keeps every word and puts an over-long word on its own line', () => {
    expect(wrap('a bb ccc', 4)).toEqual(['a bb', 'ccc']);
    expect(wrap(`x ${'y'.repeat(10)} z`, 4)).toEqual(['x', 'y'.repeat(10), 'z']);
  });
});

describe('untrusted text cannot drive the terminal (issue 18)', () => {
  const hostile = finding({
    path: 'k8s/\u001b]0;owned\u0007evil\n.yaml',
    message: 'name \u001b[2J\u001b[31mcleared\u009b31m and \u202Eexe.yaml\u202C \u2066reordered\u2069\r over',
  });

  test.each([
    ['text', renderText([hostile], 1)],
    ['text with colour', renderText([hostile], 1, 0, { color: true, symbols: true, width: 100 })],
    ['compact', renderCompact([hostile], 1)],
  ])('%s: escape sequences, C1 controls and bidi controls are shown escaped, not sent', (_format, out) => {
    // Only our own colour sequences may remain: ESC followed by `[<digits;>m`.
    expect(out.replace(/\u001b\[[\d;]*m/g, '')).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/);
    expect(out).toContain('\\u{001b}[2J');
    expect(out).toContain('\\u{009b}31m');
    expect(out).toContain('\\u{202e}exe.yaml\\u{202c}');
    expect(out).toContain('k8s/\\u{001b}]0;owned\\u{0007}evil\\u{000a}.yaml');
  });

  test('escapeTerminal leaves ordinary text, tabs, newlines and non-Latin scripts alone', () => {
    expect(escapeTerminal('a\tb\nc — 内存 🚀 é')).toBe('a\tb\nc — 内存 🚀 é');
  });
});

/**
 * The CLI as a user runs it in a terminal: `script` gives it a real pseudo-terminal, so this is
 * process.stdout.isTTY as Node sees it, not a mock.
 */
const hasScript = spawnSync('script', ['--version'], { encoding: 'utf8' }).status === 0;
const describeTty = hasScript ? describe : describe.skip;
if (!hasScript) console.warn('skipped: the terminal tests need `script` (util-linux) to allocate a pseudo-terminal');

describeTty('the CLI in a real terminal', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'mr-tty-'));
    writeFileSync(path.join(dir, 'broken.yaml'), 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: [x\n');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const inTerminal = (env: Record<string, string>, args = ''): string => {
    const cli = path.join(REPO_ROOT, 'dist', 'cli.js');
    const inherited = { ...process.env };
    delete inherited['NO_COLOR'];
    delete inherited['FORCE_COLOR'];
    const run = spawnSync('script', ['-qec', `stty cols 90; ${JSON.stringify(process.execPath)} ${JSON.stringify(cli)} ${args} broken.yaml`, '/dev/null'], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...inherited, TERM: 'xterm-256color', ...env },
    });
    return run.stdout;
  };

  test('colour and symbols on a terminal', () => {
    const out = inTerminal({});
    expect(out).toContain('\u001b[31m✖ error\u001b[0m');
  });

  test('NO_COLOR: symbols, no colour', () => {
    const out = inTerminal({ NO_COLOR: '1' });
    expect(out).toContain('✖ error');
    expect(out).not.toContain('\u001b[');
  });

  test('--format compact stays plain on a terminal', () => {
    const out = inTerminal({}, '--format compact');
    expect(out).toMatch(/broken\.yaml:5:1 error input\/parse-error /);
    expect(out).not.toContain('\u001b[');
  });
});
