import { CustomStage } from '../../../../src/pipeline/stages/custom-stage';
import { Pipeline } from '../../../../src/pipeline/pipeline';
import { SecretRef } from '../../../../src/core/secret-ref';
import { RunStep, Shell } from '../../../../src/pipeline/steps/common/run';
import { PipelineVariable, VariableType } from '../../../../src/pipeline/variable';
import { outputFqn, renderAlone, renderInIdpStage } from '../support';

describe('RunStep', () => {
  test('renders the export step of the service-onboarding example in an IDP stage, field by field', () => {
    const run = new RunStep({
      identifier: 'export_outputs',
      name: 'Export outputs for workflow',
      timeout: '5m',
      command: 'repo_url="x"\ncatalog_url="y"',
      outputVariables: ['repo_url', 'catalog_url'],
    });
    const { steps } = renderInIdpStage([run]);
    const node = steps[0];
    expect(node.type).toBe('Run');
    expect(node.name).toBe('Export outputs for workflow');
    expect(node.identifier).toBe('export_outputs');
    expect(node.timeout).toBe('5m');
    expect(node.spec).toEqual({
      command: 'repo_url="x"\ncatalog_url="y"',
      outputVariables: [{ name: 'repo_url' }, { name: 'catalog_url' }],
    });
  });

  test('output variables resolve to the full FQN once placed', () => {
    const run = new RunStep({ identifier: 'export_outputs', command: 'repo_url=1', outputVariables: ['repo_url'] });
    const { pipeline } = renderInIdpStage([run]);
    expect(pipeline.validate()).toEqual([]);
    expect(run.outputVariable('repo_url').resolve()).toBe(outputFqn('export_outputs', 'repo_url'));
  });

  test('renders only what is given: no shell, no timeout (Harness defaults them); name = identifier', () => {
    const node = renderAlone(new RunStep({ identifier: 'script', command: 'echo hi' }));
    expect(node).toEqual({ type: 'Run', name: 'script', identifier: 'script', spec: { command: 'echo hi' } });
  });

  test('keeps shell ${VAR} syntax literally and renders image, connector, env and privileged', () => {
    const token = SecretRef.fromIdentifier('account.gh_token');
    const node = renderAlone(
      new RunStep({
        identifier: 'script',
        command: 'echo ${HOME}',
        shell: Shell.BASH,
        image: 'alpine:3.20',
        connectorRef: 'account.dockerhub',
        envVariables: { GH_TOKEN: token, MODE: 'fast' },
        privileged: true,
      }),
    );
    expect(node.spec).toEqual({
      connectorRef: 'account.dockerhub',
      image: 'alpine:3.20',
      shell: 'Bash',
      command: 'echo ${HOME}',
      envVariables: { GH_TOKEN: '<+secrets.getValue("account.gh_token")>', MODE: 'fast' },
      privileged: true,
    });
  });

  test('non-String output variables carry their type', () => {
    const node = renderAlone(
      new RunStep({
        identifier: 'script',
        command: 'n=1',
        outputVariables: [
          { name: 'n', type: VariableType.NUMBER },
          { name: 's', type: VariableType.STRING },
        ],
      }),
    );
    expect(node.spec.outputVariables).toEqual([{ name: 'n', type: 'Number' }, { name: 's' }]);
  });

  test('pipeline variables in the command resolve', () => {
    const v = PipelineVariable.string('project_name');
    const run = new RunStep({ identifier: 'script', command: `echo ${v}` });
    const pipeline = new Pipeline({ identifier: 'p', variables: [v] }).addStage(new CustomStage({ identifier: 'c', steps: [run] }));
    const doc = pipeline.toObject() as any;
    expect(doc.pipeline.stages[0].stage.spec.execution.steps[0].step.spec.command).toBe('echo <+pipeline.variables.project_name>');
  });

  test('rejects an output variable listed twice', () => {
    expect(() => new RunStep({ identifier: 'script', command: 'x', outputVariables: ['a', 'a'] })).toThrow(
      "step 'script': spec.outputVariables: output variable 'a' is listed twice. Fix: list each output variable once",
    );
  });

  test('rejects an output variable that is not a shell variable name (OutputNGVariable.name)', () => {
    expect(() => new RunStep({ identifier: 'script', command: 'x', outputVariables: ['repo-url'] })).toThrow(
      "step 'script': spec.outputVariables: 'repo-url' is not a shell variable name (pattern ^[a-zA-Z_][0-9a-zA-Z_]{0,127}$). Fix: use letters, digits and _ only, starting with a letter or _, e.g. 'repo_url'",
    );
    expect(() => new RunStep({ identifier: 'script', command: 'x', outputVariables: [{ name: '1st' }] })).toThrow(
      /'1st' is not a shell variable name/,
    );
    expect(() => new RunStep({ identifier: 'script', command: 'x', outputVariables: ['repo_url', '_n2'] })).not.toThrow();
  });

  test('rejects a reference to an output variable the step does not export', () => {
    const run = new RunStep({ identifier: 'script', command: 'x', outputVariables: ['a'] });
    expect(() => run.outputVariable('b')).toThrow(
      /spec\.outputVariables: 'b' is not an output variable of this step\. Fix: add 'b' to outputVariables, or use one of: a/,
    );
  });
});

describe('RunStep schema', () => {
  test('a pipeline with Run steps validates against the Harness pipeline schema', () => {
    const steps = [
      new RunStep({
        identifier: 'export_outputs',
        command: 'echo ${HOME}',
        shell: Shell.BASH,
        outputVariables: ['repo_url', { name: 'n', type: VariableType.NUMBER }],
      }),
      new RunStep({
        identifier: 'with_image',
        command: 'true',
        image: 'alpine:3.20',
        connectorRef: 'account.dockerhub',
        envVariables: { A: 'b' },
        privileged: true,
      }),
    ];
    expect(renderInIdpStage(steps).pipeline).toBeValidHarnessPipeline();
  });
});
