/**
 * The one place where text meets Terraform's template syntax.
 *
 * Terraform evaluates every string in `cdk.tf.json` as a template: `${...}` interpolates and `%{...}` is a
 * directive. CDKTF passes plain strings through unchanged, so literal text such as `${{ parameters.x }}`
 * (IDP workflows), `${VAR}` (shell scripts) or `%{` (HCL) must be escaped, exactly once, and only in the
 * literal fragments of a string: CDKTF tokens (`${TfToken[...]}`) embedded in the same string must stay
 * intact so CDKTF can turn them into references.
 *
 * - Literal-only strings: `${` → `$${`, `%{` → `%%{` (Terraform's own escapes).
 * - Strings that also hold tokens: `%{` → `%%{`, and each `$` of a run ending in `{` → `${"$"}`. CDKTF re-parses such strings and
 *   treats every `${` as the start of a raw expression up to the next `}`; a token inside that span loses its
 *   braces (`$${{ x.${TfToken} }}` would render `x.var.acct`). `${"$"}` is a complete expression that
 *   evaluates to `$`, so the span closes at once and every token keeps its own `${...}`. A run of `$` right before
 *   a token is written the same way: CDKTF writes the token as `${...}`, so a literal `$` before it would make `$${`,
 *   Terraform's escape, and the reference would be lost (`a$` + token would evaluate to `a${var.x}`).
 * - Harness expressions that Harness must not see ({@link hideHarnessExpressions}): `<+` → `<${"+"}`.
 */

import { hasTerraformToken, mapTokenParts } from '../core/terraform-token';

/** CDKTF's list token marker: a list token cannot be embedded in text. */
const LIST_TOKEN = /#\{TfToken\[[a-zA-Z0-9:._-]+\]\}/;

/** True if the text holds a CDKTF string token. */
export function containsTerraformToken(text: string): boolean {
  return hasTerraformToken(text);
}

/**
 * Escapes the literal parts of `text` so that Terraform evaluates it to exactly `text` (with each embedded
 * CDKTF token replaced by its value). Call it once, on the final string handed to a resource attribute.
 */
export function escapeTerraformString(input: string): string {
  // Terraform gives every string in NFC; normalizing here makes the configuration say what Terraform deploys.
  const text = input.normalize('NFC');
  if (LIST_TOKEN.test(text)) {
    throw new Error(
      'escapeTerraformString: the text embeds a CDKTF list token, which cannot be part of a string. ' +
        'Fix: join the list with Fn.join() first',
    );
  }
  if (!containsTerraformToken(text)) return escapeLiteral(text);
  return mapTokenParts(text, escapeMixedLiteral, (token) => token);
}

/**
 * Reverses {@link escapeTerraformString} on text without references, scanning left to right as Terraform's
 * template lexer does (`$${` → `${`, `%%{` → `%{`, `${"$"}` → `$`). Used by test helpers that show
 * synthesized YAML as plain text; references such as `${var.x}` are left as they are.
 */
export function unescapeTerraformString(text: string): string {
  let out = '';
  let i = 0;
  while (i < text.length) {
    if (text.startsWith('$${', i)) {
      out += '${';
      i += 3;
    } else if (text.startsWith('%%{', i)) {
      out += '%{';
      i += 3;
    } else if (text.startsWith('${"$"}', i)) {
      out += '$';
      i += 6;
    } else {
      out += text[i];
      i += 1;
    }
  }
  return out;
}

/**
 * Hides every Harness expression (`<+...>`) of Terraform template text from Harness: `<+` → `<${"+"}`, which
 * Terraform (or OpenTofu) evaluates back to `<+`. Harness resolves `<+` in every field of a pipeline it runs, so
 * HCL carried in a pipeline field (the CreateResource step's `resourceDefinition`) keeps the expressions of the
 * resources it creates only this way. `text` is already template text (escaped where needed): the result is valid
 * in quoted strings, heredocs and nested template strings alike.
 */
export function hideHarnessExpressions(text: string): string {
  return text.split('<+').join('<${"+"}');
}

function escapeLiteral(literal: string): string {
  return literal.split('%{').join('%%{').split('${').join('$${');
}

/**
 * Every `$` of a run that ends in `{`, or that ends the literal when a token follows it (`beforeToken`), becomes
 * `${"$"}`, so no `$` is left to pair with a following `${`.
 */
function escapeMixedLiteral(literal: string, beforeToken: boolean): string {
  const dollarRun = beforeToken ? /\$+(?=\{|$)/g : /\$+(?=\{)/g;
  return literal
    .split('%{')
    .join('%%{')
    .replace(dollarRun, (run) => '${"$"}'.repeat(run.length));
}
