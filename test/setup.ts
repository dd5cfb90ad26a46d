// Jest setup: custom matchers are registered here.
import { setupHarnessMatchers } from '../src/testing/jest-matchers';

// `expect(pipeline).toBeValidHarnessPipeline()`: validates against ../shared/harness-schema/pipeline.json
// (or $HARNESS_PIPELINE_SCHEMA); the compiled schema is cached in node_modules/.cache/cdktf-harness-idp.
setupHarnessMatchers();
