/**
 * Harness IDP self-service workflows as code on CDK for Terraform: the constructs a platform team instantiates
 * (patterns, `SelfServiceWorkflow`, `HarnessPipeline`, `IdpWorkflow`, templates, `HarnessPlatformStack`), the pipeline
 * and workflow models they are built from, expressions, and the error type. Jest helpers are in
 * `cdktf-harness-idp/testing`.
 * @module cdktf-harness-idp
 */
// cdktf-harness-idp: Harness IDP self-service workflows as code on CDK for Terraform.
// The public API: each layer's index names its exports one by one (no plumbing); this file only joins the layers.
// Jest helpers live in a separate entry point: `cdktf-harness-idp/testing`.
export * from './core';
export * from './pipeline';
export * from './workflow';
export * from './diagram';
export * from './terraform';
export * from './constructs';
export * from './stacks';
