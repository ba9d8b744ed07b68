/**
 * Helm charts at the engine's level: the config's `helm.charts` checked against the tree, and the
 * charts of a change's base revision. A rendered template depends on the whole chart (its
 * values.yaml, helpers, subcharts) and on the values files the config names, so reusing the
 * head's rendering of an unchanged template file is right only when nothing the chart renders
 * from changed; otherwise the base chart is rendered again from the base commit.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { extractDirectoryAt } from '../collect/git-archive.js';
import { configFinding } from '../config/problems.js';
import type { Config } from '../config/types.js';
import type { Finding } from '../findings.js';
import { findCharts, prepareCharts, type HelmConfig, type HelmSettings, type PreparedSources } from '../load/helm.js';
import type { LoadedFile, SourceFile } from '../load/types.js';

/** Head files that must not be reused for the base: the templates of charts the change touched. */
export function chartFilesToReread(
  headFiles: readonly (SourceFile | LoadedFile)[],
  differing: ReadonlySet<string>,
  cwd: string,
  config: HelmConfig | undefined,
): Set<string> {
  const charts = findCharts(headFiles, cwd);
  const changed = charts.filter((chart) => {
    const values = config?.charts?.find((c) => c.path === chart.dir)?.values ?? [];
    return [...differing].some((p) => chart.dir === '' || p.startsWith(`${chart.dir}/`) || values.includes(p));
  });
  // Chart.yaml and values.yaml too: the base's rendering finds its charts and values among the files it reads.
  return new Set(headFiles.filter((f) => changed.some((c) => c.dir === '' || f.path.startsWith(`${c.dir}/`))).map((f) => f.path));
}

/**
 * prepareCharts for the base revision's files read from git: each chart among them is written
 * out from `commit` into a scratch directory and rendered from there, then the scratch is removed.
 */
export function prepareBaseCharts(
  files: readonly SourceFile[],
  options: { cwd: string; repositoryRoot: string; commit: string; settings: HelmSettings; config?: HelmConfig; kubeVersion?: string },
): PreparedSources {
  const scratch = mkdtempSync(path.join(tmpdir(), 'manifest-review-base-'));
  try {
    return prepareCharts(files, {
      root: options.cwd,
      settings: options.settings,
      ...(options.config ? { config: options.config } : {}),
      ...(options.kubeVersion ? { kubeVersion: options.kubeVersion } : {}),
      chartOnDisk: (chart) => {
        const fromRoot = path.relative(options.repositoryRoot, path.join(options.cwd, chart.dir)).split(path.sep).join('/');
        if (fromRoot.startsWith('..')) return undefined;
        return extractDirectoryAt(options.repositoryRoot, options.commit, fromRoot, scratch) ? path.join(scratch, fromRoot) : undefined;
      },
    });
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** A `helm.charts` entry whose path holds no Chart.yaml renders nothing: most likely a typo. */
export function helmConfigFindings(config: Config, cwd: string): Finding[] {
  const doc = config.document;
  if (!doc) return [];
  return (config.helm?.charts ?? []).flatMap((entry) =>
    entry.index === undefined || existsSync(path.join(cwd, entry.path, 'Chart.yaml'))
      ? []
      : [
          configFinding(doc, {
            path: ['helm', 'charts', entry.index, 'path'],
            severity: 'warning',
            message: `\`${entry.path}\` has no Chart.yaml, so no chart is rendered for this entry; give the directory that holds the chart's Chart.yaml, relative to the review root`,
          }),
        ],
  );
}

/** The one Kubernetes minor the config's clusters agree on, to render charts for; else undefined. */
export function configuredKubeVersion(config: Config): string | undefined {
  const versions = new Set(config.clusters.flatMap((c) => (c.version ? [c.version] : [])));
  return versions.size === 1 ? [...versions][0] : undefined;
}
