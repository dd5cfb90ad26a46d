/** Stage type literals (`stages/stages.properties.stage.oneOf`). */
export enum StageType {
  /** IDP stage: the IDP steps (repositories, catalog, Create Resource, Slack). */
  IDP = 'IDP',
  /** Custom stage: approvals, tickets, Http, ShellScript, Policy and the other utility steps. */
  CUSTOM = 'Custom',
  /** Deployment stage: a service deployed to an environment (the Kubernetes steps). */
  DEPLOYMENT = 'Deployment',
  /** IaCM stage: Terraform or OpenTofu on an IaCM workspace. */
  IACM = 'IACM',
  /** Approval stage: approval and ticket steps only. */
  APPROVAL = 'Approval',
  /** CI (Build) stage: clones the codebase, runs and builds in containers. */
  CI = 'CI',
}

const IDP = StageType.IDP;
const IACM = StageType.IACM;
const CUSTOM = StageType.CUSTOM;
const APPROVAL = StageType.APPROVAL;
const DEPLOYMENT = StageType.DEPLOYMENT;
const CI = StageType.CI;

/**
 * Which step type may sit in which stage type: `stages/<x>/ExecutionWrapperConfig.properties.step.oneOf`
 * of the official v0 schema (docs/rules.md#step-stage-matrix). One table, read by every stage.
 */
