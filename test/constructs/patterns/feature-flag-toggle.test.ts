import { ApprovalGate } from '../../../src/constructs/patterns/blocks/approval-gate';
import { FeatureFlagToggle, type FeatureFlagToggleProps, FlagAction } from '../../../src/constructs/patterns/feature-flag-toggle';
import { referencePipeline, referenceWorkflow } from '../../support/reference-examples';
import { inputsetKeys, patternDocs, platform, runtimeInputNames } from '../../support/pattern-docs';

const props = (extra: Partial<FeatureFlagToggleProps> = {}): FeatureFlagToggleProps => ({
  policySets: ['account.fme_flag_change_guardrails'],
  ...extra,
});

function stepsOf(pipeline: Record<string, any>): Record<string, any>[] {
  return pipeline.stages[0].stage.spec.execution.steps.map((x: any) => x.step);
}

describe('FeatureFlagToggle', () => {
  test('renders the example pipeline: Policy on the form values, then enable/disable steps conditional on the action', () => {
    const s = platform();
    new FeatureFlagToggle(s, 'flags', props());
    const { pipeline, pipelineYaml } = patternDocs(s, 'idp_feature_flag_toggle');
    const expected = referencePipeline('feature-flag-toggle').pipeline;
    // The form's flag-name pattern also restricts the pipeline variable, and the target key is held to a pattern
    // so that it cannot change the policy's JSON payload.
    expected.variables[0].value = '<+input>.regex(^[a-zA-Z][-_a-zA-Z0-9]*$)';
    expect(expected.variables[1].name).toBe('target_key');
    expected.variables[1].value = '<+input>.regex(^[A-Za-z0-9@._:+-]+$)';
    expect(pipeline).toEqual(expected);
    expect(pipelineYaml).toBeValidHarnessPipeline();
  });

  test('renders the example workflow form', () => {
    const s = platform();
    new FeatureFlagToggle(s, 'flags', props({ owner: 'group:account/release_managers' }));
    const { workflow } = patternDocs(s, 'idp_feature_flag_toggle');
    const expected: Record<string, any> = {
      ...referenceWorkflow('feature-flag-toggle'),
      orgIdentifier: 'default',
      projectIdentifier: 'idp_workflows',
    };
    expected.spec.parameters[0].properties.target_key.pattern = '^[A-Za-z0-9@._:+-]+$';
    expect(workflow).toEqual(expected);
  });

  test('every pipeline runtime input has an inputset entry, and the reverse', () => {
    const s = platform();
    new FeatureFlagToggle(s, 'flags', props());
    const { pipeline, workflow } = patternDocs(s, 'idp_feature_flag_toggle');
    expect(inputsetKeys(workflow).sort()).toEqual(runtimeInputNames(pipeline).sort());
    expect(runtimeInputNames(pipeline)).toEqual(['flag_name', 'target_key', 'action', 'environment']);
  });

  test('environments, default environment and treatment are configurable', () => {
    const s = platform();
    const ff = new FeatureFlagToggle(
      s,
      'flags',
      props({ environments: ['dev', 'qa', 'prod'], defaultEnvironment: 'qa', treatment: 'beta-v2' }),
    );
    const { pipeline, workflow, pipelineYaml } = patternDocs(s, 'idp_feature_flag_toggle');
    expect(workflow.spec.parameters[0].properties.environment).toEqual({
      title: 'FME environment',
      type: 'string',
      enum: ['dev', 'qa', 'prod'],
      default: 'qa',
    });
    expect(pipeline.variables[3].value).toBe('<+input>.default(qa).allowedValues(dev,qa,prod)');
    expect(pipeline.variables[2].description).toBe('enable adds the key to the "beta-v2" treatment, disable removes it');
    const [, enable, disable] = stepsOf(pipeline);
    expect(enable.spec.treatments).toEqual([{ treatment: 'beta-v2', addKeys: ['<+pipeline.variables.target_key>'] }]);
    expect(disable.spec.treatments).toEqual([{ treatment: 'beta-v2', removeKeys: ['<+pipeline.variables.target_key>'] }]);
    expect(ff.inputs.environment.name).toBe('environment');
    expect(pipelineYaml).toBeValidHarnessPipeline();
  });

  test('an explicit environment list has no default unless one is given', () => {
    const s = platform();
    new FeatureFlagToggle(s, 'flags', props({ environments: ['Staging', 'Production'] }));
    const { pipeline, workflow } = patternDocs(s, 'idp_feature_flag_toggle');
    expect(workflow.spec.parameters[0].properties.environment.default).toBeUndefined();
    expect(pipeline.variables[3].value).toBe('<+input>.allowedValues(Staging,Production)');
  });

  test('an optional approval runs after the policy check and before the change', () => {
    const s = platform();
    const ff = new FeatureFlagToggle(s, 'flags', props({ approval: ApprovalGate.required({ userGroups: ['account.release_managers'] }) }));
    const { pipeline, pipelineYaml } = patternDocs(s, 'idp_feature_flag_toggle');
    const steps = stepsOf(pipeline);
    expect(steps.map((x) => x.identifier)).toEqual([
      'flag_change_governance',
      'approve_flag_change',
      'enable_flag_for_target',
      'disable_flag_for_target',
    ]);
    expect(steps[1].name).toBe('Approve flag change');
    expect(steps[1].spec.approvalMessage).toBe(
      '<+pipeline.variables.action> flag <+pipeline.variables.flag_name> (treatment "on") for target ' +
        '<+pipeline.variables.target_key> in <+pipeline.variables.environment>?\nRequested by <+pipeline.triggeredBy.email>.',
    );
    expect(pipeline.tags).toEqual({ approval: 'required' });
    expect(ff.steps.approve?.identifier).toBe('approve_flag_change');
    expect(pipelineYaml).toBeValidHarnessPipeline();
  });

  test('exposes the steps and inputs; the conditions read the action input', () => {
    const ff = new FeatureFlagToggle(platform(), 'flags', props());
    expect(ff.steps.approve).toBeUndefined();
    expect(ff.steps.enable.when?.condition).toBe(`${ff.inputs.action} == "${FlagAction.ENABLE}"`);
    expect(ff.steps.disable.when?.condition).toBe(`${ff.inputs.action} == "${FlagAction.DISABLE}"`);
    expect(ff.steps.policy.outputs.status.path).toBe('status');
    expect(ff.stage.identifier).toBe('toggle_flag');
  });

  test('snapshot of the pipeline and the workflow', () => {
    const s = platform();
    new FeatureFlagToggle(s, 'flags', props({ owner: 'group:account/release_managers' }));
    expect(patternDocs(s, 'idp_feature_flag_toggle').docs).toMatchSnapshot();
  });

  test('policy sets are required', () => {
    expect(() => new FeatureFlagToggle(platform(), 'flags', {} as any)).toThrow(
      "team/flags: policySets: no policy set governs the flag change. Fix: list at least one OPA policy set, e.g. ['account.fme_flag_change_guardrails']",
    );
    expect(() => new FeatureFlagToggle(platform(), 'flags', { policySets: [] })).toThrow(
      /team\/flags: policySets: no policy set governs the flag change/,
    );
  });

  test('rejects an empty environment list and a default that is not in it', () => {
    expect(() => new FeatureFlagToggle(platform(), 'flags', props({ environments: [] }))).toThrow(
      /team\/flags: environments: the list of FME environments is empty\. Fix: list the environments the form offers/,
    );
    expect(() => new FeatureFlagToggle(platform(), 'flags', props({ environments: ['dev'], defaultEnvironment: 'prod' }))).toThrow(
      /team\/flags: defaultEnvironment: 'prod' is not one of the environments \[dev\]\. Fix: pick one of the environments/,
    );
  });

  test('rejects a treatment name FME does not accept', () => {
    expect(() => new FeatureFlagToggle(platform(), 'flags', props({ treatment: 'turned on' }))).toThrow(
      "team/flags: treatment: 'turned on' is not a treatment name (^[a-zA-Z0-9][-_.a-zA-Z0-9]*$). Fix: use letters, digits, -, _ and ., starting with a letter or digit",
    );
  });

  test('rejects an approval that is not an ApprovalGate', () => {
    expect(() => new FeatureFlagToggle(platform(), 'flags', props({ approval: ['account.release_managers'] as any }))).toThrow(
      /team\/flags: approval: expects an ApprovalGate, got an object \(Array\)/,
    );
  });

  test('rejects duplicate environments, and values a runtime input cannot carry, naming the pattern', () => {
    expect(() => new FeatureFlagToggle(platform(), 'flags', props({ environments: ['Production', 'Production'] }))).toThrow(
      /^team\/flags: environments: a value is listed twice\. Fix: list each value once$/,
    );
    expect(() => new FeatureFlagToggle(platform(), 'flags', props({ environments: ['EU (prod)'] }))).toThrow(
      /^team\/flags: environments: 'EU \(prod\)' contains ',', '\(' or '\)', which the pipeline's allowedValues\(\) cannot carry\./,
    );
    expect(() => new FeatureFlagToggle(platform(), 'flags', props({ environments: [1 as any] }))).toThrow(
      /^team\/flags: environments: 1 is not a value\. Fix: list non-empty strings$/,
    );
  });

  test('a step-level model error names the construct path', () => {
    expect(() => new FeatureFlagToggle(platform(), 'flags', props({ policySets: ['not a valid set'] }))).toThrow(
      /^team\/flags: step 'flag_change_governance': spec\.policySets\[0\]: 'not a valid set' is not a policy set identifier\. Fix: /,
    );
  });
});

describe('FeatureFlagToggle form values in the policy payload', () => {
  test('the target key cannot add a key to the JSON payload, while ordinary keys pass', () => {
    const flags = new FeatureFlagToggle(platform(), 'flags', props());
    const pattern = new RegExp(flags.inputs.targetKey.runtimeInput!.pattern!);
    for (const value of ['x", "environment": "Staging', 'x\\"', 'a b', 'a,b', 'f(x)', '']) expect(pattern.test(value)).toBe(false);
    for (const value of ['user-42', 'jane.doe@example.com', 'acct:7f3a+beta']) expect(pattern.test(value)).toBe(true);
  });
});
