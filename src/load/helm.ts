/**
 * Helm charts in the reviewed tree: find them, render each with the real `helm template`
 * when it is on PATH, and hand the rendered objects to the review in place of the templates.
 * Helm runs only as a renderer: no dependency update, no plugins, no cluster, no network,
 * an empty HOME, a timeout; nothing else of the pull request is executed.
 */
import { spawnSync } from 'node:child_process';
import {
  accessSync,
  constants,
  copyFileSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  realpathSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { decodeText, DEFAULT_MAX_FILE_BYTES } from '../collect/collect.js';
import { dump, load } from './js-yaml.js';
import { incompleteFinding, type Finding } from '../findings.js';
import { loadRendered, splitRendered } from './helm-output.js';
import { LineIndex } from './lines.js';
import { CHART_FILE, type LoadedDocument, type LoadedFile, type PathSegment, type SourceFile, type SourceLocation } from './types.js';
import { loadFile } from './yaml.js';
import { isInside } from '../collect/inside.js';

/** How charts are rendered: from the action's `helm-render` input or the CLI's `--helm-render`. */
export interface HelmSettings {
  /** false: charts are not rendered (`helm-render: false` in the action, `--helm-render false` on the CLI). */
  render: boolean;
  /** The helm executable; found on PATH when undefined. */
  binary?: string;
  /** Per `helm template` run. */
  timeoutMs?: number;
}

/** One entry of the config's `helm.charts`. Paths are relative to the review root. */
export interface HelmChartConfig {
  /** Position in `helm.charts`, for findings about the entry. */
  readonly index?: number;
  readonly path: string;
  readonly values?: readonly string[];
  readonly releaseName?: string;
  readonly namespace?: string;
  /** Kubernetes minor to render for (`.Capabilities.KubeVersion`), e.g. "1.29". */
  readonly kubeVersion?: string;
}

/** The config's `helm` section; without `charts`, every chart of the tree is reviewed. */
export interface HelmConfig {
  readonly charts?: readonly HelmChartConfig[];
}

const DEFAULT_HELM_TIMEOUT_MS = 60_000;
/** Rendered output larger than this is refused: it would cost more than a review is worth. */
const MAX_OUTPUT_BYTES = 64 * 1024 * 1024;
/** Entries walked looking for symlinks out of the tree before a chart is handed to helm. */
const MAX_CHART_ENTRIES = 20_000;

const HELM_REVIEW_ADVICE =
  'to review them, run the action with helm on PATH (GitHub-hosted Ubuntu runners have it) and `helm-render: true`, or pipe the rendered chart in: `helm template <release> <chart> | manifest-review -`';

/** The `helm` executable on PATH, or undefined. */
export function findHelm(env: NodeJS.ProcessEnv = process.env): string | undefined {
  for (const dir of (env.PATH ?? '').split(path.delimiter)) {
    if (!dir) continue;
    const candidate = path.join(dir, process.platform === 'win32' ? 'helm.exe' : 'helm');
    try {
      accessSync(candidate, constants.X_OK);
      if (lstatSync(candidate).isDirectory()) continue;
      return candidate;
    } catch {
      // not here
    }
  }
  return undefined;
}

export interface Chart {
  /** Directory of Chart.yaml, relative to the review root ('' = the root itself). */
  dir: string;
  /** `name` from Chart.yaml: the first segment of the `# Source:` paths helm prints. */
  name: string;
}

function parentDir(file: string): string {
  const at = file.lastIndexOf('/');
  return at < 0 ? '' : file.slice(0, at);
}

function join(dir: string, rest: string): string {
  return dir ? `${dir}/${rest}` : rest;
}

function within(dir: string, file: string): string | undefined {
  if (dir === '') return file;
  return file.startsWith(`${dir}/`) ? file.slice(dir.length + 1) : undefined;
}

function chartName(text: string | undefined, dir: string): string {
  try {
    const name = (load(text ?? '') as { name?: unknown } | null)?.name;
    if (typeof name === 'string' && name.trim() !== '') return name.trim();
  } catch {
    // an unreadable Chart.yaml: helm itself will say what is wrong when it renders
  }
  return dir.split('/').pop() || 'chart';
}

/**
 * The charts to render: every directory with a Chart.yaml among the files, or on disk above a
 * file up to the review root (`paths: charts/web/templates` still finds charts/web). A chart
 * inside another chart's `charts/` directory is a subchart: helm renders it with its parent.
 */
export function findCharts(files: readonly (SourceFile | LoadedFile)[], root?: string): Chart[] {
  const texts = new Map<string, string | undefined>();
  for (const f of files) if (CHART_FILE.test(f.path)) texts.set(parentDir(f.path), f.text);
  if (root !== undefined) {
    const checked = new Set<string>();
    for (const f of files) {
      for (let dir = parentDir(f.path); !checked.has(dir); dir = parentDir(dir)) {
        checked.add(dir);
        if (!texts.has(dir) && !dir.startsWith('..') && existsSync(path.join(root, dir, 'Chart.yaml'))) {
          try {
            texts.set(dir, readFileSync(path.join(root, dir, 'Chart.yaml'), 'utf8'));
          } catch {
            texts.set(dir, undefined);
          }
        }
        if (dir === '') break;
      }
    }
  }
  const dirs = [...texts.keys()].sort();
  const isSubchart = (dir: string): boolean => dirs.some((other) => other !== dir && within(other, dir)?.startsWith('charts/'));
  return dirs.filter((dir) => !isSubchart(dir)).map((dir) => ({ dir, name: chartName(texts.get(dir), dir) }));
}

/**
 * The chart a file belongs to when helm consumes it (templates, subcharts), else undefined. Which
 * chart owns a file depends only on its directory: `owners` answers each directory once, by
 * walking up to the nearest chart whose `templates/` or `charts/` holds it (the nearest is the
 * one nested charts give it to, argocd/app-of-apps/ over argocd/). Every chart tried for every
 * file was 3,622 × 33 template strings and prefix tests on the corpus (23–40 ms wall, loaded machine).
 */
function chartOwner(charts: readonly Chart[]): (file: string) => Chart | undefined {
  const byDir = new Map(charts.map((c) => [c.dir, c]));
  const owners = new Map<string, Chart | undefined>();
  return (file) => {
    const dir = parentDir(file);
    if (owners.has(dir)) return owners.get(dir);
    let owner: Chart | undefined;
    // Every directory `file` is within, nearest first, down to the root ('').
    for (let up = dir; ; up = parentDir(up)) {
      const chart = byDir.get(up);
      const rest = chart ? (within(up, file) ?? '') : '';
      if (chart && (rest.startsWith('templates/') || rest.startsWith('charts/'))) {
        owner = chart;
        break;
      }
      if (up === '') break;
    }
    owners.set(dir, owner);
    return owner;
  };
}

export interface HelmRun {
  ok: boolean;
  stdout: string;
  /** Why it failed, one line, from helm's own message. */
  reason?: string;
  /** It was stopped for taking too long (its own timeout or the review's budget). */
  timedOut?: boolean;
}

/** Runs helm with a clean environment: no user config, plugins, repositories or kubeconfig. */
function runHelm(binary: string, args: readonly string[], timeoutMs: number): HelmRun {
  const home = mkdtempSync(path.join(tmpdir(), 'manifest-review-helm-'));
  try {
    const result = spawnSync(binary, [...args], {
      cwd: home,
      encoding: 'utf8',
      timeout: Math.max(1, Math.ceil(timeoutMs)),
      killSignal: 'SIGKILL',
      maxBuffer: MAX_OUTPUT_BYTES,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        PATH: process.env.PATH ?? '',
        HOME: home,
        HELM_CACHE_HOME: path.join(home, 'cache'),
        HELM_CONFIG_HOME: path.join(home, 'config'),
        HELM_DATA_HOME: path.join(home, 'data'),
        HELM_PLUGINS: path.join(home, 'plugins'),
        KUBECONFIG: path.join(home, 'kubeconfig'),
      },
    });
    if (result.error) {
      const code = (result.error as NodeJS.ErrnoException).code;
      const reason =
        code === 'ETIMEDOUT'
          ? `helm did not finish within ${Math.round(timeoutMs / 1000)} s`
          : code === 'ENOBUFS'
            ? `the rendered output is over ${MAX_OUTPUT_BYTES / 1024 / 1024} MiB`
            : `helm could not run (${code ?? result.error.message})`;
      return { ok: false, stdout: '', reason, ...(code === 'ETIMEDOUT' ? { timedOut: true } : {}) };
    }
    if (result.status !== 0) {
      const lines = (result.stderr ?? '').split('\n').map((l) => l.trim());
      const error = lines.find((l) => l.startsWith('Error:')) ?? lines.find((l) => l !== '') ?? `exit status ${result.status ?? 'unknown'}`;
      return { ok: false, stdout: '', reason: error.replace(/[\u0000-\u001f\u007f]/g, ' ').slice(0, 400) };
    }
    return { ok: true, stdout: result.stdout };
  } finally {
    rmSync(home, { recursive: true, force: true });
  }
}

