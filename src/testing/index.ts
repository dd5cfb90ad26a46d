// Jest helpers for users' own tests: schema validation, the matcher, readable YAML documents.
export * from './harness-schema';
export * from './jest-matchers';
export * from './synth-documents';
