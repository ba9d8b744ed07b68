/**
 * The project's one canonical name: where it is published (`uses: manifest-review/manifest-review@v1`),
 * where its rule docs and schema live, and what SARIF names as the tool's home. Everything that
 * links to the project derives from here; a test holds the docs, workflows and package.json to it.
 */
export const PROJECT_REPOSITORY = 'manifest-review/manifest-review';

/** The project's home page. */
export const PROJECT_URL = `https://github.com/${PROJECT_REPOSITORY}`;
