import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { REPO_ROOT } from './paths.js';

/** The committed bundle, run exactly as the runner runs `runs.main`. */
export const BUNDLE = path.join(REPO_ROOT, 'dist', 'index.js');

export interface ActionRun {
  code: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  /** Workflow commands printed (`::error file=…::msg`), unescaped. */
  commands: WorkflowCommand[];
  /** The text of the `findings-file` output, read before the run's RUNNER_TEMP is removed. */
  findingsFile?: string;
}

export interface WorkflowCommand {
  command: string;
  properties: Record<string, string>;
  message: string;
}

/** Parses `name<<DELIM\nvalue\nDELIM` records of a GITHUB_OUTPUT file. */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<=]+)<<(.+)$/.exec(lines[i] ?? '');
    if (!m?.[1] || !m[2]) continue;
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== m[2]; i++) value.push(lines[i] ?? '');
    outputs[m[1]] = value.join('\n');
  }
  return outputs;
}

const unescapeData = (s: string) => s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
const unescapeProperty = (s: string) => unescapeData(s.replace(/%3A/g, ':').replace(/%2C/g, ','));

/**
 * Parses workflow commands the way the runner does (ActionCommand.TryParseV2): `::name props::message`,
 * props `k=v` separated by commas; honours `::stop-commands::TOKEN` … `::TOKEN::`.
 */
export function parseWorkflowCommands(stdout: string): WorkflowCommand[] {
  const commands: WorkflowCommand[] = [];
  let stopToken: string | undefined;
  for (const line of stdout.split(/\r?\n/)) {
    if (stopToken !== undefined) {
      if (line === `::${stopToken}::`) stopToken = undefined;
      continue;
    }
    const m = /^::([A-Za-z-]+)(?: ([^:]*))?::([\s\S]*)$/.exec(line);
    if (!m?.[1]) continue;
    if (m[1] === 'stop-commands') {
      stopToken = m[3];
      continue;
    }
    const properties: Record<string, string> = {};
    for (const pair of (m[2] ?? '').split(',').filter(Boolean)) {
      const eq = pair.indexOf('=');
      properties[pair.slice(0, eq)] = unescapeProperty(pair.slice(eq + 1));
    }
    commands.push({ command: m[1], properties, message: unescapeData(m[3] ?? '') });
  }
  return commands;
}

export interface RunOptions {
  workspace: string;
  eventName: string;
  payload: unknown;
  sha: string;
  apiUrl: string;
  repository?: string;
  inputs?: Record<string, string>;
  env?: Record<string, string>;
  /** Another copy of the bundle (default: the committed one). */
  bundle?: string;
}

/** Runs dist/index.js in a child process with the runner's INPUT_* and GITHUB_* variables. */
export function runAction(options: RunOptions): Promise<ActionRun> {
  const bundle = options.bundle ?? BUNDLE;
  if (!existsSync(bundle)) throw new Error(`${bundle} is missing: run \`npm run bundle\` (dist/ is committed)`);
  const runnerTemp = mkdtempSync(path.join(tmpdir(), 'manifest-review-runner-'));
  const eventPath = path.join(runnerTemp, 'event.json');
  const outputPath = path.join(runnerTemp, 'output');
  const summaryPath = path.join(runnerTemp, 'summary.md');
  writeFileSync(eventPath, JSON.stringify(options.payload));
  writeFileSync(outputPath, '');
  writeFileSync(summaryPath, '');
  const inputs = { token: 'ghs_test-token-do-not-print', 'check-name': 'manifest-review', 'fail-on': 'error', 'annotations-limit': '1000', ...options.inputs };
  const env: Record<string, string> = {
    PATH: process.env['PATH'] ?? '',
    HOME: process.env['HOME'] ?? runnerTemp,
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: options.workspace,
    GITHUB_EVENT_NAME: options.eventName,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_SHA: options.sha,
    GITHUB_REPOSITORY: options.repository ?? 'Codertocat/Hello-World',
    GITHUB_API_URL: options.apiUrl,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_OUTPUT: outputPath,
    GITHUB_STEP_SUMMARY: summaryPath,
    GITHUB_ACTION: 'review',
    GITHUB_ACTION_REPOSITORY: 'manifest-review/manifest-review',
    GITHUB_ACTION_REF: 'v1',
    RUNNER_TEMP: runnerTemp,
    MANIFEST_REVIEW_RETRY_BASE_MS: '5',
    ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v])),
    ...options.env,
  };
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bundle], { cwd: options.workspace, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString('utf8')));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => {
      const outputs = parseOutputFile(readFileSync(outputPath, 'utf8'));
      const findingsPath = outputs['findings-file'];
      const run: ActionRun = {
        code,
        stdout,
        stderr,
        outputs,
        summary: readFileSync(summaryPath, 'utf8'),
        commands: parseWorkflowCommands(stdout),
        ...(findingsPath && existsSync(findingsPath) ? { findingsFile: readFileSync(findingsPath, 'utf8') } : {}),
      };
      // A runner wipes its temp directory after each job; hundreds of runs must not pile up in /tmp.
      rmSync(runnerTemp, { recursive: true, force: true });
      resolve(run);
    });
  });
}
