/** A value as messages of the trigger show it: a string quoted, `null`/`undefined`, else its class name or type. */
export function describeGiven(v: unknown): string {
  if (typeof v === 'string') return `'${v}'`;
  if (v === null || v === undefined) return String(v);
  return (v as object).constructor?.name ?? typeof v;
}
