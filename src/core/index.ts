// The kernel both models use: errors, expressions, identifiers, YAML, catalog naming. Imports nothing of ours.
export * from './catalog-naming';
export * from './errors';
export * from './expression';
export * from './identifier';
export { toYaml } from './yaml';
