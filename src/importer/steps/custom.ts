import { isRecord } from '../is-record';
import { type Code, lit, obj, symCall } from '../code';
import { bool, boolVal, data, enumOf, listOf, numVal, str, val, type Field } from '../fields';
import type { ExpressionScope } from '../expressions';
import { approvalCriteria, delegateSelectors, namedValues, stepVariables } from './shared';
import { as, type PropEntries, stepDecoder, type StepDecoder } from './step-decoder';

/**
 * A JSON text that the library writes from an object (`JSON.stringify(value, null, indent)`), as that object; with
 * `stringify`, as `JSON.stringify({...}, null, indent)` for props that take text only.
 */
function jsonObject(indents: readonly (number | undefined)[], stringify = false): Field {
  return (v, scope) => {
    if (typeof v !== 'string') return undefined;
    try {
      const parsed: unknown = JSON.parse(v);
      const indent = indents.find((i) => JSON.stringify(parsed, null, i) === v);
      if (isRecord(parsed) && JSON.stringify(parsed, null, indent) === v) {
        const object = data(parsed, scope) as Code;
        if (!stringify) return object;
        return indent === undefined ? symCall('JSON', 'stringify', object) : symCall('JSON', 'stringify', object, lit(null), lit(indent));
      }
    } catch {
      // not JSON: the text itself
    }
    return val(v, scope);
  };
}

/** `{ key, value }` headers. */
const headers: Field = listOf((v, scope) =>
  isRecord(v) && typeof v.key === 'string' && Object.keys(v).length === 2
    ? obj([
        ['key', lit(v.key)],
        ['value', val(v.value, scope)],
      ])
    : undefined,
);

/** Harness approvers. */
const approvers: Field = (v, scope) =>
  isRecord(v)
    ? obj(
        Object.entries(v).map(([k, x]) => {
          const field: Field | undefined = {
            userGroups: listOf(str),
            serviceAccounts: listOf(str),
            minimumCount: numVal,
            disallowPipelineExecutor: bool,
            disallowedUserEmails: listOf(str),
          }[k];
          return [k, field?.(x, scope)] as const;
        }),
      )
    : undefined;

/** Approver inputs. */
const approverInputs: Field = listOf((v, scope) =>
  isRecord(v)
    ? obj(
        Object.entries(v).map(
          ([k, x]) => [k, k === 'defaultValue' ? val(x, scope) : k === 'required' ? bool(x, scope) : str(x, scope)] as const,
        ),
      )
    : undefined,
);

/** `autoApproval: { action: APPROVE, scheduledDeadline: { time, timeZone }, comments }`. */
function autoApproval(spec: Record<string, unknown>, scope: ExpressionScope): PropEntries {
  const a = spec.autoApproval;
  if (!isRecord(a) || a.action !== 'APPROVE' || !isRecord(a.scheduledDeadline)) return [];
  return [
    [
      'autoApproval',
      obj([
        ['time', val(a.scheduledDeadline.time, scope)],
        ['timeZone', val(a.scheduledDeadline.timeZone, scope)],
        ['comments', a.comments === undefined ? undefined : val(a.comments, scope)],
      ]),
    ],
  ];
}

/** ShellScript: the inline script, the output variables and the execution target. */
function shellScript(spec: Record<string, unknown>, scope: ExpressionScope): PropEntries {
  const source = spec.source;
  const script = isRecord(source) && source.type === 'Inline' && isRecord(source.spec) ? val(source.spec.script, scope) : undefined;
  const target = spec.executionTarget;
  return [
    ['script', script],
    [
      'executionTarget',
      isRecord(target)
        ? obj([
            ['host', val(target.host, scope)],
            ['connectorRef', str(target.connectorRef, scope)],
            ['workingDirectory', target.workingDirectory === undefined ? undefined : val(target.workingDirectory, scope)],
          ])
        : undefined,
    ],
  ];
}

/** ServiceNowImportSet: `importData` as `jsonBody` or `fields`. */
function importData(spec: Record<string, unknown>, scope: ExpressionScope): PropEntries {
  const d = spec.importData;
  if (!isRecord(d) || !isRecord(d.spec)) return [];
  if (d.type === 'Json') return [['jsonBody', jsonObject([undefined])(d.spec.jsonBody, scope)]];
  if (d.type === 'KeyValues') return [['fields', namedValues(d.spec.fields, scope)]];
  return [];
}

