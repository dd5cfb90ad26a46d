import { isRecord } from '../is-record';
import { type Code, obj } from '../code';
import { boolVal, data, listOf, numVal, enumOf, val, type Field } from '../fields';
import type { ExpressionScope } from '../expressions';
import { stepVariables } from './shared';
import { as, type PropEntries, stepDecoder, type StepDecoder } from './step-decoder';

/** A `TextList`: a list of texts, or one expression for the whole list. */
const textList: Field = (v, scope) => (Array.isArray(v) ? listOf(val)(v, scope) : typeof v === 'string' ? val(v, scope) : undefined);

/** An object list (`T[] | Expression`) whose entries decode key by key. */
function objects(fields: Readonly<Record<string, Field>>): Field {
  return (v, scope) => {
    if (typeof v === 'string') return val(v, scope);
    return listOf((e, s): Code | undefined => {
      if (!isRecord(e)) return undefined;
      const entries = Object.entries(e).map(([k, x]) => [k, fields[k]?.(x, s)] as const);
      return entries.every(([, c]) => c !== undefined) ? obj(entries) : undefined;
    })(v, scope);
  };
}

/** FME JSON: the text as given (the library writes objects with `JSON.stringify`, compact). */
const fmeJson: Field = (v, scope) => {
  if (typeof v !== 'string') return data(v, scope);
  try {
    const parsed: unknown = JSON.parse(v);
    if (parsed !== null && typeof parsed === 'object' && JSON.stringify(parsed) === v) return data(parsed, scope);
  } catch {
    // not JSON: the text itself
  }
  return val(v, scope);
};

const treatments: Field = objects({ treatment: val, description: val });
const allocation: Field = objects({ treatment: val, amount: numVal });
const FLAG_ENV = Object.freeze({ flagName: val, environment: val });

/** FmeMetricCheck: `metrics[].ref` and `failureCriteria.spec.condition`. */
function metricCheck(spec: Record<string, unknown>, scope: ExpressionScope): PropEntries {
  const m = spec.metrics;
  const metrics = Array.isArray(m)
    ? listOf((x, s) => (isRecord(x) && Object.keys(x).length === 1 ? val(x.ref, s) : undefined))(m, scope)
    : typeof m === 'string'
      ? val(m, scope)
      : undefined;
  const c = spec.failureCriteria;
  const condition = isRecord(c) && c.type === 'Jexl' && isRecord(c.spec) ? val(c.spec.condition, scope) : undefined;
  return [
    ['metrics', metrics],
    ['failureCondition', condition],
  ];
}

