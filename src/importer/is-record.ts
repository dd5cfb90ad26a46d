/** True for a non-null, non-array object: a mapping of the parsed YAML or JSON. */
export function isRecord(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}
