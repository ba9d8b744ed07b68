/** Types of bench/synthetic.mjs for the tests that build repositories with it. */
export declare const SYNTHETIC_DOCUMENTS: number;
export declare function writeSyntheticRepo(dir: string, documentCount?: number): number;
