/** Types of scripts/generate-node-data.mjs, for the test that checks src/data against ../shared/data. */
export declare const DEFAULT_SHARED_DATA: string;
export declare function parseCsv(text: string): Record<string, string>[];
/** Generated files: path relative to the repository → content. */
export declare function renderNodeData(sharedData?: string): Map<string, string>;
