// Public API of the CDKTF constructs.
export * from './create-resource-module';
export * from './created-pipeline';
export * from './harness-pipeline';
export { stackToHcl } from './hcl-export';
export * from './idp-default-images';
export * from './idp-workflow';
export * from './onboarding-value';
export * from './pipeline-api-check';
export * from './self-service-workflow';
export { escapeTerraformString, unescapeTerraformString, containsTerraformToken } from './terraform-string';
export * from './workflow-registration';
export * from './patterns';
