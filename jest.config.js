// ESM all the way: @actions/core 3 and @actions/github 9 ship only `import` entry points, so
// jest runs with --experimental-vm-modules and swc emits ES modules. swc strips types without
// the TypeScript compiler API (absent from typescript 7); type-checking is `npm run typecheck`.
/** @type {import('jest').Config} */
export default {
  testEnvironment: 'node',
  roots: ['<rootDir>/__tests__'],
  testMatch: ['**/*.test.ts'],
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': [
      '@swc/jest',
      {
        jsc: { parser: { syntax: 'typescript' }, target: 'es2022' },
        module: { type: 'es6' },
        sourceMaps: 'inline',
      },
    ],
  },
  testTimeout: 60000,
  setupFilesAfterEnv: ['<rootDir>/__tests__/helpers/terraform-setup.ts'],
  // Tests that read ../shared/corpus skip without it and say so once (__tests__/helpers/corpus.ts);
  // MANIFEST_REVIEW_REQUIRE_CORPUS=1 (CI) makes its absence fail the run instead.
  globalSetup: '<rootDir>/__tests__/helpers/corpus-setup.mjs',
  reporters: ['default', '<rootDir>/__tests__/helpers/corpus-reporter.mjs'],
};
