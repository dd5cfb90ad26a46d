import { optionalProps } from '../../../core/arguments';

import { fail } from '../../../core/errors';
import { UiField } from '../../../workflow/ui-field';
import { WorkflowInput } from '../../../workflow/workflow-input';

/** Catalog entity kinds that can own something. */
export enum OwnerKind {
  /** A group (`group:account/<id>`). */
  GROUP = 'Group',
  /** A user (`user:account/<id>`). */
  USER = 'User',
}

/** Options of the catalog-based owner pickers. */
export interface OwnerPickerOptions {
  /** Entity kinds offered. @default [OwnerKind.GROUP] */
  readonly kinds?: readonly OwnerKind[];
}

/** Props of {@link OwnerPicker.createInput}. */
export interface OwnerInputProps {
  /** Form property key and pipeline variable. @default 'owner' */
  readonly id?: string;
  /** Label of the form field. @default 'Owner' */
  readonly title?: string;
  /** Description of the pipeline variable. @default the title */
  readonly variableDescription?: string;
}

/**
 * How a workflow form asks for an owner: a catalog picker of groups (and users), or a Harness user group.
 * The patterns take one as their `ownerPicker` prop.
 */
export class OwnerPicker {
  /**
   * `HarnessOwnerPicker` (IDP 2.0), filtered by kind: `ui:options.catalogFilter: [{ kind: Group }]`. The value
   * is an entity reference such as `group:account/platform`.
   */
  public static harnessOwnerPicker(options: OwnerPickerOptions = {}): OwnerPicker {
    optionalProps(options, 'OwnerPicker.harnessOwnerPicker', 'OwnerPicker.harnessOwnerPicker()');
    const kinds = checkKinds(options.kinds, 'OwnerPicker.harnessOwnerPicker');
    return new OwnerPicker(() => UiField.harnessOwnerPicker({ catalogFilter: [{ kind: kinds.length === 1 ? kinds[0] : kinds }] }));
  }

  /** Backstage `OwnerPicker` (IDP 1.0 style): `ui:options.allowedKinds: [Group]`. */
  public static ownerPicker(options: OwnerPickerOptions = {}): OwnerPicker {
    optionalProps(options, 'OwnerPicker.ownerPicker', 'OwnerPicker.ownerPicker()');
    const kinds = checkKinds(options.kinds, 'OwnerPicker.ownerPicker');
    return new OwnerPicker(() => UiField.ownerPicker({ allowedKinds: kinds }));
  }

  /** `HarnessUserGroupPicker`: the identifier of a Harness user group. */
  public static userGroupPicker(): OwnerPicker {
    return new OwnerPicker(() => UiField.harnessUserGroupPicker());
  }

  private constructor(private readonly field: () => UiField) {}

  /** A new required owner input with this picker. */
  public createInput(props: OwnerInputProps = {}): WorkflowInput {
    return WorkflowInput.string(props.id ?? 'owner', {
      title: props.title ?? 'Owner',
      uiField: this.field(),
      variableDescription: props.variableDescription,
    });
  }
}

/**
 * A pattern's `ownerPicker` prop: the {@link OwnerPicker} given, or `fallback` when it is not set. Guards
 * JavaScript callers (and `as any`) who pass something else.
 */
export function ownerPickerOf(value: unknown, fallback: OwnerPicker, where: string, prop = 'ownerPicker'): OwnerPicker {
  if (value === undefined) return fallback;
  if (value instanceof OwnerPicker) return value;
  fail(
    where,
    prop,
    'expects an OwnerPicker',
    'pass OwnerPicker.harnessOwnerPicker(), OwnerPicker.ownerPicker() or OwnerPicker.userGroupPicker()',
  );
}

function checkKinds(kinds: readonly OwnerKind[] | undefined, where: string): OwnerKind[] {
  if (kinds === undefined) return [OwnerKind.GROUP];
  if (!Array.isArray(kinds) || kinds.length === 0) {
    fail(where, 'kinds', 'no entity kind is given', 'pass [OwnerKind.GROUP], [OwnerKind.USER] or both, or leave kinds out for groups');
  }
  const valid = Object.values(OwnerKind) as string[];
  for (const k of kinds) {
    if (!valid.includes(k))
      fail(
        where,
        'kinds',
        `'${String(k)}' is not an owner kind`,
        `use ${valid.map((v) => `'${v}'`).join(' or ')} (OwnerKind.GROUP, OwnerKind.USER)`,
      );
  }
  if (new Set(kinds).size !== kinds.length) fail(where, 'kinds', 'a kind is listed twice', 'list each kind once');
  return [...kinds];
}
