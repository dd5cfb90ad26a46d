import { containsExpression } from '../core/expression';
import { Timeout } from './timeout';

/** Error types a failure strategy reacts to (`common/FailureStrategyConfig`). */
export enum ErrorType {
  ALL_ERRORS = 'AllErrors',
  UNKNOWN = 'Unknown',
  AUTHENTICATION = 'Authentication',
  CONNECTIVITY = 'Connectivity',
  TIMEOUT = 'Timeout',
  AUTHORIZATION = 'Authorization',
  VERIFICATION = 'Verification',
  DELEGATE_PROVISIONING = 'DelegateProvisioning',
  POLICY_EVALUATION_FAILURE = 'PolicyEvaluationFailure',
  INPUT_TIMEOUT_ERROR = 'InputTimeoutError',
  APPROVAL_REJECTION = 'ApprovalRejection',
  DELEGATE_RESTART = 'DelegateRestart',
  USER_MARKED_FAILURE = 'UserMarkedFailure',
  INFRASTRUCTURE_FAILURE = 'InfrastructureFailure',
  PLUGIN_IMAGE_FAILURE = 'PluginImageFailure',
  RESOURCE_LIMITS_FAILURE = 'ResourceLimitsFailure',
  CONFIGURATION_FAILURE = 'ConfigurationFailure',
  RETRYABLE_TRANSIENT_FAILURE = 'RetryableTransientFailure',
}

/** What to do on failure (`common/FailureStrategyActionConfig`). */
export class FailureAction {
  public static readonly ABORT = new FailureAction('Abort');
  public static readonly IGNORE = new FailureAction('Ignore');
  public static readonly MARK_AS_SUCCESS = new FailureAction('MarkAsSuccess');
  public static readonly MARK_AS_FAILURE = new FailureAction('MarkAsFailure');
  public static readonly STAGE_ROLLBACK = new FailureAction('StageRollback');
  public static readonly STEP_GROUP_ROLLBACK = new FailureAction('StepGroupRollback');
  public static readonly PIPELINE_ROLLBACK = new FailureAction('PipelineRollback');
  public static readonly PROCEED_WITH_DEFAULT_VALUES = new FailureAction('ProceedWithDefaultValues');

  /** Retry, then fall back to `onRetryFailure`. */
  public static retry(props: {
    readonly count: number;
    readonly intervals?: readonly (Timeout | string)[];
    readonly onRetryFailure?: FailureAction;
  }): FailureAction {
    return new FailureAction('Retry', {
      retryCount: props.count,
      retryIntervals: (props.intervals ?? ['10s']).map((i) => Timeout.of(i).toString()),
      onRetryFailure: { action: (props.onRetryFailure ?? FailureAction.MARK_AS_FAILURE).toObject() },
    });
  }

  /** Wait for a person, then fall back to `onTimeout`. */
  public static manualIntervention(props: { readonly timeout: Timeout | string; readonly onTimeout?: FailureAction }): FailureAction {
    const timeout = Timeout.of(props.timeout).toString();
    // ManualInterventionFailureActionConfig.spec.timeout is stricter than step timeouts: ^[1-9]\d*[smhdw](\s+[1-9]\d*[smhdw])*$
    if (!/^[1-9]\d*[smhdw](\s+[1-9]\d*[smhdw])*$/.test(timeout)) {
      const shown = containsExpression(timeout) ? 'given as an expression' : `'${timeout}'`;
      throw new Error(
        `FailureAction.manualIntervention: timeout ${shown} is rejected by the schema (ManualInterventionFailureActionConfig: units separated by spaces, no expressions). Fix: write e.g. '1h 30m', '30m' or '1d'`,
      );
    }
    return new FailureAction('ManualIntervention', {
      timeout,
      onTimeout: { action: (props.onTimeout ?? FailureAction.ABORT).toObject() },
    });
  }

  private constructor(
    public readonly type: string,
    private readonly spec?: Record<string, unknown>,
  ) {}

  /** The `action` object. */
  public toObject(): Record<string, unknown> {
    return this.spec ? { type: this.type, spec: this.spec } : { type: this.type };
  }
}

/** A failure strategy: which errors, which action. */
export class FailureStrategy {
  /** On any error. */
  public static onAllErrors(action: FailureAction): FailureStrategy {
    return new FailureStrategy([ErrorType.ALL_ERRORS], action);
  }

  /** On the given error types. */
  public static on(errors: readonly ErrorType[], action: FailureAction): FailureStrategy {
    if (errors.length === 0)
      throw new Error(
        'FailureStrategy.on: errors must not be empty. Fix: list at least one ErrorType, or use FailureStrategy.onAllErrors()',
      );
    return new FailureStrategy([...errors], action);
  }

  private constructor(
    public readonly errors: readonly ErrorType[],
    public readonly action: FailureAction,
  ) {}

  /** The `failureStrategies[]` entry. */
  public toObject(): Record<string, unknown> {
    return { onFailure: { errors: [...this.errors], action: this.action.toObject() } };
  }
}
