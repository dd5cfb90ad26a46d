import { isRecord } from '../is-record';
import { type Code, lit, obj, symCall } from '../code';
import { enumOf, listOf, num, str, val, type Field } from '../fields';

/** `delegateSelectors` of a step: a list of texts. */
export const delegateSelectors: Field = listOf(str);

/** `commandFlags: [{ commandType, flag }]` as the list of flags, when every entry has `commandType`. */
export function commandFlags(commandType: string): Field {
  return (v) => {
    if (!Array.isArray(v)) return undefined;
    const ok = v.every((f) => isRecord(f) && f.commandType === commandType && typeof f.flag === 'string' && Object.keys(f).length === 2);
    return ok ? { kind: 'arr', items: v.map((f) => lit((f as Record<string, string>).flag)) } : undefined;
  };
}

/** Step variables (`[{ name, type, value }]`): `StepVariable[]`. */
export const stepVariables: Field = listOf((v, scope) => {
  if (!isRecord(v) || typeof v.name !== 'string') return undefined;
  const value = typeof v.value === 'number' ? num(v.value, scope) : val(v.value, scope);
  const type = v.type === undefined ? undefined : enumOf('VariableType')(v.type, scope);
  if (value === undefined || (v.type !== undefined && type === undefined)) return undefined;
  return obj([
    ['name', lit(v.name)],
    ['type', type],
    ['value', value],
  ]);
});

/** `[{ name, value }]` fields of Jira and ServiceNow steps. */
export const namedValues: Field = listOf((v, scope) =>
  isRecord(v) && typeof v.name === 'string' && Object.keys(v).length === 2
    ? obj([
        ['name', lit(v.name)],
        ['value', val(v.value, scope)],
      ])
    : undefined,
);

/** Approval criteria: `ApprovalCriteria.jexl(...)` or `ApprovalCriteria.keyValues([...], { matchAnyCondition })`. */
export const approvalCriteria: Field = (v, scope): Code | undefined => {
  if (!isRecord(v) || !isRecord(v.spec)) return undefined;
  if (v.type === 'Jexl') return symCall('ApprovalCriteria', 'jexl', val(v.spec.expression, scope) ?? lit(''));
  if (v.type !== 'KeyValues' || !Array.isArray(v.spec.conditions)) return undefined;
  const conditions = listOf((c, s) =>
    isRecord(c)
      ? obj([
          ['key', str(c.key, s)],
          ['operator', enumOf('ConditionOperator')(c.operator, s)],
          ['value', val(c.value, s)],
        ])
      : undefined,
  )(v.spec.conditions, scope);
  if (conditions === undefined) return undefined;
  const any = v.spec.matchAnyCondition;
  return any === undefined
    ? symCall('ApprovalCriteria', 'keyValues', conditions)
    : symCall('ApprovalCriteria', 'keyValues', conditions, obj([['matchAnyCondition', lit(any as boolean)]]));
};
