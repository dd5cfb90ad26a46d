/** Line breaks and tabs: a label or a table cell is one line. */
const BREAKS = /\r\n|[\t\n\v\f\r\u0085\u2028\u2029]/g;

/** `text` in Unicode NFC (as Terraform stores strings), each line break or tab replaced by a space. */
export function oneLine(text: string): string {
  return text.normalize('NFC').replace(BREAKS, ' ');
}
