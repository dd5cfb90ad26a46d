import { checkChoices, PatternInput, patternInputOf } from '../../../src/constructs/patterns/blocks/pattern-input';
import { resolveValue } from '../../../src/core/resolve';
import { WorkflowInput } from '../../../src/workflow/workflow-input';

const spec = {
  id: 'iacm_workspace',
  prop: 'workspace',
  field: { title: 'IaCM workspace', description: 'Where Terraform runs', variableDescription: 'IaCM workspace identifier' },
};

describe('PatternInput', () => {
  test('fixed: the text, no input', () => {
    const r = PatternInput.fixed('prod_vpc').resolve(spec, 'team/infra');
    expect(r).toEqual({ value: 'prod_vpc' });
    expect(PatternInput.fixed('prod_vpc').isFixed).toBe(true);
  });

  test('fixed: the pattern checks the value', () => {
    const checkFixed = (v: string, w: string, p: string) => {
      if (v !== v.toUpperCase()) throw new Error(`${w}: ${p}: ${v} not uppercase`);
    };
    expect(() => PatternInput.fixed('ops').resolve({ ...spec, checkFixed }, 'team/infra')).toThrow(
      /^team\/infra: workspace: ops not uppercase$/,
    );
  });

  test("formInput: a WorkflowInput with the pattern's field props", () => {
    const r = PatternInput.formInput().resolve(spec, 'team/infra');
    expect(r.input).toBeInstanceOf(WorkflowInput);
    expect(r.value).toBe(r.input);
    expect(r.input!.schema.toProperty()).toEqual({ title: 'IaCM workspace', type: 'string', description: 'Where Terraform runs' });
    expect(resolveValue(r.input!.toObject())).toEqual({
      name: 'iacm_workspace',
      type: 'String',
      description: 'IaCM workspace identifier',
      required: true,
      value: '<+input>',
    });
  });

  test("formInput: the user's title, description, default, pattern and values win; values default to the first", () => {
    const r = PatternInput.formInput({
      title: 'Workspace',
      description: 'Pick one',
      pattern: '^[a-z_]+$',
      values: ['dev', 'prod'],
    }).resolve(spec, 'w');
    expect(r.input!.schema.toProperty()).toEqual({
      title: 'Workspace',
      type: 'string',
      description: 'Pick one',
      pattern: '^[a-z_]+$',
      enum: ['dev', 'prod'],
      default: 'dev',
    });
    expect(resolveValue(r.input!.toObject())).toMatchObject({ value: '<+input>.default(dev).allowedValues(dev,prod).regex(^[a-z_]+$)' });
    const d = PatternInput.formInput({ default: 'prod', values: ['dev', 'prod'] }).resolve(spec, 'w');
    expect(d.input!.schema.default).toBe('prod');
  });

  test('fixed values must be plain, non-empty text', () => {
    expect(() => PatternInput.fixed('')).toThrow(
      /^PatternInput\.fixed: value: the value is empty\. Fix: pass the value, or use PatternInput\.formInput\(\) to ask for it in the form$/,
    );
    expect(() => PatternInput.fixed(undefined as any)).toThrow(/^PatternInput\.fixed: value: no value is given\./);
    expect(() => PatternInput.fixed('<+pipeline.variables.x>')).toThrow(
      /^PatternInput\.fixed: value: '<\+pipeline\.variables\.x>' is an expression, not a fixed value\./,
    );
    expect(() => PatternInput.fixed('${{ parameters.x }}')).toThrow(/is an expression, not a fixed value/);
  });

  test('patternInputOf: text is a fixed value, undefined the fallback, anything else fails', () => {
    const fallback = PatternInput.formInput();
    expect(patternInputOf(undefined, fallback, 'w', 'p')).toBe(fallback);
    expect(patternInputOf('acme', fallback, 'w', 'p').fixedValue).toBe('acme');
    const given = PatternInput.fixed('x');
    expect(patternInputOf(given, fallback, 'w', 'p')).toBe(given);
    expect(() => patternInputOf(7, fallback, 'team/x', 'gitOrganization')).toThrow(
      /^team\/x: gitOrganization: expects text or a PatternInput, got number\. Fix: pass the fixed value as text/,
    );
  });

  test('formInput: values must be a non-empty list of distinct values, the default one of them (messages name the pattern)', () => {
    expect(() => PatternInput.formInput({ values: [] }).resolve(spec, 'team/infra')).toThrow(
      /^team\/infra: workspace\.values: the list is empty\. Fix: list at least one value, or leave values out for a free-text field$/,
    );
    expect(() => PatternInput.formInput({ values: ['dev', 'dev'] }).resolve(spec, 'team/infra')).toThrow(
      /^team\/infra: workspace\.values: a value is listed twice\./,
    );
    expect(() => PatternInput.formInput({ values: ['dev', 'prod'], default: 'qa' }).resolve(spec, 'team/infra')).toThrow(
      /^team\/infra: workspace\.default: 'qa' is not one of the values \[dev, prod\]\. Fix: pick one of the values, or add it to values$/,
    );
  });

  test("formInput: a field prop the form rejects fails with the pattern's path in front of the input's", () => {
    expect(() => PatternInput.formInput({ pattern: '([' }).resolve(spec, 'team/infra')).toThrow(
      /^team\/infra: workflow input 'iacm_workspace': pattern: '\(\[' is not a valid regular expression/,
    );
  });

  test('checkChoices: non-empty, non-blank strings, no , ( ), distinct; returns a copy', () => {
    const list = ['AWS', 'GCP'];
    expect(checkChoices(list, 'w', 'p', 'fix')).toEqual(list);
    expect(checkChoices(list, 'w', 'p', 'fix')).not.toBe(list);
    expect(() => checkChoices([], 'team/x', 'clouds', 'list one')).toThrow(/^team\/x: clouds: the list is empty\. Fix: list one$/);
    expect(() => checkChoices('AWS', 'team/x', 'clouds', 'list one')).toThrow(/^team\/x: clouds: the list is empty\./);
    expect(() => checkChoices([' '], 'team/x', 'clouds', 'f')).toThrow(/^team\/x: clouds: " " is not a value\./);
    expect(() => checkChoices(['a,b'], 'team/x', 'clouds', 'f')).toThrow(/^team\/x: clouds: 'a,b' contains ','/);
    expect(() => checkChoices(['a', 'a'], 'team/x', 'clouds', 'f')).toThrow(/^team\/x: clouds: a value is listed twice\./);
  });
});
