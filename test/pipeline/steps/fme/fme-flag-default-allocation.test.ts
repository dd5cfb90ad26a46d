import { RuntimeInput } from '../../../../src/core/runtime-input';
import { FmeFlagDefaultAllocationStep } from '../../../../src/pipeline/steps/fme/fme-flag-default-allocation';
import { PipelineVariable } from '../../../../src/pipeline/variable';
import { customPipeline, renderedSteps, thrownMessage } from '../support';

describe('FmeFlagDefaultAllocationStep', () => {
  const flag = PipelineVariable.string('flagName');
  const half = () =>
    new FmeFlagDefaultAllocationStep({
      identifier: '_rollout',
      name: '50-50 Rollout',
      flagName: flag,
      environment: 'Prod-Default',
      allocation: [
        { treatment: 'on', amount: 50 },
        { treatment: 'off', amount: 50 },
      ],
    });

  test('renders a 50/50 rollout', () => {
    const p = customPipeline([half()], [flag]);
    expect(renderedSteps(p)[0]).toEqual({
      type: 'FmeFlagDefaultAllocation',
      name: '50-50 Rollout',
      identifier: '_rollout',
      spec: {
        flagName: '<+pipeline.variables.flagName>',
        environment: 'Prod-Default',
        allocation: [
          { treatment: 'on', amount: 50 },
          { treatment: 'off', amount: 50 },
        ],
      },
    });
    expect(p.toYaml()).toContain('- treatment: "off"\n');
  });

  test('amounts add up to 100; a treatment is not a runtime input', () => {
    expect(
      thrownMessage(
        () =>
          new FmeFlagDefaultAllocationStep({
            identifier: 's',
            flagName: 'f',
            environment: 'e',
            allocation: [{ treatment: 'on', amount: 5 }],
          }),
      ),
    ).toBe("step 's': spec.allocation: the amounts add up to 5, not 100. Fix: give amounts that add up to 100");
    expect(
      thrownMessage(
        () =>
          new FmeFlagDefaultAllocationStep({
            identifier: 's',
            flagName: 'f',
            environment: 'e',
            allocation: [{ treatment: RuntimeInput.create(), amount: 100 }],
          }),
      ),
    ).toBe(
      "step 's': spec.allocation[0].treatment: a runtime input (<+input>) is not allowed as a treatment here. Fix: name the treatment (e.g. 'on') or pass a pipeline variable; a runtime input is not accepted here",
    );
  });

  test('validates against the Harness schema', () => {
    const pct = PipelineVariable.number('pct');
    const p = customPipeline(
      [
        half(),
        new FmeFlagDefaultAllocationStep({
          identifier: 'b',
          flagName: 'f',
          environment: 'e',
          allocation: [{ treatment: 'on', amount: pct }],
        }),
        new FmeFlagDefaultAllocationStep({ identifier: 'c', flagName: 'f', environment: 'e', allocation: RuntimeInput.create() }),
      ],
      [flag, pct],
    );
    expect(p).toBeValidHarnessPipeline();
  });
});
