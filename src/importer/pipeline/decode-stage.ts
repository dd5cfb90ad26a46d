import { isRecord } from '../is-record';
import { arr, type Code, lit, obj, symCall } from '../code';
import { bool, data, enumOf, listOf, str, val, type Field } from '../fields';
import { EMPTY_SCOPE, runtimeInputCode } from '../expressions';
import type { ImportSession, YamlPath } from '../session';
import type { PropEntries } from '../steps/step-decoder';
import { construct } from './construct';
import { decodeList, stepsOf } from './decode-execution';
import { delegateSelectorList, failureStrategies, tags, timeout, when } from './envelope';

const STAGE_CLASSES: Readonly<Record<string, string>> = {
  IDP: 'IdpStage',
  Custom: 'CustomStage',
  Deployment: 'DeploymentStage',
  IACM: 'IacmStage',
  Approval: 'ApprovalStage',
  CI: 'CiStage',
};

/** `platform`/`runtime` or `infrastructure` keys of a container stage as a `StageInfrastructure`. */
function infrastructure(spec: Record<string, unknown>, omitDefaultCloud: boolean): Code | undefined {
  const s = EMPTY_SCOPE;
  const os = (v: unknown) => (v === undefined ? undefined : enumOf('OperatingSystem')(v, s));
  if (isRecord(spec.runtime) && (spec.runtime.type === 'Cloud' || spec.runtime.type === 'Docker')) {
    const p = isRecord(spec.platform) ? spec.platform : {};
    const props = obj([
      ['os', p.os === 'Linux' ? undefined : os(p.os)],
      ['arch', p.arch === 'Amd64' || p.arch === undefined ? undefined : enumOf('Architecture')(p.arch, s)],
    ]);
    const method = spec.runtime.type === 'Cloud' ? 'cloud' : 'docker';
    if (method === 'cloud' && omitDefaultCloud && props.kind === 'obj' && props.entries.length === 0) return undefined;
    return props.kind === 'obj' && props.entries.length === 0
      ? symCall('StageInfrastructure', method)
      : symCall('StageInfrastructure', method, props);
  }
  const infra = spec.infrastructure;
  if (!isRecord(infra) || !isRecord(infra.spec)) return undefined;
  const i = infra.spec;
  if (infra.type === 'KubernetesDirect') {
    const fields: Readonly<Record<string, Field>> = {
      connectorRef: str,
      namespace: str,
      serviceAccountName: str,
      automountServiceAccountToken: bool,
      nodeSelector: data,
      annotations: data,
      labels: data,
      harnessImageConnectorRef: str,
      os: (v) => (v === 'Linux' ? undefined : os(v)),
    };
    return symCall('StageInfrastructure', 'kubernetes', obj(Object.entries(i).map(([k, v]) => [k, fields[k]?.(v, s)] as const)));
  }
  if (infra.type === 'VM' && i.type === 'Pool' && isRecord(i.spec)) {
    const v = i.spec;
    return symCall(
      'StageInfrastructure',
      'vmPool',
      obj([
        ['poolName', str(v.poolName, s)],
        ['os', v.os === 'Linux' ? undefined : os(v.os)],
        ['harnessImageConnectorRef', str(v.harnessImageConnectorRef, s)],
      ]),
    );
  }
  return undefined;
}

/** The stage-type specific props, read from `spec`. */
function specProps(type: string, spec: Record<string, unknown>, session: ImportSession): PropEntries {
  const scope = session.scope();
  switch (type) {
    case 'IDP':
      return [
        ['infrastructure', infrastructure(spec, true)],
        ['cloneCodebase', spec.cloneCodebase === false ? lit(false) : undefined],
        ['sharedPaths', listOf(str)(spec.sharedPaths, scope)],
      ];
    case 'CI':
      return [
        ['infrastructure', infrastructure(spec, false)],
        ['cloneCodebase', bool(spec.cloneCodebase, scope)],
        ['caching', data(spec.caching, scope)],
        ['sharedPaths', listOf(str)(spec.sharedPaths, scope)],
      ];
    case 'IACM':
      return [
        ['infrastructure', infrastructure(spec, false)],
        ['workspace', val(spec.workspace, scope)],
      ];
    case 'Custom':
      return [['environment', data(spec.environment, scope)]];
    case 'Deployment':
      return deploymentProps(spec, session);
    default:
      return [];
  }
}

