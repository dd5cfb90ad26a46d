import { fail } from '../../../core/errors';
import type { Expression } from '../../../core/expression';
import { Step, type StepProps } from '../../step';
import { requireText } from '../common/field-checks';
import { checkJiraIssueKey } from './jira-keys';
import { checkJiraFields, type JiraField, renderJiraFields } from './jira-field';

/** A workflow transition of a Jira issue (`TransitionTo`). */
export interface JiraTransition {
  /** Target status, e.g. `Done`. */
  readonly status: string | Expression;
  /** Name of the transition, when several lead to the status. @default - none */
  readonly transitionName?: string | Expression;
}

/** Props of a {@link JiraUpdateStep}. */
export interface JiraUpdateStepProps extends StepProps {
  /** Jira connector, e.g. `account.jira_connector`. */
  readonly connectorRef: string;
  /** Issue to update: a key such as `OPS-123`, or e.g. `jiraCreate.outputs.issueKey`. */
  readonly issueKey: string | Expression;
  /** Move the issue to a status. @default - no transition */
  readonly transitionTo?: JiraTransition;
  /** Fields to set, e.g. a Comment. @default - none */
  readonly fields?: readonly JiraField[];
  /** Delegate selectors. @default - any delegate */
  readonly delegateSelectors?: readonly string[];
}

/** A Jira Update step (`JiraUpdateStepInfo`): transitions an issue and/or sets fields. */
export class JiraUpdateStep extends Step {
  public readonly type = 'JiraUpdate';
  private readonly props: JiraUpdateStepProps;

  /** Creates the step; its fields are checked at once, so a mistake throws a `ValidationError` naming the field and the fix. */
  constructor(props: JiraUpdateStepProps) {
    super(props);
    this.props = props;
    const where = this.describe();
    requireText(props.connectorRef, where, 'spec.connectorRef', "give the Jira connector, e.g. 'account.jira_connector'");
    requireText(props.issueKey, where, 'spec.issueKey', 'give the issue key, or the issueKey output of a JiraCreate step');
    checkJiraIssueKey(props.issueKey, where, 'spec.issueKey');
    if (props.transitionTo)
      requireText(props.transitionTo.status, where, 'spec.transitionTo.status', "give the target status, e.g. 'Done'");
    checkJiraFields(props.fields, where);
    if (!props.transitionTo && (props.fields ?? []).length === 0) {
      fail(where, 'spec', 'neither transitionTo nor fields is set, so the step changes nothing', 'set transitionTo, fields, or both');
    }
  }

  protected renderSpec(): Record<string, unknown> {
    const p = this.props;
    const t = p.transitionTo;
    return {
      connectorRef: p.connectorRef,
      issueKey: p.issueKey,
      transitionTo: t ? { transitionName: t.transitionName, status: t.status } : undefined,
      fields: renderJiraFields(p.fields),
      delegateSelectors: p.delegateSelectors ? [...p.delegateSelectors] : undefined,
    };
  }
}
