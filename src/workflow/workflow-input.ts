import { requireProps } from '../core/arguments';
import { fail } from '../core/errors';
import type { Expression } from '../core/expression';
import { runtimeNumber } from '../core/number-text';
import { RuntimeInput } from '../core/runtime-input';
import { IDENTIFIER_PATTERN, RESERVED_VARIABLE_NAMES, RESERVED_WORDS } from '../core/identifier';
import { PipelineVariable, VariableType } from '../pipeline/variable';
import type { ArrayFieldProps, BooleanFieldProps, EnumFieldProps, NumberFieldProps, StringFieldProps } from './field-props';
import { FieldSchema, type WorkflowParameter } from './form-field';
import { FormValueType } from './ui-field';
import { WorkflowExpression } from './workflow-expression';
import { DerivedInput, type DerivedInputProps } from './derived-input';
import { absentFallback, InputsetValue } from './inputset-value';

/**
 * Pipeline variable names a workflow can feed: plain names (no `.` `$` `-`, which JEXL and inputset keys misread),
 * i.e. the Harness identifier pattern.
 */
export const INPUT_VARIABLE_NAME_PATTERN = IDENTIFIER_PATTERN;

/** How a workflow input shows up on the pipeline side. */
export interface InputVariableProps {
  /**
   * Name of the pipeline variable the input feeds (the `inputset` key), e.g. form `projectId` →
   * pipeline variable `harness_project`.
   * @default the input id
   */
  readonly variableName?: string;
  /** Description of the pipeline variable. @default the field description, else its title */
  readonly variableDescription?: string;
  /** `required` of the pipeline variable. @default the field's `required` */
  readonly variableRequired?: boolean;
  /**
   * The value the trigger sends while the field is hidden by a condition (a field of a `FormCondition`, or inside
   * one), so that the pipeline variable gets a value it accepts (docs/rules.md#contract-conditional-inputs).
   * @default the field's default, else `false` for a boolean, else '' (an empty list for an array)
   */
  readonly whenAbsent?: string | number | boolean;
}

/** Props of {@link WorkflowInput.string}. */
export interface StringInputProps extends StringFieldProps, InputVariableProps {}
/** Props of {@link WorkflowInput.enum}. */
export interface EnumInputProps extends EnumFieldProps, InputVariableProps {}
/** Props of {@link WorkflowInput.number}. */
export interface NumberInputProps extends NumberFieldProps, InputVariableProps {}
/** Props of {@link WorkflowInput.boolean}. */
export interface BooleanInputProps extends BooleanFieldProps, InputVariableProps {}
/** Props of {@link WorkflowInput.array}. */
export interface ArrayInputProps extends ArrayFieldProps, InputVariableProps {}

/**
 * A workflow input, declared once. It is at the same time:
 * - the form property (`spec.parameters[].properties.<id>`),
 * - the pipeline's runtime-input variable (it *is* a {@link PipelineVariable}: add it to the pipeline, pass
 *   it to step fields to read `<+pipeline.variables.<name>>`), with the form's default, allowed values and
 *   pattern as `<+input>.default(..).allowedValues(..).regex(..)`,
 * - the trigger step's `inputset` entry `<name>: ${{ parameters.<id> }}`.
 *
 * Numbers become Number variables; booleans String variables with `allowedValues(true,false)`; arrays
 * String variables fed `${{ parameters.<id>.join(',') }}` (docs/rules.md#workflow-arrays-joined).
 */
export class WorkflowInput extends PipelineVariable implements WorkflowParameter {
  /** A text input. `enum` becomes `allowedValues`, `pattern` becomes `regex`. */
  public static string(id: string, props: StringInputProps): WorkflowInput {
    const schema = new FieldSchema(id, FormValueType.STRING, props, where(id));
    let input = RuntimeInput.create();
    if (props.default !== undefined) input = input.default(props.default);
    if (props.enum !== undefined) input = input.allowedValues(props.enum);
    if (props.pattern !== undefined) input = input.regex(props.pattern);
    return new WorkflowInput(schema, props, VariableType.STRING, input);
  }

  /** A drop-down of string values (`enum` in the form, `allowedValues` in the pipeline). */
  public static enum(id: string, props: EnumInputProps): WorkflowInput {
    const { values, ...rest } = requireProps(props, where(id), `WorkflowInput.enum('${id}', { title: 'Title', values: ['a', 'b'] })`);
    return WorkflowInput.string(id, { ...rest, enum: values });
  }

  /** A number input; the pipeline variable is a Number. */
  public static number(id: string, props: NumberInputProps): WorkflowInput {
    const schema = new FieldSchema(id, FormValueType.NUMBER, props, where(id));
    let input = RuntimeInput.create();
    // 1e-7 and 1e21 go to the pipeline as 0.0000001 and 1000000000000000000000 (a Number variable reads no exponent)
    if (props.default !== undefined) input = input.default(runtimeNumber(props.default));
    if (props.enum !== undefined) input = input.allowedValues(props.enum.map(runtimeNumber));
    return new WorkflowInput(schema, props, VariableType.NUMBER, input);
  }