/** A symlink under the chart that leaves `boundary`, which helm would follow; or undefined. */
function linkOutside(chartDir: string, boundary: string): string | undefined {
  let budget = MAX_CHART_ENTRIES;
  const visit = (dir: string): string | undefined => {
    let entries: string[];
    try {
      entries = readdirSync(dir);
    } catch {
      return undefined;
    }
    for (const entry of entries) {
      if (--budget < 0) return undefined;
      const full = path.join(dir, entry);
      const stats = lstatSync(full, { throwIfNoEntry: false });
      if (!stats) continue;
      if (stats.isSymbolicLink()) {
        let target: string;
        try {
          target = realpathSync(full);
        } catch {
          continue;
        }
        if (!isInside(boundary, target)) return path.relative(chartDir, full).split(path.sep).join('/');
      } else if (stats.isDirectory()) {
        const found = visit(full);
        if (found) return found;
      }
    }
    return undefined;
  };
  return visit(chartDir);
}

const QUANTITY_WITH_UNIT = /^[0-9]+(?:\.[0-9]+)?(?:[KMGTPE]i|[kMGTPE]|m)$/;

interface ValuesLeaf {
  segments: string[];
  value: string | number;
  doc: LoadedDocument;
}

/** Leaves of values files that `accept`, later files overriding earlier ones, never inside lists. */
function valuesLeaves(valuesDocs: readonly LoadedDocument[], accept: (value: unknown) => value is string | number): Map<string, ValuesLeaf> {
  const leaves = new Map<string, ValuesLeaf>();
  const walk = (value: unknown, segments: string[], doc: LoadedDocument): void => {
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      for (const [key, child] of Object.entries(value)) walk(child, [...segments, key], doc);
    } else if (accept(value)) {
      leaves.set(JSON.stringify(segments), { segments, value, doc });
    } else {
      // A later file that sets the key to something else, or to a list, takes the leaf back.
      leaves.delete(JSON.stringify(segments));
    }
  };
  for (const doc of valuesDocs) walk(doc.value, [], doc);
  return leaves;
}

const isQuantity = (value: unknown): value is string => typeof value === 'string' && QUANTITY_WITH_UNIT.test(value);
const isCount = (value: unknown): value is number => typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;

