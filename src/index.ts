// cdktf-harness-idp: Harness IDP self-service workflows as code on CDK for Terraform.
// Jest helpers live in a separate entry point: `cdktf-harness-idp/testing`.
export * from './core';
export * from './pipeline';
export * from './workflow';
export * from './diagram';
export * from './terraform';
export * from './constructs';
export * from './stacks/harness-platform-stack';
export * from './stacks/state-backend';
export * from './stacks/harness-iacm-state';
