import { type Code, obj } from '../code';
import { as, stepDecoder, type StepDecoder } from './step-decoder';
import { bool, boolVal, data, enumOf, listOf, mapOf, numVal, oneOf, resources, secret, str, val, type Field } from '../fields';

/** The Git target keys CreateRepo, DirectPush and RegisterCatalog share. */
const GIT_TARGET = Object.freeze({
  connectorType: enumOf('GitConnectorType'),
  connectorRef: str,
  organization: val,
  repository: val,
  workspace: val,
  project: val,
});

/** A `CatalogPropertyValue`: text, a number, an expression, or plain data. */
const catalogValue: Field = (v, scope) =>
  typeof v === 'number' ? numVal(v, scope) : typeof v === 'string' ? val(v, scope) : data(v, scope);

/** Harness tags: a list of `key:value` texts. */
const tags: Field = listOf(str);

/** A Cookiecutter variable value: text, number, boolean or expression. */
const cookieValue: Field = (v, scope) => (typeof v === 'string' ? val(v, scope) : typeof v === 'object' ? undefined : data(v, scope));

/** The IDP steps. */
export const IDP_STEPS: readonly StepDecoder[] = [
  stepDecoder('CookieCutter', 'CookieCutterStep', {
    templateType: enumOf('CookieCutterTemplateType', true),
    publicTemplateUrl: val,
    pathForTemplate: val,
    cookieCutterVariables: mapOf(cookieValue),
    outputDirectory: val,
    verbose: bool,
    overwriteIfExists: bool,
    resources,
  }),
  stepDecoder('CreateRepo', 'CreateRepoStep', {
    ...GIT_TARGET,
    repoType: oneOf(['public', 'private'], true),
    description: as('repositoryDescription', val),
    defaultBranch: val,
    personalAccount: bool,
  }),
  stepDecoder('CreateCatalog', 'CreateCatalogStep', { fileName: val, filePath: val, fileContent: val, resources }),
  stepDecoder('CreateOrganization', 'CreateOrganizationStep', {
    orgName: val,
    description: as('organizationDescription', val),
    tags,
    xApiKey: secret,
    resources,
  }),
  stepDecoder('CreateProject', 'CreateProjectStep', {
    projectName: val,
    orgIdentifier: val,
    description: as('projectDescription', val),
    tags,
    xApiKey: secret,
    resources,
  }),
  stepDecoder('CreateResource', 'CreateResourceStep', { resourceDefinition: val, xApiKey: secret, resources }),
  stepDecoder('DirectPush', 'DirectPushStep', {
    ...GIT_TARGET,
    codeDirectory: val,
    codeOutputDirectory: val,
    branch: val,
    forcePush: bool,
    resources,
  }),
  stepDecoder('RegisterCatalog', 'RegisterCatalogStep', { ...GIT_TARGET, branch: val, filePath: val, xApiKey: secret, resources }),
  stepDecoder('SlackNotify', 'SlackNotifyStep', {
    email: val,
    channel: val,
    token: secret,
    messageContent: val,
    blocks: val,
    botUsername: val,
    botIconUrl: val,
    threadTs: val,
    replyBroadcast: boolVal,
    resources,
  }),
  stepDecoder(
    'UpdateCatalogProperty',
    'UpdateCatalogPropertyStep',
    {
      entityRef: val,
      property: val,
      value: catalogValue,
      mode: enumOf('CatalogPropertyMode'),
      xApiKey: secret,
      resources,
    },
    (spec, scope) => [
      [
        'properties',
        Array.isArray(spec.properties)
          ? listOf((p, s) => {
              const e = p as Record<string, unknown>;
              return obj([
                ['property', val(e.property, s)],
                ['value', catalogValue(e.value, s)],
                ['mode', e.mode === undefined ? undefined : enumOf('CatalogPropertyMode')(e.mode, s)],
              ]);
            })(spec.properties, scope)
          : undefined,
      ],
      [
        'entityRefs',
        Array.isArray(spec.entityRefs)
          ? listOf((e, s): Code | undefined => {
              const r = e as Record<string, unknown>;
              if (r.value === undefined) return val(r.entityRef, s);
              return obj([
                ['entityRef', val(r.entityRef, s)],
                ['value', catalogValue(r.value, s)],
              ]);
            })(spec.entityRefs, scope)
          : undefined,
      ],
    ],
  ),
];