export const STEP_STAGE_MATRIX: Readonly<Record<string, readonly StageType[]>> = {
  // IDP-only steps
  CookieCutter: [IDP],
  CreateRepo: [IDP],
  CreateCatalog: [IDP],
  DirectPush: [IDP],
  RegisterCatalog: [IDP],
  CreateResource: [IDP],
  UpdateCatalogProperty: [IDP],
  CreateOrganization: [IDP],
  CreateProject: [IDP],
  SlackNotify: [IDP, CUSTOM, DEPLOYMENT],
  // container steps
  GitClone: [IDP, IACM, CUSTOM, DEPLOYMENT, CI],
  Run: [IDP, IACM, CUSTOM, DEPLOYMENT, CI],
  Plugin: [IDP, IACM, CUSTOM, DEPLOYMENT, CI],
  // governance / utilities
  Policy: [IDP, IACM, CUSTOM, APPROVAL, DEPLOYMENT, CI],
  JiraCreate: [IACM, CUSTOM, APPROVAL, DEPLOYMENT],
  JiraUpdate: [IACM, CUSTOM, APPROVAL, DEPLOYMENT],
  HarnessApproval: [IACM, CUSTOM, APPROVAL, DEPLOYMENT],
  Http: [IACM, CUSTOM, APPROVAL, DEPLOYMENT],
  ShellScript: [IACM, CUSTOM, APPROVAL, DEPLOYMENT],
  JiraApproval: [IACM, CUSTOM, APPROVAL, DEPLOYMENT],
  ServiceNowCreate: [IACM, CUSTOM, APPROVAL, DEPLOYMENT],
  ServiceNowUpdate: [IACM, CUSTOM, APPROVAL, DEPLOYMENT],
  ServiceNowApproval: [IACM, CUSTOM, APPROVAL, DEPLOYMENT],
  ServiceNowImportSet: [IACM, CUSTOM, APPROVAL, DEPLOYMENT],
  Email: [IACM, CUSTOM, APPROVAL, DEPLOYMENT],
  Barrier: [IACM, CUSTOM, APPROVAL, DEPLOYMENT],
  Wait: [IACM, CUSTOM, APPROVAL, DEPLOYMENT, CI],
  // CI build-and-push
  BuildAndPushDockerRegistry: [CI],
  BuildAndPushECR: [CI],
  BuildAndPushGCR: [CI],
  // IaCM
  IACMTerraformPlugin: [IACM],
  IACMOpenTofuPlugin: [IACM],
  IACMApproval: [IACM],
  IACMTFSec: [IACM],
  IACMTFLint: [IACM],
  IACMCheckov: [IACM],
  // FME (the schema also allows them in FeatureFlag stages, which this model does not have)
  FmeFlagCreate: [CUSTOM, DEPLOYMENT],
  FmeFlagUpdate: [CUSTOM, DEPLOYMENT],
  FmeFlagDelete: [CUSTOM, DEPLOYMENT],
  FmeFlagArchive: [CUSTOM, DEPLOYMENT],
  FmeFlagKill: [CUSTOM, DEPLOYMENT],
  FmeFlagRestore: [CUSTOM, DEPLOYMENT],
  FmeFlagReallocateTraffic: [CUSTOM, DEPLOYMENT],
  FmeFlagLimitExposure: [CUSTOM, DEPLOYMENT],
  FmeFlagDefaultAllocation: [CUSTOM, DEPLOYMENT],
  FmeFlagSetIndividualTargets: [CUSTOM, DEPLOYMENT],
  FmeFlagAddRemoveIndividualTargets: [CUSTOM, DEPLOYMENT],
  FmeFlagSetImpressionTracking: [CUSTOM, DEPLOYMENT],
  FmeFlagSetDynamicConfigurations: [CUSTOM, DEPLOYMENT],
  FmeFlagSetTreatments: [CUSTOM, DEPLOYMENT],
  FmeFlagPatchDefinition: [CUSTOM, DEPLOYMENT],
  FmeFlagSetTargetingRules: [CUSTOM, DEPLOYMENT],
  FmeFlagDefinitionInstructions: [CUSTOM, DEPLOYMENT],
  FmeFlagAddRemoveFlagsets: [CUSTOM, DEPLOYMENT],
  FmeFlagsetCreate: [CUSTOM, DEPLOYMENT],
  FmeFlagsetDelete: [CUSTOM, DEPLOYMENT],
  FmeSegmentCreate: [CUSTOM, DEPLOYMENT],
  FmeSegmentUpdate: [CUSTOM, DEPLOYMENT],
  FmeSegmentDelete: [CUSTOM, DEPLOYMENT],
  FmeSegmentAddRemoveTargets: [CUSTOM, DEPLOYMENT],
  FmeSegmentSetTargetingRules: [CUSTOM, DEPLOYMENT],
  FmeMetricCheck: [CUSTOM, DEPLOYMENT],
  // Kubernetes
  K8sRollingDeploy: [DEPLOYMENT],
  K8sRollingRollback: [DEPLOYMENT],
  K8sCanaryDeploy: [DEPLOYMENT],
  K8sCanaryDelete: [DEPLOYMENT],
  K8sBlueGreenDeploy: [DEPLOYMENT],
  K8sBGSwapServices: [DEPLOYMENT],
  K8sApply: [DEPLOYMENT],
  K8sDelete: [DEPLOYMENT],
  K8sScale: [DEPLOYMENT],
  K8sRollout: [DEPLOYMENT],
  K8sPatch: [DEPLOYMENT],
};

/** Stage types that accept step groups (not IDP, not IACM). */
export const STEP_GROUP_STAGES: readonly StageType[] = [CUSTOM, APPROVAL, DEPLOYMENT, CI];

/** The stage types a step type may sit in, or `undefined` for a type the table does not know. */
export function allowedStagesFor(stepType: string): readonly StageType[] | undefined {
  return STEP_STAGE_MATRIX[stepType];
}

/** "a" or "an" before a stage type or a list of them (an IDP stage, an IACM stage, an Approval stage, a Custom stage). */
export function stageTypeArticle(stageType: string): string {
  return /^[AEIOU]/.test(stageType) ? 'an' : 'a';
}

/** Suggests where a step type can go instead, for error messages. */
export function placementHint(stepType: string): string {
  const allowed = allowedStagesFor(stepType);
  if (!allowed) return 'check the stage/step matrix';
  const list = allowed.join(', ');
  const beside = stepType === 'HarnessApproval' || stepType === 'Http' || stepType === 'ShellScript';
  return `put it in ${stageTypeArticle(list)} ${list} stage${beside ? ' (e.g. a Custom stage before or after the IDP stage)' : ''}`;
}
