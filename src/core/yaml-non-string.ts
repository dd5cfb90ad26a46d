/**
 * Which plain (unquoted) scalars a YAML reader resolves to something other than a string. A string the writer emits
 * must read back as that string in YAML 1.1 (Harness, SnakeYAML, PyYAML, Go yaml.v2) and in YAML 1.2 with the core
 * schema (schema tooling, the `yaml` package's default), so a string matching any of these forms is quoted.
 * The forms are the union of the YAML 1.1 type definitions, the YAML 1.2 core schema and the variants that common
 * readers accept on top of them (see docs/yaml.md).
 */

/** `null`, YAML 1.1 booleans (`y`, `yes`, `on`, ...), the 1.1 merge key `<<` and value key `=`, and the empty string. */
const WORDS = /^(?:~|null|Null|NULL|[Yy]|[Yy]es|YES|[Nn]|[Nn]o|NO|[Tt]rue|TRUE|[Ff]alse|FALSE|[Oo]n|ON|[Oo]ff|OFF|<<|=)?$/;

/**
 * Numbers: decimal, binary, octal (YAML 1.1 `017` and 1.2 `0o17`) and hexadecimal integers with `_` separators
 * (1.1) and any case of prefix (Go); floats with a dot and/or an exponent (`.5`, `1.`, `1e3`, `e3`); infinity and
 * not-a-number; base-60 integers and floats (1.1: `1:20`, `1:20.5`).
 */
const NUMBER = new RegExp(
  [
    '[-+]?(?:[0-9][0-9_]*|0[bB][01_]+|0[oO][0-7_]+|0[xX][0-9a-fA-F_]+)',
    '[-+]?(?:[0-9][0-9_]*)?\\.[0-9_]*(?:[eE][-+]?[0-9]+)?',
    '[-+]?(?:[0-9][0-9_]*)?(?:\\.[0-9_]*)?[eE][-+]?[0-9]+',
    '[-+]?\\.(?:inf|Inf|INF|nan|NaN|NAN)',
    '[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\\.[0-9_]*)?',
  ]
    .map((form) => `^${form}$`)
    .join('|'),
);

/** YAML 1.1 timestamps: a date, optionally with a time and a zone (`2001-12-14`, `2001-12-14 21:59:43.10 -5`). */
const TIMESTAMP = new RegExp(
  [
    '^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}', // date
    '(?:(?:[Tt]|[ \\t]+)[0-9]{1,2}:[0-9]{1,2}:[0-9]{1,2}(?:\\.[0-9]*)?', // time
    '(?:[ \\t]*(?:Z|[-+][0-9]{1,2}(?::[0-9]{2})?))?)?$', // zone
  ].join(''),
);

/** The first characters of the forms above: `+ - . 0-9 ~ < = e E n N y Y t T f F o O`. */
const FIRST = /^[-+.0-9~<=eEnNyYtTfFoO]/;

/** True when some YAML 1.1 or 1.2 reader resolves `text`, written plain, to a non-string (null, bool, number, date, merge). */
export function readsAsNonString(text: string): boolean {
  if (text === '') return true;
  if (!FIRST.test(text)) return false;
  if (WORDS.test(text) || NUMBER.test(text) || TIMESTAMP.test(text)) return true;
  // Go's yaml.v2 drops every `_` of a scalar that starts like a number before parsing it (`+_1`, `0_x1F`).
  return text.includes('_') && /^[-+.0-9]/.test(text) && NUMBER.test(text.replace(/_/g, ''));
}
