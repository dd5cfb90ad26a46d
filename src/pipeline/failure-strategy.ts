import { containsExpression } from '../core/expression';
import { Timeout } from './timeout';

/** Error types a failure strategy reacts to (`common/FailureStrategyConfig`). */
export enum ErrorType {
  /** Any error (the catch-all a strategy list usually ends with). */
  ALL_ERRORS = 'AllErrors',
  /** An error Harness could not classify. */
  UNKNOWN = 'Unknown',
  /** Credentials were rejected. */
  AUTHENTICATION = 'Authentication',
  /** A target, connector or delegate could not be reached. */
  CONNECTIVITY = 'Connectivity',
  /** The step or stage ran out of time. */
  TIMEOUT = 'Timeout',
  /** The credentials lack a permission. */
  AUTHORIZATION = 'Authorization',
  /** A verification (e.g. continuous verification) failed. */
  VERIFICATION = 'Verification',
  /** No delegate could be provisioned for the task. */
  DELEGATE_PROVISIONING = 'DelegateProvisioning',
  /** An OPA policy denied the execution. */
  POLICY_EVALUATION_FAILURE = 'PolicyEvaluationFailure',
  /** A runtime input was not given in time. */
  INPUT_TIMEOUT_ERROR = 'InputTimeoutError',
  /** An approver rejected the approval. */
  APPROVAL_REJECTION = 'ApprovalRejection',
  /** The delegate running the task restarted. */
  DELEGATE_RESTART = 'DelegateRestart',
  /** A user marked the step or stage as failed. */
  USER_MARKED_FAILURE = 'UserMarkedFailure',
  /** The build or execution infrastructure failed. */
  INFRASTRUCTURE_FAILURE = 'InfrastructureFailure',
  /** The plugin image could not be pulled or started. */
  PLUGIN_IMAGE_FAILURE = 'PluginImageFailure',
  /** The container exceeded its resource limits. */
  RESOURCE_LIMITS_FAILURE = 'ResourceLimitsFailure',
  /** A configuration error (a connector, secret or setting is wrong). */
  CONFIGURATION_FAILURE = 'ConfigurationFailure',
  /** A transient failure that Harness considers worth a retry. */
  RETRYABLE_TRANSIENT_FAILURE = 'RetryableTransientFailure',
}

/** What to do on failure (`common/FailureStrategyActionConfig`). */
export class FailureAction {
  /** Fails the execution. */
  public static readonly ABORT = new FailureAction('Abort');
  /** Ignores the failure and goes on. */
  public static readonly IGNORE = new FailureAction('Ignore');
  /** Marks the step or stage as succeeded and goes on. */
  public static readonly MARK_AS_SUCCESS = new FailureAction('MarkAsSuccess');
  /** Marks the step or stage as failed (later strategies and conditions see a failure). */
  public static readonly MARK_AS_FAILURE = new FailureAction('MarkAsFailure');
  /** Rolls the stage back. */
  public static readonly STAGE_ROLLBACK = new FailureAction('StageRollback');
  /** Rolls the step group back. */
  public static readonly STEP_GROUP_ROLLBACK = new FailureAction('StepGroupRollback');
  /** Rolls the whole pipeline back. */
  public static readonly PIPELINE_ROLLBACK = new FailureAction('PipelineRollback');
  /** Goes on with the default values of the inputs that timed out. */
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
    /** The action `type`, e.g. `Abort` or `Retry`. */
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
    /** The error types the strategy handles. */
    public readonly errors: readonly ErrorType[],
    /** What to do when one of them occurs. */
    public readonly action: FailureAction,
  ) {}

  /** The `failureStrategies[]` entry. */
  public toObject(): Record<string, unknown> {
    return { onFailure: { errors: [...this.errors], action: this.action.toObject() } };
  }
}
