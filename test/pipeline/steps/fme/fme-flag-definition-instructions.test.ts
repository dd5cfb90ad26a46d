import { RuntimeInput } from '../../../../src/core/runtime-input';
import { FmeFlagDefinitionInstructionsStep } from '../../../../src/pipeline/steps/fme/fme-flag-definition-instructions';
import { FmeInstruction } from '../../../../src/pipeline/steps/fme/fme-instruction';
import { customPipeline, renderedSteps, thrownMessage } from '../support';

const base = { flagName: 'new_checkout', environment: 'Production' };
const treatments = [
  { treatment: 'on', description: 'new' },
  { treatment: 'off', description: 'old' },
];

describe('FmeFlagDefinitionInstructionsStep', () => {
  test('renders the default definition and the instructions in order', () => {
    const step = new FmeFlagDefinitionInstructionsStep({
      identifier: 'promote',
      ...base,
      defaultDefinition: { treatments, defaultTreatment: 'off', baselineTreatment: 'off' },
      instructions: [FmeInstruction.setFlagKilled(false), FmeInstruction.setDefaultAllocations([{ treatment: 'on', amount: 100 }])],
    });
    expect(renderedSteps(customPipeline([step]))[0].spec).toEqual({
      ...base,
      defaultDefinition: { treatments, defaultTreatment: 'off', baselineTreatment: 'off' },
      instructions: [
        { type: 'SetFlagKilled', value: false },
        { type: 'SetDefaultAllocations', value: [{ treatment: 'on', amount: 100 }] },
      ],
    });
  });

  describe('validation', () => {
    test('at least one instruction, each type once, each an FmeInstruction', () => {
      expect(thrownMessage(() => new FmeFlagDefinitionInstructionsStep({ identifier: 's', ...base, instructions: [] }))).toBe(
        "step 's': spec.instructions: no instruction is given. Fix: list at least one, e.g. [FmeInstruction.setFlagKilled(false)]",
      );
      expect(
        thrownMessage(
          () =>
            new FmeFlagDefinitionInstructionsStep({
              identifier: 's',
              ...base,
              instructions: [FmeInstruction.setFlagKilled(false), FmeInstruction.setFlagKilled(true)],
            }),
        ),
      ).toBe(
        "step 's': spec.instructions[1].type: instruction SetFlagKilled is already given at spec.instructions[0]. Fix: give each instruction type at most once",
      );
      expect(
        thrownMessage(
          () =>
            new FmeFlagDefinitionInstructionsStep({
              identifier: 's',
              ...base,
              instructions: [{ type: 'SetFlagKilled', value: true } as any],
            }),
        ),
      ).toBe(
        "step 's': spec.instructions[0]: is not an FmeInstruction. Fix: build it with FmeInstruction.setDefaultTreatment(...) and the like",
      );
    });

    test('instruction values and the default definition are checked', () => {
      expect(
        thrownMessage(
          () => new FmeFlagDefinitionInstructionsStep({ identifier: 's', ...base, instructions: [FmeInstruction.setLimitExposure(-1)] }),
        ),
      ).toBe(
        "step 's': spec.instructions[0].value: -1 is not a whole number from 0 to 100. Fix: use a whole number from 0 to 100, or an expression",
      );
      expect(
        thrownMessage(
          () =>
            new FmeFlagDefinitionInstructionsStep({
              identifier: 's',
              ...base,
              instructions: [FmeInstruction.setFlagKilled(false)],
              defaultDefinition: { treatments, defaultTreatment: 'dark', baselineTreatment: 'off' },
            }),
        ),
      ).toBe(
        "step 's': spec.defaultDefinition.defaultTreatment: 'dark' is not one of the flag's treatments (on, off). Fix: name one of the treatments listed in treatments",
      );
    });
  });

  test('validates against the Harness schema with every instruction type', () => {
    const step = new FmeFlagDefinitionInstructionsStep({
      identifier: 's',
      ...base,
      defaultDefinition: { treatments, defaultTreatment: 'off', baselineTreatment: 'off' },
      instructions: [
        FmeInstruction.setDefaultTreatment('off'),
        FmeInstruction.setBaselineTreatment(RuntimeInput.create()),
        FmeInstruction.setTrackImpression(true),
        FmeInstruction.setLimitExposure(100),
        FmeInstruction.updateIndividualTargets([{ treatment: 'on', actions: [{ action: 'AddKeys' as any, value: ['u1'] }] }]),
        FmeInstruction.updateDynamicConfiguration([{ treatment: 'on', configuration: null }]),
        FmeInstruction.setTargetingRules([]),
        FmeInstruction.setDefaultAllocations([{ treatment: 'on', amount: 100 }]),
        FmeInstruction.setTreatments(treatments),
        FmeInstruction.setRolloutStatus('Ramping'),
        FmeInstruction.setFlagKilled(false),
      ],
    });
    expect(customPipeline([step])).toBeValidHarnessPipeline();
  });
});
