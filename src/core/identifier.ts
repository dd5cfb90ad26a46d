import { fail } from './errors';

/** Harness identifier pattern for pipelines, stages, steps (schema `v0/pipeline.json`, docs/rules.md#identifier-pattern). */
export const IDENTIFIER_PATTERN = /^[a-zA-Z_][0-9a-zA-Z_]{0,127}$/;
/**
 * Secret identifiers: as {@link IDENTIFIER_PATTERN}, plus `$` and `-` ("Hyphens (-) are allowed only in secret
 * identifiers", docs/rules.md#secret-identifier).
 */
export const SECRET_IDENTIFIER_PATTERN = /^[a-zA-Z_][0-9a-zA-Z_$-]{0,127}$/;
/**
 * A reference to an entity that may live at another scope: an identifier, optionally prefixed `account.` or
 * `org.` (connectors, policy sets), e.g. `account.github_org`.
 */
export const SCOPED_IDENTIFIER_PATTERN = /^((account|org)\.)?[a-zA-Z_][0-9a-zA-Z_]{0,127}$/;
/** Names of pipelines, steps and non-IDP stages. */
export const NAME_PATTERN = /^[a-zA-Z_0-9\-.][-0-9a-zA-Z_\s.]{0,127}$/;
/** IDP stage names: no `.`, cannot start with a digit or `-` (`stages/idp/IDPStageNode`). */
export const IDP_STAGE_NAME_PATTERN = /^[a-zA-Z_][-0-9a-zA-Z_\s]{0,127}$/;
/** Pipeline variable names (`common/*NGVariable`). */
export const VARIABLE_NAME_PATTERN = /^[a-zA-Z_][0-9a-zA-Z_.$-]{0,127}$/;

/**
 * Harness identifiers as a form `pattern` and a runtime-input `.regex()`: what a form value must match before it is
 * put into a URL path, a query or a JSON string (no `/`, `?`, `&`, `#`, `"`, `\`, spaces). No length bound: the
 * runtime-input syntax reads a `,` as a separator.
 */
export const IDENTIFIER_INPUT_PATTERN = '^[a-zA-Z_][0-9a-zA-Z_]*$';
/** Display names as a form `pattern` and `.regex()`: letters, digits, `_`, `-`, `.` and spaces, JSON- and URL-safe. */
export const NAME_INPUT_PATTERN = '^[-a-zA-Z0-9_ .]+$';

/** The keywords of Harness' expression language (JEXL), reserved in identifiers and in variable names alike. */
const EXPRESSION_KEYWORDS: readonly string[] = [
  ...['or', 'and', 'eq', 'ne', 'lt', 'gt', 'le', 'ge', 'div', 'mod', 'not'],
  ...['null', 'true', 'false', 'new', 'var', 'return'],
];

/** Words Harness reserves; they cannot be identifiers (docs/rules.md#identifier-reserved-words). */
export const RESERVED_WORDS: readonly string[] = [
  ...EXPRESSION_KEYWORDS,
  ...['step', 'parallel', 'stepGroup', 'org', 'account', 'status', 'liteEngineTask'],
];

/**
 * Words Harness reserves in variable names: "the following keywords are reserved, and cannot be used as a variable
 * name or property" (the JEXL keywords of its expression language, `shellScriptProvisioner` and `class`), since
 * `<+pipeline.variables.new>` does not parse (docs/rules.md#variable-reserved-words).
 */
export const RESERVED_VARIABLE_NAMES: readonly string[] = [...EXPRESSION_KEYWORDS, 'shellScriptProvisioner', 'class'];

/** Throws if `name` is a word Harness reserves in variable names ({@link RESERVED_VARIABLE_NAMES}). */
export function checkReservedVariableName(name: string, path: string, field = 'name'): void {
  if (RESERVED_VARIABLE_NAMES.includes(name)) {
    fail(
      path,
      field,
      `'${name}' is a reserved word in Harness expressions and cannot be a variable name (<+pipeline.variables.${name}> would not parse)`,
      `choose another name, for example '${name}_value'`,
    );
  }
}

/** Throws unless `value` is a valid Harness identifier. */
export function validateIdentifier(value: string, path: string, field = 'identifier'): void {
  if (typeof value !== 'string' || !IDENTIFIER_PATTERN.test(value)) {
    fail(
      path,
      field,
      `'${value}' is not a valid Harness identifier (must match ${IDENTIFIER_PATTERN.source}: a letter or _ first, ` +
        "then letters, digits or _, at most 128 characters; no '-', '.', '$' or spaces)",
      `use for example '${suggestIdentifier(String(value))}'`,
    );
  }
  if (RESERVED_WORDS.includes(value)) {
    fail(path, field, `'${value}' is a reserved word in Harness`, `choose another identifier, for example '${value}_1'`);
  }
}

/** Throws unless `value` is a valid name for the given kind of node. */
export function validateName(value: string, path: string, kind: 'default' | 'idpStage' = 'default', field = 'name'): void {
  const pattern = kind === 'idpStage' ? IDP_STAGE_NAME_PATTERN : NAME_PATTERN;
  if (typeof value !== 'string') {
    fail(path, field, `the name must be a string, got ${typeof value}`, 'pass the name as text');
  }
  if (value.length > 128) {
    fail(path, field, `name is ${value.length} characters long; Harness allows at most 128`, 'shorten the name');
  }
  if (!pattern.test(value)) {
    const rule =
      kind === 'idpStage'
        ? "IDP stage names may contain letters, digits, _, - and spaces (no '.'), and must start with a letter or _"
        : 'names may contain letters, digits, _, -, . and spaces';
    fail(
      path,
      field,
      `'${value}' is not a valid name (${rule}; pattern ${pattern.source})`,
      `use for example '${
        value
          .replace(kind === 'idpStage' ? /[^-0-9a-zA-Z_\s]/g : /[^-0-9a-zA-Z_\s.]/g, ' ')
          .trim()
          .replace(/^[^a-zA-Z_]+/, '') || 'stage'
      }'`,
    );
  }
}

/** Throws unless `value` is a valid pipeline variable name. */
export function validateVariableName(value: string, path: string, field = 'name'): void {
  if (typeof value !== 'string' || !VARIABLE_NAME_PATTERN.test(value)) {
    fail(
      path,
      field,
      `'${value}' is not a valid variable name (pattern ${VARIABLE_NAME_PATTERN.source})`,
      `use for example '${suggestIdentifier(String(value))}'`,
    );
  }
  checkReservedVariableName(value, path, field);
}

/** Turns free text into a string that is a valid identifier (best effort, for suggestions and defaults). */
export function suggestIdentifier(text: string): string {
  let id = text.replace(/[^0-9a-zA-Z_]+/g, '_').replace(/^_+|_+$/g, '');
  if (!/^[a-zA-Z_]/.test(id)) id = `_${id}`;
  return id.slice(0, 128) || '_';
}
