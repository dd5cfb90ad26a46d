/**
 * The `yaml` package as a writer, with the options of the kernel's emitter and its quoting for YAML 1.1 and 1.2
 * readers. `toYaml` uses it for values the emitter does not write (Date, Map, Set, BigInt, class instances); the
 * tests use it as the oracle the emitter must match byte for byte.
 */
import {
  type CreateNodeOptions,
  type DocumentOptions,
  type SchemaOptions,
  Scalar,
  type ScalarTag,
  stringify,
  type ToStringOptions,
} from 'yaml';
import { readsAsNonString } from './yaml-non-string';
import { DoubleQuoted } from './yaml-double-quoted';

/** A RegExp whose `test` is {@link readsAsNonString}, for the `test` field of a `yaml` tag. */
class NonStringTest extends RegExp {
  public override test(text: string): boolean {
    return readsAsNonString(text);
  }
}

/**
 * A tag that claims every scalar some YAML 1.1 or 1.2 reader reads as a non-string. As a `compat` tag it makes the
 * package quote such strings (it quotes a string that would resolve to any default tag of the schema or of `compat`).
 */
const NON_STRING: Readonly<ScalarTag> = Object.freeze({
  tag: 'tag:cdktf-harness-idp,2025:non-string',
  default: true,
  test: new NonStringTest(''),
  resolve: (text: string) => text,
});

/** The options of the former `toYaml`, plus the quoting: the merge key `<<` is a plain string to the writer, and quoted. */
export const PACKAGE_OPTIONS: Readonly<CreateNodeOptions & DocumentOptions & SchemaOptions & ToStringOptions> = Object.freeze({
  version: '1.1',
  lineWidth: 0,
  minContentWidth: 0,
  indent: 2,
  indentSeq: true,
  blockQuote: 'literal',
  aliasDuplicateObjects: false,
  defaultStringType: 'PLAIN',
  defaultKeyType: 'PLAIN',
  customTags: (tags) => tags.filter((t) => typeof t === 'string' || t.tag !== 'tag:yaml.org,2002:merge'),
  compat: [NON_STRING],
});

/** The value with each {@link DoubleQuoted} (in plain objects and arrays) turned into a double-quoted `Scalar`. */
function withScalars(value: unknown): unknown {
  if (value instanceof DoubleQuoted) return Object.assign(new Scalar(value.value), { type: Scalar.QUOTE_DOUBLE });
  if (Array.isArray(value)) return value.map(withScalars);
  if (value === null || typeof value !== 'object') return value;
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withScalars(v)]));
}

/** `value` written by the `yaml` package (see the module comment). */
export function packageYaml(value: unknown): string {
  return stringify(withScalars(value), PACKAGE_OPTIONS);
}
