import { StageType } from '../compatibility';
import { type Expression, isLiteralText } from '../../core/expression';
import { validateIdentifier } from '../../core/identifier';
import { StageInfrastructure } from '../infrastructure';
import { Stage, type StageProps } from '../stage';
import { requireText } from '../steps/common/field-checks';

/** Props of an {@link IacmStage}. */
export interface IacmStageProps extends StageProps {
  /**
   * The IaCM workspace the Terraform/OpenTofu steps run on, e.g. a pipeline variable. Not required by the
   * schema, but the stage cannot run without it, so it is required here.
   */
  readonly workspace: string | Expression;
  /**
   * Where the steps run.
   * @default StageInfrastructure.cloud()
   */
  readonly infrastructure?: StageInfrastructure;
}

/**
 * An IaCM stage (`IACMStageConfigImpl`): IACMTerraformPlugin or IACMOpenTofuPlugin, IACMApproval, the IaCM scanners, plus Run,
 * Plugin, GitClone, Policy, Jira, Http, ShellScript and HarnessApproval. No step groups. A workflow's
 * trigger step is not documented to support IACM stages (docs/rules.md#contract-stage-types).
 */
export class IacmStage extends Stage {
  /** Where the stage's steps run. */
  public readonly infrastructure: StageInfrastructure;
  private readonly workspace: string | Expression;

  /** Creates the stage with its steps; identifier, name, workspace and the stage/step matrix are checked at once. */
  constructor(props: IacmStageProps) {
    super(StageType.IACM, props);
    requireText(
      props.workspace,
      this.describe(),
      'spec.workspace',
      'give the IaCM workspace identifier, or a pipeline variable that holds it',
    );
    // A workspace given as text is an IaCM workspace identifier (docs/rules.md#iacm-stage-workspace).
    if (isLiteralText(props.workspace)) validateIdentifier(props.workspace, this.describe(), 'spec.workspace');
    this.workspace = props.workspace;
    this.infrastructure = props.infrastructure ?? StageInfrastructure.cloud();
  }

  protected renderSpec(execution: Record<string, unknown>): Record<string, unknown> {
    return {
      ...this.infrastructure.toSpecKeys(),
      workspace: this.workspace,
      execution,
    };
  }
}
