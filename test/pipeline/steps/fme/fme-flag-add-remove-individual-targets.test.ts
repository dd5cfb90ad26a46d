import { StageStatus } from '../../../../src/pipeline/condition';
import { Expr } from '../../../../src/core/expr';
import { RuntimeInput } from '../../../../src/core/runtime-input';
import { Pipeline } from '../../../../src/pipeline/pipeline';
import { DeploymentStage } from '../../../../src/pipeline/stages/deployment-stage';
import { CustomStage } from '../../../../src/pipeline/stages/custom-stage';
import { IdpStage } from '../../../../src/pipeline/stages/idp-stage';
import type { Step } from '../../../../src/pipeline/step';
import { FmeFlagAddRemoveIndividualTargetsStep as FmeStep } from '../../../../src/pipeline/steps/fme/fme-flag-add-remove-individual-targets';
import { PipelineVariable } from '../../../../src/pipeline/variable';
import { referenceStep } from '../../../support/reference-examples';

function pipelineWith(steps: Step[], variables: PipelineVariable[] = []): Pipeline {
  return new Pipeline({ identifier: 'p', variables, stages: [new CustomStage({ identifier: 'toggle_flag', steps })] });
}

function rendered(steps: Step[], variables: PipelineVariable[] = []): any[] {
  return (pipelineWith(steps, variables).toObject() as any).pipeline.stages[0].stage.spec.execution.steps.map((e: any) => e.step);
}

const base = { flagName: 'new_checkout', environment: 'Production' };

