/** Types of scripts/generate-version-data.mjs, for the test that checks src/data against data/. */
export declare const DEFAULT_DATA: string;
/** Generated files: path relative to the repository → content. */
export declare function renderVersionData(dataDir?: string): Map<string, string>;