/** `policySpec.payload`. */
function policyPayload(spec: Record<string, unknown>, scope: ExpressionScope): PropEntries {
  const p = spec.policySpec;
  return isRecord(p) ? [['payload', jsonObject([2])(p.payload, scope)]] : [];
}

const changeWindow: Field = (v, scope): Code | undefined =>
  isRecord(v)
    ? obj([
        ['startField', str(v.startField, scope)],
        ['endField', str(v.endField, scope)],
      ])
    : undefined;

/** The utility and governance steps of Custom stages. */
export const CUSTOM_STEPS: readonly StepDecoder[] = [
  stepDecoder('Barrier', 'BarrierStep', { barrierRef: val }),
  stepDecoder('Email', 'EmailStep', {
    to: val,
    toUserGroups: listOf(val),
    cc: val,
    ccUserGroups: listOf(val),
    subject: val,
    body: val,
    fireAndForget: bool,
    delegateSelectors,
  }),
  stepDecoder(
    'HarnessApproval',
    'HarnessApprovalStep',
    { approvalMessage: val, includePipelineExecutionHistory: bool, isAutoRejectEnabled: boolVal, approvers, approverInputs },
    autoApproval,
  ),
  stepDecoder('Http', 'HttpStep', {
    url: val,
    method: enumOf('HttpMethod'),
    headers,
    requestBody: jsonObject([2, undefined], true),
    assertion: val,
    outputVariables: stepVariables,
    delegateSelectors,
  }),
  stepDecoder('JiraApproval', 'JiraApprovalStep', {
    connectorRef: str,
    projectKey: val,
    issueType: val,
    issueKey: val,
    approvalCriteria,
    rejectionCriteria: approvalCriteria,
    retryInterval: val,
    delegateSelectors,
  }),
  stepDecoder('JiraCreate', 'JiraCreateStep', {
    connectorRef: str,
    projectKey: val,
    issueType: val,
    fields: namedValues,
    delegateSelectors,
  }),
  stepDecoder('JiraUpdate', 'JiraUpdateStep', {
    connectorRef: str,
    issueKey: val,
    transitionTo: (v, scope) =>
      isRecord(v)
        ? obj([
            ['status', val(v.status, scope)],
            ['transitionName', v.transitionName === undefined ? undefined : val(v.transitionName, scope)],
          ])
        : undefined,
    fields: namedValues,
    delegateSelectors,
  }),
  stepDecoder('Policy', 'PolicyStep', { policySets: listOf(str) }, policyPayload),
  stepDecoder('ServiceNowApproval', 'ServiceNowApprovalStep', {
    connectorRef: str,
    ticketType: val,
    ticketNumber: val,
    approvalCriteria,
    rejectionCriteria: approvalCriteria,
    changeWindow,
    retryInterval: val,
    delegateSelectors,
  }),
  stepDecoder('ServiceNowCreate', 'ServiceNowCreateStep', {
    connectorRef: str,
    ticketType: val,
    fields: namedValues,
    createType: enumOf('ServiceNowCreateType'),
    templateName: val,
    useServiceNowTemplate: bool,
    delegateSelectors,
  }),
  stepDecoder(
    'ServiceNowImportSet',
    'ServiceNowImportSetStep',
    { connectorRef: str, stagingTableName: val, delegateSelectors },
    importData,
  ),
  stepDecoder('ServiceNowUpdate', 'ServiceNowUpdateStep', {
    connectorRef: str,
    ticketType: val,
    ticketNumber: val,
    updateMultiple: (v, scope) =>
      isRecord(v) && isRecord(v.spec)
        ? obj([
            ['changeRequestNumber', val(v.spec.changeRequestNumber, scope)],
            ['changeTaskType', v.spec.changeTaskType === undefined ? undefined : val(v.spec.changeTaskType, scope)],
          ])
        : undefined,
    templateName: val,
    fields: namedValues,
    delegateSelectors,
  }),
  stepDecoder(
    'ShellScript',
    'ShellScriptStep',
    {
      shell: enumOf('ShellScriptShell'),
      onDelegate: bool,
      environmentVariables: stepVariables,
      outputVariables: stepVariables,
      delegateSelectors,
      includeInfraSelectors: bool,
    },
    shellScript,
  ),
  stepDecoder('Wait', 'WaitStep', { duration: as('duration', val) }),
];
