import { Step, type StepProps } from '../../step';
import { checkCommandFlags, type K8sApplyCommandOptions, renderApplyCommandOptions } from './workload';

/** Props of a {@link K8sRollingRollbackStep}. */
export interface K8sRollingRollbackStepProps extends StepProps, K8sApplyCommandOptions {
  /** Delete resources the release no longer has (pruning). @default - not set (Harness applies false) */
  readonly pruningEnabled?: boolean;
}

/**
 * The K8s Rolling Rollback step (`K8sRollingRollbackStepInfo`): rolls back the workloads deployed by the
 * Rolling Deployment step to the last successful release. Deployment stages only.
 */
export class K8sRollingRollbackStep extends Step {
  public readonly type = 'K8sRollingRollback';
  private readonly props: K8sRollingRollbackStepProps;

  /** Creates the step; its fields are checked at once, so a mistake throws a `ValidationError` naming the field and the fix. */
  constructor(props: K8sRollingRollbackStepProps) {
    super(props);
    this.props = props;
    checkCommandFlags(props.commandFlags, this.describe());
  }

  protected renderSpec(): Record<string, unknown> {
    const p = this.props;
    return {
      pruningEnabled: p.pruningEnabled,
      ...renderApplyCommandOptions(p),
    };
  }
}
