import { fail } from '../../../core/errors';
import { Step, type StepProps } from '../../step';
import { DeleteResources } from './delete-resources';
import { checkCommandFlags, renderCommandFlags } from './workload';

/** Props of a {@link K8sDeleteStep}. */
export interface K8sDeleteStepProps extends StepProps {
  /**
   * What to delete: `DeleteResources.resourceNames([...])`, `.releaseName()`, `.manifestPaths([...])` or
   * `.allManifestPaths()`.
   */
  readonly deleteResources: DeleteResources;
  /** Extra `kubectl delete` flags (`commandFlags[] {commandType: Delete, flag}`). @default - none */
  readonly commandFlags?: readonly string[];
  /** Delegate selectors. @default - the infrastructure's */
  readonly delegateSelectors?: readonly string[];
}

/**
 * The K8s Delete step (`K8sDeleteStepInfo`): deletes Kubernetes resources with `kubectl delete`. The resources
 * must exist when the step runs, so place it after the step that creates them. Deployment stages only.
 *
 * @see https://developer.harness.io/docs/continuous-delivery/deploy-srv-diff-platforms/kubernetes/kubernetes-executions/delete-kubernetes-resources
 */
export class K8sDeleteStep extends Step {
  public readonly type = 'K8sDelete';
  private readonly props: K8sDeleteStepProps;

  /** Creates the step; its fields are checked at once, so a mistake throws a `ValidationError` naming the field and the fix. */
  constructor(props: K8sDeleteStepProps) {
    super(props);
    this.props = props;
    const where = this.describe();
    if (!(props.deleteResources instanceof DeleteResources)) {
      fail(where, 'spec.deleteResources', 'is required', "pass e.g. DeleteResources.resourceNames(['payments/Deployment/payments-api'])");
    }
    checkCommandFlags(props.commandFlags, where);
  }

  protected renderSpec(): Record<string, unknown> {
    const p = this.props;
    return {
      deleteResources: p.deleteResources.toObject(),
      commandFlags: renderCommandFlags('Delete', p.commandFlags),
      delegateSelectors: p.delegateSelectors ? [...p.delegateSelectors] : undefined,
    };
  }
}
