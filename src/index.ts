// cdktf-harness-idp: Harness IDP self-service workflows as code on CDK for Terraform.
// Jest helpers live in a separate entry point: `cdktf-harness-idp/lib/src/testing`.
export * from './pipeline';
export * from './workflow';
export * from './constructs';
export * from './stacks/harness-platform-stack';
