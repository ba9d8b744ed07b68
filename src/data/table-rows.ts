/**
 * The rows of a generated table (one row a line, its key the first space-separated cell), indexed
 * on first use: most reviews ask for a few rows of a table of hundreds or thousands (issue 17).
 * Shared by the generated data modules, which hold the table text and how a row is read.
 */
export function lazyRowsByKey(table: string): () => ReadonlyMap<string, string> {
  let rows: Map<string, string> | undefined;
  return () => {
    if (!rows) {
      rows = new Map();
      for (const line of table.split('\n')) rows.set(line.slice(0, line.indexOf(' ')), line);
    }
    return rows;
  };
}
