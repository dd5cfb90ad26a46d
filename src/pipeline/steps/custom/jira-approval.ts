import type { Expression } from '../../../core/expression';
import { Step, type StepProps } from '../../step';
import type { Timeout } from '../../timeout';
import { requireText } from '../common/field-checks';
import { checkJiraIssueKey, checkJiraProjectKey } from './jira-keys';
import { type ApprovalCriteria, checkApprovalCriteria } from './approval-criteria';
import { checkDuration } from './duration';

/** Props of a {@link JiraApprovalStep}. */
export interface JiraApprovalStepProps extends StepProps {
  /** Jira connector, e.g. `account.jira_connector`. */
  readonly connectorRef: string;
  /** Key of the issue to watch, e.g. `OPS-123` or `jiraCreate.outputs.issueKey`. */
  readonly issueKey: string | Expression;
  /** When the issue approves the pipeline, e.g. `ApprovalCriteria.keyValues([{ key: 'Status', ... }])`. */
  readonly approvalCriteria: ApprovalCriteria;
  /** When the issue rejects it. @default - none (only the timeout ends the wait) */
  readonly rejectionCriteria?: ApprovalCriteria;
  /** Jira project key (for the UI's field list). @default - none */
  readonly projectKey?: string | Expression;
  /** Issue type (for the UI's field list). @default - none */
  readonly issueType?: string | Expression;
  /** How often Harness reads the issue, e.g. `'1m'`. @default - Harness's own interval */
  readonly retryInterval?: Timeout | string | Expression;
  /** Delegate selectors. @default - any delegate */
  readonly delegateSelectors?: readonly string[];
}

/**
 * The Jira Approval step (`JiraApprovalStepInfo`): waits until a Jira issue meets the approval criteria (or the
 * rejection criteria). Custom, Deployment, Approval and IACM stages. Timeout not set: Harness applies 1d.
 *
 * @see https://developer.harness.io/docs/platform/approvals/adding-jira-approval-stages
 */
export class JiraApprovalStep extends Step {
  public readonly type = 'JiraApproval';
  private readonly props: JiraApprovalStepProps;
  private readonly retryInterval?: string | Expression;

  /** Creates the step; its fields are checked at once, so a mistake throws a `ValidationError` naming the field and the fix. */
  constructor(props: JiraApprovalStepProps) {
    super(props);
    this.props = props;
    const where = this.describe();
    requireText(props.connectorRef, where, 'spec.connectorRef', "give the Jira connector, e.g. 'account.jira_connector'");
    requireText(props.issueKey, where, 'spec.issueKey', "give the issue key, e.g. 'OPS-123', or a JiraCreate step's outputs.issueKey");
    checkJiraIssueKey(props.issueKey, where, 'spec.issueKey');
    checkJiraProjectKey(props.projectKey, where, 'spec.projectKey');
    checkApprovalCriteria(props.approvalCriteria, where, 'spec.approvalCriteria', true);
    checkApprovalCriteria(props.rejectionCriteria, where, 'spec.rejectionCriteria', false);
    this.retryInterval = checkDuration(props.retryInterval, where, 'spec.retryInterval', false);
  }

  protected renderSpec(): Record<string, unknown> {
    const p = this.props;
    return {
      connectorRef: p.connectorRef,
      projectKey: p.projectKey,
      issueType: p.issueType,
      issueKey: p.issueKey,
      approvalCriteria: p.approvalCriteria.toObject(),
      rejectionCriteria: p.rejectionCriteria?.toObject(),
      retryInterval: this.retryInterval,
      delegateSelectors: p.delegateSelectors ? [...p.delegateSelectors] : undefined,
    };
  }
}