/** The FME (feature management) steps. */
export const FME_STEPS: readonly StepDecoder[] = [
  stepDecoder('FmeFlagAddRemoveFlagsets', 'FmeFlagAddRemoveFlagsetsStep', { ...FLAG_ENV, addFlagsets: textList, removeFlagsets: textList }),
  stepDecoder('FmeFlagAddRemoveIndividualTargets', 'FmeFlagAddRemoveIndividualTargetsStep', {
    ...FLAG_ENV,
    treatments: objects({ treatment: val, addKeys: textList, removeKeys: textList, addSegments: textList, removeSegments: textList }),
  }),
  stepDecoder('FmeFlagArchive', 'FmeFlagArchiveStep', { name: as('flagName', val) }),
  stepDecoder('FmeFlagCreate', 'FmeFlagCreateStep', {
    name: as('flagName', val),
    trafficType: val,
    description: as('flagDescription', val),
    owners: textList,
    tags: textList,
    treatments,
    defaultTreatment: val,
    baselineTreatment: val,
  }),
  stepDecoder('FmeFlagDefaultAllocation', 'FmeFlagDefaultAllocationStep', { ...FLAG_ENV, allocation }),
  stepDecoder('FmeFlagDefinitionInstructions', 'FmeFlagDefinitionInstructionsStep', {
    ...FLAG_ENV,
    defaultDefinition: (v, scope) =>
      typeof v === 'string'
        ? val(v, scope)
        : isRecord(v)
          ? obj([
              ['treatments', treatments(v.treatments, scope)],
              ['defaultTreatment', val(v.defaultTreatment, scope)],
              ['baselineTreatment', val(v.baselineTreatment, scope)],
            ])
          : undefined,
  }),
  stepDecoder('FmeFlagDelete', 'FmeFlagDeleteStep', { name: as('flagName', val), deleteAllDefinitions: boolVal }),
  stepDecoder('FmeFlagKill', 'FmeFlagKillStep', FLAG_ENV),
  stepDecoder('FmeFlagLimitExposure', 'FmeFlagLimitExposureStep', { ...FLAG_ENV, limit: numVal }),
  stepDecoder('FmeFlagPatchDefinition', 'FmeFlagPatchDefinitionStep', { ...FLAG_ENV, operations: fmeJson, inputVariables: stepVariables }),
  stepDecoder('FmeFlagReallocateTraffic', 'FmeFlagReallocateTrafficStep', FLAG_ENV),
  stepDecoder('FmeFlagRestore', 'FmeFlagRestoreStep', FLAG_ENV),
  stepDecoder('FmeFlagSetDynamicConfigurations', 'FmeFlagSetDynamicConfigurationsStep', {
    ...FLAG_ENV,
    treatments: objects({ treatment: val, configuration: fmeJson }),
    inputVariables: stepVariables,
  }),
  stepDecoder('FmeFlagSetImpressionTracking', 'FmeFlagSetImpressionTrackingStep', { ...FLAG_ENV, enabled: boolVal }),
  stepDecoder('FmeFlagSetIndividualTargets', 'FmeFlagSetIndividualTargetsStep', {
    ...FLAG_ENV,
    treatments: objects({ treatment: val, keys: textList, segments: textList }),
  }),
  stepDecoder('FmeFlagSetTargetingRules', 'FmeFlagSetTargetingRulesStep', FLAG_ENV),
  stepDecoder('FmeFlagSetTreatments', 'FmeFlagSetTreatmentsStep', {
    ...FLAG_ENV,
    treatments,
    defaultTreatment: val,
    baselineTreatment: val,
  }),
  stepDecoder('FmeFlagUpdate', 'FmeFlagUpdateStep', {
    name: as('flagName', val),
    description: as('flagDescription', val),
    rolloutStatus: val,
    owners: textList,
    tags: textList,
  }),
  stepDecoder('FmeFlagsetCreate', 'FmeFlagsetCreateStep', { name: as('flagSetName', val), description: as('flagSetDescription', val) }),
  stepDecoder('FmeFlagsetDelete', 'FmeFlagsetDeleteStep', { name: as('flagSetName', val) }),
  stepDecoder('FmeMetricCheck', 'FmeMetricCheckStep', { ...FLAG_ENV, lookbackWindow: val }, metricCheck),
  stepDecoder('FmeSegmentAddRemoveTargets', 'FmeSegmentAddRemoveTargetsStep', {
    segmentName: val,
    environment: val,
    addKeys: textList,
    removeKeys: textList,
  }),
  stepDecoder('FmeSegmentCreate', 'FmeSegmentCreateStep', {
    name: as('segmentName', val),
    trafficType: val,
    segmentType: enumOf('FmeSegmentType', true),
    description: as('segmentDescription', val),
    owners: textList,
    tags: textList,
  }),
  stepDecoder('FmeSegmentDelete', 'FmeSegmentDeleteStep', { name: as('segmentName', val) }),
  stepDecoder('FmeSegmentSetTargetingRules', 'FmeSegmentSetTargetingRulesStep', {
    segmentName: val,
    environment: val,
    excludeKeys: textList,
    excludeSegments: textList,
    comment: val,
    title: val,
  }),
  stepDecoder('FmeSegmentUpdate', 'FmeSegmentUpdateStep', {
    name: as('segmentName', val),
    description: as('segmentDescription', val),
    owners: textList,
    tags: textList,
  }),
];
