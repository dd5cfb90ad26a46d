import type { Expression, StepOutput } from '../../../core/expression';
import { Step, type StepProps } from '../../step';
import { requireText } from '../common/field-checks';
import { checkJiraProjectKey } from './jira-keys';
import { checkJiraFields, type JiraField, renderJiraFields } from './jira-field';

/** Props of a {@link JiraCreateStep}. */
export interface JiraCreateStepProps extends StepProps {
  /** Jira connector, e.g. `account.jira_connector`. */
  readonly connectorRef: string;
  /** Jira project key, e.g. `OPS`. */
  readonly projectKey: string | Expression;
  /** Issue type, e.g. `Task` or `Story`. */
  readonly issueType: string | Expression;
  /** Issue fields, e.g. Summary and Description. @default - none */
  readonly fields?: readonly JiraField[];
  /** Delegate selectors. @default - any delegate */
  readonly delegateSelectors?: readonly string[];
}

/** Typed outputs of a {@link JiraCreateStep}. */
export interface JiraCreateOutputs {
  /** Key of the created issue (`issue.key`), e.g. `OPS-123`. */
  readonly issueKey: StepOutput;
}

/** A Jira Create step (`JiraCreateStepInfo`): opens a Jira issue. Custom, Approval, Deployment, IACM stages. */
export class JiraCreateStep extends Step {
  public readonly type = 'JiraCreate';
  /** Typed references to the step's outputs (the new issue). */
  public readonly outputs: JiraCreateOutputs;
  private readonly props: JiraCreateStepProps;

  /** Creates the step; its fields are checked at once, so a mistake throws a `ValidationError` naming the field and the fix. */
  constructor(props: JiraCreateStepProps) {
    super(props);
    this.props = props;
    const where = this.describe();
    requireText(props.connectorRef, where, 'spec.connectorRef', "give the Jira connector, e.g. 'account.jira_connector'");
    requireText(props.projectKey, where, 'spec.projectKey', 'give the Jira project key');
    checkJiraProjectKey(props.projectKey, where, 'spec.projectKey');
    requireText(props.issueType, where, 'spec.issueType', "give the issue type, e.g. 'Task'");
    checkJiraFields(props.fields, where);
    this.outputs = { issueKey: this.output('issue.key') };
  }

  protected renderSpec(): Record<string, unknown> {
    const p = this.props;
    return {
      connectorRef: p.connectorRef,
      projectKey: p.projectKey,
      issueType: p.issueType,
      fields: renderJiraFields(p.fields),
      delegateSelectors: p.delegateSelectors ? [...p.delegateSelectors] : undefined,
    };
  }
}
