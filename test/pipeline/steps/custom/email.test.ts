import { RuntimeInput } from '../../../../src/core/runtime-input';
import { EmailStep } from '../../../../src/pipeline/steps/custom/email';
import { deploymentPipeline, renderedSteps, thrownMessage } from '../support';

describe('EmailStep', () => {
  test('renders the documented example', () => {
    const step = new EmailStep({
      identifier: 'Update_Status',
      name: 'Update Status',
      to: 'rohan.gupta@harness.io',
      cc: 'srinivas@harness.io',
      subject: 'Deployment Status',
      body: 'Pipeline: <+pipeline.name> is complete.',
    });
    expect(renderedSteps(deploymentPipeline([step]))[0]).toEqual({
      type: 'Email',
      name: 'Update Status',
      identifier: 'Update_Status',
      spec: {
        to: 'rohan.gupta@harness.io',
        cc: 'srinivas@harness.io',
        subject: 'Deployment Status',
        body: 'Pipeline: <+pipeline.name> is complete.',
      },
    });
  });

  test('renders user groups and fireAndForget', () => {
    const step = new EmailStep({
      identifier: 'e',
      toUserGroups: ['account.sre'],
      ccUserGroups: RuntimeInput.create(),
      subject: 'x',
      fireAndForget: true,
    });
    expect(renderedSteps(deploymentPipeline([step]))[0].spec).toEqual({
      toUserGroups: ['account.sre'],
      ccUserGroups: '<+input>',
      subject: 'x',
      fireAndForget: true,
    });
  });

  describe('validation', () => {
    test('a recipient and a subject are required', () => {
      expect(thrownMessage(() => new EmailStep({ identifier: 'e', subject: 'x' }))).toBe(
        "step 'e': spec.to: the mail has no recipient. Fix: set to (e-mail addresses) or toUserGroups",
      );
      expect(thrownMessage(() => new EmailStep({ identifier: 'e', to: 'a@example.com' } as any))).toBe(
        "step 'e': spec.subject: is required. Fix: write the subject",
      );
    });

    test('addresses are comma-separated e-mail addresses', () => {
      expect(() => new EmailStep({ identifier: 'e', to: 'a@example.com, b@example.com', subject: 'x' })).not.toThrow();
      expect(thrownMessage(() => new EmailStep({ identifier: 'e', to: 'a@example.com; b@example.com', subject: 'x' }))).toBe(
        "step 'e': spec.to: 'a@example.com; b@example.com' is not an e-mail address. Fix: separate addresses with commas, e.g. 'a@example.com, b@example.com'",
      );
    });

    test('user group lists are not empty and hold at most 256 groups', () => {
      expect(thrownMessage(() => new EmailStep({ identifier: 'e', toUserGroups: [], subject: 'x' }))).toBe(
        "step 'e': spec.toUserGroups: is empty. Fix: list at least one user group, or leave toUserGroups out",
      );
      const many = Array.from({ length: 257 }, (_, i) => `g${i}`);
      expect(thrownMessage(() => new EmailStep({ identifier: 'e', toUserGroups: many, subject: 'x' }))).toBe(
        "step 'e': spec.toUserGroups: lists 257 user groups; the schema allows at most 256. Fix: mail at most 256 user groups",
      );
    });
  });

  test('validates against the Harness schema', () => {
    expect(
      deploymentPipeline([
        new EmailStep({ identifier: 'a', to: 'a@example.com', subject: 's' }),
        new EmailStep({ identifier: 'b', toUserGroups: ['g'], subject: 's' }),
      ]),
    ).toBeValidHarnessPipeline();
  });
});
