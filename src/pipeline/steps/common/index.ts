export * from './container-resources';
export * from './field-checks';
export * from './git-clone';
export * from './git-clone-build';
export * from './plugin';
export * from './run';
export * from './text-list';
