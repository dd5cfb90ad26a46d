import { fail } from '../core/errors';
import { IDENTIFIER_PATTERN } from '../core/identifier';
import { runtimeNumber } from '../core/number-text';
import { RuntimeInput } from '../core/runtime-input';
import { PipelineVariable, VariableType } from '../pipeline/variable';
import { InputsetValue, InputsetValueKind } from './inputset-value';

/** Props of a {@link DerivedInput}. */
export interface DerivedInputProps {
  /** Type of the pipeline variable: `String`, or `Number` for a value that is a number. @default VariableType.STRING */
  readonly type?: VariableType;
  /** Description of the pipeline variable. @default - none */
  readonly description?: string;
  /** `required` of the pipeline variable. @default true */
  readonly required?: boolean;
  /** Values the pipeline variable allows (`.allowedValues()`). @default - any value */
  readonly allowedValues?: readonly (string | number)[];
  /** Regular expression the value must match (`.regex()`). @default - none */
  readonly pattern?: string;
  /** Default of the runtime input, for runs started by hand. @default - none */
  readonly default?: string | number;
}

/**
 * A pipeline variable the trigger fills with a value derived from the form: a field through Nunjucks filters
 * (`${{ parameters.repoUrl | parseRepoUrl | pick('repo') }}`), a second variable fed by the same field, or a fixed
 * value. Like a {@link WorkflowInput} it is at the same time the runtime-input variable (add it to the pipeline) and
 * the trigger's `inputset` entry; it is not a form field. Declare it with `WorkflowInput.derived(...)` and list it
 * in the workflow's `derivedInputs`; the contract checks what it sends against the variable
 * (docs/rules.md#contract-derived-inputs).
 */
export class DerivedInput extends PipelineVariable {
  /** The value the trigger sends. */
  public readonly source: InputsetValue;

  /**
   * @param name name of the pipeline variable (and key of the inputset entry): letters, digits and `_`
   * @param source the value the trigger sends: `InputsetValue.of(field)` with filters, or `InputsetValue.fixed(value)`
   * @param props the runtime-input variable's type, checks and default
   */
  constructor(name: string, source: InputsetValue, props: DerivedInputProps = {}) {
    const where = `derived input '${name}'`;
    if (typeof name !== 'string' || !IDENTIFIER_PATTERN.test(name)) {
      fail(
        where,
        'name',
        `'${name}' cannot be fed by a workflow (pattern ${IDENTIFIER_PATTERN.source}; ` +
          "'.', '$' and '-' are misread in inputset keys and expressions)",
        `use letters, digits and _ only, e.g. '${String(name).replace(/[^0-9a-zA-Z_]+/g, '_')}'`,
      );
    }
    if (!(source instanceof InputsetValue)) {
      fail(
        where,
        'source',
        `${String(source)} is not an InputsetValue`,
        'pass InputsetValue.of(field) (with filters) or InputsetValue.fixed(value)',
      );
    }
    const type = props.type ?? VariableType.STRING;
    if (type !== VariableType.STRING && type !== VariableType.NUMBER) {
      fail(where, 'type', `a derived value is text or a number, not a ${type}`, 'use VariableType.STRING or VariableType.NUMBER');
    }
    const kindText = source?.kind === InputsetValueKind.OBJECT ? 'an object' : `a ${source?.kind}`;
    if (type === VariableType.NUMBER && source.kind !== InputsetValueKind.NUMBER) {
      fail(
        where,
        'type',
        `a Number variable cannot take ${source.describe()}, which is ${kindText}`,
        'read a number field without text filters, or make the variable a String',
      );
    }
    let input = RuntimeInput.create();
    if (props.default !== undefined)
      input = input.default(typeof props.default === 'number' ? runtimeNumber(props.default) : props.default);
    if (props.allowedValues !== undefined)
      input = input.allowedValues(props.allowedValues.map((v) => (typeof v === 'number' ? runtimeNumber(v) : v)));
    if (props.pattern !== undefined) input = input.regex(props.pattern);
    super({ name, type, value: input, description: props.description, required: props.required ?? true });
    this.source = source;
  }

  /** `derived input '<name>'`, for messages. */
  public describe(): string {
    return `derived input '${this.name}'`;
  }
}
