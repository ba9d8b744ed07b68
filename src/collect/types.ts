/** One file handed to the loader; `path` is relative to the review root, forward slashes. */
export interface SourceFile {
  path: string;
  text: string;
}
