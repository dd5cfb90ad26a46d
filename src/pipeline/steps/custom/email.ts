import { fail } from '../../../core/errors';
import { type Expression, isLiteralText } from '../../../core/expression';
import { Step, type StepProps } from '../../step';
import { checkTextList, renderTextList, type TextList } from '../common/text-list';
import { requireText } from '../common/field-checks';

/** Props of an {@link EmailStep}. Set `to`, `toUserGroups` or both. */
export interface EmailStepProps extends StepProps {
  /** Recipients: comma-separated e-mail addresses, e.g. `'a@example.com, b@example.com'`, or an expression. @default - none */
  readonly to?: string | Expression;
  /** Harness user groups to mail (at most 256), or one expression for the list. @default - none */
  readonly toUserGroups?: TextList;
  /** Carbon-copy recipients, comma-separated addresses, or an expression. @default - none */
  readonly cc?: string | Expression;
  /** User groups in carbon copy (at most 256), or one expression for the list. @default - none */
  readonly ccUserGroups?: TextList;
  /** Subject; may embed expressions. */
  readonly subject: string | Expression;
  /** Body, text or HTML; may embed expressions. @default - none */
  readonly body?: string | Expression;
  /** Do not wait for the mail to be sent. @default - not set */
  readonly fireAndForget?: boolean;
  /** Delegate selectors. @default - any delegate */
  readonly delegateSelectors?: readonly string[];
}

const ADDRESS = /^[^@\s,]+@[^@\s,]+$/;

/**
 * The Email step (`EmailStepInfo`): sends an e-mail through the account's SMTP configuration. Mails to people who are
 * not Harness users need your own SMTP server and the "Enable Emails to be sent to non-Harness Users" setting.
 * Custom, Deployment, Approval and IACM stages.
 *
 * @see https://developer.harness.io/docs/continuous-delivery/x-platform-cd-features/cd-steps/utilities/email-step
 */
export class EmailStep extends Step {
  public readonly type = 'Email';
  private readonly props: EmailStepProps;

  /** Creates the step; its fields are checked at once, so a mistake throws a `ValidationError` naming the field and the fix. */
  constructor(props: EmailStepProps) {
    super(props);
    this.props = props;
    const where = this.describe();
    if (props.to === undefined && props.toUserGroups === undefined) {
      fail(where, 'spec.to', 'the mail has no recipient', 'set to (e-mail addresses) or toUserGroups');
    }
    requireText(props.subject, where, 'spec.subject', 'write the subject');
    for (const field of ['to', 'cc'] as const) checkAddresses(props[field], where, `spec.${field}`);
    for (const field of ['toUserGroups', 'ccUserGroups'] as const) {
      const groups = props[field];
      if (groups === undefined) continue;
      checkTextList(groups, where, {
        field: `spec.${field}`,
        emptyFix: `list at least one user group, or leave ${field} out`,
        itemFix: "give the user group identifier with its scope, e.g. 'account.sre'",
      });
      if (Array.isArray(groups) && groups.length > 256) {
        fail(where, `spec.${field}`, `lists ${groups.length} user groups; the schema allows at most 256`, 'mail at most 256 user groups');
      }
    }
  }

  protected renderSpec(): Record<string, unknown> {
    const p = this.props;
    return {
      to: p.to,
      toUserGroups: renderTextList(p.toUserGroups),
      cc: p.cc,
      ccUserGroups: renderTextList(p.ccUserGroups),
      subject: p.subject,
      body: p.body,
      fireAndForget: p.fireAndForget,
      delegateSelectors: p.delegateSelectors ? [...p.delegateSelectors] : undefined,
    };
  }
}

/** Comma-separated addresses: each plain entry looks like an e-mail address. */
function checkAddresses(value: string | Expression | undefined, where: string, field: string): void {
  if (value === undefined) return;
  requireText(value, where, field, 'give comma-separated e-mail addresses or an expression');
  if (!isLiteralText(value)) return;
  for (const entry of value.split(',').map((s) => s.trim())) {
    if (!ADDRESS.test(entry)) {
      fail(where, field, `'${entry}' is not an e-mail address`, "separate addresses with commas, e.g. 'a@example.com, b@example.com'");
    }
  }
}
