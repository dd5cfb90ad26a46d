// cdktf-harness-idp/testing: jest helpers for users' own tests (schema validation, the matcher, readable YAML
// documents). A separate entry point: the main entry loads nothing of it, and `ajv` (the schema compiler) and
// `@types/jest` are optional peer dependencies needed only here.
export * from './harness-schema';
export * from './jest-matchers';
export type { HarnessPipelineValidationResult } from './schema-diagnostics';
export {
  ensureHarnessSchema,
  fetchHarnessSchema,
  type HarnessSchemaFetchOptions,
  type HarnessSchemaLocation,
} from './schema-download';
export { HARNESS_SCHEMA_CACHE_DIR_ENV } from './schema-module-cache';
export {
  DEFAULT_HARNESS_SCHEMA_BASE_URL,
  HARNESS_SCHEMA_BASE_URL_ENV,
  harnessSchemaCacheFile,
  harnessSchemaUrl,
  PINNED_HARNESS_SCHEMA,
} from './schema-source';
export * from './synth-documents';
