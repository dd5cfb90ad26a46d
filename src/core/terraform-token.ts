/**
 * CDKTF's string tokens, as the models see them: a value Terraform fills in at apply (`${TfToken[<key>]}`, the text
 * of a reference such as `new TerraformVariable(...).stringValue`). The models import nothing of CDKTF; they find
 * tokens in text by this marker (`cdktf/lib/tokens/private/encoding`).
 */

import { isPlainObject } from './arguments';

/** CDKTF's string token marker (`cdktf/lib/tokens/private/encoding`), as a pattern source. */
const TOKEN_SOURCE = '\\$\\{TfToken\\[[a-zA-Z0-9:._-]+\\]\\}';
/** Every occurrence (for `match` and `split`, which do not depend on `lastIndex`). */
const EVERY_TOKEN = new RegExp(TOKEN_SOURCE, 'g');
/** A text that is exactly one CDKTF string token. */
const WHOLE_TOKEN = new RegExp(`^${TOKEN_SOURCE}$`);
/** Some occurrence. */
const SOME_TOKEN = new RegExp(TOKEN_SOURCE);

/** True if `text` holds a CDKTF string token. */
export function hasTerraformToken(text: string): boolean {
  return SOME_TOKEN.test(text);
}

/**
 * `text` with its literal parts passed through `literal` (told whether a token follows the part) and its CDKTF
 * string tokens through `token`, in order. Text without tokens is one literal part (also when empty).
 */
export function mapTokenParts(
  text: string,
  literal: (part: string, beforeToken: boolean) => string,
  token: (marker: string) => string,
): string {
  const tokens = text.match(EVERY_TOKEN);
  if (!tokens) return literal(text, false);
  const literals = text.split(EVERY_TOKEN);
  let out = '';
  for (let i = 0; i < tokens.length; i++) out += literal(literals[i], true) + token(tokens[i]);
  return out + literal(literals[tokens.length], false);
}

/**
 * Percent-encodes `text` as a URL component (`encodeURIComponent`), except the CDKTF tokens it holds: a token is a
 * value Terraform fills in at apply, so its marker must stay as written (percent-encoded, it would be the text
 * `%24%7BTfToken...` in the URL). Encode such a value in Terraform: `Fn.urlencode(reference)`.
 */
export function encodeUrlComponentText(text: string): string {
  return mapTokenParts(
    text,
    (part) => encodeURIComponent(part),
    (marker) => marker,
  );
}

/**
 * `document` with every string value that is exactly one CDKTF string token (a field whose whole value Terraform
 * fills in) replaced by `value(token)`. Keys and every other value stay as they are; a document without such a value
 * is returned itself.
 */
export function mapWholeTokens(document: unknown, value: (token: string) => string): unknown {
  return hasWholeToken(document) ? mapped(document, value) : document;
}

function isWholeToken(text: string): boolean {
  return text.startsWith('${TfToken[') && WHOLE_TOKEN.test(text);
}

/** Whether a string value of `document` is one whole token (a walk without copies: most documents have none). */
function hasWholeToken(document: unknown): boolean {
  if (typeof document === 'string') return isWholeToken(document);
  if (Array.isArray(document)) return document.some(hasWholeToken);
  if (!isPlainObject(document)) return false;
  for (const key in document) if (hasWholeToken(document[key])) return true;
  return false;
}

function mapped(document: unknown, value: (token: string) => string): unknown {
  if (typeof document === 'string') return isWholeToken(document) ? value(document) : document;
  if (Array.isArray(document)) return document.map((item) => mapped(item, value));
  if (!isPlainObject(document)) return document;
  return Object.fromEntries(Object.entries(document).map(([k, v]) => [k, mapped(v, value)]));
}
