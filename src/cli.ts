#!/usr/bin/env node
import { closeSync, existsSync, lstatSync, openSync, readFileSync, realpathSync, statSync, writeSync } from 'node:fs';
import { once } from 'node:events';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { decodeText } from './collect/collect.js';
import { loadStream } from './load/helm-output.js';
import type { LoadedFile } from './load/types.js';
import { oneOf } from './choice.js';
import { FAIL_ON_LEVELS, reachesFailOn, type FailOn } from './findings.js';
import { prepareReview } from './engine/terraform.js';
import type { PreparedReview } from './engine/review.js';
import { GitError } from './collect/git.js';
import { reviewChange, type ChangeReviewOptions } from './engine/change.js';
import { capYoungGeneration } from './young-generation.js';
import { FILTER_MODES, type FilterMode } from './engine/filter.js';
import { jsonReportChunks } from './report/json.js';
import { sarifChunks } from './report/sarif.js';
import { compactReportChunks, terminalStyle, textReportChunks } from './report/text.js';
import { RULES } from './rules/index.js';
import { VERSION } from './version.js';

const USAGE = `usage: manifest-review [options] [paths...]

Reviews Kubernetes manifests, Kustomize overlays, Helm charts, eksctl, Karpenter, CloudFormation
and Terraform for memory budgets, subnet placement and version skew. A path of - reads manifests
from standard input; rendered Helm output (helm template ... | manifest-review -) is reported at
each document's template. Helm charts in the paths are rendered with helm template when helm is
on PATH; Kustomize roots are built natively.

options:
  --format text|compact|json|sarif
                              text: findings grouped by file, messages wrapped, colour
                              on a terminal (NO_COLOR / FORCE_COLOR respected);
                              compact: one \`path:line:col severity rule message\` line
                              a finding, for editors and problem matchers (default: text)
  --output FILE               write the report to FILE instead of standard output
  --config FILE               configuration file (default: .github/manifest-review.yaml
                              under the current directory, when it exists)
  --fail-on error|warning|notice|never
                              exit 1 when a finding is at or above this severity (default: error)
  --base-ref REF              also review the tree at git REF (read from git, no checkout):
                              upgrade checks compare with it, and --filter uses it
  --filter new|changed|all    new: findings absent at REF (same rule, file and object);
                              changed: new ones plus all findings in files changed since REF;
                              all: everything (default: changed with --base-ref, else all)
  --helm-render true|false    false: do not run helm template; each chart gets one notice
                              and only its plain manifests are reviewed (default: true)
  -h, --help                  show this help
  --version                   print the version
`;

class UsageError extends Error {}

/**
 * A report file that cannot be written is the caller's mistake (a missing folder): exit 2, say
 * where. Only the file's own errors: the report is made while it is written, and an error in
 * making it stays an internal error.
 */
