import { isRecord } from '../is-record';
import { type Code, lit, obj, symCall } from '../code';
import { bool, data, enumOf, listOf, mapOf, numVal, resources, str, val, withInput, type Field } from '../fields';
import { runtimeInputCode } from '../expressions';
import { stepDecoder, type StepDecoder } from './step-decoder';

/** Run `outputVariables`: names, or `{ name, type }` for non-String types. */
const runOutputs: Field = listOf((v, scope) => {
  if (!isRecord(v) || typeof v.name !== 'string') return undefined;
  if (v.type === undefined && Object.keys(v).length === 1) return lit(v.name);
  const type = enumOf('VariableType')(v.type, scope);
  return type && Object.keys(v).length === 2
    ? obj([
        ['name', lit(v.name)],
        ['type', type],
      ])
    : undefined;
});

/** GitClone (and CI codebase) `build`: `GitCloneBuild.branch('main')` and friends, or a runtime input. */
export const build: Field = (v, scope): Code | undefined => {
  if (typeof v === 'string') return runtimeInputCode(v);
  if (!isRecord(v) || !isRecord(v.spec)) return undefined;
  const methods: Record<string, [string, string]> = {
    branch: ['branch', 'branch'],
    tag: ['tag', 'tag'],
    PR: ['pullRequest', 'number'],
    commitSha: ['commitSha', 'commitSha'],
  };
  const m = methods[String(v.type)];
  if (!m || Object.keys(v.spec).length !== 1) return undefined;
  const arg = v.spec[m[1]];
  const code = typeof arg === 'number' ? lit(arg) : val(arg, scope);
  return code && symCall('GitCloneBuild', m[0], code);
};

/** A plugin setting: text, number, boolean, expression, or lists and maps of them. */
const setting: Field = (v, scope) => (typeof v === 'string' ? val(v, scope) : data(v, scope));

/** Container options shared by GitClone and Plugin. */
const CONTAINER = Object.freeze({ privileged: withInput(bool), runAsUser: numVal, resources });

/** Run, Plugin and GitClone. */
export const COMMON_STEPS: readonly StepDecoder[] = [
  stepDecoder('Run', 'RunStep', {
    connectorRef: str,
    image: str,
    shell: enumOf('Shell'),
    command: val,
    envVariables: mapOf(val),
    privileged: bool,
    outputVariables: runOutputs,
  }),
  stepDecoder('Plugin', 'PluginStep', {
    connectorRef: str,
    registryRef: str,
    image: val,
    uses: val,
    imagePullPolicy: enumOf('ImagePullPolicy', true),
    settings: mapOf(setting),
    entrypoint: listOf(str),
    ...CONTAINER,
  }),
  stepDecoder('GitClone', 'GitCloneStep', {
    connectorRef: str,
    repoName: val,
    projectName: val,
    cloneDirectory: val,
    build,
    depth: withInput((v) => (typeof v === 'number' ? lit(v) : undefined)),
    sslVerify: withInput(bool),
    lfs: withInput(bool),
    fetchTags: withInput(bool),
    debug: withInput(bool),
    sparseCheckout: withInput(listOf(str)),
    submoduleStrategy: withInput(enumOf('SubmoduleStrategy')),
    preFetchCommand: val,
    outputFilePathsContent: listOf(str),
    ...CONTAINER,
  }),
];