function setPath(target: Record<string, unknown>, segments: readonly string[], value: string | number): void {
  let node = target;
  segments.forEach((segment, i) => {
    if (i === segments.length - 1) node[segment] = value;
    else node = (node[segment] ??= {}) as Record<string, unknown>;
  });
}

/** Every string and number scalar of a value with its path. */
function* scalarLeaves(value: unknown, segments: PathSegment[] = []): Generator<[PathSegment[], string | number]> {
  if (typeof value === 'string' || typeof value === 'number') yield [segments, value];
  else if (Array.isArray(value)) for (let i = 0; i < value.length; i++) yield* scalarLeaves(value[i], [...segments, i]);
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) yield* scalarLeaves(v, [...segments, k]);
}

function valueAt(value: unknown, segments: readonly PathSegment[]): unknown {
  let node = value;
  for (const segment of segments) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, unknown>)[segment];
  }
  return node;
}

function identity(chunkValue: unknown, source: string | undefined): string {
  const v = chunkValue as { kind?: unknown; metadata?: { name?: unknown } } | null;
  return `${source ?? ''}|${String(v?.kind)}|${String(v?.metadata?.name)}`;
}

/**
 * The rendered fields that count pods, which the memory-budget rules point at (`replicas`,
 * an HPA's `minReplicas`/`maxReplicas`, a Job's `parallelism`/`completions`). Numbers are
 * traced only into these: every number a marker replaces may change what a chart's logic
 * renders, so the marker render changes no more numbers than the findings can use.
 */
const COUNT_FIELDS = new Set(['replicas', 'minReplicas', 'maxReplicas', 'parallelism', 'completions']);

/** The numbers the first render wrote into COUNT_FIELDS. */
function renderedCounts(output: string): Set<number> {
  const counts = new Set<number>();
  for (const chunk of splitRendered(output)) {
    let value: unknown;
    try {
      value = load(chunk.text);
    } catch {
      continue;
    }
    for (const [segments, scalar] of scalarLeaves(value)) {
      const field = segments[segments.length - 1];
      if (typeof scalar === 'number' && typeof field === 'string' && COUNT_FIELDS.has(field)) counts.add(scalar);
    }
  }
  return counts;
}

/**
 * helm reads values files into float64s and prints 1,000,000 and above as `1e+06`: number
 * markers stay below that, and skip any number the first render already printed.
 */
const FIRST_COUNT_MARKER = 900_001;
const LAST_COUNT_MARKER = 999_999;

/**
 * Values-key tracing by a further render with marker values. Every quantity-valued key of the
 * values files whose value appears in the output (`resources.limits.memory: 512Mi`) is set to
 * a unique marker quantity of the same unit (`770000001Mi`) in an extra values file, and every
 * integer key whose value the first render wrote into a field that counts pods
 * (`replicaCount: 3` → `replicas: 3`) to a unique marker number (900001…); where the marker
 * render shows a marker, that rendered field comes from that key, and a finding about it points
 * at the key's line. A field is traced only when setting the keys to markers changed exactly
 * that field to exactly that key's marker. When the numbers change what the chart renders
 * (`if gt replicaCount 1` adds an object), a render with the quantity markers alone traces the
 * quantities and the numbers stay untraced. Limits: keys inside lists are not traced (a values
 * file replaces a list whole); a value a template computes from the key (`mul`, `add`, string
 * edits, `quote` on a number) is not; if the marker render fails or yields different objects,
 * nothing is traced and findings point at the templates.
 */
function traceValues(
  output: string,
  valuesDocs: readonly LoadedDocument[],
  render: (extraValuesFile: string) => HelmRun,
): Map<string, TracedField[]> | undefined {
  const quantities = [...valuesLeaves(valuesDocs, isQuantity).values()].filter((leaf) => output.includes(String(leaf.value)));
  const quantityMarkers = quantities.map((leaf, i): [ValuesLeaf, string] => [leaf, `${770_000_001 + i}${/[A-Za-z]+$/.exec(String(leaf.value))?.[0] ?? ''}`]);
  const counted = renderedCounts(output);
  const counts = [...valuesLeaves(valuesDocs, isCount).values()].filter((leaf) => counted.has(leaf.value as number));
  const countMarkers: [ValuesLeaf, number][] = [];
  for (let marker = FIRST_COUNT_MARKER; marker <= LAST_COUNT_MARKER && countMarkers.length < counts.length; marker++) {
    const leaf = counts[countMarkers.length];
    if (leaf && !output.includes(String(marker))) countMarkers.push([leaf, marker]);
  }
  // One render for both kinds; only when the numbers changed what the chart renders does a
  // second one trace the quantities alone.
  const both = traceByMarkers(output, [...quantityMarkers, ...countMarkers], render);
  if (both || countMarkers.length === 0 || quantityMarkers.length === 0) return both;
  return traceByMarkers(output, quantityMarkers, render);
}

