/**
 * A string that the YAML writer emits double-quoted, whatever its content: e.g. text holding an expression that is
 * substituted at run time, so that the substituted value (which may hold `: ` or `#`) still parses.
 */
export class DoubleQuoted {
  /** @param value the string to emit */
  constructor(public readonly value: string) {}
}
