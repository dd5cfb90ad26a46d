import { RuntimeInput } from '../../../../src/core/runtime-input';
import { FmeFlagCreateStep } from '../../../../src/pipeline/steps/fme/fme-flag-create';
import { PipelineVariable } from '../../../../src/pipeline/variable';
import { customPipeline, renderedSteps, thrownMessage } from '../support';

const onOff = [
  { treatment: 'on', description: 'new checkout' },
  { treatment: 'off', description: 'old checkout' },
];

describe('FmeFlagCreateStep', () => {
  test('renders the minimal flag: name and traffic type', () => {
    const flag = PipelineVariable.string('flagName');
    const step = new FmeFlagCreateStep({ identifier: 'initial_setup', name: 'initial setup', flagName: flag, trafficType: 'user' });
    expect(renderedSteps(customPipeline([step], [flag]))[0]).toEqual({
      type: 'FmeFlagCreate',
      name: 'initial setup',
      identifier: 'initial_setup',
      spec: { name: '<+pipeline.variables.flagName>', trafficType: 'user' },
    });
  });

  test('renders every field; "on" and "off" are quoted in the YAML', () => {
    const step = new FmeFlagCreateStep({
      identifier: 'create',
      flagName: 'new_checkout',
      trafficType: 'user',
      flagDescription: 'live demo flag',
      owners: ['payments-team'],
      tags: ['demo', 'team:payments'],
      treatments: onOff,
      defaultTreatment: 'off',
      baselineTreatment: 'off',
    });
    const p = customPipeline([step]);
    expect(renderedSteps(p)[0].spec).toEqual({
      name: 'new_checkout',
      trafficType: 'user',
      description: 'live demo flag',
      owners: ['payments-team'],
      tags: ['demo', 'team:payments'],
      treatments: onOff,
      defaultTreatment: 'off',
      baselineTreatment: 'off',
    });
    expect(p.toYaml()).toContain('- treatment: "on"\n');
  });

  describe('validation', () => {
    test('the traffic type is required', () => {
      expect(thrownMessage(() => new FmeFlagCreateStep({ identifier: 's', flagName: 'f', trafficType: '' }))).toBe(
        "step 's': spec.trafficType: is empty. Fix: give the FME traffic type, e.g. 'user'",
      );
    });

    test('at least two treatments; default and baseline among them', () => {
      expect(
        thrownMessage(() => new FmeFlagCreateStep({ identifier: 's', flagName: 'f', trafficType: 'user', treatments: [onOff[0]] })),
      ).toBe(
        "step 's': spec.treatments: a flag needs at least two treatments. Fix: list them, e.g. [{ treatment: 'on', description: '...' }, { treatment: 'off', ... }]",
      );
      expect(
        thrownMessage(
          () =>
            new FmeFlagCreateStep({ identifier: 's', flagName: 'f', trafficType: 'user', treatments: onOff, defaultTreatment: 'control' }),
        ),
      ).toBe(
        "step 's': spec.defaultTreatment: 'control' is not one of the flag's treatments (on, off). Fix: name one of the treatments listed in treatments",
      );
      expect(
        () =>
          new FmeFlagCreateStep({
            identifier: 's',
            flagName: 'f',
            trafficType: 'user',
            treatments: onOff,
            defaultTreatment: RuntimeInput.create(),
          }),
      ).not.toThrow();
    });
  });

  test('validates against the Harness schema', () => {
    const p = customPipeline([
      new FmeFlagCreateStep({ identifier: 'a', flagName: 'f', trafficType: 'user' }),
      new FmeFlagCreateStep({
        identifier: 'b',
        flagName: 'g',
        trafficType: 'account',
        flagDescription: 'd',
        owners: RuntimeInput.create(),
        tags: ['x'],
        treatments: onOff,
        defaultTreatment: 'off',
        baselineTreatment: 'on',
      }),
    ]);
    expect(p).toBeValidHarnessPipeline();
  });
});
