/*
 * The suppression vocabulary: what a `manifest-review.io/ignore` annotation or a
 * `# manifest-review-ignore` comment is, and what became of it. The engine finds and applies
 * suppressions (src/engine/suppress.ts); rules about suppressions read them from their context,
 * so the words live here, below both.
 */
import type { Finding, ObjectIdentity } from '../findings.js';

/** The annotation that suppresses findings on a Kubernetes object. */
export const IGNORE_ANNOTATION = 'manifest-review.io/ignore';
/** The comment marker that suppresses findings on one line of any YAML file; defined by the loader, which looks for it. */
export { IGNORE_COMMENT } from '../load/types.js';

/** One `manifest-review.io/ignore` annotation or `# manifest-review-ignore` comment. */
export interface Suppression {
  readonly kind: 'annotation' | 'comment';
  /** Where the directive itself is written. */
  readonly location: Pick<Finding, 'path' | 'startLine' | 'endLine' | 'startColumn' | 'endColumn'>;
  /** Rule ids or families, as written. */
  readonly targets: readonly string[];
  readonly reason?: string;
  /** The findings it covers: those in `path` that start on a line in [fromLine, toLine]. */
  readonly covers: { readonly path: string; readonly fromLine: number; readonly toLine: number };
  /** The annotated object. */
  readonly object?: ObjectIdentity;
}

/**
 * What became of one target of a suppression: `used` (it suppressed findings), `unused`
 * (its rules ran and found nothing there), `unknown` (no such rule or family) or `not-run`
 * (its rules are off or not part of this review, so nothing can be said).
 */
export type TargetStatus = 'used' | 'unused' | 'unknown' | 'not-run';

export interface SuppressionUse {
  readonly suppression: Suppression;
  readonly targets: readonly { readonly target: string; readonly status: TargetStatus; readonly count: number }[];
}
