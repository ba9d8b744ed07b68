/** Types of scripts/release-notes.mjs, for its test. */
export declare function releaseNotes(changelog: string, tag: string): string;
