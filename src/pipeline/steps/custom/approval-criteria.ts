import { fail } from '../../../core/errors';
import type { Expression } from '../../../core/expression';
import { requireText } from '../common/field-checks';

/** How a key-value condition compares the ticket field with the value (`Condition.operator`, schema casing). */
export enum ConditionOperator {
  /** The field equals the value. */
  EQUALS = 'equals',
  /** The field differs from the value. */
  NOT_EQUALS = 'not equals',
  /** The field is one of the comma-separated values. */
  IN = 'in',
  /** The field is none of the comma-separated values. */
  NOT_IN = 'not in',
}

/** One condition on a field of the Jira issue or ServiceNow ticket. */
export interface ApprovalCondition {
  /** Field name, e.g. `Status` (Jira) or `state` (ServiceNow). */
  readonly key: string;
  /** How the field is compared. */
  readonly operator: ConditionOperator;
  /** The value, or comma-separated values for `in`/`not in`, e.g. `Done`; or an expression. */
  readonly value: string | Expression;
}

/**
 * When a Jira or ServiceNow approval step approves or rejects (`CriteriaSpecWrapper`): a JEXL expression over the
 * ticket, or conditions on its fields.
 */
export class ApprovalCriteria {
  /** A JEXL expression over the ticket, e.g. `<+issue.Status> == "Done"` (`type: Jexl`). */
  public static jexl(expression: string | Expression): ApprovalCriteria {
    return new ApprovalCriteria('Jexl', { expression });
  }

  /**
   * Conditions on ticket fields (`type: KeyValues`), all of which must hold, or any one with `matchAnyCondition`.
   * @param options.matchAnyCondition one matching condition is enough (default: not set, all must match)
   */
  public static keyValues(
    conditions: readonly ApprovalCondition[],
    options: { readonly matchAnyCondition?: boolean } = {},
  ): ApprovalCriteria {
    return new ApprovalCriteria('KeyValues', { matchAnyCondition: options.matchAnyCondition, conditions });
  }

  private constructor(
    /** `Jexl` (one expression) or `KeyValues` (conditions on ticket fields). */
    public readonly type: 'Jexl' | 'KeyValues',
    private readonly spec: {
      readonly expression?: string | Expression;
      readonly matchAnyCondition?: boolean;
      readonly conditions?: readonly ApprovalCondition[];
    },
  ) {}

  /** @internal Checks the criteria; `field` is e.g. `spec.approvalCriteria`. */
  public _check(where: string, field: string): void {
    if (this.type === 'Jexl') {
      requireText(this.spec.expression, where, `${field}.spec.expression`, 'give the JEXL expression, e.g. <+issue.Status> == "Done"');
      return;
    }
    const conditions = this.spec.conditions;
    if (!Array.isArray(conditions) || conditions.length === 0) {
      fail(
        where,
        `${field}.spec.conditions`,
        'no condition is given',
        "give at least one, e.g. { key: 'Status', operator: ConditionOperator.EQUALS, value: 'Done' }",
      );
    }
    conditions.forEach((c, i) => {
      const f = `${field}.spec.conditions[${i}]`;
      requireText(c?.key, where, `${f}.key`, "give the ticket field name, e.g. 'Status'");
      if (!Object.values(ConditionOperator).includes(c.operator)) {
        fail(
          where,
          `${f}.operator`,
          `'${String(c.operator)}' is not an operator`,
          `use one of ${Object.values(ConditionOperator).join(', ')} (this casing)`,
        );
      }
      requireText(c.value, where, `${f}.value`, 'give the value the field is compared with');
    });
  }

  /** The `{type, spec}` object. */
  public toObject(): Record<string, unknown> {
    const s = this.spec;
    if (this.type === 'Jexl') return { type: 'Jexl', spec: { expression: s.expression } };
    return {
      type: 'KeyValues',
      spec: {
        matchAnyCondition: s.matchAnyCondition,
        conditions: (s.conditions ?? []).map((c) => ({ key: c.key, operator: c.operator, value: c.value })),
      },
    };
  }
}

/** @internal Checks that `value` is an {@link ApprovalCriteria} and valid; `required` for approval criteria. */
export function checkApprovalCriteria(value: unknown, where: string, field: string, required: boolean): void {
  if (value === undefined && !required) return;
  if (!(value instanceof ApprovalCriteria)) {
    fail(where, field, 'is required', "pass ApprovalCriteria.keyValues([...]) or ApprovalCriteria.jexl('...')");
  }
  value._check(where, field);
}
