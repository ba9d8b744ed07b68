/** Types of scripts/generate-rule-help.mjs, for the test that checks src/report/rule-help.ts against the docs. */
export declare function howToFix(doc: string): string | undefined;
export declare function collectHelp(docsDir: string): Record<string, string>;
export declare function renderModule(help: Record<string, string>): string;
