// The kernel both models use: errors, expressions, identifiers, YAML, catalog naming. Imports nothing of ours.
export * from './catalog-naming';
export * from './credentials';
export * from './errors';
export * from './expr';
export * from './expression';
export * from './git-names';
export * from './identifier';
export * from './overrides';
export * from './raw-expression';
export * from './render-context';
export * from './resolve';
export * from './runtime-input';
export * from './secret-ref';
export * from './variable-reference';
export * from './text';
export * from './number-text';
export { toYaml } from './yaml';