function deploymentProps(spec: Record<string, unknown>, session: ImportSession): PropEntries {
  const scope = session.scope();
  const service = isRecord(spec.service) ? spec.service : {};
  const env = isRecord(spec.environment) ? spec.environment : {};
  const infraDefs = Array.isArray(env.infrastructureDefinitions)
    ? listOf((d, s) => (isRecord(d) && Object.keys(d).length === 1 ? val(d.identifier, s) : undefined))(
        env.infrastructureDefinitions,
        scope,
      )
    : undefined;
  return [
    ['deploymentType', enumOf('DeploymentType')(spec.deploymentType, scope)],
    ['serviceRef', val(service.serviceRef, scope)],
    ['environmentRef', val(env.environmentRef, scope)],
    ['deployToAll', typeof env.deployToAll === 'boolean' ? lit(env.deployToAll) : val(env.deployToAll, scope)],
    ['infrastructureDefinitions', infraDefs ?? arr([])],
  ];
}

/** Declares the stage variables of a stage; returns the list for the `variables` prop. */
function stageVariables(node: Record<string, unknown>, session: ImportSession): Code | undefined {
  session.stageVariables = new Map();
  if (!Array.isArray(node.variables)) return undefined;
  const refs: Code[] = [];
  for (const v of node.variables) {
    if (!isRecord(v) || typeof v.name !== 'string') return undefined;
    const method = v.type === 'Number' ? 'number' : v.type === 'Secret' ? 'secret' : 'string';
    const value =
      typeof v.value === 'number'
        ? lit(v.value)
        : typeof v.value === 'string'
          ? (runtimeInputCode(v.value, method === 'number') ?? val(v.value, session.scope()))
          : undefined;
    const props = obj([
      ['value', value ?? lit('')],
      ['description', str(v.description, session.scope())],
      ['required', bool(v.required, session.scope())],
    ]);
    const code = session.body.declare(v.name, symCall('StageVariable', method, lit(v.name), props), [], 'Var');
    session.stageVariables.set(v.name, code);
    refs.push(code);
  }
  return arr(refs);
}

/** Declares one stage with its steps; undefined if the library cannot build it. */
export function decodeStage(node: Record<string, unknown>, path: YamlPath, session: ImportSession): Code | undefined {
  const type = String(node.type);
  const className = STAGE_CLASSES[type] ?? 'CustomStage';
  const stageType = STAGE_CLASSES[type] ? type : 'Custom';
  const id = String(node.identifier);
  const spec = isRecord(node.spec) ? node.spec : {};
  const execution = isRecord(spec.execution) ? spec.execution : {};
  const variables = stageVariables(node, session);
  const base = `pipeline.stages.${id}.spec.execution`;
  const steps = decodeList(
    execution.steps,
    { path: [...path, 'spec', 'execution', 'steps'], expressionPath: `${base}.steps`, stageType },
    session,
  );
  const rollback =
    type === 'Deployment'
      ? decodeList(
          execution.rollbackSteps,
          { path: [...path, 'spec', 'execution', 'rollbackSteps'], expressionPath: `${base}.rollbackSteps`, stageType },
          session,
        )
      : [];
  const { entries, wrap } = stepsOf(steps);
  const scope = session.scope();
  const props: PropEntries = [
    ['identifier', lit(id)],
    ['name', typeof node.name === 'string' && node.name !== id ? lit(node.name) : undefined],
    ['description', str(node.description, scope)],
    ['tags', tags(node.tags, scope)],
    ['when', node.when === undefined ? undefined : when('pipelineStatus')(node.when, scope)],
    ['failureStrategies', node.failureStrategies === undefined ? undefined : failureStrategies(node.failureStrategies, scope)],
    ['delegateSelectors', node.delegateSelectors === undefined ? undefined : delegateSelectorList(node.delegateSelectors, scope)],
    ['timeout', timeout(node.timeout, scope)],
    ['strategy', data(node.strategy, scope)],
    ['variables', variables],
    ...specProps(type, spec, session),
    ...entries,
    ...(rollback.length === 1 && !rollback[0].parallel ? ([['rollbackSteps', arr(rollback[0].codes)]] as PropEntries) : []),
  ];
  const built = construct(session, id, className, props, {}, 'Stage', wrap);
  for (const m of built.messages) session.todo(m, built.code);
  if (built.code?.kind !== 'ref') return undefined;
  session.owners.push({ path: [...path], name: built.code.name, kind: 'stage', identifier: id });
  if (!STAGE_CLASSES[type]) session.note(`stage type '${type}' has no class yet: a CustomStage with overrides`, built.code);
  return built.code;
}
