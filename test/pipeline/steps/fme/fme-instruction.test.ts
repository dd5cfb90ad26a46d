import { RuntimeInput } from '../../../../src/core/runtime-input';
import { FmeInstruction, FmeInstructionType, FmeTargetAction } from '../../../../src/pipeline/steps/fme/fme-instruction';
import { FmeMatcherType } from '../../../../src/pipeline/steps/fme/fme-targeting-rule';
import { thrownMessage } from '../support';

describe('FmeInstruction', () => {
  test('each factory renders {type, value}', () => {
    const rules = [
      { condition: { rules: [{ type: FmeMatcherType.IN_SEGMENT, value: ['beta'] }] }, allocation: [{ treatment: 'on', size: 100 }] },
    ];
    const all = [
      FmeInstruction.setDefaultTreatment('off'),
      FmeInstruction.setBaselineTreatment('off'),
      FmeInstruction.setTrackImpression(true),
      FmeInstruction.setLimitExposure(50),
      FmeInstruction.updateIndividualTargets([{ treatment: 'on', actions: [{ action: FmeTargetAction.ADD_KEYS, value: ['u1'] }] }]),
      FmeInstruction.updateDynamicConfiguration([
        { treatment: 'on', configuration: '{"color":"blue"}' },
        { treatment: 'off', configuration: null },
      ]),
      FmeInstruction.setTargetingRules(rules),
      FmeInstruction.setDefaultAllocations([{ treatment: 'on', amount: 100 }]),
      FmeInstruction.setTreatments([
        { treatment: 'on', description: 'new' },
        { treatment: 'off', description: 'old' },
      ]),
      FmeInstruction.setRolloutStatus('Ramping'),
      FmeInstruction.setFlagKilled(false),
    ];
    for (const i of all) expect(() => i._check('w', 'spec.instructions[0]')).not.toThrow();
    expect(all.map((i) => i.toObject())).toEqual([
      { type: 'SetDefaultTreatment', value: 'off' },
      { type: 'SetBaselineTreatment', value: 'off' },
      { type: 'SetTrackImpression', value: true },
      { type: 'SetLimitExposure', value: 50 },
      { type: 'UpdateIndividualTargets', value: [{ treatment: 'on', actions: [{ action: 'AddKeys', value: ['u1'] }] }] },
      {
        type: 'UpdateDynamicConfiguration',
        value: [
          { treatment: 'on', configuration: '{"color":"blue"}' },
          { treatment: 'off', configuration: null },
        ],
      },
      {
        type: 'SetTargetingRules',
        value: [{ condition: { rules: [{ type: 'IN_SEGMENT', value: ['beta'] }] }, allocation: [{ treatment: 'on', size: 100 }] }],
      },
      { type: 'SetDefaultAllocations', value: [{ treatment: 'on', amount: 100 }] },
      {
        type: 'SetTreatments',
        value: [
          { treatment: 'on', description: 'new' },
          { treatment: 'off', description: 'old' },
        ],
      },
      { type: 'SetRolloutStatus', value: 'Ramping' },
      { type: 'SetFlagKilled', value: false },
    ]);
    expect(Object.values(FmeInstructionType).sort()).toEqual(all.map((i) => i.type).sort());
  });

  test('a value may be one expression', () => {
    const input = RuntimeInput.create();
    const i = FmeInstruction.setDefaultAllocations(input);
    expect(() => i._check('w', 'f')).not.toThrow();
    expect(i.toObject()).toEqual({ type: 'SetDefaultAllocations', value: input });
  });

  test('values are checked with the instruction path', () => {
    expect(thrownMessage(() => FmeInstruction.setLimitExposure(120)._check('w', 'spec.instructions[2]'))).toBe(
      'w: spec.instructions[2].value: 120 is not a whole number from 0 to 100. Fix: use a whole number from 0 to 100, or an expression',
    );
    expect(thrownMessage(() => FmeInstruction.setFlagKilled('yes' as any)._check('w', 'i'))).toBe(
      'w: i.value: expects true or false, got string. Fix: pass a boolean or an expression',
    );
    expect(thrownMessage(() => FmeInstruction.updateIndividualTargets([])._check('w', 'i'))).toBe(
      'w: i.value: no treatment is given. Fix: list at least one treatment, or pass one expression',
    );
    expect(
      thrownMessage(() =>
        FmeInstruction.updateIndividualTargets([{ treatment: RuntimeInput.create() as any, actions: [] }])._check('w', 'i'),
      ),
    ).toBe(
      "w: i.value[0].treatment: takes a plain treatment name here (the schema accepts no expression). Fix: name the treatment, e.g. 'on'",
    );
    expect(thrownMessage(() => FmeInstruction.updateIndividualTargets([{ treatment: 'on', actions: [] }])._check('w', 'i'))).toBe(
      'w: i.value[0].actions: no action is given. Fix: give at least one action, e.g. { action: FmeTargetAction.ADD_KEYS, value: [key] }',
    );
    expect(
      thrownMessage(() =>
        FmeInstruction.updateIndividualTargets([{ treatment: 'on', actions: [{ action: FmeTargetAction.SET_KEYS, value: [] }] }])._check(
          'w',
          'i',
        ),
      ),
    ).toBe('w: i.value[0].actions[0].value: is empty. Fix: list at least one key or segment, or pass one expression');
    expect(
      thrownMessage(() =>
        FmeInstruction.updateIndividualTargets([{ treatment: 'on', actions: [{ action: 'Add' as any, value: ['u'] }] }])._check('w', 'i'),
      ),
    ).toBe(
      "w: i.value[0].actions[0].action: 'Add' is not a target action. Fix: use one of AddKeys, RemoveKeys, AddSegments, RemoveSegments, SetKeys, SetSegments",
    );
    expect(thrownMessage(() => FmeInstruction.updateDynamicConfiguration([{ treatment: 'on' } as any])._check('w', 'i'))).toBe(
      'w: i.value[0].configuration: is required. Fix: give the configuration text (e.g. JSON), or null to remove it',
    );
    expect(thrownMessage(() => FmeInstruction.setTreatments([{ treatment: 'on', description: 'x' }])._check('w', 'i'))).toBe(
      "w: i.value: a flag needs at least two treatments. Fix: list them, e.g. [{ treatment: 'on', description: '...' }, { treatment: 'off', ... }]",
    );
  });
});
