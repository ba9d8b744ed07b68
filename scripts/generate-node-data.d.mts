/** Types of scripts/generate-node-data.mjs, for the test that checks src/data against data/. */
export declare const DEFAULT_DATA: string;
export declare function parseCsv(text: string): Record<string, string>[];
/** Generated files: path relative to the repository → content. */
export declare function renderNodeData(dataDir?: string): Map<string, string>;
