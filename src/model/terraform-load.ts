import path from 'node:path';
import { loadTerraformFile, TerraformDocument } from '../load/terraform.js';
import { loadTerraformJsonFile } from '../load/terraform-json.js';
import type { LoadedFile, SourceFile } from '../load/types.js';
import { evaluateAtLoad } from './terraform.js';

/** Loads the Terraform files of one tree (see `terraformLoader`). */
export interface TerraformLoader {
  load(source: SourceFile): LoadedFile;
  /** A Terraform file of the tree that is not read (the budget ran out): its directory no longer waits for it. */
  skip(path: string): void;
}

/** One `.tf`/`.tfvars` file, in HCL native syntax or JSON syntax (`*.tf.json`, `*.tfvars.json`). */
export function loadOneTerraformFile(source: SourceFile, hold = false): LoadedFile {
  return /\.json$/i.test(source.path) ? loadTerraformJsonFile(source) : loadTerraformFile(source, hold);
}

interface Directory {
  readonly name: string;
  /** Its Terraform files in the order given: the order the model reads a module's files in. */
  readonly paths: readonly string[];
  readonly docs: Map<string, TerraformDocument>;
  /** Files neither read nor skipped yet. */
  left: number;
}

/**
 * Loads the Terraform files of a tree so that each file is parsed once: a file's syntax tree is
 * held until every file of its directory has been read, then the directory's module is
 * evaluated (src/model/terraform.ts `evaluateAtLoad`, which the model takes) and the trees let
 * go. Evaluated by the model instead, every file was parsed again there (~94 ms CPU on the
 * corpus's 709 files). Files of a directory are read close together (the load reads small
 * files in path order), so the held trees die young. A directory with a file that is already
 * loaded (`sources` may hold loaded files) is left to the model.
 */
export function terraformLoader(sources: readonly (SourceFile | LoadedFile)[], isTerraformPath: (path: string) => boolean): TerraformLoader {
  const byName = new Map<string, Directory>();
  const byPath = new Map<string, Directory>();
  const preloaded = new Set<string>();
  for (const source of sources) {
    if (!isTerraformPath(source.path)) continue;
    const name = directoryOf(source.path);
    if ('documents' in source) {
      preloaded.add(name);
      continue;
    }
    let dir = byName.get(name);
    if (!dir) byName.set(name, (dir = { name, paths: [], docs: new Map(), left: 0 }));
    if (byPath.has(source.path)) continue;
    (dir.paths as string[]).push(source.path);
    dir.left++;
    byPath.set(source.path, dir);
  }
  for (const name of preloaded) {
    const dir = byName.get(name);
    if (dir) for (const p of dir.paths) byPath.delete(p);
  }
  const done = (dir: Directory, file: string): void => {
    if (byPath.get(file) !== dir) return;
    byPath.delete(file);
    if (--dir.left > 0) return;
    const docs = dir.paths.flatMap((p) => dir.docs.get(p) ?? []);
    if (docs.length > 0) evaluateAtLoad(dir.name, docs);
    for (const doc of docs) doc.release();
    dir.docs.clear();
  };
  return {
    load(source) {
      const dir = byPath.get(source.path);
      const file = loadOneTerraformFile(source, dir !== undefined);
      if (!dir) return file;
      for (const doc of file.documents) if (doc instanceof TerraformDocument) dir.docs.set(source.path, doc);
      done(dir, source.path);
      return file;
    },
    skip(file) {
      const dir = byPath.get(file);
      if (dir) done(dir, file);
    },
  };
}

/** A module's directory as `terraformModules` names it. */
export function directoryOf(file: string): string {
  const dir = path.posix.dirname(file);
  return dir === '.' ? '' : dir;
}
