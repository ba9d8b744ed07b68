/**
 * `helm template` output → reviewable documents that point at the chart's files. Helm writes
 * every rendered document as `---`, a `# Source: <chart name>/templates/x.yaml` comment, then
 * the YAML; findings must name that template, not a line of a stream nobody commits.
 */
import type { Finding } from '../findings.js';
import { LineIndex, type SourceRange } from './lines.js';
import type { LoadedDocument, LoadedFile, PathSegment, SourceLocation } from './types.js';
import { loadFile } from './yaml.js';

/** One document of rendered output and the template it came from (undefined without a `# Source:` line). */
export interface RenderedChunk {
  source: string | undefined;
  text: string;
}

const SOURCE_COMMENT = /^#\s*Source:\s*(\S.*?)\s*$/;

/**
 * Splits rendered output at its `---` lines. A chunk holding only comments (Helm prints a
 * `# Source:` for a template that rendered to nothing) is dropped: it is no object.
 */
export function splitRendered(output: string): RenderedChunk[] {
  const chunks: RenderedChunk[] = [];
  const parts = output.split(/^---[ \t]*(?:#.*)?$/m);
  for (const text of parts) {
    let source: string | undefined;
    let content = false;
    for (const line of text.split('\n')) {
      const trimmed = line.trim();
      if (trimmed === '') continue;
      if (!trimmed.startsWith('#')) {
        content = true;
        break;
      }
      const m = SOURCE_COMMENT.exec(trimmed);
      if (m && source === undefined) source = m[1];
    }
    if (content) chunks.push({ source, text });
  }
  return chunks;
}

/** True when text looks like `helm template` output (at least one `# Source:` comment after a `---`). */
export function isRenderedOutput(text: string): boolean {
  return /^---[ \t]*\r?\n#\s*Source:\s*\S/m.test(text);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Positions inside the template a document was rendered from. The template is not YAML, so
 * there is no parse tree to follow: the key of each path segment is searched for in order,
 * each after the previous one (`spec:`, then `template:`, ...). The deepest key found is the
 * answer: for `resources: {{- toYaml .Values.resources | nindent 12 }}` a finding about
 * `resources.limits.memory` points at the `resources:` line that writes it. Limits: a key
 * the template spells through an action (`{{ $key }}:`) is not found, and a key repeated
 * between two segments may be matched early; the position is then an ancestor's.
 */
export function templateLocator(templateText: string): (value: unknown, path: readonly PathSegment[]) => SourceRange {
  const lines = new LineIndex(templateText);
  const lineEnd = (offset: number): number => {
    const end = templateText.indexOf('\n', offset);
    return end < 0 ? templateText.length : end;
  };
  return (value, path) => {
    const kind = (value as { kind?: unknown } | null)?.kind;
    let from = 0;
    if (typeof kind === 'string') {
      // A template file may hold several documents: start at the one of this kind.
      const kindLine = new RegExp(`^[ \\t]*kind:[ \\t]*["']?${escapeRegExp(kind)}["']?[ \\t]*(?:#.*)?$`, 'm').exec(templateText);
      if (kindLine) {
        const separator = templateText.lastIndexOf('\n---', kindLine.index);
        from = separator < 0 ? 0 : separator + 1;
      }
    }
    let found: { start: number; end: number } | undefined;
    let node: unknown = value;
    for (const segment of path) {
      node = node !== null && typeof node === 'object' ? (node as Record<string | number, unknown>)[segment] : undefined;
      if (typeof segment === 'number') {
        // Items of a list of named things (containers, volumes): skip to the item's own `name:` when the template spells it.
        const name = (node as { name?: unknown } | null | undefined)?.name;
        if (typeof name === 'string') {
          const item = new RegExp(`^([ \\t]*(?:-[ \\t]+)?)name:[ \\t]*["']?${escapeRegExp(name)}["']?[ \\t]*(?:#.*)?$`, 'gm');
          item.lastIndex = from;
          const m = item.exec(templateText);
          if (m) {
            // The item itself is where its mapping starts, as a plain YAML file would say.
            found = { start: m.index + (m[1] ?? '').length, end: lineEnd(m.index) };
            from = m.index;
          }
        }
        continue;
      }
      const key = new RegExp(`^([ \\t]*(?:-[ \\t]+)?)["']?${escapeRegExp(segment)}["']?[ \\t]*:`, 'gm');
      key.lastIndex = from;
      const m = key.exec(templateText);
      if (!m) break;
      found = { start: m.index + (m[1] ?? '').length, end: lineEnd(m.index) };
      from = m.index + m[0].length;
    }
    const at = found ?? { start: from, end: lineEnd(from) };
    return { start: lines.position(at.start), end: lines.position(at.end) };
  };
}

/** Where values-key tracing says a rendered value came from, per template and document. */
export type ValueTrace = (template: string, index: number, path: readonly PathSegment[]) => SourceLocation | undefined;

class RenderedDocument implements LoadedDocument {
  constructor(
    readonly path: string,
    readonly index: number,
    private readonly rendered: LoadedDocument,
    private readonly locator: ((value: unknown, path: readonly PathSegment[]) => SourceRange) | undefined,
    private readonly trace: ValueTrace | undefined,
  ) {}

  get value(): unknown {
    return this.rendered.value;
  }

  locate(path: readonly PathSegment[]): SourceRange {
    if (!this.locator) return { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } };
    return this.locator(this.rendered.value, path);
  }

  /** The rendered text: quantities are quoted as the cluster receives them. */
  valueText(path: readonly PathSegment[]): string | undefined {
    return this.rendered.valueText(path);
  }

  origin(path: readonly PathSegment[]): SourceLocation | undefined {
    return this.trace?.(this.path, this.index, path);
  }
}

export interface RenderedLoadOptions {
  /** The reviewed path of a `# Source:` template path (undefined: a document without one). */
  toPath: (source: string | undefined) => string;
  /** The template's own text, for positions; undefined when it is not at hand (stdin). */
  templateText?: (path: string) => string | undefined;
  trace?: ValueTrace;
}

/**
 * Loads rendered output as one file per template: its documents are the rendered objects,
 * positioned in the template, and its text is the template's (suppression comments written
 * in the template apply). Rendered YAML that does not parse becomes a finding on the template.
 */
export function loadRendered(output: string, options: RenderedLoadOptions): LoadedFile[] {
  const byPath = new Map<string, { documents: LoadedDocument[]; findings: Finding[] }>();
  const locators = new Map<string, ReturnType<typeof templateLocator> | undefined>();
  for (const chunk of splitRendered(output)) {
    const path = options.toPath(chunk.source);
    let entry = byPath.get(path);
    if (!entry) byPath.set(path, (entry = { documents: [], findings: [] }));
    if (!locators.has(path)) {
      const text = options.templateText?.(path);
      locators.set(path, text === undefined ? undefined : templateLocator(text));
    }
    const loaded = loadFile({ path, text: chunk.text });
    for (const finding of loaded.findings) {
      // Positions inside the rendered chunk mean nothing in the template: the file is named, line 1.
      entry.findings.push({ ...finding, path, startLine: 1, endLine: 1, startColumn: 1, endColumn: 1, message: `in the rendered output: ${finding.message}` });
    }
    for (const doc of loaded.documents) {
      if (doc.value === null || doc.value === undefined) continue;
      entry.documents.push(new RenderedDocument(path, entry.documents.length, doc, locators.get(path), options.trace));
    }
  }
  return [...byPath].map(([path, { documents, findings }]) => {
    const text = options.templateText?.(path) ?? '';
    return { path, documents, findings, text, lineCount: new LineIndex(text).lineCount };
  });
}

/** Display path of manifests read from standard input that name no template. */
export const STDIN_PATH = '<stdin>';

/**
 * Manifests read from standard input (`manifest-review -`). Rendered Helm output maps each
 * document to its `# Source:` template: the file itself when it is found under `root`
 * (run from the repository or the chart directory), else the path as helm printed it,
 * at line 1. Anything else is one plain YAML stream.
 */
export function loadStream(text: string, readUnderRoot: (relative: string) => string | undefined, rootIsChart: boolean): LoadedFile[] {
  if (!isRenderedOutput(text)) return [loadFile({ path: STDIN_PATH, text })];
  const resolved = new Map<string, { path: string; text: string | undefined }>();
  const resolve = (source: string): { path: string; text: string | undefined } => {
    let found = resolved.get(source);
    if (!found) {
      const direct = readUnderRoot(source);
      const rest = source.slice(source.indexOf('/') + 1);
      const inChart = direct === undefined && rootIsChart && source.includes('/') ? readUnderRoot(rest) : undefined;
      found = direct !== undefined ? { path: source, text: direct } : inChart !== undefined ? { path: rest, text: inChart } : { path: source, text: undefined };
      resolved.set(source, found);
    }
    return found;
  };
  const texts = new Map<string, string | undefined>();
  return loadRendered(text, {
    toPath: (source) => {
      if (source === undefined) return STDIN_PATH;
      const found = resolve(source);
      texts.set(found.path, found.text);
      return found.path;
    },
    templateText: (p) => texts.get(p),
  });
}
