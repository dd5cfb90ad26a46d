// Public API of the CDKTF constructs.
export * from './create-resource/create-resource-module';
export * from './create-resource/created-pipeline';
export * from './harness-pipeline';
export * from './idp-default-images';
export * from './idp-workflow';
export * from './create-resource/onboarding-value';
export * from './pipeline-api-check';
export * from './platform-defaults';
export * from './prerequisite-lookups';
export * from './self-service-workflow';
export * from './workflow-registration';
export * from './patterns';