describe('FmeFlagAddRemoveIndividualTargetsStep', () => {
  const flag = PipelineVariable.string('flag_name');
  const env = PipelineVariable.string('environment');
  const key = PipelineVariable.string('target_key');
  const action = PipelineVariable.string('action');
  const vars = [flag, key, action, env];
  const enable = (): FmeStep =>
    new FmeStep({
      identifier: 'enable_flag_for_target',
      name: 'Enable flag for target',
      timeout: '5m',
      when: { stageStatus: StageStatus.SUCCESS, condition: Expr.equals(action, 'enable') },
      flagName: flag,
      environment: env,
      treatments: [{ treatment: 'on', addKeys: [key] }],
    });
  const disable = (): FmeStep =>
    new FmeStep({
      identifier: 'disable_flag_for_target',
      name: 'Disable flag for target',
      timeout: '5m',
      when: { stageStatus: StageStatus.SUCCESS, condition: Expr.equals(action, 'disable') },
      flagName: flag,
      environment: env,
      treatments: [{ treatment: 'on', removeKeys: [key] }],
    });

  test('renders the conditional enable/disable steps of the feature-flag-toggle example', () => {
    const [e, d] = rendered([enable(), disable()], vars);
    expect(e).toEqual(referenceStep('feature-flag-toggle', 'enable_flag_for_target'));
    expect(d).toEqual(referenceStep('feature-flag-toggle', 'disable_flag_for_target'));
  });

  test('quotes the treatments "on" and "off" in the YAML text (YAML 1.1)', () => {
    const off = new FmeStep({ identifier: 'off', ...base, treatments: [{ treatment: 'off', removeSegments: ['beta'] }] });
    const yaml = pipelineWith([enable(), off], vars).toYaml();
    expect(yaml).toContain('- treatment: "on"\n');
    expect(yaml).toContain('- treatment: "off"\n');
    expect(yaml).not.toMatch(/treatment: (on|off)\n/);
  });

  test('renders all four target lists, and the treatment list as one expression', () => {
    const segs = PipelineVariable.string('segs');
    const full = new FmeStep({
      identifier: 'full',
      ...base,
      treatments: [{ treatment: 'v1.2', addKeys: ['u1'], removeKeys: ['u2'], addSegments: ['beta'], removeSegments: segs }],
    });
    const whole = new FmeStep({ identifier: 'whole', ...base, treatments: Expr.raw('<+pipeline.variables.treatments>') });
    const [f, w] = rendered([full, whole], [segs, PipelineVariable.string('treatments')]);
    expect(f.spec).toEqual({
      flagName: 'new_checkout',
      environment: 'Production',
      treatments: [
        { treatment: 'v1.2', addKeys: ['u1'], removeKeys: ['u2'], addSegments: ['beta'], removeSegments: '<+pipeline.variables.segs>' },
      ],
    });
    expect(w.spec.treatments).toBe('<+pipeline.variables.treatments>');
  });

  test('is allowed in Custom and Deployment stages, not in IDP stages', () => {
    const step = (): FmeStep => new FmeStep({ identifier: 'f', ...base, treatments: [{ treatment: 'on', addKeys: ['u'] }] });
    expect(() => new IdpStage({ identifier: 'idp', steps: [step()] })).toThrow(
      /step type 'FmeFlagAddRemoveIndividualTargets' is not allowed in an IDP stage/,
    );
    expect(
      () =>
        new DeploymentStage({ identifier: 'd', serviceRef: 's', environmentRef: 'e', infrastructureDefinitions: ['i'], steps: [step()] }),
    ).not.toThrow();
  });

  describe('validation', () => {
    const make = (props: Partial<ConstructorParameters<typeof FmeStep>[0]>) => () =>
      new FmeStep({
        identifier: 'f',
        ...base,
        treatments: [{ treatment: 'on', addKeys: ['u'] }],
        ...props,
      } as any);

    test('flag name: pattern and at most 100 characters, or an expression', () => {
      expect(make({ flagName: '1flag' })).toThrow(
        "step 'f': spec.flagName: '1flag' is not an FME flag name (^[a-zA-Z][-_a-zA-Z0-9]*$, at most 100 characters). Fix: use letters, digits, - and _, starting with a letter, or pass an expression",
      );
      expect(make({ flagName: `f${'x'.repeat(100)}` })).toThrow(/spec.flagName: 'fx+' is not an FME flag name/);
      expect(make({ flagName: '' })).toThrow(/spec.flagName: is required/);
      expect(make({ flagName: `${flag}` })).not.toThrow();
      expect(make({ flagName: '<+pipeline.variables.flag_name>' })).not.toThrow();
    });

    test('environment: 1 to 100 characters, or an expression', () => {
      expect(make({ environment: ' ' })).toThrow(/spec.environment: is required/);
      expect(make({ environment: 'e'.repeat(101) })).toThrow(
        `step 'f': spec.environment: '${'e'.repeat(101)}' is 101 characters long; FME environment names have at most 100. Fix: give the environment name or id`,
      );
      expect(make({ environment: env })).not.toThrow();
    });

    test('at least one treatment', () => {
      expect(make({ treatments: [] })).toThrow(
        "step 'f': spec.treatments: no treatment is given. Fix: list at least one treatment, e.g. [{ treatment: 'on', addKeys: [targetKey] }]",
      );
    });

    test('treatment names follow the pattern', () => {
      expect(make({ treatments: [{ treatment: '-on', addKeys: ['u'] }] })).toThrow(
        "step 'f': spec.treatments[0].treatment: '-on' is not a treatment name (^[a-zA-Z0-9][-_.a-zA-Z0-9]*$). Fix: use letters, digits, -, _ and ., starting with a letter or digit",
      );
      expect(make({ treatments: [{ addKeys: ['u'] }] as any })).toThrow(/spec.treatments\[0\].treatment: is required/);
    });

    test('a treatment may be an expression but not a runtime input', () => {
      expect(make({ treatments: [{ treatment: RuntimeInput.create(), addKeys: ['u'] }] })).toThrow(
        "step 'f': spec.treatments[0].treatment: a runtime input (<+input>) is not allowed as a treatment. Fix: name the treatment (e.g. 'on') or pass a pipeline variable; a runtime input is not accepted here",
      );
      expect(make({ treatments: [{ treatment: Expr.raw('<+input>.allowedValues(on,off)'), addKeys: ['u'] }] })).toThrow(
        /a runtime input \(<\+input>\) is not allowed as a treatment\./,
      );
      expect(make({ treatments: [{ treatment: '<+input>', addKeys: ['u'] }] })).toThrow(
        /a runtime input \(<\+input>\) is not allowed as a treatment\./,
      );
      expect(make({ treatments: [{ treatment: PipelineVariable.string('t'), addKeys: ['u'] }] })).not.toThrow();
      expect(make({ treatments: [{ treatment: `${PipelineVariable.string('t')}_v2`, addKeys: ['u'] }] })).not.toThrow();
    });

    test('text mixing a literal prefix and an expression is rejected', () => {
      expect(make({ treatments: [{ treatment: `v_${PipelineVariable.string('t')}`, addKeys: ['u'] }] })).toThrow(
        "step 'f': spec.treatments[0].treatment: mixes literal text and expressions; the schema accepts a plain name or text that starts with an expression. Fix: use a plain treatment name, or a single expression",
      );
    });

    test('a treatment must add or remove something; list items are not empty', () => {
      expect(make({ treatments: [{ treatment: 'on' }] })).toThrow(
        "step 'f': spec.treatments[0]: the treatment has no keys or segments to add or remove, so it changes nothing. Fix: set at least one of addKeys, removeKeys, addSegments, removeSegments",
      );
      expect(make({ treatments: [{ treatment: 'on', addKeys: [] }] })).toThrow(/changes nothing/);
      expect(make({ treatments: [{ treatment: 'on', addKeys: ['u', ''] }] })).toThrow(/spec.treatments\[0\].addKeys\[1\]: is empty/);
    });
  });

  test('validates against the Harness schema', () => {
    expect(pipelineWith([enable(), disable()], vars)).toBeValidHarnessPipeline();
  });
});
