// The kernel both models use: the error type, expressions and the rendering pass, the YAML writer. Imports nothing of
// ours. Named exports only: identifier rules, catalog naming, credential detection, marker and resolve helpers stay
// unexported (the layers above import them from their files).

// Errors
export { ValidationError, type ValidationProblem } from './errors';

// Expressions
export { Expr } from './expr';
export { Expression, type OutputProducer, type ResolveContext, StepOutput } from './expression';
export { RawExpression } from './raw-expression';
export { RuntimeInput } from './runtime-input';
export { SecretRef } from './secret-ref';
export { VariableReference } from './variable-reference';

// Rendering
export { RenderContext } from './render-context';
export { toYaml } from './yaml';
