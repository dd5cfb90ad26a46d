import type { ValidationProblem } from '../core/errors';
import { decimalText } from '../core/number-text';
import { NUMBER_TEXT_PATTERN, type PipelineVariable, VariableType } from '../pipeline/variable';
import { DerivedInput } from './derived-input';
import { type FieldPlacement, placedFields } from './form-layout';
import { absentFallback, type InputsetValue, InputsetValueKind } from './inputset-value';
import { WorkflowInput } from './workflow-input';

/** One entry of the trigger's `inputset`: the variable it feeds and the value sent. */
export interface InputsetEntry {
  /** The form input or derived input that is the pipeline variable. */
  readonly feeder: WorkflowInput | DerivedInput;
  /** The value sent. */
  readonly value: InputsetValue;
  /** The value sent while the field read is hidden by a condition, if it can be (docs/rules.md#contract-conditional-inputs). */
  readonly whenAbsent?: string | number | boolean;
}

/**
 * The inputset of a form: every form input, in form order (a conditional one with its `whenAbsent` value), then the
 * derived inputs (with a fallback when the field they read can be hidden and they give no `.default()`).
 */
export function inputsetEntries(placements: readonly FieldPlacement[], derived: readonly DerivedInput[]): InputsetEntry[] {
  const conditional = new Set(placements.filter((p) => p.conditional).map((p) => p.field));
  const inputs = placedFields(placements).filter((f): f is WorkflowInput => f instanceof WorkflowInput);
  return [
    ...inputs.map((i) => ({ feeder: i, value: i.source, whenAbsent: conditional.has(i) ? i.whenAbsent : undefined })),
    ...derived.map((d) => {
      const field = d.source.field;
      const hidden = field !== undefined && conditional.has(field) && !d.source.render().includes('| default(');
      return { feeder: d, value: d.source, whenAbsent: hidden ? absentFallback(field) : undefined };
    }),
  ];
}

/** The Nunjucks text of an entry. */
export function entryText(entry: InputsetEntry): string {
  return entry.value.render(entry.whenAbsent);
}

/**
 * What an entry can send, checked against the pipeline variable it feeds: a list or an object is no variable value;
 * every value it can send (a hidden field's fallback, a filtered enum, a fixed value) is allowed, matches the regex,
 * is a number for a Number variable and is not empty for a required one (docs/rules.md#contract-conditional-inputs,
 * docs/rules.md#contract-derived-inputs). Form inputs sent as they are were checked against the variable already.
 * @param path the workflow, for messages
 */
export function sentValueProblems(path: string, entry: InputsetEntry, variable: PipelineVariable): ValidationProblem[] {
  const derived = entry.feeder instanceof DerivedInput;
  const where = `${path} > ${entry.feeder.describe()}`;
  const field = derived ? 'source' : 'whenAbsent';
  const expr = entryText(entry);
  const kind = entry.value.kind;
  // a list is reported where it is sent (docs/rules.md#workflow-arrays-joined)
  if (derived && kind === InputsetValueKind.LIST) return [];
  if (derived && kind === InputsetValueKind.OBJECT) {
    return [
      {
        path: where,
        field,
        problem: `sends an object (${expr}); a pipeline variable takes text or a number`,
        fix: "send one part: .parseRepoUrl().pick('repo'), or a field of the object",
      },
    ];
  }
  const values = derived ? entry.value.possibleValues(entry.whenAbsent) : entry.whenAbsent === undefined ? [] : [text(entry.whenAbsent)];
  const prefix = derived ? 'can send' : 'is shown only while a condition holds; while it is hidden the trigger sends';
  const allowed = variable.runtimeInput?.allowed?.map(text);
  const check = (v: string): ValidationProblem[] => {
    const sent = `${prefix} '${v}' (${expr})`;
    if (allowed && !allowed.includes(v)) {
      return [
        {
          path: where,
          field,
          problem: `${sent}, which pipeline variable '${variable.name}' does not allow ([${allowed.join(', ')}])`,
          fix: derived
            ? "change the filters, the field's values or the variable's allowedValues"
            : `set whenAbsent to a value the variable allows, e.g. '${allowed[0]}'`,
        },
      ];
    }
    return valueProblems(where, field, sent, v, variable, derived);
  };
  if (values !== undefined) return values.flatMap(check);
  // any value the form accepts; the value sent while the field is hidden is still known
  const hidden = entry.whenAbsent === undefined ? undefined : entry.value.apply(text(entry.whenAbsent));
  return [...anyValueProblems(where, field, expr, kind, variable, allowed), ...(hidden === undefined || allowed ? [] : check(hidden))];
}

/** Regex, Number and required checks of one value sent. */
function valueProblems(
  where: string,
  field: string,
  sent: string,
  v: string,
  variable: PipelineVariable,
  derived: boolean,
): ValidationProblem[] {
  const pattern = variable.runtimeInput?.pattern;
  const name = variable.name;
  if (pattern !== undefined && !new RegExp(pattern).test(v)) {
    return [
      {
        path: where,
        field,
        problem: `${sent}, which does not match regex '${pattern}' of pipeline variable '${name}'`,
        fix: derived ? 'change the filters or the regex' : `set whenAbsent to a value that matches '${pattern}'`,
      },
    ];
  }
  if (variable.type === VariableType.NUMBER && !NUMBER_TEXT_PATTERN.test(v)) {
    return [
      {
        path: where,
        field,
        problem: `${sent}, which is not a number, but pipeline variable '${name}' is a Number`,
        fix: derived ? 'send a number, or make the variable a String' : 'set whenAbsent to a number',
      },
    ];
  }
  if (variable.required && v === '') {
    return [
      {
        path: where,
        field,
        problem: `${sent}, but pipeline variable '${name}' is required and Harness refuses an empty value`,
        fix: derived
          ? "add .default('<value>'), or make the variable required: false"
          : 'set whenAbsent to a value, or variableRequired: false',
      },
    ];
  }
  return [];
}

/** A value the library cannot enumerate: fine unless the variable restricts it. */
function anyValueProblems(
  where: string,
  field: string,
  expr: string,
  kind: InputsetValueKind,
  variable: PipelineVariable,
  allowed: string[] | undefined,
): ValidationProblem[] {
  if (allowed) {
    return [
      {
        path: where,
        field,
        problem: `sends any value the form accepts (${expr}), but pipeline variable '${variable.name}' allows only [${allowed.join(', ')}]`,
        fix: 'read an enum field (or send a fixed value) whose values the variable allows, or drop allowedValues',
      },
    ];
  }
  if (variable.type === VariableType.NUMBER && kind !== InputsetValueKind.NUMBER) {
    return [
      {
        path: where,
        field,
        problem:
          `sends ${kind === InputsetValueKind.BOOLEAN ? 'a boolean' : 'text'} (${expr}), ` +
          `but pipeline variable '${variable.name}' is a Number`,
        fix: 'read a number field without text filters, or make the variable a String',
      },
    ];
  }
  return [];
}

function text(value: string | number | boolean): string {
  return typeof value === 'number' ? decimalText(value) : String(value);
}
