// Public API of the Kubernetes steps; validation helpers (workload.ts) stay internal.
export * from './delete-resources';
export * from './instance-selection';
export * from './k8s-apply';
export * from './k8s-bg-swap-services';
export * from './k8s-blue-green-deploy';
export * from './k8s-canary-delete';
export * from './k8s-canary-deploy';
export * from './k8s-delete';
export * from './k8s-patch';
export * from './k8s-rolling-deploy';
export * from './k8s-rolling-rollback';
export * from './k8s-rollout';
export * from './k8s-scale';
export * from './rollout-resources';
