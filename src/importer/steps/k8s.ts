import { isRecord } from '../is-record';
import { type Code, lit, obj, symCall } from '../code';
import { bool, listOf, numVal, enumOf, val, data, type Field } from '../fields';
import type { ExpressionScope } from '../expressions';
import { commandFlags, delegateSelectors } from './shared';
import { stepDecoder, type PropEntries, type StepDecoder } from './step-decoder';

/** A list of texts, or one expression for the whole list. */
const textList: Field = (v, scope) => (Array.isArray(v) ? listOf(val)(v, scope) : typeof v === 'string' ? val(v, scope) : undefined);

/** `InstanceSelection.count(n)` / `.percentage(n)`. */
const instanceSelection: Field = (v, scope): Code | undefined => {
  if (!isRecord(v) || !isRecord(v.spec)) return undefined;
  const method = v.type === 'Count' ? 'count' : v.type === 'Percentage' ? 'percentage' : undefined;
  const value = method && Object.keys(v.spec).length === 1 ? numVal(v.spec[method], scope) : undefined;
  return method && value ? symCall('InstanceSelection', method, value) : undefined;
};

/** `RolloutResources` / `DeleteResources` from `{ type, spec }`. */
function resourceSelection(symbol: string): Field {
  return (v, scope) => {
    if (!isRecord(v) || !isRecord(v.spec)) return undefined;
    const s = v.spec;
    const keys = Object.keys(s);
    if (v.type === 'ResourceName' && keys.length === 1) {
      const names = symbol === 'RolloutResources' ? listOf(val)(s.resourceNames, scope) : textList(s.resourceNames, scope);
      return names && symCall(symbol, 'resourceNames', names);
    }
    if (v.type === 'ReleaseName') {
      if (keys.length === 0) return symCall(symbol, 'releaseName');
      if (symbol === 'DeleteResources' && keys.length === 1 && typeof s.deleteNamespace === 'boolean') {
        return symCall(symbol, 'releaseName', obj([['deleteNamespace', lit(s.deleteNamespace)]]));
      }
      return undefined;
    }
    if (v.type === 'ManifestPath' && keys.length === 1) {
      if (s.allManifestPaths === true) return symCall(symbol, 'allManifestPaths');
      const paths = textList(s.manifestPaths, scope);
      return paths && symCall(symbol, 'manifestPaths', paths);
    }
    return undefined;
  };
}

/** K8sPatch: `source.spec.content` (the YAML text, or an object the library writes as YAML). */
function patchContent(spec: Record<string, unknown>, scope: ExpressionScope): PropEntries {
  const src = spec.source;
  if (!isRecord(src) || src.type !== 'Inline' || !isRecord(src.spec)) return [];
  const c = src.spec.content;
  return [['content', typeof c === 'string' ? val(c, scope) : data(c, scope)]];
}

const ROLL = Object.freeze({ skipDryRun: bool, pruningEnabled: bool, delegateSelectors });

/** The Kubernetes steps of Deployment stages. */
export const K8S_STEPS: readonly StepDecoder[] = [
  stepDecoder('K8sApply', 'K8sApplyStep', {
    filePaths: textList,
    skipDryRun: bool,
    skipSteadyStateCheck: bool,
    skipRendering: bool,
    commandFlags: commandFlags('Apply'),
    delegateSelectors,
  }),
  stepDecoder('K8sBGSwapServices', 'K8sBGSwapServicesStep', { delegateSelectors }),
  stepDecoder('K8sBlueGreenDeploy', 'K8sBlueGreenDeployStep', {
    ...ROLL,
    skipDeploymentIfSameManifest: bool,
    commandFlags: commandFlags('Apply'),
  }),
  stepDecoder('K8sCanaryDelete', 'K8sCanaryDeleteStep', { delegateSelectors }),
  stepDecoder('K8sCanaryDeploy', 'K8sCanaryDeployStep', {
    canaryType: enumOf('K8sCanaryType', true),
    instanceSelection,
    targetPercentage: numVal,
    skipDryRun: bool,
    commandFlags: commandFlags('Apply'),
    delegateSelectors,
  }),
  stepDecoder('K8sDelete', 'K8sDeleteStep', {
    deleteResources: resourceSelection('DeleteResources'),
    commandFlags: commandFlags('Delete'),
    delegateSelectors,
  }),
  stepDecoder(
    'K8sPatch',
    'K8sPatchStep',
    {
      workload: val,
      mergeStrategyType: enumOf('MergeStrategyType', true),
      recordChangeCause: bool,
      skipSteadyStateCheck: bool,
      commandFlags: commandFlags('Patch'),
      delegateSelectors,
    },
    patchContent,
  ),
  stepDecoder('K8sRollingDeploy', 'K8sRollingDeployStep', { ...ROLL, commandFlags: commandFlags('Apply') }),
  stepDecoder('K8sRollingRollback', 'K8sRollingRollbackStep', {
    pruningEnabled: bool,
    commandFlags: commandFlags('Apply'),
    delegateSelectors,
  }),
  stepDecoder('K8sRollout', 'K8sRolloutStep', {
    command: enumOf('RolloutCommand'),
    resources: resourceSelection('RolloutResources'),
    commandFlags: commandFlags('Rollout'),
    delegateSelectors,
  }),
  stepDecoder('K8sScale', 'K8sScaleStep', { workload: val, instanceSelection, skipSteadyStateCheck: bool, delegateSelectors }),
];
