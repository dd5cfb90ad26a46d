/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  testMatch: ['**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/cdktf.out/'],
  transform: { '^.+\\.ts$': 'ts-jest' },
  // Finds the Harness pipeline schema ($HARNESS_PIPELINE_SCHEMA, else ~/.cache/cdktf-harness-idp, else downloads the
  // pinned file there once) and compiles it before the tests run.
  globalSetup: 'cdktf-harness-idp/testing/jest-global-setup',
  // Registers expect(...).toBeValidHarnessPipeline().
  setupFilesAfterEnv: ['cdktf-harness-idp/testing/jest-setup'],
};
