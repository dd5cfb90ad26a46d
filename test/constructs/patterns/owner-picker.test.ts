import { OwnerKind, OwnerPicker, ownerPickerOf } from '../../../src/constructs/patterns/blocks/owner-picker';
import { resolveValue } from '../../../src/core/resolve';

describe('OwnerPicker', () => {
  test('harnessOwnerPicker: groups by default (as in the service-onboarding example), or several kinds', () => {
    expect(OwnerPicker.harnessOwnerPicker().createInput().schema.toProperty()).toEqual({
      title: 'Owner',
      type: 'string',
      'ui:field': 'HarnessOwnerPicker',
      'ui:options': { catalogFilter: [{ kind: 'Group' }] },
    });
    expect(
      OwnerPicker.harnessOwnerPicker({ kinds: [OwnerKind.GROUP, OwnerKind.USER] })
        .createInput()
        .schema.toProperty()['ui:options'],
    ).toEqual({ catalogFilter: [{ kind: ['Group', 'User'] }] });
  });

  test('ownerPicker: Backstage allowedKinds (as in the infra-provisioning example)', () => {
    expect(OwnerPicker.ownerPicker().createInput().schema.toProperty()).toEqual({
      title: 'Owner',
      type: 'string',
      'ui:field': 'OwnerPicker',
      'ui:options': { allowedKinds: ['Group'] },
    });
    expect(
      OwnerPicker.ownerPicker({ kinds: [OwnerKind.USER] })
        .createInput()
        .schema.toProperty()['ui:options'],
    ).toEqual({ allowedKinds: ['User'] });
  });

  test('userGroupPicker', () => {
    expect(OwnerPicker.userGroupPicker().createInput().schema.toProperty()).toEqual({
      title: 'Owner',
      type: 'string',
      'ui:field': 'HarnessUserGroupPicker',
    });
  });

  test('createInput: id, title and variable description; a new input each time', () => {
    const picker = OwnerPicker.ownerPicker();
    const input = picker.createInput({ id: 'team', title: 'Team', variableDescription: 'Owning team' });
    expect(input.id).toBe('team');
    expect(resolveValue(input.toObject())).toEqual({
      name: 'team',
      type: 'String',
      description: 'Owning team',
      required: true,
      value: '<+input>',
    });
    expect(picker.createInput()).not.toBe(picker.createInput());
  });

  test('kinds: not empty, known, distinct', () => {
    expect(() => OwnerPicker.harnessOwnerPicker({ kinds: [] })).toThrow(
      /^OwnerPicker\.harnessOwnerPicker: kinds: no entity kind is given\. Fix: pass \[OwnerKind\.GROUP\], \[OwnerKind\.USER\] or both/,
    );
    expect(() => OwnerPicker.ownerPicker({ kinds: ['Team' as OwnerKind] })).toThrow(
      "OwnerPicker.ownerPicker: kinds: 'Team' is not an owner kind. Fix: use 'Group' or 'User' (OwnerKind.GROUP, OwnerKind.USER)",
    );
    expect(() => OwnerPicker.ownerPicker({ kinds: [OwnerKind.GROUP, OwnerKind.GROUP] })).toThrow(
      /^OwnerPicker\.ownerPicker: kinds: a kind is listed twice\./,
    );
  });

  test('ownerPickerOf: the picker given, the fallback when unset, anything else fails', () => {
    const fallback = OwnerPicker.ownerPicker();
    const given = OwnerPicker.userGroupPicker();
    expect(ownerPickerOf(undefined, fallback, 'team/x')).toBe(fallback);
    expect(ownerPickerOf(given, fallback, 'team/x')).toBe(given);
    expect(() => ownerPickerOf('group:account/sre', fallback, 'team/x')).toThrow(
      /^team\/x: ownerPicker: expects an OwnerPicker\. Fix: pass OwnerPicker\.harnessOwnerPicker\(\), OwnerPicker\.ownerPicker\(\) or OwnerPicker\.userGroupPicker\(\)$/,
    );
  });
});
