// The seven self-service patterns and their shared building blocks.
export * from './blocks/approval-gate';
export * from './blocks/self-service-pattern';
export * from './blocks/harness-api';
export * from './blocks/k8s-operation';
export * from './k8s-rollback';
export * from './k8s-scale';
export * from './k8s-restart';
export * from './token-rotation';
export * from './feature-flag-toggle';
export * from './blocks/pattern-input';
export * from './blocks/owner-picker';
export * from './blocks/cookiecutter-templates';
export * from './blocks/iac-scanner';
export * from './service-onboarding';
export * from './infra-provisioning';
