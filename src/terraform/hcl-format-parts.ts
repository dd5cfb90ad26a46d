import { formatHcl } from './hcl-format';
import { type HclParts, placeholdersBeforeComma, restoreHcl } from './hcl-render';
import { formatHclSkeleton } from './hcl-skeleton-format';

/**
 * Formats rendered HCL as {@link formatHcl} formats the whole text, formatting only the block structure when every
 * value is written the same whatever surrounds it.
 *
 * `terraform fmt` (Go's `hclwrite.Format`) indents by the brackets of each line, aligns the `=` of consecutive
 * one-line attributes, and sets the spaces between tokens by the kinds of the two tokens. A value that is a quoted
 * string or a heredoc (not followed by a comma) with no template sequence of its own (only the `${"+"}` that hides
 * a Harness expression, and the `$${`/`%%{` escapes), or a plain reference, number or keyword, opens no bracket, is
 * one line to the aligner,
 * starts and ends with the token kinds a quoted placeholder has to its neighbours, and holds no tokens the formatter
 * spaces. So the structure formats alike with the placeholders, and the values go in afterwards unchanged. The
 * structure is formatted by {@link formatHclSkeleton} when its lines are of the kinds CDKTF writes (no Go runtime to
 * start), else by {@link formatHcl}, which remembers recent texts: many modules of one shape share one structure while
 * their values (which name each instance) differ. When any value is not of these kinds, the whole text is formatted.
 * `test/terraform/hcl-format-parts.test.ts` compares both ways over generated modules.
 */
export function formatHclParts(parts: HclParts): string {
  const listItems = placeholdersBeforeComma(parts.skeleton);
  const inPlace = (e: string, i: number) => formatsAsItself(e) && !(listItems.has(i) && e.startsWith('<<'));
  if (!parts.expressions.every(inPlace)) return formatHcl(restoreHcl(parts));
  return restoreHcl({ skeleton: formatHclSkeleton(parts.skeleton) ?? formatHcl(parts.skeleton), expressions: parts.expressions });
}

/** The sequence that hides a Harness expression's `<+` from Terraform (see `hideHarnessExpressions`). */
const HIDDEN_PLUS = '${"+"}';
const BARE = /^(?:true|false|null|\d+(?:\.\d+)?|[A-Za-z_][A-Za-z0-9_-]*(?:\.[A-Za-z_][A-Za-z0-9_-]*)*)$/;
const HEREDOC = /^<<([A-Za-z_][A-Za-z0-9_]*)\n([\s\S]*\n)\1$/;

/**
 * Whether `terraform fmt` writes the expression as it is where a value stands: after `=` or as a list item, a heredoc
 * only where no comma follows it (its closing line holds the delimiter alone; `renderStackHclParts` writes no
 * heredoc there).
 */
export function formatsAsItself(expression: string): boolean {
  if (expression.startsWith('"')) {
    return expression.length >= 2 && expression.endsWith('"') && !expression.includes('\n') && literalOnly(expression.slice(1, -1), true);
  }
  const heredoc = HEREDOC.exec(expression);
  if (heredoc) return literalOnly(heredoc[2], false);
  return BARE.test(expression);
}

/**
 * Whether a template body holds no template sequence but the hidden `+`, scanning left to right as Terraform's lexer
 * does (`$${` and `%%{` are escapes, taken before a `${` they overlap). In a quoted string, `\` escapes the next
 * character and a bare `"` would end the string.
 */
function literalOnly(body: string, quoted: boolean): boolean {
  let i = 0;
  while (i < body.length) {
    if (body.startsWith('$${', i) || body.startsWith('%%{', i)) i += 3;
    else if (body.startsWith(HIDDEN_PLUS, i)) i += HIDDEN_PLUS.length;
    else if ((body[i] === '$' || body[i] === '%') && body[i + 1] === '{') return false;
    else if (quoted && body[i] === '"') return false;
    else i += quoted && body[i] === '\\' ? 2 : 1;
  }
  return true;
}
