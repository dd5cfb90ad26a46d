import { optionalArray, requireArray, requireInstance, requireNumber, requireProps } from '../core/arguments';
import { fail } from '../core/errors';
import { containsExpression } from '../core/expression';
import { checkedProblems, locateValueProblems, throwIfInvalid, withProblems } from '../core/value-problems';
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

  /** Retry, then fall back to `onRetryFailure`. A problem is carried to the step or stage that receives the action. */
  public static retry(props: {
    readonly count: number;
    readonly intervals?: readonly (Timeout | string)[];
    readonly onRetryFailure?: FailureAction;
  }): FailureAction {
    const where = 'FailureAction.retry';
    let spec: Record<string, unknown> = {};
    const problems = checkedProblems(where, () => {
      requireProps(props, where, 'FailureAction.retry({ count: 2 })');
      const count = requireNumber(props.count, where, 'count', 'pass the number of retries, e.g. FailureAction.retry({ count: 2 })');
      if (!Number.isInteger(count) || count < 0) fail(where, 'count', `${count} is not a number of retries`, 'pass a whole number, e.g. 2');
      const intervals = optionalArray<Timeout | string>(props.intervals, where, 'intervals', "pass a list of timeouts, e.g. ['10s', '1m']");
      const fallback = props.onRetryFailure ?? FailureAction.MARK_AS_FAILURE;
      throwIfInvalid(requireInstance(fallback, FailureAction, 'a FailureAction', where, 'onRetryFailure', 'pass e.g. FailureAction.ABORT'));
      spec = {
        retryCount: count,
        retryIntervals: (intervals ?? ['10s']).map((i) => Timeout.of(i, where).toString()),
        onRetryFailure: { action: fallback.toObject() },
      };
    });
    return withProblems(new FailureAction('Retry', spec), problems);
  }

  /** Wait for a person, then fall back to `onTimeout`. A problem is carried to the step or stage that receives it. */
  public static manualIntervention(props: { readonly timeout: Timeout | string; readonly onTimeout?: FailureAction }): FailureAction {
    const where = 'FailureAction.manualIntervention';
    let spec: Record<string, unknown> = {};
    const problems = checkedProblems(where, () => {
      const timeout = Timeout.of(
        requireProps(props, where, "FailureAction.manualIntervention({ timeout: '1h' })").timeout,
        where,
      ).toString();
      // ManualInterventionFailureActionConfig.spec.timeout is stricter than step timeouts: ^[1-9]\d*[smhdw](\s+[1-9]\d*[smhdw])*$
      if (!/^[1-9]\d*[smhdw](\s+[1-9]\d*[smhdw])*$/.test(timeout)) {
        const shown = containsExpression(timeout) ? 'given as an expression' : `'${timeout}'`;
        fail(
          where,
          'timeout',
          `${shown} is rejected by the schema (ManualInterventionFailureActionConfig: units separated by spaces, no expressions)`,
          "write e.g. '1h 30m', '30m' or '1d'",
        );
      }
      const fallback = props.onTimeout ?? FailureAction.ABORT;
      throwIfInvalid(requireInstance(fallback, FailureAction, 'a FailureAction', where, 'onTimeout', 'pass e.g. FailureAction.ABORT'));
      spec = { timeout, onTimeout: { action: fallback.toObject() } };
    });
    return withProblems(new FailureAction('ManualIntervention', spec), problems);
  }

  private constructor(
    /** The action `type`, e.g. `Abort` or `Retry`. */
    public readonly type: string,
    private readonly spec?: Record<string, unknown>,
  ) {}

  /** The `action` object. */
  public toObject(): Record<string, unknown> {
    throwIfInvalid(this);
    return this.spec ? { type: this.type, spec: this.spec } : { type: this.type };
  }
}

/** A failure strategy: which errors, which action. */
export class FailureStrategy {
  /** On any error. */
  public static onAllErrors(action: FailureAction): FailureStrategy {
    return FailureStrategy.on([ErrorType.ALL_ERRORS], action);
  }

  /** On the given error types. */
  public static on(errors: readonly ErrorType[], action: FailureAction): FailureStrategy {
    const where = 'FailureStrategy.on';
    const problems = checkedProblems(where, () => {
      const list = requireArray<ErrorType>(errors, where, 'errors', 'pass a list of ErrorType, e.g. [ErrorType.TIMEOUT]');
      if (list.length === 0)
        fail(where, 'errors', 'the list is empty', 'list at least one ErrorType, or use FailureStrategy.onAllErrors()');
      list.forEach((e, i) => {
        if (!Object.values(ErrorType).includes(e))
          fail(where, `errors[${i}]`, `'${String(e)}' is not an error type`, 'use an ErrorType, e.g. ErrorType.TIMEOUT');
      });
      requireInstance(action, FailureAction, 'a FailureAction', where, 'action', 'pass e.g. FailureAction.ABORT');
    });
    const inherited = problems.length === 0 ? locateValueProblems(action, where, 'action') : [];
    return withProblems(new FailureStrategy(Array.isArray(errors) ? [...errors] : [], action), [...problems, ...inherited]);
  }

  private constructor(
    /** The error types the strategy handles. */
    public readonly errors: readonly ErrorType[],
    /** What to do when one of them occurs. */
    public readonly action: FailureAction,
  ) {}

  /** The `failureStrategies[]` entry. */
  public toObject(): Record<string, unknown> {
    throwIfInvalid(this);
    return { onFailure: { errors: [...this.errors], action: this.action.toObject() } };
  }
}
