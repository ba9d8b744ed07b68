import type { Finding } from '../findings.js';
import type { SourceRange } from './lines.js';

/** A step into a document: a mapping key or a sequence index. */
export type PathSegment = string | number;

// What collection hands the loader; defined by collect (the layer below), named here for loaders.
export type { SourceFile } from '../collect/types.js';

/** One YAML/JSON document of a file, with its value and a way back to the source. */
export interface LoadedDocument {
  readonly path: string;
  /** 0-based position of the document in its file. */
  readonly index: number;
  readonly value: unknown;
  /**
   * The source range of `path` inside this document: for a mapping entry, from its key to
   * the end of its value. When the path does not exist, the closest existing ancestor.
   */
  locate(path: readonly PathSegment[]): SourceRange;
  /** The source text of the value at `path` exactly as written, or undefined if absent. */
  valueText(path: readonly PathSegment[]): string | undefined;
  /**
   * Set on an object built from a kustomization: the kustomization root (its directory) that
   * built it. Its `locate` answers in the files that set each field (`SourceRange.path`).
   */
  readonly builtBy?: string;
  /**
   * For a document built from other files (a rendered Helm template), where the value at
   * `path` was written when that is another file than `path` of the document (a key of the
   * chart's values.yaml); undefined when it is the document's own file.
   */
  origin?(path: readonly PathSegment[]): SourceLocation | undefined;
  /**
   * What reading the value at `path` assumed, for a document whose values were evaluated
   * rather than written (a Terraform variable's default standing in for a tfvars value, a
   * module major picked without a version constraint): clauses a finding there must state.
   */
  assumptions?(path: readonly PathSegment[]): readonly string[];
  /**
   * Set on a document loaded with only the fields its kind needs (src/load/yaml.ts, LoadOptions):
   * its whole value, parsed again. Readers that build from a document's value (Kustomize) read
   * it through `wholeValueOf`.
   */
  wholeValue?(): unknown;
}

export interface SourceLocation {
  readonly path: string;
  readonly range: SourceRange;
}

export interface LoadedFile {
  readonly path: string;
  readonly documents: readonly LoadedDocument[];
  /** Problems with the input itself (syntax errors, skipped files), already positioned. */
  readonly findings: readonly Finding[];
  readonly lineCount: number;
  /**
   * The file's source. A YAML file loaded with `releaseText` (src/load/yaml.ts) lets it go when no
   * reader needs it after the load: undefined then. Such a file never mentions IGNORE_COMMENT.
   */
  readonly text?: string | undefined;
}

/** The comment marker that suppresses findings on one line of any YAML file (src/rules/suppressions.ts). */
export const IGNORE_COMMENT = 'manifest-review-ignore';

/** A Helm chart's Chart.yaml: the loader keeps its text, the chart finder reads its name from it (src/load/helm.ts). */
export const CHART_FILE = /(?:^|\/)Chart\.yaml$/;

export interface LoadLimits {
  /** Collections nested deeper than this reject the file (YAML parser limit). */
  maxDepth: number;
  /** Alias references (`*name`) allowed in one document. */
  maxAliases: number;
  /** Nodes a document may expand to once aliases are followed (billion-laughs guard). */
  maxExpandedNodes: number;
  /** Documents allowed in one file. */
  maxDocuments: number;
  /**
   * What a file or document over one of these limits becomes: an `input/incomplete` error
   * (default: kubectl would apply what the review did not read, so a PR could hide a manifest
   * past a limit) or an `input/skipped` notice (the base revision, where an unread file only
   * loses old findings to pair with, which reports more, never less).
   */
  overLimit?: 'error' | 'notice';
  /**
   * True once the review's time is up: the loader asks between repair attempts and salvaged
   * documents, so one pathological file cannot outlive the budget by much.
   */
  expired?: () => boolean;
}

export const DEFAULT_LOAD_LIMITS: LoadLimits = {
  maxDepth: 100,
  maxAliases: 10_000,
  maxExpandedNodes: 1_000_000,
  maxDocuments: 10_000,
};

/** The path of a document's root: one frozen array for every reader that needs it. */
export const DOCUMENT_ROOT: readonly PathSegment[] = Object.freeze([]);

/**
 * A document that keeps on itself what the model derives from it alone (src/model/build.ts's
 * documentObjects, and whether its unread values were released). It was a WeakMap and a WeakSet
 * keyed by documents and values: a hash-table write each per document (10,000 on the synthetic
 * 10k tree, most of documentObjects' and the release's own time) and ephemerons every full
 * collection traced. Documents of other classes still go to a WeakMap.
 */
export abstract class DocumentWithDerived {
  /** Set and read by src/model/build.ts only; the load layer does not know the model's types. */
  derived: unknown = undefined;
}
