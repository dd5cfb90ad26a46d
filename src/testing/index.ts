/**
 * Jest helpers for a platform team's own tests: `synthDocuments` (readable YAML of a synthesized stack, for
 * snapshots), `validateHarnessPipeline` and the `toBeValidHarnessPipeline()` matcher (the official Harness pipeline
 * schema), and where that schema comes from.
 * @module cdktf-harness-idp/testing
 */
// cdktf-harness-idp/testing: jest helpers for users' own tests (schema validation, the matcher, readable YAML
// documents). A separate entry point: the main entry loads nothing of it, and `ajv` (the schema compiler) and
// `@types/jest` are optional peer dependencies needed only here. Named exports only: the schema repairs, the lookup
// order and the compiled-validator cache stay unexported.

// Readable YAML documents of a synthesized stack, for snapshots
export { type SynthDocumentsOptions, synthDocuments } from './synth-documents';

// Validation against the official Harness pipeline schema, and the jest matcher
export {
  type HarnessPipelineValidator,
  type HarnessSchemaLoadInfo,
  type HarnessSchemaLoadOptions,
  loadHarnessSchemaValidator,
  validateHarnessPipeline,
} from './harness-schema';
export type { HarnessPipelineValidationResult } from './schema-diagnostics';
export { type HarnessPipelineLike, harnessMatchers, type RendersYaml, setupHarnessMatchers } from './jest-matchers';

// Where the schema comes from: the pinned file, its download and the user cache
export {
  ensureHarnessSchema,
  fetchHarnessSchema,
  type HarnessSchemaFetchOptions,
  type HarnessSchemaLocation,
} from './schema-download';
export {
  DEFAULT_HARNESS_SCHEMA_BASE_URL,
  HARNESS_PIPELINE_SCHEMA_ENV,
  HARNESS_SCHEMA_BASE_URL_ENV,
  harnessSchemaCacheFile,
  harnessSchemaUrl,
  PINNED_HARNESS_SCHEMA,
  resolveHarnessSchemaPath,
} from './schema-source';
export { HARNESS_SCHEMA_CACHE_DIR_ENV } from './schema-module-cache';
