import { isRecord } from '../is-record';
import { type Code, lit, obj, symCall, symMember } from '../code';
import { enumOf, listOf, mapOf, str, val, type Field } from '../fields';
import { type ExpressionScope, textCode } from '../expressions';

const UNITS: Readonly<Record<string, string>> = { s: 'seconds', m: 'minutes', h: 'hours', d: 'days', w: 'weeks' };

/** A timeout: `Timeout.minutes(10)` for one unit, else the text. */
export const timeout: Field = (v) => {
  if (typeof v !== 'string') return undefined;
  const m = /^([1-9][0-9]*)([smhdw])$/.exec(v);
  if (m && !(m[2] === 's' && Number(m[1]) < 10)) return symCall('Timeout', UNITS[m[2]], lit(Number(m[1])));
  return lit(v);
};

/** A `when` block of a step (`stageStatus`) or a stage (`pipelineStatus`). */
export function when(statusKey: 'stageStatus' | 'pipelineStatus'): Field {
  const statusEnum = statusKey === 'stageStatus' ? 'StageStatus' : 'PipelineStatus';
  return (v, scope) => {
    if (!isRecord(v) || Object.keys(v).some((k) => k !== statusKey && k !== 'condition')) return undefined;
    const status = v[statusKey] === undefined ? undefined : enumOf(statusEnum)(v[statusKey], scope);
    if (v[statusKey] !== undefined && status === undefined) return undefined;
    const condition = v.condition === undefined ? undefined : typeof v.condition === 'string' ? textCode(v.condition, scope) : undefined;
    return obj([
      [statusKey, status],
      ['condition', condition],
    ]);
  };
}

const SIMPLE_ACTIONS: Readonly<Record<string, string>> = {
  Abort: 'ABORT',
  Ignore: 'IGNORE',
  MarkAsSuccess: 'MARK_AS_SUCCESS',
  MarkAsFailure: 'MARK_AS_FAILURE',
  StageRollback: 'STAGE_ROLLBACK',
  StepGroupRollback: 'STEP_GROUP_ROLLBACK',
  PipelineRollback: 'PIPELINE_ROLLBACK',
  ProceedWithDefaultValues: 'PROCEED_WITH_DEFAULT_VALUES',
};

/** A failure action: `FailureAction.ABORT`, `FailureAction.retry({...})`, `FailureAction.manualIntervention({...})`. */
function action(v: unknown, scope: ExpressionScope): Code | undefined {
  if (!isRecord(v) || typeof v.type !== 'string') return undefined;
  if (SIMPLE_ACTIONS[v.type] && v.spec === undefined) return symMember('FailureAction', SIMPLE_ACTIONS[v.type]);
  const s = v.spec;
  if (!isRecord(s)) return undefined;
  const nested = (x: unknown): Code | undefined => (isRecord(x) ? action(x.action, scope) : undefined);
  if (v.type === 'Retry' && typeof s.retryCount === 'number') {
    return symCall(
      'FailureAction',
      'retry',
      obj([
        ['count', lit(s.retryCount)],
        ['intervals', listOf(str)(s.retryIntervals, scope)],
        ['onRetryFailure', nested(s.onRetryFailure)],
      ]),
    );
  }
  if (v.type === 'ManualIntervention' && typeof s.timeout === 'string') {
    return symCall(
      'FailureAction',
      'manualIntervention',
      obj([
        ['timeout', lit(s.timeout)],
        ['onTimeout', nested(s.onTimeout)],
      ]),
    );
  }
  return undefined;
}

/** Failure strategies: `FailureStrategy.onAllErrors(action)` or `FailureStrategy.on([ErrorType.X], action)`. */
export const failureStrategies: Field = listOf((v, scope) => {
  if (!isRecord(v) || !isRecord(v.onFailure) || !Array.isArray(v.onFailure.errors) || Object.keys(v).length !== 1) return undefined;
  const a = action(v.onFailure.action, scope);
  if (a === undefined) return undefined;
  const errors = v.onFailure.errors;
  if (errors.length === 1 && errors[0] === 'AllErrors') return symCall('FailureStrategy', 'onAllErrors', a);
  const list = listOf(enumOf('ErrorType'))(errors, scope);
  return list && symCall('FailureStrategy', 'on', list, a);
});

/** Delegate selectors: a list of texts or expressions, or one expression for the list. */
export const delegateSelectorList: Field = (v, scope) =>
  Array.isArray(v) ? listOf(val)(v, scope) : typeof v === 'string' && v.includes('<+') ? val(v, scope) : undefined;

/** Tags: `key: value` texts. */
export const tags: Field = mapOf((v) => (typeof v === 'string' ? lit(v) : undefined));
