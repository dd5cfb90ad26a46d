// Public API of the Kubernetes steps; validation helpers (workload.ts) stay internal.
export * from './instance-selection';
export * from './k8s-patch';
export * from './k8s-rolling-rollback';
export * from './k8s-rollout';
export * from './k8s-scale';
export * from './rollout-resources';
