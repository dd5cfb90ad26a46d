import { ApprovalStage } from '../../../../src/pipeline/stages/approval-stage';
import { Pipeline } from '../../../../src/pipeline/pipeline';
import { ApprovalCriteria, ConditionOperator } from '../../../../src/pipeline/steps/custom/approval-criteria';
import { ServiceNowApprovalStep } from '../../../../src/pipeline/steps/custom/servicenow-approval';
import { customPipeline, renderedSteps, thrownMessage } from '../support';

const base = {
  connectorRef: 'account.servicenow',
  ticketType: 'change_request',
  ticketNumber: 'CHG0001',
  approvalCriteria: ApprovalCriteria.keyValues([{ key: 'state', operator: ConditionOperator.EQUALS, value: 'Implement' }]),
};

describe('ServiceNowApprovalStep', () => {
  test('renders criteria, change window and retry interval; no timeout unless given', () => {
    const step = new ServiceNowApprovalStep({
      identifier: 'cab',
      ...base,
      rejectionCriteria: ApprovalCriteria.jexl('<+ticket.state.displayValue> == "Canceled"'),
      changeWindow: { startField: 'start_date', endField: 'end_date' },
      retryInterval: '1m',
    });
    expect(renderedSteps(customPipeline([step]))[0]).toEqual({
      type: 'ServiceNowApproval',
      name: 'cab',
      identifier: 'cab',
      spec: {
        connectorRef: 'account.servicenow',
        ticketType: 'change_request',
        ticketNumber: 'CHG0001',
        approvalCriteria: { type: 'KeyValues', spec: { conditions: [{ key: 'state', operator: 'equals', value: 'Implement' }] } },
        rejectionCriteria: { type: 'Jexl', spec: { expression: '<+ticket.state.displayValue> == "Canceled"' } },
        changeWindow: { startField: 'start_date', endField: 'end_date' },
        retryInterval: '1m',
      },
    });
  });

  test('validation', () => {
    expect(thrownMessage(() => new ServiceNowApprovalStep({ identifier: 's', ...base, approvalCriteria: undefined as any }))).toBe(
      "step 's': spec.approvalCriteria: is required. Fix: pass ApprovalCriteria.keyValues([...]) or ApprovalCriteria.jexl('...')",
    );
    expect(
      thrownMessage(
        () => new ServiceNowApprovalStep({ identifier: 's', ...base, changeWindow: { startField: 'start_date', endField: '' } }),
      ),
    ).toBe("step 's': spec.changeWindow.endField: is empty. Fix: give the ticket's end date field, e.g. 'end_date'");
  });

  test('validates against the Harness schema in an Approval stage', () => {
    const p = new Pipeline({
      identifier: 'p',
      stages: [
        new ApprovalStage({ identifier: 'a', steps: [new ServiceNowApprovalStep({ identifier: 's', ...base, retryInterval: '5m' })] }),
      ],
    });
    expect(p).toBeValidHarnessPipeline();
  });
});
