import { readdirSync, readFileSync } from 'node:fs';
import { loadAll } from 'js-yaml';
import { runCli } from './cli/run-cli.js';
import { CORPUS } from './helpers/paths.js';
import path from 'node:path';
import { describeWithCorpus } from './helpers/corpus.js';

interface Report {
  findings: { rule: string; path: string; startLine: number; endLine: number; severity: string; message: string }[];
  summary: { files: number };
}

describeWithCorpus('the whole corpus through the bundled CLI', () => {
  let run: ReturnType<typeof runCli>;
  let report: Report;

  beforeAll(() => {
    run = runCli(['--format', 'json', path.relative(process.cwd(), CORPUS)]);
    report = JSON.parse(run.stdout) as Report;
  });

  test('completes with exit 0 or 1, never 2, and valid JSON', () => {
    expect([0, 1]).toContain(run.status);
    expect(run.stderr).toBe('');
    expect(report.summary.files).toBeGreaterThan(1500);
  });

  test('every finding points at a line that exists in its file', () => {
    const lineCounts = new Map<string, number>();
    for (const f of report.findings) {
      if (!lineCounts.has(f.path)) lineCounts.set(f.path, readFileSync(f.path, 'utf8').split('\n').length);
      const lines = lineCounts.get(f.path) ?? 0;
      expect(f.startLine).toBeGreaterThanOrEqual(1);
      expect(f.endLine).toBeGreaterThanOrEqual(f.startLine);
      expect(f.endLine).toBeLessThanOrEqual(lines);
    }
  });

  test('no parse error on any file of a Helm chart (a Chart.yaml above it), whether helm rendered it or not', () => {
    const charts: string[] = [];
    const walk = (dir: string): void => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        if (entry.isDirectory() && entry.name !== '.git' && entry.name !== 'node_modules') walk(path.join(dir, entry.name));
        else if (entry.name === 'Chart.yaml') charts.push(`${path.relative(process.cwd(), dir)}/`);
      }
    };
    walk(CORPUS);
    expect(charts.length).toBeGreaterThan(25);
    const inCharts = report.findings.filter((f) => charts.some((chart) => f.path.startsWith(chart)));
    // The charts are reviewed (rendered, or one notice each saying how), never reported as broken YAML.
    expect(inCharts.length).toBeGreaterThan(0);
    expect(inCharts.filter((f) => f.rule === 'input/parse-error').map((f) => `${f.path}:${f.startLine}`)).toEqual([]);
  });

  test('no parse error on a file that js-yaml itself parses', () => {
    const parseErrors = report.findings.filter((f) => f.rule === 'input/parse-error');
    expect(parseErrors.length).toBeGreaterThan(0); // the corpus does hold broken files
    for (const f of parseErrors) {
      expect(() => loadAll(readFileSync(f.path, 'utf8'))).toThrow();
    }
  });
});
