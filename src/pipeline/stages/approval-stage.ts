import { StageType } from '../compatibility';
import { Stage, type StageProps } from '../stage';

/** Props of an {@link ApprovalStage}. */
export interface ApprovalStageProps extends StageProps {}

/**
 * An Approval stage (`ApprovalStageConfig`, spec `{execution}`): HarnessApproval, Jira, Http, ShellScript,
 * Policy and step groups. A workflow's trigger step is not documented to support Approval stages (docs/rules.md#contract-stage-types):
 * a HarnessApproval step in a Custom stage is the safer choice there.
 */
export class ApprovalStage extends Stage {
  /** Creates the stage with its steps; identifier, name and the stage/step matrix are checked at once. */
  constructor(props: ApprovalStageProps) {
    super(StageType.APPROVAL, props);
  }

  protected renderSpec(execution: Record<string, unknown>): Record<string, unknown> {
    return { execution };
  }
}