/** One marker render: each leaf set to its marker; the fields that show exactly a marker (and showed the leaf's value) came from its key. */
function traceByMarkers(
  output: string,
  marked: readonly (readonly [ValuesLeaf, string | number])[],
  render: (extraValuesFile: string) => HelmRun,
): Map<string, TracedField[]> | undefined {
  if (marked.length === 0) return undefined;
  const markers = new Map<string | number, ValuesLeaf>();
  const overrides: Record<string, unknown> = {};
  for (const [leaf, marker] of marked) {
    markers.set(marker, leaf);
    setPath(overrides, leaf.segments, marker);
  }
  const dir = mkdtempSync(path.join(tmpdir(), 'manifest-review-markers-'));
  try {
    const file = path.join(dir, 'markers.yaml');
    writeFileSync(file, dump(overrides));
    const second = render(file);
    if (!second.ok) return undefined;
    const first = splitRendered(output);
    const again = splitRendered(second.stdout);
    if (first.length !== again.length) return undefined;
    const traces = new Map<string, TracedField[]>();
    const perSource = new Map<string, number>();
    for (let i = 0; i < first.length; i++) {
      const a = first[i];
      const b = again[i];
      if (!a || !b || a.source !== b.source) return undefined;
      let valueA: unknown;
      let valueB: unknown;
      try {
        valueA = load(a.text);
        valueB = load(b.text);
      } catch {
        return undefined;
      }
      if (identity(valueA, a.source) !== identity(valueB, b.source)) return undefined;
      if (valueA === null || valueA === undefined) continue;
      const index = perSource.get(a.source ?? '') ?? 0;
      perSource.set(a.source ?? '', index + 1);
      const fields: TracedField[] = [];
      for (const [segments, scalar] of scalarLeaves(valueB)) {
        const leaf = markers.get(scalar);
        if (leaf && valueAt(valueA, segments) === leaf.value) fields.push({ rendered: segments, doc: leaf.doc, key: leaf.segments });
      }
      if (fields.length) traces.set(`${a.source ?? ''}#${index}`, fields);
    }
    return traces;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A rendered field that a values key wrote, found by traceValues. */
interface TracedField {
  rendered: PathSegment[];
  doc: LoadedDocument;
  key: string[];
}

function startsWith(path: readonly PathSegment[], prefix: readonly PathSegment[]): boolean {
  return prefix.length <= path.length && prefix.every((s, i) => s === path[i]);
}

/**
 * The values key behind a rendered path: the traced field itself, or, for a path above traced
 * fields (a finding about a container's `resources`), the values mapping they all came from
 * when they agree on one and the keys below it match (`resources: {{ toYaml .Values.resources }}`).
 */
function valuesKeyOf(fields: readonly TracedField[], at: readonly PathSegment[]): SourceLocation | undefined {
  const exact = fields.find((f) => f.rendered.length === at.length && startsWith(f.rendered, at));
  if (exact) return { path: exact.doc.path, range: exact.doc.locate(exact.key) };
  let common: { doc: LoadedDocument; key: string[] } | undefined;
  for (const field of fields) {
    if (!startsWith(field.rendered, at)) continue;
    const below = field.rendered.slice(at.length);
    const depth = field.key.length - below.length;
    if (depth < 1 || below.some((s, i) => s !== field.key[depth + i])) return undefined;
    const key = field.key.slice(0, depth);
    if (common && (common.doc !== field.doc || JSON.stringify(common.key) !== JSON.stringify(key))) return undefined;
    common = { doc: field.doc, key };
  }
  return common && { path: common.doc.path, range: common.doc.locate(common.key) };
}

/** How many unreviewed template files a chart's finding names before "and N more". */
const MAX_NAMED_TEMPLATES = 5;

/**
 * A Go template comment, with or without trim markers (`{{/* x *\/}}`, `{{- /* x *\/ -}}`):
 * text/template accepts exactly one space, tab or newline between the marker and the comment.
 */
const TEMPLATE_COMMENT = /\{\{(?:-[ \t\r\n])?\/\*[\s\S]*?\*\/(?:[ \t\r\n]-)?\}\}/g;

/**
 * The text helm would emit for a template file with no template action: the file itself, with
 * template comments blanked to spaces (same offsets, same lines); undefined when any other
 * action (`{{` of any kind) remains, since then only a render knows what the file becomes.
 */
export function plainManifestText(text: string): string | undefined {
  if (!text.includes('{{')) return text;
  const blanked = text.replace(TEMPLATE_COMMENT, (comment) => comment.replace(/[^\r\n]/g, ' '));
  return blanked.includes('{{') ? undefined : blanked;
}

/**
 * Under the chart's or a vendored subchart's templates/, and a file helm emits: every file there
 * but partials (`_x`) and NOTES.txt, whatever its extension — helm 4.1.4 prints a plain
 * `templates/x.json`, `x.txt` or `x.tpl` as a manifest like any `.yaml`.
 */
function isEmittedManifest(inChart: string): boolean {
  const name = /^(?:charts\/[^/]+\/)*templates\/(?:[^/]+\/)*([^/]+)$/.exec(inChart)?.[1];
  return name !== undefined && !name.startsWith('_') && name !== 'NOTES.txt';
}

function isUnderTemplates(inChart: string): boolean {
  return /^(?:charts\/[^/]+\/)*templates\//.test(inChart);
}

/**
 * Files under the chart's templates directories that the review does not collect (`_helpers.tpl`,
 * `x.txt`): helm emits them too, so plain ones are reviewed and the rest named. YAML and JSON ones
 * are left out: the review would have collected them unless the paths or excludes left them out
 * on purpose. Bounded, and symlinks are not followed.
 */
function uncollectedTemplateFiles(root: string, chart: Chart): string[] {
  const found: string[] = [];
  let budget = MAX_CHART_ENTRIES;
  const visit = (rel: string, depth: number): void => {
    let entries: string[];
    try {
      entries = readdirSync(path.join(root, chart.dir, rel)).sort();
    } catch {
      return;
    }
    for (const entry of entries) {
      if (--budget < 0 || found.length > 100) return;
      const child = rel ? `${rel}/${entry}` : entry;
      const stats = lstatSync(path.join(root, chart.dir, child), { throwIfNoEntry: false });
      if (!stats || stats.isSymbolicLink()) continue;
      if (stats.isDirectory()) {
        // templates/ at any depth below the chart and its vendored subcharts, nothing else.
        if (depth < 12 && (isUnderTemplates(`${child}/`) || /^(?:charts\/[^/]+\/)*(?:charts\/[^/]+|charts)$/.test(child))) visit(child, depth + 1);
      } else if (stats.isFile() && isUnderTemplates(child) && entry !== 'NOTES.txt' && !/\.(?:ya?ml|json)$/i.test(entry)) {
        found.push(join(chart.dir, child));
      }
    }
  };
  visit('', 0);
  return found;
}

/**
 * A chart's files when it is not rendered: the plain manifests (reviewed as raw YAML), the files
 * that load as nothing, and the template files left unreviewed (for the chart's finding).
 * `uncollected` are the chart's uncollectedTemplateFiles under `root`, read here.
 */
function splitUnrendered(
  chart: Chart,
  files: readonly SourceFile[],
  root: string,
  uncollected: readonly string[],
): { plain: SourceFile[]; empty: SourceFile[]; unreviewed: string[] } {
  const plain: SourceFile[] = [];
  const empty: SourceFile[] = [];
  const unreviewed: string[] = [];
  for (const file of files) {
    const inChart = within(chart.dir, file.path) ?? file.path;
    const text = isEmittedManifest(inChart) ? plainManifestText(file.text) : undefined;
    if (text !== undefined) plain.push({ path: file.path, text });
    else {
      empty.push(file);
      if (isUnderTemplates(inChart) && !/(?:^|\/)NOTES\.txt$/.test(inChart)) unreviewed.push(file.path);
    }
  }
  for (const rel of uncollected) {
    const text = isEmittedManifest(within(chart.dir, rel) ?? rel) ? readSmallText(path.join(root, rel)) : undefined;
    const plainText = text === undefined ? undefined : plainManifestText(text);
    if (plainText !== undefined) plain.push({ path: rel, text: plainText });
    else unreviewed.push(rel);
  }
  unreviewed.sort();
  return { plain, empty, unreviewed };
}

/** A regular file's text when it is within the review's per-file limit and text at all. */
function readSmallText(file: string): string | undefined {
  try {
    const stats = lstatSync(file);
    return stats.isFile() && stats.size <= DEFAULT_MAX_FILE_BYTES ? decodeText(readFileSync(file)) : undefined;
  } catch {
    return undefined;
  }
}

/** The names of the dependencies a Chart.yaml or requirements.yaml lists. */
function dependencyNames(text: string | undefined): string[] {
  try {
    const deps = (load(text ?? '') as { dependencies?: unknown } | null)?.dependencies;
    if (!Array.isArray(deps)) return [];
    return deps.flatMap((d: unknown) => {
      const name = (d as { name?: unknown } | null)?.name;
      return typeof name === 'string' && name !== '' ? [name] : [];
    });
  } catch {
    return [];
  }
}

function readText(file: string): string | undefined {
  try {
    return lstatSync(file).isFile() ? readFileSync(file, 'utf8') : undefined;
  } catch {
    return undefined;
  }
}

/** The files that list a chart's dependencies: Chart.yaml (apiVersion v2), requirements.yaml (v1), and their locks. */
const DEPENDENCY_FILES = ['Chart.yaml', 'Chart.lock', 'requirements.yaml', 'requirements.lock'];

/**
 * Dependencies the chart's metadata lists that charts/ does not hold, which helm refuses to
 * render without ("found in Chart.yaml, but missing in charts/ directory"). Like helm, a
 * dependency is there when a subchart directory's Chart.yaml has its name, or an archive is
 * named `<name>-<version>.tgz`.
 */
export function missingDependencies(chartDir: string): string[] {
  const wanted = [
    ...new Set([...dependencyNames(readText(path.join(chartDir, 'Chart.yaml'))), ...dependencyNames(readText(path.join(chartDir, 'requirements.yaml')))]),
  ];
  if (wanted.length === 0) return [];
  const vendored = new Set<string>();
  const archives: string[] = [];
  let entries: string[] = [];
  try {
    entries = readdirSync(path.join(chartDir, 'charts'));
  } catch {
    // no charts/ at all: every dependency is missing
  }
  for (const entry of entries.slice(0, MAX_CHART_ENTRIES)) {
    const full = path.join(chartDir, 'charts', entry);
    const stats = lstatSync(full, { throwIfNoEntry: false });
    if (stats?.isDirectory()) vendored.add(chartName(readText(path.join(full, 'Chart.yaml')), entry));
    else if (stats?.isFile() && /\.(?:tgz|tar\.gz)$/.test(entry)) archives.push(entry);
  }
  return wanted.filter((name) => !vendored.has(name) && !archives.some((a) => a.startsWith(`${name}-`)));
}

/** Largest chart copied to render it without its missing dependencies. */
const MAX_COPY_BYTES = 64 * 1024 * 1024;

/**
 * A copy of the chart in a new directory under `scratchRoot` whose metadata lists only the
 * dependencies it vendors. Symlinks are not copied (never followed: the copy lives outside the
 * tree, where a relative link would point somewhere else). Undefined when the chart is too big.
 */
function copyWithoutDependencies(chartDir: string, missing: readonly string[], scratchRoot: string): string | undefined {
  const target = path.join(scratchRoot, path.basename(chartDir) || 'chart');
  let entries = MAX_CHART_ENTRIES;
  let bytes = MAX_COPY_BYTES;
  const copy = (from: string, to: string): boolean => {
    mkdirSync(to, { recursive: true });
    for (const entry of readdirSync(from)) {
      if (--entries < 0) return false;
      const source = path.join(from, entry);
      const stats = lstatSync(source, { throwIfNoEntry: false });
      if (!stats) continue;
      if (stats.isDirectory()) {
        if (!copy(source, path.join(to, entry))) return false;
      } else if (stats.isFile()) {
        bytes -= stats.size;
        if (bytes < 0) return false;
        copyFileSync(source, path.join(to, entry));
      }
    }
    return true;
  };
  if (!copy(chartDir, target)) return undefined;
  const left = new Set(missing);
  for (const file of DEPENDENCY_FILES) {
    const text = readText(path.join(target, file));
    if (text === undefined) continue;
    let value: unknown;
    try {
      value = load(text);
    } catch {
      continue;
    }
    if (!value || typeof value !== 'object' || !Array.isArray((value as { dependencies?: unknown }).dependencies)) continue;
    const record = value as { dependencies: unknown[] };
    record.dependencies = record.dependencies.filter((d) => !left.has(String((d as { name?: unknown } | null)?.name)));
    writeFileSync(path.join(target, file), dump(record));
  }
  return target;
}

export interface HelmContext {
  /** Absolute directory the files' paths are relative to. */
  root: string;
  /** Nothing outside it is handed to helm (default: `root`). */
  boundary?: string;
  settings: HelmSettings;
  config?: HelmConfig;
  /** Where a chart's files are on disk, when not at `root/dir` (a base revision extracted from git). */
  chartOnDisk?: (chart: Chart) => string | undefined;
  /**
   * Milliseconds rendering may still take (the review's time budget), asked once, when the
   * first chart is about to be rendered; no helm run starts after that and a running one is cut short.
   */
  timeLeftMs?: () => number;
  /**
   * Kubernetes minor charts are rendered for when their entry names none: the cluster's, so
   * a chart that picks API versions by `.Capabilities.KubeVersion` renders what that cluster
   * gets, not what helm's own client version would.
   */
  kubeVersion?: string;
}

export interface PreparedSources {
  /** The files to load: chart templates replaced by their rendered documents. */
  sources: (SourceFile | LoadedFile)[];
  findings: Finding[];
  charts: Chart[];
}

function emptyFile(file: SourceFile): LoadedFile {
  return { path: file.path, documents: [], findings: [], text: file.text, lineCount: new LineIndex(file.text).lineCount };
}

function chartNotice(chart: Chart, message: string): Finding {
  return { rule: 'input/skipped', severity: 'notice', path: join(chart.dir, 'Chart.yaml'), startLine: 1, endLine: 1, message };
}

const RELEASE_NAME = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;

function releaseNameOf(chart: Chart, configured: HelmChartConfig | undefined): string {
  if (configured?.releaseName) return configured.releaseName;
  const name = chart.name
    .toLowerCase()
    .replace(/[^-a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 53);
  return RELEASE_NAME.test(name) ? name : 'release';
}

/**
 * Replaces the templates of every chart among `files` (files under its `templates/` and
 * `charts/`) with what `helm template` renders from them. Without helm or with rendering off
 * the chart gets a notice; a render that fails is an `input/build-failed` warning (a helm
 * timeout or the budget running out, `input/incomplete`). Either way the chart's plain
 * manifests (no template action) are reviewed as they are, and the files with template
 * actions are named as not reviewed. Dependencies that are not vendored are left out of a
 * second render rather than failing it. Files outside charts pass through untouched.
 */
export function prepareCharts(files: readonly SourceFile[], context: HelmContext): PreparedSources {
  const charts = findCharts(files, context.chartOnDisk ? undefined : context.root);
  if (charts.length === 0) return { sources: [...files], findings: [], charts };
  const owned = new Map<Chart, SourceFile[]>();
  const rest: SourceFile[] = [];
  const ownerOf = chartOwner(charts);
  for (const file of files) {
    const owner = ownerOf(file.path);
    if (owner) {
      const list = owned.get(owner) ?? [];
      list.push(file);
      owned.set(owner, list);
    } else rest.push(file);
  }
  const binary = context.settings.render ? (context.settings.binary ?? findHelm()) : undefined;
  const byPath = new Map(files.map((f) => [f.path, f]));
  const sources: (SourceFile | LoadedFile)[] = [...rest];
  const findings: Finding[] = [];
  let deadline: number | undefined;
  for (const chart of charts) {
    const templates = owned.get(chart) ?? [];
    // Files the review does not collect are looked for on disk only for a chart inside the reviewed
    // paths, and only when needed (the chart is not rendered, or has no collected template): one walk.
    const inTree = !context.chartOnDisk && byPath.has(join(chart.dir, 'Chart.yaml'));
    let uncollectedFound: string[] | undefined;
    const uncollected = (): string[] => (uncollectedFound ??= inTree ? uncollectedTemplateFiles(context.root, chart) : []);
    // A chart whose templates/ holds only files the review does not collect (`api.txt`) is still
    // a chart helm installs: those files are manifests too.
    if (templates.length === 0 && uncollected().length === 0) continue;
    const configured = context.config?.charts?.find((c) => c.path.replace(/\/+$/, '') === chart.dir);
    // The config names the charts to review and this is not one: the user's choice, nothing of it is reviewed.
    const skip = (why: string): void => {
      sources.push(...templates.map(emptyFile));
      findings.push(
        chartNotice(chart, `not reviewed: the ${templates.length} template file${templates.length === 1 ? '' : 's'} of Helm chart \`${chart.name}\`: ${why}`),
      );
    };
    /**
     * The chart was not rendered: its plain manifests are what helm would emit verbatim, so they
     * are reviewed as they are; a PR must not get a manifest past the gate by adding a Chart.yaml
     * beside it. Only the files with real template actions go unreviewed, named in the finding.
     */
    const unrendered = (why: string, outcome: 'notice' | 'build-failed' | 'incomplete'): void => {
      const split = splitUnrendered(chart, templates, context.root, uncollected());
      sources.push(...split.plain, ...split.empty.map(emptyFile));
      const named = split.unreviewed;
      const shown = named.slice(0, MAX_NAMED_TEMPLATES).map((p) => `\`${within(chart.dir, p) ?? p}\``);
      const more = named.length > shown.length ? `, and ${named.length - shown.length} more` : '';
      const what =
        named.length > 0
          ? `the ${named.length} template file${named.length === 1 ? '' : 's'} of Helm chart \`${chart.name}\` (${shown.join(', ')}${more})`
          : `Helm chart \`${chart.name}\` was not rendered, but none of its template files holds a template action`;
      const plain =
        split.plain.length > 0
          ? `; its ${split.plain.length} file${split.plain.length === 1 ? '' : 's'} under templates/ with no template action ${split.plain.length === 1 ? 'is' : 'are'} reviewed as helm would emit ${split.plain.length === 1 ? 'it' : 'them'}`
          : '';
      const where = join(chart.dir, 'Chart.yaml');
      if (outcome === 'incomplete') {
        // Out of time is an error, like every budget overrun: a PR must not hide its chart behind a slow render.
        findings.push(incompleteFinding(where, `not reviewed: ${what}: ${why}${plain}`));
      } else if (outcome === 'build-failed') {
        // Like a kustomization that does not build: a warning at the chart, not a quiet notice.
        findings.push({
          rule: 'input/build-failed',
          severity: 'warning',
          path: where,
          startLine: 1,
          endLine: 1,
          message: `not rendered, so not reviewed: ${what}: ${why}${plain}`,
        });
      } else findings.push(chartNotice(chart, `not reviewed: ${what}: ${why}${plain}`));
    };
    if (context.config?.charts && !configured) {
      skip("the chart is not listed in the config's `helm.charts`");
      continue;
    }
    if (!context.settings.render) {
      unrendered(`rendering is turned off (the action's \`helm-render: false\` or the CLI's \`--helm-render false\`); ${HELM_REVIEW_ADVICE}`, 'notice');
      continue;
    }
    if (!binary) {
      unrendered(`helm is not on PATH; ${HELM_REVIEW_ADVICE}`, 'notice');
      continue;
    }
    // A tree of many slow charts must not outlast the review's budget: each run gets what is left.
    deadline ??= Date.now() + (context.timeLeftMs?.() ?? Infinity);
    const left = deadline - Date.now();
    if (left <= 0) {
      unrendered("the review's time budget ran out before it was rendered", 'incomplete');
      continue;
    }
    const timeoutMs = Math.min(context.settings.timeoutMs ?? DEFAULT_HELM_TIMEOUT_MS, left);
    const rendered = renderChart(chart, configured, binary, timeoutMs, deadline, context, byPath);
    if ('reason' in rendered) {
      unrendered(`\`helm template\` failed: ${rendered.reason}`, rendered.timedOut === true ? 'incomplete' : 'build-failed');
      continue;
    }
    for (const message of rendered.notices) findings.push(chartNotice(chart, message));
    const renderedPaths = new Set(rendered.files.map((f) => f.path));
    sources.push(...rendered.files, ...templates.filter((t) => !renderedPaths.has(t.path)).map(emptyFile));
  }
  sources.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { sources, findings, charts };
}

/** Whether each helm binary knows `--skip-schema-validation` (helm 3.16 and later), asked once. */
const schemaValidationSkippable = new Map<string, boolean>();

function skipsSchemaValidation(binary: string): boolean {
  let known = schemaValidationSkippable.get(binary);
  if (known === undefined) {
    const help = runHelm(binary, ['template', '--help'], 10_000);
    known = help.ok && help.stdout.includes('--skip-schema-validation');
    schemaValidationSkippable.set(binary, known);
  }
  return known;
}

/**
 * The first JSON schema of the chart or a subchart (or a subchart archive, which may hold one),
 * relative to `chartDir`, as a phrase: helm validates values against them and fetches the URLs
 * their `$ref`s name. A chart too large to look through may hold one. Undefined when there is none.
 */
function schemaIn(chartDir: string): string | undefined {
  let budget = MAX_CHART_ENTRIES;
  const walk = (dir: string): string | undefined => {
    let names: string[];
    try {
      names = readdirSync(path.join(chartDir, dir));
    } catch {
      return undefined;
    }
    for (const name of names) {
      if (--budget < 0) return `a schema among its more than ${MAX_CHART_ENTRIES.toLocaleString('en-US')} files`;
      const rel = dir ? `${dir}/${name}` : name;
      const stats = lstatSync(path.join(chartDir, rel), { throwIfNoEntry: false });
      if (stats?.isFile() && (name === 'values.schema.json' || /\.(?:tgz|tar\.gz)$/.test(name))) return `\`${rel}\``;
      if (stats?.isDirectory()) {
        const found = walk(rel);
        if (found) return found;
      }
    }
    return undefined;
  };
  return walk('');
}

function renderChart(
  chart: Chart,
  configured: HelmChartConfig | undefined,
  binary: string,
  timeoutMs: number,
  deadline: number,
  context: HelmContext,
  byPath: ReadonlyMap<string, SourceFile>,
): { files: LoadedFile[]; notices: string[] } | { reason: string; timedOut?: boolean } {
  const boundary = realpathSync(context.boundary ?? context.root);
  const onDisk = context.chartOnDisk ? context.chartOnDisk(chart) : path.join(context.root, chart.dir);
  if (!onDisk || !existsSync(path.join(onDisk, 'Chart.yaml'))) return { reason: 'the chart directory could not be read' };
  const chartBoundary = context.chartOnDisk ? realpathSync(onDisk) : boundary;
  const escaping = linkOutside(onDisk, chartBoundary);
  if (escaping) return { reason: `\`${escaping}\` is a symbolic link out of the reviewed tree; the chart was not handed to helm` };
  const valuesFiles: string[] = [];
  for (const values of configured?.values ?? []) {
    const absolute = path.resolve(context.root, values);
    let real: string;
    try {
      real = realpathSync(absolute);
    } catch {
      return { reason: `its values file \`${values}\` (config \`helm.charts\`) does not exist` };
    }
    if (!isInside(boundary, real)) return { reason: `its values file \`${values}\` is outside the reviewed tree` };
    valuesFiles.push(real);
  }
  // A values.schema.json may `$ref` any URL, which helm fetches while it validates: a pull
  // request must not make the runner request its cloud's metadata endpoint. The review needs the
  // rendered objects, not the validation.
  const skipSchemas = skipsSchemaValidation(binary);
  if (!skipSchemas) {
    const schema = schemaIn(onDisk);
    if (schema) {
      return {
        reason: `this helm cannot render without validating values against ${schema}, whose JSON schema may make it fetch URLs; helm 3.16 or later renders with --skip-schema-validation`,
      };
    }
  }
  // --skip-tests: test hooks are pods `helm test` starts on demand, not what an install runs.
  const kubeVersion = configured?.kubeVersion ?? context.kubeVersion;
  let renderFrom = onDisk;
  const baseArgs = (): string[] => [
    'template',
    releaseNameOf(chart, configured),
    renderFrom,
    '--namespace',
    configured?.namespace ?? 'default',
    '--skip-tests',
    ...(skipSchemas ? ['--skip-schema-validation'] : []),
    ...(kubeVersion ? ['--kube-version', kubeVersion] : []),
  ];
  const render = (extra: readonly string[]): HelmRun => {
    const left = Math.min(timeoutMs, deadline - Date.now());
    if (left <= 0) return { ok: false, stdout: '', reason: "the review's time budget ran out", timedOut: true };
    return runHelm(binary, [...baseArgs(), ...[...valuesFiles, ...extra].flatMap((v) => ['--values', v])], left);
  };
  let scratch: string | undefined;
  try {
    let first = render([]);
    const notices: string[] = [];
    const missing = first.ok || first.timedOut ? [] : missingDependencies(onDisk);
    if (missing.length > 0) {
      // Dependencies that are not vendored would need `helm dependency build` (the network): the
      // rest of the chart is rendered without them rather than not at all.
      const jobTemp = process.env.RUNNER_TEMP && existsSync(process.env.RUNNER_TEMP) ? process.env.RUNNER_TEMP : tmpdir();
      let copy: string | undefined;
      try {
        scratch = mkdtempSync(path.join(jobTemp, 'manifest-review-chart-'));
        copy = copyWithoutDependencies(onDisk, missing, scratch);
      } catch {
        // A copy that cannot be made (an unreadable file, a full disk) leaves helm's first error standing.
        copy = undefined;
      }
      if (copy) {
        renderFrom = copy;
        first = render([]);
        const names = missing.map((m) => `\`${m}\``).join(', ');
        notices.push(
          `Helm chart \`${chart.name}\` was rendered without ${missing.length === 1 ? 'its dependency' : 'its dependencies'} ${names}: listed in its metadata but not vendored under charts/, so their objects are not reviewed; vendor them (\`helm dependency build\`) to review them`,
        );
      }
    }
    if (!first.ok) return { reason: first.reason ?? 'unknown error', ...(first.timedOut ? { timedOut: true } : {}) };
    return { files: loadRenderedChart(chart, first.stdout, configured, onDisk, valuesFiles, byPath, render), notices };
  } finally {
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  }
}

/** The rendered objects of a chart, at their templates, with the values keys behind their fields traced. */
function loadRenderedChart(
  chart: Chart,
  output: string,
  configured: HelmChartConfig | undefined,
  onDisk: string,
  valuesFiles: readonly string[],
  byPath: ReadonlyMap<string, SourceFile>,
  render: (extra: readonly string[]) => HelmRun,
): LoadedFile[] {
  const valuesDocs = [join(chart.dir, 'values.yaml'), ...(configured?.values ?? []).map((v) => path.posix.normalize(v))].flatMap((rel, i) => {
    const known = byPath.get(rel);
    let text = known?.text;
    if (text === undefined) {
      const file = i === 0 ? path.join(onDisk, 'values.yaml') : (valuesFiles[i - 1] ?? '');
      try {
        text = readFileSync(file, 'utf8');
      } catch {
        return [];
      }
    }
    return loadFile({ path: rel, text }).documents.slice(0, 1);
  });
  const traces = traceValues(output, valuesDocs, (markers) => render([markers]));
  return loadRendered(output, {
    toPath: (source) => templatePath(chart, source),
    templateText: (p) => byPath.get(p)?.text ?? readTemplate(onDisk, within(chart.dir, p)),
    ...(traces
      ? {
          trace: (template: string, index: number, at: readonly PathSegment[]) => {
            const fields = traces.get(`${chart.name}/${within(chart.dir, template) ?? template}#${index}`);
            return fields && valuesKeyOf(fields, at);
          },
        }
      : {}),
  });
}

/**
 * The reviewed path of a `# Source:` line: `<chart name>/templates/x.yaml` → `<chart dir>/templates/x.yaml`.
 * A template can print any comment, so a Source that would leave the chart (`../`, absolute)
 * is not trusted: its documents are named after the chart's templates directory.
 */
export function templatePath(chart: Chart, source: string | undefined): string {
  const fallback = join(chart.dir, 'templates');
  if (source === undefined) return fallback;
  const prefix = `${chart.name}/`;
  const rest = path.posix.normalize(source.startsWith(prefix) ? source.slice(prefix.length) : source);
  if (rest.startsWith('../') || rest === '..' || path.posix.isAbsolute(rest) || rest === '.') return fallback;
  return join(chart.dir, rest);
}

function readTemplate(chartOnDisk: string, rel: string | undefined): string | undefined {
  if (rel === undefined || rel.split('/').includes('..')) return undefined;
  try {
    return readFileSync(path.join(chartOnDisk, rel), 'utf8');
  } catch {
    return undefined;
  }
}
