/** @type {import('jest').Config} */
module.exports = {
  // The Node environment, with one TypeScript compiler per worker for the test files that compile code (see the file).
  testEnvironment: '<rootDir>/test/support/typescript-environment.ts',
  moduleNameMapper: {
    '^typescript$': '<rootDir>/test/support/typescript.ts',
    // marked (a GFM reader for the diagram tests) exports ESM only to jest; its UMD build is the same code.
    '^marked$': '<rootDir>/node_modules/marked/lib/marked.umd.js',
  },
  // Jest's default is one worker fewer than the CPUs: one worker on the project's 2-core machine. Both cores run tests.
  maxWorkers: '100%',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: {
    // Type-checking is `npm run typecheck`; jest only transpiles (much faster on 2 cores).
    '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.jest.json', diagnostics: false }],
  },
  // Finds (or downloads) the Harness pipeline schema and compiles it once (or loads it from node_modules/.cache)
  // before the test files run, and opens the record of escaped strings that globalTeardown evaluates with Terraform.
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
  // yaml-oracle-check compares every document toYaml writes with the yaml package's output.
  setupFilesAfterEnv: ['<rootDir>/test/setup.ts', '<rootDir>/test/support/creation-stacks.ts', '<rootDir>/test/support/escape-recorder.ts', '<rootDir>/test/support/yaml-oracle-check.ts'],
  reporters: ['default', '<rootDir>/test/support/summary-reporter.js'],
  snapshotFormat: { escapeString: false, printBasicPrototype: false },
};
