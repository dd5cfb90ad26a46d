import { Step, type StepProps } from '../../step';
import { checkTextList, renderTextList, type TextList } from '../common/text-list';
import { checkCommandFlags, renderCommandFlags } from './workload';

/** Props of a {@link K8sApplyStep}. */
export interface K8sApplyStepProps extends StepProps {
  /**
   * Manifest files to apply, relative to the service's manifest folder and below it (folder and file name,
   * e.g. `jobs/job.yaml`): a list, or ONE expression for the whole list, e.g. `RuntimeInput.create()` to ask
   * for the paths when the pipeline runs.
   */
  readonly filePaths: TextList;
  /** Do not run `kubectl apply --dry-run` first. @default - not set (Harness runs the dry run) */
  readonly skipDryRun?: boolean;
  /** Do not wait for the applied workloads to reach steady state. @default - not set (Harness waits) */
  readonly skipSteadyStateCheck?: boolean;
  /** Apply the files as they are, without Go templating with the values.yaml. @default - not set (Harness renders them) */
  readonly skipRendering?: boolean;
  /** Extra `kubectl apply` flags (`commandFlags[] {commandType: Apply, flag}`). @default - none */
  readonly commandFlags?: readonly string[];
  /** Delegate selectors. @default - the infrastructure's */
  readonly delegateSelectors?: readonly string[];
}

/**
 * The K8s Apply step (`K8sApplyStepInfo`): applies manifest files of the service outside the main workload, e.g.
 * a Job, with `kubectl apply`. Unlike the Rolling Deployment step it deploys Jobs and is not rolled back.
 * Deployment stages only. (Remote manifests, `manifestSource`, and value `overrides` are not typed: use
 * `addOverride('spec.manifestSource', ...)`.)
 *
 * @see https://developer.harness.io/docs/continuous-delivery/deploy-srv-diff-platforms/kubernetes/cd-k8s-ref/kubernetes-apply-step
 */
export class K8sApplyStep extends Step {
  public readonly type = 'K8sApply';
  private readonly props: K8sApplyStepProps;

  /** Creates the step; its fields are checked at once, so a mistake throws a `ValidationError` naming the field and the fix. */
  constructor(props: K8sApplyStepProps) {
    super(props);
    this.props = props;
    const where = this.describe();
    checkTextList(props.filePaths, where, {
      field: 'spec.filePaths',
      emptyFix: "list at least one manifest file, e.g. ['jobs/job.yaml'], or pass one expression for the whole list",
      itemFix: "give the path of a manifest file, e.g. 'jobs/job.yaml'",
    });
    checkCommandFlags(props.commandFlags, where);
  }

  protected renderSpec(): Record<string, unknown> {
    const p = this.props;
    return {
      filePaths: renderTextList(p.filePaths),
      skipDryRun: p.skipDryRun,
      skipSteadyStateCheck: p.skipSteadyStateCheck,
      skipRendering: p.skipRendering,
      commandFlags: renderCommandFlags('Apply', p.commandFlags),
      delegateSelectors: p.delegateSelectors ? [...p.delegateSelectors] : undefined,
    };
  }
}
