import { ServiceNowCreateStep, ServiceNowCreateType } from '../../../../src/pipeline/steps/custom/servicenow-create';
import { ServiceNowUpdateStep } from '../../../../src/pipeline/steps/custom/servicenow-update';
import { customPipeline, renderedSteps, thrownMessage } from '../support';

const base = { connectorRef: 'account.servicenow', ticketType: 'change_request' };

describe('ServiceNowCreateStep', () => {
  test('renders connector, ticket type and fields, and only what is given', () => {
    const step = new ServiceNowCreateStep({
      identifier: 'create',
      ...base,
      fields: [
        { name: 'short_description', value: 'Deploy payments' },
        { name: 'priority', value: '3' },
      ],
    });
    expect(renderedSteps(customPipeline([step]))[0]).toEqual({
      type: 'ServiceNowCreate',
      name: 'create',
      identifier: 'create',
      spec: {
        ...base,
        fields: [
          { name: 'short_description', value: 'Deploy payments' },
          { name: 'priority', value: '3' },
        ],
      },
    });
  });

  test('typed outputs: ticket number and URL, read by a later step', () => {
    const create = new ServiceNowCreateStep({
      identifier: 'create',
      ...base,
      createType: ServiceNowCreateType.FORM,
      templateName: 'deploy_form',
    });
    const update = new ServiceNowUpdateStep({
      identifier: 'close',
      ...base,
      ticketNumber: create.outputs.ticketNumber,
      fields: [{ name: 'state', value: '3' }],
    });
    const [c, u] = renderedSteps(customPipeline([create, update]));
    expect(c.spec).toEqual({ ...base, createType: 'Form', templateName: 'deploy_form' });
    expect(u.spec.ticketNumber).toBe('<+pipeline.stages.c.spec.execution.steps.create.ticket.ticketNumber>');
    expect(create.outputs.ticketUrl.resolve()).toBe('<+pipeline.stages.c.spec.execution.steps.create.ticket.url>');
  });

  describe('validation', () => {
    test('a template create needs the template; a Normal create takes none', () => {
      expect(thrownMessage(() => new ServiceNowCreateStep({ identifier: 's', ...base, createType: ServiceNowCreateType.FORM }))).toBe(
        "step 's': spec.templateName: is required. Fix: give the name of the Form template to create the ticket from",
      );
      expect(
        thrownMessage(
          () => new ServiceNowCreateStep({ identifier: 's', ...base, createType: ServiceNowCreateType.NORMAL, templateName: 't' }),
        ),
      ).toBe("step 's': spec.templateName: a Normal create uses no template. Fix: remove templateName, or use createType FORM or STANDARD");
    });

    test('a standard template creates change requests only', () => {
      expect(
        thrownMessage(
          () =>
            new ServiceNowCreateStep({
              identifier: 's',
              ...base,
              ticketType: 'incident',
              createType: ServiceNowCreateType.STANDARD,
              templateName: 't',
            }),
        ),
      ).toBe(
        "step 's': spec.createType: standard templates create change requests, but ticketType is 'incident'. Fix: set ticketType to 'change_request', or use createType FORM",
      );
    });

    test('connector and ticket type are required; create type uses the schema casing', () => {
      expect(thrownMessage(() => new ServiceNowCreateStep({ identifier: 's', connectorRef: 'c', ticketType: '' }))).toBe(
        "step 's': spec.ticketType: is empty. Fix: give the ticket type, e.g. 'change_request'",
      );
      expect(thrownMessage(() => new ServiceNowCreateStep({ identifier: 's', ...base, createType: 'form' as ServiceNowCreateType }))).toBe(
        "step 's': spec.createType: 'form' is not a create type. Fix: use one of Normal, Form, Standard (this casing)",
      );
    });
  });

  test('validates against the Harness schema', () => {
    expect(
      customPipeline([
        new ServiceNowCreateStep({ identifier: 'a', ...base, fields: [{ name: 'short_description', value: 'x' }] }),
        new ServiceNowCreateStep({
          identifier: 'b',
          ...base,
          createType: ServiceNowCreateType.STANDARD,
          templateName: 't',
          useServiceNowTemplate: true,
        }),
      ]),
    ).toBeValidHarnessPipeline();
  });
});