  /** A checkbox; the pipeline variable is a String restricted to `true`/`false`. */
  public static boolean(id: string, props: BooleanInputProps): WorkflowInput {
    const schema = new FieldSchema(id, FormValueType.BOOLEAN, props, where(id));
    let input = RuntimeInput.create();
    if (props.default !== undefined) input = input.default(String(props.default));
    input = input.allowedValues(['true', 'false']);
    return new WorkflowInput(schema, props, VariableType.STRING, input);
  }

  /**
   * A list of strings. Pipelines take no arrays, so the trigger sends `${{ parameters.<id>.join(',') }}` to a
   * String variable (docs/rules.md#workflow-arrays-joined); split it in the pipeline. The form default is not carried over (a joined
   * default would need a `,` inside `.default()`).
   */
  public static array(id: string, props: ArrayInputProps): WorkflowInput {
    const schema = new FieldSchema(id, FormValueType.ARRAY, props, where(id));
    return new WorkflowInput(schema, props, VariableType.STRING, RuntimeInput.create());
  }

  /**
   * A pipeline variable fed with a value derived from the form rather than a field of its own: a field through
   * Nunjucks filters, a second variable fed by the same field, or a fixed value, e.g.
   * `WorkflowInput.derived('repo_name', InputsetValue.of(repoUrl).parseRepoUrl().pick('repo'))`. List it in the
   * workflow's `derivedInputs` and add it to the pipeline (docs/rules.md#contract-derived-inputs).
   */
  public static derived(name: string, source: InputsetValue, props: DerivedInputProps = {}): DerivedInput {
    return new DerivedInput(name, source, props);
  }

  /** The form property key. */
  public readonly id: string;
  /** The form property schema. */
  public readonly schema: FieldSchema;

  private readonly whenAbsentProp?: string | number | boolean;

  private constructor(
    schema: FieldSchema,
    props: InputVariableProps & { description?: string; title: string },
    type: VariableType,
    input: RuntimeInput,
  ) {
    const name = props.variableName ?? schema.id;
    if (typeof name !== 'string' || !INPUT_VARIABLE_NAME_PATTERN.test(name)) {
      fail(
        where(schema.id),
        'variableName',
        `'${name}' cannot be fed by a workflow (pattern ${INPUT_VARIABLE_NAME_PATTERN.source}; ` +
          "'.', '$' and '-' are misread in inputset keys and expressions)",
        `use letters, digits and _ only, e.g. '${String(name).replace(/[^0-9a-zA-Z_]+/g, '_')}'`,
      );
    }
    if (RESERVED_WORDS.includes(name) || RESERVED_VARIABLE_NAMES.includes(name)) {
      fail(
        where(schema.id),
        'variableName',
        `'${name}' is a reserved word in Harness; the workflow feeds the input as an inputset key and pipeline variable, ` +
          'which follow the identifier rules',
        `choose another name, for example '${name}_id' (or set variableName)`,
      );
    }
    if (schema.isAuthToken) {
      fail(
        where(schema.id),
        'ui:field',
        "the HarnessAuthToken field would send the user's session token to the pipeline as a variable",
        'declare the token with FormField.authToken() (or TriggerAuth.userToken()), which stays in the form',
      );
    }
    super({
      name,
      type,
      value: input,
      description: props.variableDescription ?? props.description ?? props.title,
      required: props.variableRequired ?? schema.required,
    });
    this.id = schema.id;
    this.schema = schema;
    const absent = props.whenAbsent;
    if (absent !== undefined && !['string', 'number', 'boolean'].includes(typeof absent)) {
      fail(where(schema.id), 'whenAbsent', `${JSON.stringify(absent)} is not a text, number or boolean`, 'give the value to send');
    }
    this.whenAbsentProp = absent;
  }

  /** The value the trigger sends while the field is hidden by a condition (docs/rules.md#contract-conditional-inputs). */
  public get whenAbsent(): string | number | boolean {
    return this.whenAbsentProp ?? absentFallback(this);
  }

  /** What the trigger sends for the input: the field, joined with `,` for an array. */
  public get source(): InputsetValue {
    const value = InputsetValue.of(this);
    return this.schema.type === FormValueType.ARRAY ? value.join(',') : value;
  }

  /** `${{ parameters.<id> }}` for the workflow side (steps, `if`, output). */
  public get parameter(): Expression {
    return new WorkflowExpression(this.schema.parameterText());
  }

  /** The value the trigger sends for this input (`${{ parameters.<id> }}`, joined for arrays). */
  public get inputsetValue(): string {
    return this.schema.inputsetText();
  }

  public describe(): string {
    return where(this.id);
  }
}

function where(id: string): string {
  return `workflow input '${id}'`;
}
