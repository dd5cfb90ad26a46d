import { setupHarnessMatchers } from './jest-matchers';

// Jest `setupFilesAfterEnv` entry: `setupFilesAfterEnv: ['cdktf-harness-idp/testing/jest-setup']` registers
// `toBeValidHarnessPipeline()`.
setupHarnessMatchers();
