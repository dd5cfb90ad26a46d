import { type Code, lines, lit, symCall, symMember, tmpl } from './code';

/** What an expression in a string may refer to: the declarations the importer has made so far. */
export interface ExpressionScope {
  /** The pipeline variable declared with this name. */
  variable(name: string): Code | undefined;
  /** The stage variable of the current stage with this name. */
  stageVariable(name: string): Code | undefined;
  /** The typed output for `<+path>` (path without `<+ >`), if a step declared earlier produces it. */
  stepOutput(path: string): Code | undefined;
}

/** A scope that knows nothing: every expression stays text. */
export const EMPTY_SCOPE: ExpressionScope = Object.freeze({
  variable: () => undefined,
  stageVariable: () => undefined,
  stepOutput: () => undefined,
});

/** Built-in expressions the library names (`Expr.<NAME>`). */
const BUILT_INS: Readonly<Record<string, string>> = {
  '<+pipeline.triggeredBy.email>': 'TRIGGERED_BY_EMAIL',
  '<+pipeline.triggeredBy.name>': 'TRIGGERED_BY_NAME',
  '<+pipeline.executionId>': 'EXECUTION_ID',
  '<+pipeline.executionUrl>': 'EXECUTION_URL',
  '<+pipeline.startTs>': 'PIPELINE_START_TS',
  '<+account.identifier>': 'ACCOUNT_ID',
  '<+org.identifier>': 'ORG_ID',
  '<+project.identifier>': 'PROJECT_ID',
};

/** Splits text into literal fragments and `<+...>` expressions (nested `<+` counted). */
export function splitHarness(text: string): string[] {
  const parts: string[] = [];
  let i = 0;
  let literal = '';
  while (i < text.length) {
    const start = text.indexOf('<+', i);
    if (start < 0) break;
    let depth = 0;
    let end = -1;
    for (let j = start; j < text.length; j++) {
      if (text.startsWith('<+', j)) {
        depth++;
        j++;
      } else if (text[j] === '>' && --depth === 0) {
        end = j;
        break;
      }
    }
    if (end < 0) break;
    literal += text.slice(i, start);
    if (literal !== '') parts.push(literal);
    literal = '';
    parts.push(text.slice(start, end + 1));
    i = end + 1;
  }
  literal += text.slice(i);
  if (literal !== '') parts.push(literal);
  return parts;
}

/** The code of one `<+...>` expression, or undefined to keep it as text. */
export function expressionCode(expression: string, scope: ExpressionScope): Code | undefined {
  const builtIn = BUILT_INS[expression];
  if (builtIn) return symMember('Expr', builtIn);
  const inner = expression.slice(2, -1);
  let m = /^pipeline\.variables\.([A-Za-z_][A-Za-z0-9_]*)$/.exec(inner);
  if (m) return scope.variable(m[1]);
  m = /^stage\.variables\.([A-Za-z_][A-Za-z0-9_]*)$/.exec(inner);
  if (m) return scope.stageVariable(m[1]);
  m = /^secrets\.getValue\((?:"([^"]+)"|'([^']+)')\)$/.exec(inner);
  if (m) return symCall('SecretRef', 'fromIdentifier', lit(m[1] ?? m[2]));
  if (inner.startsWith('pipeline.stages.')) return scope.stepOutput(inner);
  return undefined;
}

/** One line of text as code: a literal, or a template literal embedding the expressions the scope knows. */
function lineCode(text: string, scope: ExpressionScope): Code {
  const parts = splitHarness(text).map((p) => (p.startsWith('<+') ? (expressionCode(p, scope) ?? p) : p));
  if (parts.every((p) => typeof p === 'string')) return lit(text);
  return tmpl(parts);
}

/**
 * A string value as code that produces a string: a literal, a template literal, or `[...].join('\n')` for
 * multi-line text. Comparisons `<+x> == "v"` of a known expression become `Expr.equals(x, 'v')`.
 */
export function textCode(text: string, scope: ExpressionScope): Code {
  const eq = /^(<\+[^<>]*>) (==|!=) "([^"\\]*)"$/.exec(text);
  if (eq) {
    const left = expressionCode(eq[1], scope);
    if (left) return symCall('Expr', eq[2] === '==' ? 'equals' : 'notEquals', left, lit(eq[3]));
  }
  if (!text.includes('\n')) return lineCode(text, scope);
  return lines(text.split('\n').map((l) => lineCode(l, scope)));
}

/**
 * A string value for a field that takes `string | Expression`: the expression itself when the whole text is one
 * known expression (a pipeline variable, a secret, a step output), else {@link textCode}.
 */
export function valueCode(text: string, scope: ExpressionScope): Code {
  const parts = splitHarness(text);
  if (parts.length === 1 && parts[0].startsWith('<+')) {
    const code = expressionCode(parts[0], scope);
    if (code) return code;
  }
  const input = runtimeInputCode(text);
  if (input) return input;
  return textCode(text, scope);
}

/** `<+input>.default(a).allowedValues(a,b).regex(r).executionInput()` as a `RuntimeInput` chain, if it is one. */
export function runtimeInputCode(text: string, numeric = false): Code | undefined {
  if (!text.startsWith('<+input>')) return undefined;
  let rest = text.slice('<+input>'.length);
  let code = symCall('RuntimeInput', 'create');
  const chain = (method: string, ...args: Code[]): Code => ({ kind: 'call', target: { kind: 'member', target: code, name: method }, args });
  const execution = rest.endsWith('.executionInput()');
  if (execution) rest = rest.slice(0, -'.executionInput()'.length);
  const scalar = (v: string): Code => (numeric && /^[+-]?[0-9]*\.?[0-9]+$/.test(v) && String(Number(v)) === v ? lit(Number(v)) : lit(v));
  const modifiers: readonly [RegExp, string, (m: RegExpExecArray) => Code][] = [
    [/^\.default\(([^()]*)\)/, 'default', (m) => scalar(m[1])],
    [/^\.allowedValues\(([^()]*)\)/, 'allowedValues', (m) => ({ kind: 'arr', items: m[1].split(',').map(scalar) })],
    [/^\.regex\((.*)\)$/, 'regex', (m) => lit(m[1])],
  ];
  while (rest !== '') {
    const found = modifiers.map(([re, method, arg]) => [re.exec(rest), method, arg] as const).find(([m]) => m !== null);
    if (!found?.[0]) return undefined;
    code = chain(found[1], found[2](found[0]));
    rest = rest.slice(found[0][0].length);
  }
  return execution ? chain('asExecutionInput') : code;
}
