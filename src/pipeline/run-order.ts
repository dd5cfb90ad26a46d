/** True if a step at `a` finishes before a step at `b` starts (parallel lanes are concurrent). */
export function runsBefore(a: readonly (number | string)[], b: readonly (number | string)[]): boolean {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    if (a[i] === b[i]) continue;
    if (typeof a[i] === 'string' || typeof b[i] === 'string') return false;
    return (a[i] as number) < (b[i] as number);
  }
  return false;
}
