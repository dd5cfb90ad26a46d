/**
 * Compact copies of text cut out of wider text.
 *
 * V8 stores a string in one byte per character when every character fits in Latin-1, and in two bytes otherwise.
 * A piece sliced out of a two-byte string stays two-byte, and so does every string it is later joined into. An
 * expression marker (`⟦hx…⟧`) holds characters outside Latin-1, so every piece of text around a marker, and the
 * rendered YAML and Terraform strings built from those pieces, would take twice the memory (and be slower to scan,
 * escape and write) although the result is plain ASCII. `compactString` gives such a piece a one-byte copy.
 */

/** Any character outside Latin-1: text holding one is stored two bytes per character anyway. */
const WIDE = /[\u0100-\uffff]/;

/**
 * `text` with the same characters, stored one byte per character when every character fits in Latin-1 (a copy
 * whose cost is linear in the length); otherwise `text` itself.
 */
export function compactString(text: string): string {
  if (text === '' || WIDE.test(text)) return text;
  return Buffer.from(text, 'latin1').toString('latin1');
}
