/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: {
    // Type-checking is `npm run typecheck`; jest only transpiles (much faster on 2 cores).
    '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.jest.json', diagnostics: false }],
  },
  // Compiles (or loads from node_modules/.cache) the Harness pipeline schema once, before the test files run.
  globalSetup: '<rootDir>/src/testing/jest-global-setup.ts',
  setupFilesAfterEnv: ['<rootDir>/test/setup.ts'],
  reporters: ['default', '<rootDir>/test/support/summary-reporter.js'],
  snapshotFormat: { escapeString: false, printBasicPrototype: false },
};
