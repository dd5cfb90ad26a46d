import { ApprovalCriteria, checkApprovalCriteria, ConditionOperator } from '../../../../src/pipeline/steps/custom/approval-criteria';
import { thrownMessage } from '../support';

describe('ApprovalCriteria', () => {
  test('renders a JEXL expression or key-value conditions', () => {
    expect(ApprovalCriteria.jexl('<+issue.Status> == "Done"').toObject()).toEqual({
      type: 'Jexl',
      spec: { expression: '<+issue.Status> == "Done"' },
    });
    expect(
      ApprovalCriteria.keyValues([{ key: 'Status', operator: ConditionOperator.IN, value: 'Done,Approved' }], {
        matchAnyCondition: true,
      }).toObject(),
    ).toEqual({
      type: 'KeyValues',
      spec: { matchAnyCondition: true, conditions: [{ key: 'Status', operator: 'in', value: 'Done,Approved' }] },
    });
  });

  test('checks', () => {
    expect(thrownMessage(() => checkApprovalCriteria(undefined, 'w', 'spec.approvalCriteria', true))).toBe(
      "w: spec.approvalCriteria: is required. Fix: pass ApprovalCriteria.keyValues([...]) or ApprovalCriteria.jexl('...')",
    );
    expect(() => checkApprovalCriteria(undefined, 'w', 'spec.rejectionCriteria', false)).not.toThrow();
    expect(thrownMessage(() => checkApprovalCriteria(ApprovalCriteria.keyValues([]), 'w', 'spec.approvalCriteria', true))).toBe(
      "w: spec.approvalCriteria.spec.conditions: no condition is given. Fix: give at least one, e.g. { key: 'Status', operator: ConditionOperator.EQUALS, value: 'Done' }",
    );
    expect(
      thrownMessage(() =>
        checkApprovalCriteria(
          ApprovalCriteria.keyValues([{ key: 'Status', operator: '=' as ConditionOperator, value: 'Done' }]),
          'w',
          'c',
          true,
        ),
      ),
    ).toBe("w: c.spec.conditions[0].operator: '=' is not an operator. Fix: use one of equals, not equals, in, not in (this casing)");
    expect(
      thrownMessage(() =>
        checkApprovalCriteria(
          ApprovalCriteria.keyValues([{ key: 'Status', operator: ConditionOperator.EQUALS, value: '' }]),
          'w',
          'c',
          true,
        ),
      ),
    ).toBe('w: c.spec.conditions[0].value: is empty. Fix: give the value the field is compared with');
    expect(thrownMessage(() => checkApprovalCriteria(ApprovalCriteria.jexl(''), 'w', 'c', true))).toBe(
      'w: c.spec.expression: is empty. Fix: give the JEXL expression, e.g. <+issue.Status> == "Done"',
    );
  });
});
