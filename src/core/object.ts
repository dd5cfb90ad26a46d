/** Drops `undefined` fields (shallow), so objects render without empty keys. */
export function compact<T extends Record<string, unknown>>(obj: T): T {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(obj)) if (v !== undefined) out[k] = v;
  return out as T;
}

/**
 * Calls `fn` for every string in a value tree (arrays and objects, depth first, in key order) with its dotted
 * path below `at`, e.g. `spec.steps[0].input.url` (a path that starts at `''` has no leading dot).
 */
export function walkStrings(value: unknown, at: string, fn: (text: string, at: string) => void): void {
  if (typeof value === 'string') fn(value, at);
  else if (Array.isArray(value)) value.forEach((v, i) => walkStrings(v, `${at}[${i}]`, fn));
  else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) walkStrings(v, at === '' ? k : `${at}.${k}`, fn);
  }
}

/** Copies plain objects and arrays deeply; anything else (expressions, class instances) is shared. */
export function clonePlain<T>(value: T): T {
  if (Array.isArray(value)) return value.map(clonePlain) as unknown as T;
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) out[k] = clonePlain(v);
    return out as T;
  }
  return value;
}
