/** Small facts about text that several rules share. */

/** True if `text` holds a control character (U+0000–U+001F or U+007F), which no name, path or branch may hold. */
export function hasControlCharacter(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x20 || code === 0x7f) return true;
  }
  return false;
}
