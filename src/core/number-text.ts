/**
 * A finite number as plain decimal text, without an exponent: `1e-7` → `0.0000001`, `1e21` →
 * `1000000000000000000000`. JavaScript writes such numbers with an exponent, which the Number-variable pattern
 * (`^[+-]?[0-9]*\.?[0-9]+$`) and Harness' runtime-input defaults do not read.
 */
export function decimalText(n: number): string {
  const text = String(n);
  const m = /^(-?)(\d+)(?:\.(\d+))?e([+-]\d+)$/.exec(text);
  if (!m) return text;
  const [, sign, int, frac = '', exponent] = m;
  const digits = int + frac;
  const point = int.length + Number(exponent);
  if (point <= 0) return `${sign}0.${'0'.repeat(-point)}${digits}`;
  if (point >= digits.length) return `${sign}${digits}${'0'.repeat(point - digits.length)}`;
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}

/** The number as a runtime-input value: unchanged unless JavaScript would write it with an exponent. */
export function runtimeNumber(n: number): number | string {
  return /e/.test(String(n)) ? decimalText(n) : n;
}
