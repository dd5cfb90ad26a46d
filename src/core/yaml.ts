import { emitDocument, UNSUPPORTED } from './yaml-emitter';

export { DoubleQuoted } from './yaml-double-quoted';

/**
 * Renders a plain object as deterministic YAML: key order as built, no line folding, literal block scalars for
 * multi-line strings, two-space indentation. A string that a YAML 1.1 reader (Harness) or a YAML 1.2 reader
 * (schema tooling) would read as something else (`on`, `yes`, `0o17`, `1e3`, `~`, `2001-12-14`, ...) is quoted;
 * a `DoubleQuoted` string is always double-quoted. See docs/yaml.md.
 *
 * Plain data (objects, arrays, strings, numbers, booleans, null) is written by the kernel's own emitter; other
 * values (Date, Map, Set, BigInt, class instances) by the `yaml` package with the same options and quoting.
 *
 * The text is in Unicode NFC, the form Terraform gives every string it deploys (`Cafe\u0301` becomes `Café`), so
 * what a snapshot shows is what Harness receives.
 */
export function toYaml(obj: unknown): string {
  const text: string | undefined = write(obj);
  return text === undefined ? text : text.normalize('NFC');
}

function write(obj: unknown): string {
  try {
    return emitDocument(obj);
  } catch (e) {
    if (e === UNSUPPORTED) return yamlPackage().packageYaml(obj);
    throw e;
  }
}

/**
 * The `yaml` package writer, loaded the first time a value needs it: plain data never does, and loading the package
 * would add about 30 ms to every synthesis.
 */
function yamlPackage(): typeof import('./yaml-package') {
  return require('./yaml-package');
}