function writeReport(file: string, report: Iterable<string>): void {
  const unwritable = (error: unknown) => new UsageError(`cannot write --output ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  let fd: number;
  try {
    fd = openSync(file, 'w');
  } catch (error) {
    throw unwritable(error);
  }
  try {
    for (const piece of report) {
      try {
        writeSync(fd, piece);
      } catch (error) {
        throw unwritable(error);
      }
    }
  } finally {
    closeSync(fd);
  }
}

function flag<T extends string>(name: string, value: string | undefined, allowed: readonly T[], fallback: T): T {
  return value === undefined ? fallback : oneOf(`--${name}`, value, allowed, (message) => new UsageError(message));
}

/** lstat, not stat: a symbolic link is there even when it leads nowhere (collect then says why it is skipped). */
function pathExists(absolute: string): boolean {
  try {
    lstatSync(absolute);
    return true;
  } catch {
    return false;
  }
}

/** A review the command line asks for, or the exit status of a command that is already answered. */
type Command = { exit: number } | { review: ChangeReviewOptions; format: 'text' | 'compact' | 'json' | 'sarif'; output?: string; failOn: FailOn };

function parseCommand(argv: readonly string[], cwd: string): Command {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        format: { type: 'string' },
        output: { type: 'string' },
        config: { type: 'string' },
        'fail-on': { type: 'string' },
        'base-ref': { type: 'string' },
        filter: { type: 'string' },
        'helm-render': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean' },
      },
    });
  } catch (error) {
    process.stderr.write(`manifest-review: ${(error as Error).message}\n${USAGE}`);
    return { exit: 2 };
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(USAGE);
    return { exit: 0 };
  }
  if (values.version) {
    process.stdout.write(`${VERSION}\n`);
    return { exit: 0 };
  }
  const format = flag('format', values.format, ['text', 'compact', 'json', 'sarif'] as const, 'text');
  if (values.output === '') throw new UsageError('--output needs a file name');
  const failOn = flag('fail-on', values['fail-on'], FAIL_ON_LEVELS, 'error');
  const baseRef = values['base-ref'];
  const filter = flag<FilterMode>('filter', values.filter, FILTER_MODES, baseRef !== undefined ? 'changed' : 'all');
  if (baseRef === undefined && filter !== 'all') throw new UsageError(`--filter ${filter} compares with a base: give --base-ref REF`);
  const helmRender = flag('helm-render', values['helm-render'], ['true', 'false'] as const, 'true') === 'true';
  // A mistyped path would otherwise review nothing and exit 0: a green run that checked nothing.
  const missing = positionals.filter((p) => p !== '-' && !pathExists(path.resolve(cwd, p))); // `-` is standard input
  if (missing.length > 0) throw new UsageError(`${missing.map((p) => JSON.stringify(p)).join(', ')}: no such file or directory`);
  const fromStdin = positionals.includes('-');
  const paths = positionals.filter((p) => p !== '-');
  return {
    review: {
      cwd,
      paths: paths.length || fromStdin ? paths : ['.'],
      ...(fromStdin ? { extraFiles: readStdin(cwd) } : {}),
      ...(baseRef !== undefined ? { baseRef } : {}),
      ...(values.config ? { config: values.config } : {}),
      ...(helmRender ? {} : { helm: { render: false } }),
      filter,
    },
    format,
    ...(values.output ? { output: values.output } : {}),
    failOn,
  };
}

function reportError(error: unknown): number {
  const reason =
    error instanceof UsageError || error instanceof GitError ? error.message : `internal error: ${error instanceof Error ? error.message : String(error)}`;
  process.stderr.write(`manifest-review: ${reason}\n`);
  return 2;
}

interface ReviewOutput {
  /** The report's text in pieces, made as they are written. */
  report: Iterable<string>;
  exit: number;
}

function review(command: Exclude<Command, { exit: number }>, prepared?: PreparedReview): ReviewOutput {
  const { format, output, failOn } = command;
  const result = reviewChange({ ...command.review, ...(prepared ? { prepared } : {}) });
  const suppressed = result.suppressed.length;
  const files = result.filesReviewed;
  const report =
    format === 'json'
      ? jsonReportChunks(result.findings, files, result.documents, suppressed)
      : format === 'sarif'
        ? sarifChunks(result.findings, { rules: RULES, version: VERSION, suppressed: result.suppressed })
        : format === 'compact'
          ? compactReportChunks(result.findings, files, suppressed)
          : textReportChunks(result.findings, files, suppressed, output ? terminalStyle({}, process.env) : terminalStyle(process.stdout, process.env));
  return { report, exit: reachesFailOn(result.findings, failOn) ? 1 : 0 };
}

/**
 * Writes to stdout one piece at a time, waiting while the reader is behind. A pipe takes what fits
 * and Node queues the rest without blocking, so written in one loop the whole report sat in that
 * queue: the synthetic 100k review piped to a reader peaked at the same RSS as with one string.
 */
async function writeToStdout(report: Iterable<string>): Promise<void> {
  try {
    for (const piece of report) if (!process.stdout.write(piece)) await once(process.stdout, 'drain');
  } catch (error) {
    // The reader went away (`| head`): nobody is left to read the rest, and the exit status still tells.
    if ((error as NodeJS.ErrnoException).code !== 'EPIPE') throw error;
  }
}

/**
 * The command line, synchronously: Terraform files are reviewed only when Terraform support
 * was prepared before (tests do; the executable goes through `runCli`).
 */
export function main(argv: readonly string[], cwd: string = process.cwd()): number {
  try {
    const command = parseCommand(argv, cwd);
    if ('exit' in command) return command.exit;
    const { report, exit } = review(command);
    if (command.output) writeReport(path.resolve(command.review.cwd, command.output), report);
    else for (const piece of report) process.stdout.write(piece);
    return exit;
  } catch (error) {
    return reportError(error);
  }
}

/**
 * The executable: the working tree is collected once, Terraform support loads (asynchronously)
 * only when a collected file is Terraform, and the review reuses that collection.
 */
export async function runCli(argv: readonly string[], cwd: string = process.cwd()): Promise<number> {
  try {
    const command = parseCommand(argv, cwd);
    if ('exit' in command) return command.exit;
    const { report, exit } = review(command, await prepareReview(command.review));
    if (command.output) writeReport(path.resolve(command.review.cwd, command.output), report);
    else await writeToStdout(report);
    return exit;
  } catch (error) {
    return reportError(error);
  }
}

/** Rendered output of a large chart runs to megabytes; past this it is not a review input. */
const MAX_STDIN_BYTES = 64 * 1024 * 1024;

/** `-`: the manifests on standard input, rendered Helm output mapped to its templates under `cwd`. */
function readStdin(cwd: string): LoadedFile[] {
  const bytes = readFileSync(0);
  if (bytes.length > MAX_STDIN_BYTES) throw new UsageError(`standard input is over ${MAX_STDIN_BYTES / 1024 / 1024} MiB`);
  const text = decodeText(bytes);
  if (text === undefined) throw new UsageError('standard input is not text (NUL bytes or invalid UTF-8)');
  const root = realpathSync(cwd);
  const readUnderRoot = (relative: string): string | undefined => {
    const absolute = path.resolve(root, relative);
    try {
      const real = realpathSync(absolute);
      // Only files of the tree: a `# Source:` line must not make the CLI read and quote /etc/passwd.
      if (path.relative(root, real).startsWith('..') || !statSync(real).isFile()) return undefined;
      return readFileSync(real, 'utf8');
    } catch {
      return undefined;
    }
  };
  return loadStream(text, readUnderRoot, existsSync(path.join(root, 'Chart.yaml')));
}

// Run only when executed, not when imported by tests.
const invokedAs = process.argv[1] ?? '';
if (/(?:^|[/\\])(?:cli\.(?:js|ts)|manifest-review)$/.test(invokedAs)) {
  capYoungGeneration();
  process.exitCode = await runCli(process.argv.slice(2));
}
