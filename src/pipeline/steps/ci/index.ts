// Public API of the CI (Build stage) steps; validation helpers stay internal.
export * from './build-and-push-docker-registry';
export * from './build-and-push-ecr';
export * from './build-and-push-gcr';
export type { DockerBuildOptions } from './build-options';
