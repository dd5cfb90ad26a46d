import { bool, listOf, mapOf, numVal, resources, str, val, type Field } from '../fields';
import { stepDecoder, type StepDecoder } from './step-decoder';

/** A `TextList`: a list of texts, or one expression for the whole list. */
const textList: Field = (v, scope) => (Array.isArray(v) ? listOf(val)(v, scope) : typeof v === 'string' ? val(v, scope) : undefined);

/** The Docker build options the three build-and-push steps share. */
const BUILD = Object.freeze({
  tags: textList,
  dockerfile: val,
  context: val,
  target: val,
  buildArgs: mapOf(val),
  labels: mapOf(val),
  envVariables: mapOf(val),
  caching: bool,
  optimize: bool,
  cacheFrom: textList,
  cacheTo: val,
  baseImageConnectorRefs: textList,
  runAsUser: numVal,
  resources,
});

/** The CI build-and-push steps. */
export const CI_STEPS: readonly StepDecoder[] = [
  stepDecoder('BuildAndPushDockerRegistry', 'BuildAndPushDockerRegistryStep', {
    connectorRef: str,
    registryRef: str,
    repo: val,
    remoteCacheRepo: val,
    ...BUILD,
  }),
  stepDecoder('BuildAndPushECR', 'BuildAndPushEcrStep', {
    connectorRef: str,
    region: val,
    account: val,
    imageName: val,
    remoteCacheImage: val,
    ...BUILD,
  }),
  stepDecoder('BuildAndPushGCR', 'BuildAndPushGcrStep', {
    connectorRef: str,
    host: val,
    projectID: val,
    imageName: val,
    remoteCacheImage: val,
    ...BUILD,
  }),
];
