// Jest setup: custom matchers are registered here.
import { setupHarnessMatchers } from '../src/testing/jest-matchers';

// `expect(pipeline).toBeValidHarnessPipeline()`: validates against $HARNESS_PIPELINE_SCHEMA or the pinned schema in
// the user cache (the globalSetup downloads it if needed); the compiled schema is cached in node_modules/.cache.
setupHarnessMatchers();
