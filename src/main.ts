import * as core from '@actions/core';
import { atLeast, type Severity } from './findings.js';
import { reviewPaths } from './engine/review.js';
import { countBySeverity, renderText } from './report/text.js';

/** The action: review the workspace, annotate, and fail the job when findings reach `fail-on`. */
export async function run(): Promise<void> {
  try {
    const workspace = process.env['GITHUB_WORKSPACE'] ?? process.cwd();
    const paths = core.getMultilineInput('paths').filter((p) => p.trim() !== '');
    const failOn = (core.getInput('fail-on') || 'error') as Severity | 'never';
    const config = core.getInput('config');
    const result = reviewPaths({ cwd: workspace, workspace, paths: paths.length ? paths : ['.'], ...(config ? { config } : {}) });
    core.info(renderText(result.findings, result.tree.files.length, result.suppressed.length));
    const counts = countBySeverity(result.findings);
    core.setOutput('errors', counts.error);
    core.setOutput('warnings', counts.warning);
    core.setOutput('notices', counts.notice);
    if (failOn !== 'never' && result.findings.some((f) => atLeast(f.severity, failOn))) {
      core.setFailed(`manifest-review: ${counts.error} errors, ${counts.warning} warnings`);
    }
  } catch (error) {
    core.setFailed(error instanceof Error ? error.message : String(error));
  }
  await Promise.resolve();
}
