import { ServiceNowUpdateStep } from '../../../../src/pipeline/steps/custom/servicenow-update';
import { customPipeline, renderedSteps, thrownMessage } from '../support';

const base = { connectorRef: 'account.servicenow', ticketType: 'problem' };

describe('ServiceNowUpdateStep', () => {
  test('renders one ticket update; useServiceNowTemplate follows templateName', () => {
    const [a, b] = renderedSteps(
      customPipeline([
        new ServiceNowUpdateStep({ identifier: 'a', ...base, ticketNumber: 'PRB0001', fields: [{ name: 'state', value: '4' }] }),
        new ServiceNowUpdateStep({ identifier: 'b', ...base, ticketNumber: 'PRB0001', templateName: 'close_problem' }),
      ]),
    );
    expect(a.spec).toEqual({ ...base, ticketNumber: 'PRB0001', useServiceNowTemplate: false, fields: [{ name: 'state', value: '4' }] });
    expect(b.spec).toEqual({ ...base, ticketNumber: 'PRB0001', useServiceNowTemplate: true, templateName: 'close_problem' });
  });

  test('renders an update of the change tasks of a change request', () => {
    const step = new ServiceNowUpdateStep({
      identifier: 'tasks',
      connectorRef: 'account.servicenow',
      ticketType: 'change_task',
      updateMultiple: { changeRequestNumber: 'CHG0001', changeTaskType: 'implementation' },
      fields: [{ name: 'state', value: '3' }],
    });
    expect(renderedSteps(customPipeline([step]))[0].spec).toEqual({
      connectorRef: 'account.servicenow',
      ticketType: 'change_task',
      updateMultiple: { type: 'CHANGE_TASK', spec: { changeRequestNumber: 'CHG0001', changeTaskType: 'implementation' } },
      useServiceNowTemplate: false,
      fields: [{ name: 'state', value: '3' }],
    });
  });

  describe('validation', () => {
    test('exactly one of ticketNumber and updateMultiple', () => {
      expect(thrownMessage(() => new ServiceNowUpdateStep({ identifier: 's', ...base }))).toBe(
        "step 's': spec.ticketNumber: neither ticketNumber nor updateMultiple is set. Fix: set ticketNumber to update one ticket, or updateMultiple to update the change tasks of a change request",
      );
      expect(
        thrownMessage(
          () =>
            new ServiceNowUpdateStep({
              identifier: 's',
              ...base,
              ticketType: 'change_task',
              ticketNumber: 'x',
              updateMultiple: { changeRequestNumber: 'CHG1' },
            }),
        ),
      ).toBe(
        "step 's': spec.ticketNumber: ticketNumber and updateMultiple are mutually exclusive. Fix: set ticketNumber to update one ticket, or updateMultiple to update the change tasks of a change request",
      );
    });

    test('updateMultiple updates change tasks', () => {
      expect(
        thrownMessage(() => new ServiceNowUpdateStep({ identifier: 's', ...base, updateMultiple: { changeRequestNumber: 'CHG1' } })),
      ).toBe("step 's': spec.updateMultiple: updates change tasks, but ticketType is 'problem'. Fix: set ticketType to 'change_task'");
    });
  });

  test('validates against the Harness schema', () => {
    expect(
      customPipeline([
        new ServiceNowUpdateStep({ identifier: 'a', ...base, ticketNumber: 'PRB1', fields: [{ name: 'state', value: '4' }] }),
        new ServiceNowUpdateStep({
          identifier: 'b',
          connectorRef: 'c',
          ticketType: 'change_task',
          updateMultiple: { changeRequestNumber: 'CHG1' },
        }),
      ]),
    ).toBeValidHarnessPipeline();
  });
});
