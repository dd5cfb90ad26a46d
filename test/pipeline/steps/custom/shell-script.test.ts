import { SecretRef } from '../../../../src/core/secret-ref';
import { Pipeline } from '../../../../src/pipeline/pipeline';
import { CustomStage } from '../../../../src/pipeline/stages/custom-stage';
import { IdpStage } from '../../../../src/pipeline/stages/idp-stage';
import type { Step } from '../../../../src/pipeline/step';
import { ShellScriptShell, ShellScriptStep } from '../../../../src/pipeline/steps/custom/shell-script';
import { PipelineVariable, VariableType } from '../../../../src/pipeline/variable';

function pipelineWith(steps: Step[], variables: PipelineVariable[] = []): Pipeline {
  return new Pipeline({ identifier: 'p', variables, stages: [new CustomStage({ identifier: 's', steps })] });
}

function rendered(steps: Step[], variables: PipelineVariable[] = []): any[] {
  return (pipelineWith(steps, variables).toObject() as any).pipeline.stages[0].stage.spec.execution.steps.map((e: any) => e.step);
}

describe('ShellScriptStep', () => {
  test('renders an inline Bash script on the delegate', () => {
    expect(rendered([new ShellScriptStep({ identifier: 'run', script: 'echo hi' })])[0]).toEqual({
      type: 'ShellScript',
      name: 'run',
      identifier: 'run',
      spec: { shell: 'Bash', onDelegate: true, source: { type: 'Inline', spec: { script: 'echo hi' } } },
    });
  });

  test('renders variables with their type always emitted, selectors and PowerShell', () => {
    const step = new ShellScriptStep({
      identifier: 'run',
      shell: ShellScriptShell.POWERSHELL,
      script: 'Write-Host $env:TARGET',
      environmentVariables: [
        { name: 'TARGET', value: 'prod' },
        { name: 'COUNT', type: VariableType.NUMBER, value: 3 },
        { name: 'TOKEN', type: VariableType.SECRET, value: SecretRef.fromIdentifier('account.pat') },
        { name: 'PAT', value: SecretRef.fromIdentifier('org.pat') },
      ],
      outputVariables: ['result', { name: 'secretOut', type: VariableType.SECRET, value: 'token_var' }],
      delegateSelectors: ['ops-delegate'],
      includeInfraSelectors: true,
    });
    expect(rendered([step])[0].spec).toEqual({
      shell: 'PowerShell',
      onDelegate: true,
      source: { type: 'Inline', spec: { script: 'Write-Host $env:TARGET' } },
      environmentVariables: [
        { name: 'TARGET', type: 'String', value: 'prod' },
        { name: 'COUNT', type: 'Number', value: 3 },
        { name: 'TOKEN', type: 'Secret', value: 'account.pat' },
        { name: 'PAT', type: 'String', value: '<+secrets.getValue("org.pat")>' },
      ],
      outputVariables: [
        { name: 'result', type: 'String', value: 'result' },
        { name: 'secretOut', type: 'Secret', value: 'token_var' },
      ],
      delegateSelectors: ['ops-delegate'],
      includeInfraSelectors: true,
    });
  });

  test('an execution target runs the script on a host instead of the delegate', () => {
    const step = new ShellScriptStep({
      identifier: 'remote',
      script: 'uptime',
      executionTarget: { host: '<+instance.name>', connectorRef: 'account.ssh_key', workingDirectory: '/tmp' },
    });
    expect(rendered([step])[0].spec).toEqual({
      shell: 'Bash',
      onDelegate: false,
      source: { type: 'Inline', spec: { script: 'uptime' } },
      executionTarget: { host: '<+instance.name>', connectorRef: 'account.ssh_key', workingDirectory: '/tmp' },
    });
  });

  test('script and variable values take expressions', () => {
    const env = PipelineVariable.string('env');
    const step = new ShellScriptStep({ identifier: 'run', script: `echo ${env}`, environmentVariables: [{ name: 'E', value: env }] });
    const spec = rendered([step], [env])[0].spec;
    expect(spec.source.spec.script).toBe('echo <+pipeline.variables.env>');
    expect(spec.environmentVariables).toEqual([{ name: 'E', type: 'String', value: '<+pipeline.variables.env>' }]);
  });

  test('outputVariable() references a declared output', () => {
    const produce = new ShellScriptStep({ identifier: 'produce', script: 'result=42', outputVariables: ['result'] });
    const consume = new ShellScriptStep({ identifier: 'consume', script: `echo ${produce.outputVariable('result')}` });
    expect(rendered([produce, consume])[1].spec.source.spec.script).toBe(
      'echo <+pipeline.stages.s.spec.execution.steps.produce.output.outputVariables.result>',
    );
  });

  test('isSecretOutput() tells Secret outputs apart', () => {
    const step = new ShellScriptStep({
      identifier: 'produce',
      script: 'x=1',
      outputVariables: ['x', { name: 'y', type: VariableType.SECRET }],
    });
    expect(step.isSecretOutput('y')).toBe(true);
    expect(step.isSecretOutput('x')).toBe(false);
    expect(step.isSecretOutput('z')).toBe(false);
  });

  test('outputVariable() rejects an undeclared output', () => {
    const step = new ShellScriptStep({ identifier: 'produce', script: 'x=1', outputVariables: ['x'] });
    expect(() => step.outputVariable('y')).toThrow(
      /step 'produce': spec.outputVariables: 'y' is not an output variable of this step. Fix: add 'y' to outputVariables, or use one of: x/,
    );
  });

  test('is not allowed in an IDP stage', () => {
    const step = new ShellScriptStep({ identifier: 'run', script: 'echo' });
    expect(() => new IdpStage({ identifier: 'idp', steps: [step] })).toThrow(
      /step type 'ShellScript' is not allowed in an IDP stage .* Fix: put it in an IACM, Custom, Approval, Deployment stage \(e.g. a Custom stage before or after the IDP stage\)/,
    );
  });

  describe('validation', () => {
    test('step names cannot contain dots', () => {
      expect(() => new ShellScriptStep({ identifier: 'run', name: 'run v1.2', script: 'echo' })).toThrow(
        "step 'run': name: 'run v1.2' contains '.', which Harness does not allow in Shell Script step names. Fix: remove the dots from the name",
      );
    });

    test('the script is required', () => {
      expect(() => new ShellScriptStep({ identifier: 'run', script: '  ' })).toThrow(/spec.source.spec.script: is empty/);
      expect(() => new ShellScriptStep({ identifier: 'run' } as any)).toThrow(/spec.source.spec.script: is required/);
    });

    test('the shell must be Bash or PowerShell', () => {
      expect(() => new ShellScriptStep({ identifier: 'run', script: 'echo', shell: 'Sh' as any })).toThrow(
        "step 'run': spec.shell: 'Sh' is not a Shell Script type. Fix: use one of Bash, PowerShell",
      );
    });

    test('onDelegate: true and executionTarget exclude each other', () => {
      expect(
        () =>
          new ShellScriptStep({ identifier: 'run', script: 'echo', onDelegate: true, executionTarget: { host: 'h', connectorRef: 'k' } }),
      ).toThrow(
        "step 'run': spec.onDelegate: onDelegate: true and executionTarget are both set. Fix: set either onDelegate (run on the delegate) or executionTarget (run on a host), not both",
      );
    });

    test('onDelegate: false needs an execution target', () => {
      expect(() => new ShellScriptStep({ identifier: 'run', script: 'echo', onDelegate: false })).toThrow(
        /spec.executionTarget: onDelegate is false but no executionTarget is given/,
      );
    });

    test('an execution target needs a host and credentials', () => {
      expect(() => new ShellScriptStep({ identifier: 'run', script: 'echo', executionTarget: { host: '', connectorRef: 'k' } })).toThrow(
        /spec.executionTarget.host: is empty/,
      );
      expect(() => new ShellScriptStep({ identifier: 'run', script: 'echo', executionTarget: { host: 'h' } as any })).toThrow(
        /spec.executionTarget.connectorRef: is required/,
      );
    });

    test('variable names follow the variable pattern and are unique', () => {
      expect(() => new ShellScriptStep({ identifier: 'run', script: 'echo', environmentVariables: [{ name: '1x', value: 'a' }] })).toThrow(
        /spec.environmentVariables\[0\].name: '1x' is not a valid variable name/,
      );
      expect(() => new ShellScriptStep({ identifier: 'run', script: 'echo', outputVariables: ['a', 'a'] })).toThrow(
        /spec.outputVariables\[1\].name: variable 'a' is listed twice/,
      );
    });

    test("'var' is reserved for variable names", () => {
      expect(() => new ShellScriptStep({ identifier: 'run', script: 'echo', outputVariables: ['var'] })).toThrow(
        "step 'run': spec.outputVariables[0].name: 'var' is a reserved word in Harness expressions and cannot be a variable name (<+pipeline.variables.var> would not parse). Fix: choose another name, for example 'var_value'",
      );
    });

    test('a Number variable needs a numeric value or an expression', () => {
      expect(
        () => new ShellScriptStep({ identifier: 'run', script: 'echo', outputVariables: [{ name: 'n', type: VariableType.NUMBER }] }),
      ).toThrow(/spec.outputVariables\[0\].value: Number variable 'n' has the non-numeric value 'n', which the schema rejects/);
    });

    test('a Secret variable needs a value, every variable needs a value', () => {
      expect(
        () =>
          new ShellScriptStep({
            identifier: 'run',
            script: 'echo',
            environmentVariables: [{ name: 's', type: VariableType.SECRET, value: '' }],
          }),
      ).toThrow(/spec.environmentVariables\[0\].value: Secret variable 's' has an empty value/);
      expect(() => new ShellScriptStep({ identifier: 'run', script: 'echo', environmentVariables: [{ name: 's' } as any] })).toThrow(
        /spec.environmentVariables\[0\].value: variable 's' has no value/,
      );
    });

    test('a variable type must be String, Number or Secret', () => {
      expect(
        () =>
          new ShellScriptStep({
            identifier: 'run',
            script: 'echo',
            environmentVariables: [{ name: 's', type: 'Boolean' as any, value: 'x' }],
          }),
      ).toThrow(/spec.environmentVariables\[0\].type: 'Boolean' is not a variable type/);
    });
  });

  test('validates against the Harness schema', () => {
    const step = new ShellScriptStep({
      identifier: 'run',
      script: 'result=ok',
      environmentVariables: [{ name: 'TOKEN', type: VariableType.SECRET, value: SecretRef.fromIdentifier('account.pat') }],
      outputVariables: ['result'],
      delegateSelectors: ['ops'],
    });
    expect(pipelineWith([step])).toBeValidHarnessPipeline();
  });
});
