// The seven self-service patterns and their shared building blocks.
export * from './approval-gate';
export * from './self-service-pattern';
export * from './harness-api';
export * from './k8s-operation';
export * from './k8s-rollback';
export * from './k8s-scale';
export * from './k8s-restart';
export * from './token-rotation';
export * from './feature-flag-toggle';
export * from './pattern-input';
export * from './owner-picker';
export * from './cookiecutter-templates';
export * from './iac-scanner';
export * from './service-onboarding';
export * from './infra-provisioning';
