import { fail } from '../../../core/errors';
import { Expression } from '../../../core/expression';
import { toYaml } from '../../../core/yaml';
import { Step, type StepProps } from '../../step';
import { requireText } from '../common/field-checks';
import { checkCommandFlags, checkWorkload, renderCommandFlags } from './workload';

/** How the patch is merged (`mergeStrategyType`; schema casing, docs/rules.md#k8s-patch-merge-strategy). */
export enum MergeStrategyType {
  /** Strategic merge patch (`kubectl patch --type strategic`). */
  STRATEGIC = 'Strategic',
  /** JSON merge patch (`--type merge`): lists are replaced. */
  MERGE = 'Merge',
  /** JSON patch (`--type json`): a list of operations. */
  JSON = 'Json',
}

/** Props of a {@link K8sPatchStep}. */
export interface K8sPatchStepProps extends StepProps {
  /** The workload to patch, `[namespace/]Kind/Name`, or an expression. */
  readonly workload: string | Expression;
  /**
   * The patch, inline (`source: {type: Inline, spec: {content}}`): YAML/JSON text, or an object (or, for
   * JSON patches, a list of operations) rendered as YAML. In an object, an expression that resolves to a
   * number where Kubernetes wants a string (e.g. an annotation) must be quoted: pass text instead.
   */
  readonly content: string | Expression | Readonly<Record<string, unknown>> | readonly unknown[];
  /** How the patch is merged (schema-required). @default MergeStrategyType.STRATEGIC */
  readonly mergeStrategyType?: MergeStrategyType | Expression;
  /** Record the patch in the `kubernetes.io/change-cause` annotation. @default - not set (Harness applies false) */
  readonly recordChangeCause?: boolean;
  /** Do not wait for the workload to reach steady state. @default - not set (Harness applies false) */
  readonly skipSteadyStateCheck?: boolean;
  /** Extra `kubectl patch` flags (`commandFlags[] {commandType: Patch, flag}`). @default - none */
  readonly commandFlags?: readonly string[];
  /** Delegate selectors. @default - the infrastructure's */
  readonly delegateSelectors?: readonly string[];
}

/**
 * The K8s Patch step (`K8sPatchStepInfo`): patches fields of a deployed workload, e.g. a `restartedAt`
 * annotation to restart its pods. Deployment stages only. Needs the feature flag `CDS_K8S_PATCH_STEP_NG`
 * and delegate 828xx or later, and patched resources are NOT rolled back by a rollback of the deployment.
 * @see https://developer.harness.io/docs/continuous-delivery/deploy-srv-diff-platforms/kubernetes/cd-k8s-ref/kubernetes-patch-step
 */
export class K8sPatchStep extends Step {
  public readonly type = 'K8sPatch';
  private readonly props: K8sPatchStepProps;

  /** Creates the step; its fields are checked at once, so a mistake throws a `ValidationError` naming the field and the fix. */
  constructor(props: K8sPatchStepProps) {
    super(props);
    this.props = props;
    const where = this.describe();
    checkWorkload(props.workload, where);
    const content: unknown = props.content;
    if (typeof content === 'string' || content instanceof Expression) {
      requireText(content, where, 'spec.source.spec.content', 'give the patch as YAML/JSON text or as an object');
    } else if (content === null || typeof content !== 'object' || Object.keys(content).length === 0) {
      fail(where, 'spec.source.spec.content', 'is empty', 'give the patch as YAML/JSON text or as a non-empty object');
    }
    const m = props.mergeStrategyType;
    if (m !== undefined && !(m instanceof Expression) && !Object.values(MergeStrategyType).includes(m)) {
      fail(
        where,
        'spec.mergeStrategyType',
        `'${String(m)}' is not a merge strategy (the schema wants this casing: ${Object.values(MergeStrategyType).join(', ')})`,
        'use MergeStrategyType.STRATEGIC, MERGE or JSON',
      );
    }
    checkCommandFlags(props.commandFlags, where);
  }

  protected renderSpec(): Record<string, unknown> {
    const p = this.props;
    const content = typeof p.content === 'string' || p.content instanceof Expression ? p.content : toYaml(p.content).trimEnd();
    return {
      workload: p.workload,
      source: { type: 'Inline', spec: { content } },
      mergeStrategyType: p.mergeStrategyType ?? MergeStrategyType.STRATEGIC,
      recordChangeCause: p.recordChangeCause,
      skipSteadyStateCheck: p.skipSteadyStateCheck,
      commandFlags: renderCommandFlags('Patch', p.commandFlags),
      delegateSelectors: p.delegateSelectors ? [...p.delegateSelectors] : undefined,
    };
  }
}
