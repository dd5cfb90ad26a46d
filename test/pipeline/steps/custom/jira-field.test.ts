import { PipelineVariable } from '../../../../src/pipeline/variable';
import { checkJiraFields, renderJiraFields } from '../../../../src/pipeline/steps/custom/jira-field';

describe('Jira fields', () => {
  test('render as [{name, value}]', () => {
    const v = PipelineVariable.string('v');
    expect(
      renderJiraFields([
        { name: 'Summary', value: 'x' },
        { name: 'Description', value: v },
      ]),
    ).toEqual([
      { name: 'Summary', value: 'x' },
      { name: 'Description', value: v },
    ]);
    expect(renderJiraFields(undefined)).toBeUndefined();
  });

  test('names are required and unique, values are required', () => {
    expect(() => checkJiraFields([{ name: ' ', value: 'x' }], 'w')).toThrow(/^w: spec.fields\[0\].name: is empty/);
    expect(() =>
      checkJiraFields(
        [
          { name: 'A', value: 'x' },
          { name: 'A', value: 'y' },
        ],
        'w',
      ),
    ).toThrow("w: spec.fields[1].name: field 'A' is listed twice. Fix: list each field once");
    expect(() => checkJiraFields([{ name: 'A' } as any], 'w')).toThrow(/spec.fields\[0\].value: field 'A' has no value/);
    expect(() => checkJiraFields([{ name: 'A', value: 3 } as any], 'w')).toThrow(
      /spec.fields\[0\].value: expects a string or an expression, got a number \(3\)/,
    );
    expect(() => checkJiraFields([{ name: 'A', value: '' }], 'w')).not.toThrow();
  });
});
