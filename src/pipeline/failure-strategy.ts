import { optionalArray, requireArray, requireInstance, requireNumber, requireProps } from '../core/arguments';
import { fail } from '../core/errors';
import { containsExpression } from '../core/expression';
import { checkedProblems, locateValueProblems, throwIfInvalid, withProblems } from '../core/value-problems';
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
    public readonly errors: readonly ErrorType[],
    public readonly action: FailureAction,
  ) {}

  /** The `failureStrategies[]` entry. */
  public toObject(): Record<string, unknown> {
    throwIfInvalid(this);
    return { onFailure: { errors: [...this.errors], action: this.action.toObject() } };
  }
}
