import { randomBytes, randomUUID } from 'node:crypto';
import { compactString } from './compact-string';

/**
 * How an expression travels inside a plain string.
 *
 * `` `Repo: ${createRepo.outputs.repositoryUrl}` `` calls the expression's `toString()`, which returns a marker:
 * `⟦hx<nonce>:<payload>⟧`. The payload describes the expression itself (its kind and data, base64url-encoded
 * JSON), so nothing has to be remembered between building a string and rendering it: there is no registry, and a
 * reference to another object (the step whose output is read) is resolved against the document being rendered,
 * which knows its own steps.
 *
 * The nonce is random per process and fixed for its life, so a marker cannot be typed or pasted by accident: text
 * that looks like a marker but does not carry this process's nonce is ordinary text and renders as it is.
 */

/** What a marker carries: the expression kind (`k`) and its data. */
export interface ExpressionPayload {
  /** Kind of expression, e.g. `t` (fixed text), `v` (pipeline variable), `o` (step output). */
  readonly k: string;
  /** Kind-specific data (plain JSON values; nested expressions as payloads). */
  readonly [key: string]: unknown;
}

/** A random, per-process nonce (12 base64url characters): the part of a marker that text cannot forge. */
const NONCE = randomBytes(9).toString('base64url');
const CLOSE = '\u27E7';

/**
 * The two tags: `hx` marks an expression to resolve; `px` parks one (a placeholder that a later step of the same
 * render swaps, e.g. an onboarding value inside a Create Resource module), which resolving leaves alone.
 */
export type MarkerTag = 'hx' | 'px';

/** What each tag's markers start with, in this process. */
const OPEN: Readonly<Record<MarkerTag, string>> = Object.freeze({ hx: `\u27E6hx${NONCE}:`, px: `\u27E6px${NONCE}:` });
/** Any marker-shaped text of a tag (only those with this process's nonce are markers). */
const SHAPE: Readonly<Record<MarkerTag, RegExp>> = Object.freeze({
  hx: /\u27E6hx([A-Za-z0-9_-]{12}):([A-Za-z0-9_-]*)\u27E7/g,
  px: /\u27E6px([A-Za-z0-9_-]{12}):([A-Za-z0-9_-]*)\u27E7/g,
});

/** The marker text for a payload. */
export function encodeMarker(payload: ExpressionPayload, tag: MarkerTag = 'hx'): string {
  return `${OPEN[tag]}${Buffer.from(JSON.stringify(payload), 'utf8').toString('base64url')}${CLOSE}`;
}

/** True if the text holds at least one marker of this process. */
export function containsMarker(text: string, tag: MarkerTag = 'hx'): boolean {
  return text.includes(OPEN[tag]);
}

/**
 * A string split into literal text and the payloads of its markers, in order (empty literals left out). The literal
 * pieces of text that holds markers are compact copies (see {@link compactString}): a marker's brackets would
 * otherwise make every piece, and everything rendered from it, two bytes per character.
 */
export function scanMarkers(text: string, tag: MarkerTag = 'hx'): (string | ExpressionPayload)[] {
  if (!containsMarker(text, tag)) return text === '' ? [] : [text];
  const shape = SHAPE[tag];
  const parts: (string | ExpressionPayload)[] = [];
  let literal = '';
  let last = 0;
  for (const m of text.matchAll(shape)) {
    if (m[1] !== NONCE) continue; // not ours: stays literal text
    literal += text.slice(last, m.index);
    if (literal !== '') parts.push(compactString(literal));
    literal = '';
    parts.push(JSON.parse(Buffer.from(m[2], 'base64url').toString('utf8')) as ExpressionPayload);
    last = (m.index ?? 0) + m[0].length;
  }
  literal += text.slice(last);
  if (literal !== '') parts.push(compactString(literal));
  return parts;
}

/** A random id for an object that strings may refer to (a step, a variable). */
export function newObjectId(): string {
  return randomUUID();
}
