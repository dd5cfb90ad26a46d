import { isRuntimeInputText, templateInputFields, templateInputsNode } from '../../src/pipeline/template-inputs';

/** A stage template's spec as the model renders it: steps, a parallel block, a step group, variables, a list. */
const spec = {
  type: 'Custom',
  spec: {
    execution: {
      steps: [
        { step: { type: 'Run', name: 'build', identifier: 'build', timeout: '<+input>', spec: { shell: 'Sh', command: '<+input>' } } },
        {
          parallel: [
            { step: { type: 'Run', name: 'lint', identifier: 'lint', spec: { shell: 'Sh', command: 'make lint' } } },
            {
              step: {
                type: 'ShellScript',
                name: 'notify',
                identifier: 'notify',
                spec: { shell: 'Bash', source: { type: 'Inline', spec: { script: '<+input>.default(echo hi)' } } },
              },
            },
          ],
        },
        { stepGroup: { name: 'g', identifier: 'g', steps: [{ step: { type: 'Wait', identifier: 'w', spec: { duration: '<+input>' } } }] } },
      ],
    },
  },
  variables: [
    { name: 'env', type: 'String', description: 'Target', required: true, value: '<+input>.allowedValues(dev,prod)' },
    { name: 'fixed', type: 'String', value: 'x' },
  ],
  delegateSelectors: ['a', '<+input>'],
};

describe('templateInputFields', () => {
  test('finds every runtime input, named by identifiers, variable names and indexes', () => {
    expect(templateInputFields(spec)).toEqual([
      { path: 'spec.execution.steps.build.timeout', value: '<+input>' },
      { path: 'spec.execution.steps.build.spec.command', value: '<+input>' },
      { path: 'spec.execution.steps.notify.spec.source.spec.script', value: '<+input>.default(echo hi)' },
      { path: 'spec.execution.steps.g.steps.w.spec.duration', value: '<+input>' },
      { path: 'variables.env', value: '<+input>.allowedValues(dev,prod)' },
      { path: 'delegateSelectors[1]', value: '<+input>' },
    ]);
  });

  test('a spec without runtime inputs has none; text that only contains <+input> is not one', () => {
    expect(templateInputFields({ type: 'Run', spec: { command: 'echo <+input>' } })).toEqual([]);
    expect(isRuntimeInputText('<+input>.regex(a.*)')).toBe(true);
    expect(isRuntimeInputText('echo <+input>')).toBe(false);
    expect(isRuntimeInputText(3)).toBe(false);
  });
});

describe('templateInputsNode', () => {
  test('keeps the branches that hold runtime inputs, with identifier, type and variable name, and fills the values given', () => {
    const values = new Map<string, unknown>([
      ['spec.execution.steps.build.spec.command', 'make test'],
      ['variables.env', 'prod'],
    ]);
    expect(templateInputsNode(spec, values)).toEqual({
      type: 'Custom',
      spec: {
        execution: {
          steps: [
            { step: { type: 'Run', identifier: 'build', timeout: '<+input>', spec: { command: 'make test' } } },
            {
              parallel: [
                {
                  step: {
                    type: 'ShellScript',
                    identifier: 'notify',
                    spec: { source: { type: 'Inline', spec: { script: '<+input>.default(echo hi)' } } },
                  },
                },
              ],
            },
            { stepGroup: { identifier: 'g', steps: [{ step: { type: 'Wait', identifier: 'w', spec: { duration: '<+input>' } } }] } },
          ],
        },
      },
      variables: [{ name: 'env', type: 'String', value: 'prod' }],
      delegateSelectors: ['<+input>'],
    });
  });

  test('a spec without runtime inputs gives no node', () => {
    expect(templateInputsNode({ type: 'Run', spec: { command: 'true' } }, new Map())).toBeUndefined();
  });
});
