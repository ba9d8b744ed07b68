/**
 * One finding per source line, not one per overlay: a base used by several kustomization
 * roots is built once per root, so a value the base sets yields the same finding in each
 * build. Those findings point at the same base line; they become one, which names the builds
 * it holds in. A finding in a root's own files that no other build shares needs no such note.
 */
import type { Finding } from '../../findings.js';
import type { LoadedDocument } from '../types.js';

/** The name an object had before the build renamed it (prefix, suffix), by built document. */
const originalNames = new WeakMap<LoadedDocument, string>();

export function noteOriginalName(doc: LoadedDocument, name: string): void {
  originalNames.set(doc, name);
}

/** Roots named in a merged finding's message before "and N more". */
const MAX_NAMED = 5;

function inside(path: string, dir: string): boolean {
  return dir === '.' || path.startsWith(`${dir}/`);
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Merges the findings of built objects that point at the same line of a file outside their
 * root. `builtFrom` gives the document a finding was made from (undefined for any other).
 * Messages are compared with the built object's name replaced by its name in the base, so
 * overlays that only rename (namePrefix) still agree; findings that differ stay apart, each
 * naming its own builds.
 */
export function mergeBuiltFindings(findings: readonly Finding[], builtFrom: (f: Finding) => LoadedDocument | undefined): Finding[] {
  const out: Finding[] = [];
  const groups = new Map<string, { finding: Finding; roots: Set<string> }>();
  for (const f of findings) {
    const doc = builtFrom(f);
    const root = doc?.builtBy;
    if (!doc || root === undefined) {
      out.push(f);
      continue;
    }
    const original = originalNames.get(doc);
    const renamed = original !== undefined && f.object && f.object.name !== original;
    const message = renamed && f.object ? f.message.replace(new RegExp(`(?<![\\w-])${escape(f.object.name)}(?![\\w-])`, 'g'), original) : f.message;
    const object = renamed && f.object ? { ...f.object, name: original } : f.object;
    const key = JSON.stringify([f.rule, f.severity, f.path, f.startLine, f.startColumn ?? 0, message, object?.kind ?? '']);
    const group = groups.get(key);
    if (group) group.roots.add(root);
    else groups.set(key, { finding: { ...f, message, ...(object ? { object } : {}) }, roots: new Set([root]) });
  }
  for (const { finding, roots } of groups.values()) {
    const list = [...roots].sort();
    const [only] = list;
    if (list.length === 1 && only !== undefined && inside(finding.path, only)) {
      out.push(finding);
      continue;
    }
    // A base many overlays use would make the message a page long: the first few name the rest.
    const named = list.length > MAX_NAMED + 1 ? [...list.slice(0, MAX_NAMED), `${list.length - MAX_NAMED} more`] : list;
    const builds = named.length > 1 ? `${named.slice(0, -1).join(', ')} and ${named[named.length - 1] ?? ''}` : (named[0] ?? '');
    out.push({ ...finding, message: `${finding.message} (holds in the Kustomize build${list.length > 1 ? 's' : ''} of ${builds})` });
  }
  return out;
}
