// The Harness pipeline model: pipelines, stages, steps and their fields, rendered to plain objects and YAML. No cdktf.
// Named exports only, grouped as the API reference reads; validation and rendering helpers stay unexported. A new
// public class goes into its group with its props (and enums, outputs) in one line; test/api-surface.test.ts shows the
// change as a snapshot diff.

// Pipelines
export { type CiCodebase, type PipelineProperties, PrCloneStrategy } from './ci-codebase';
export type { FlowControl, PipelineBarrier } from './flow-control';
export {
  type EmailNotificationProps,
  type MsTeamsNotificationProps,
  NotificationMethod,
  NotificationMethodType,
  type PagerDutyNotificationProps,
  type SlackNotificationProps,
  type WebhookNotificationProps,
} from './notification-method';
export { NotificationRule, type NotificationRuleProps, type PipelineEvent, PipelineEventType } from './notification-rule';
export { Pipeline } from './pipeline';
export type { PipelineProps, PipelineRender, PipelineScope } from './pipeline-props';

// Stages
export { StageType } from './compatibility';
export {
  Architecture,
  type KubernetesInfrastructureProps,
  OperatingSystem,
  type PlatformProps,
  StageInfrastructure,
  type VmPoolInfrastructureProps,
} from './infrastructure';
export { type LoopingStrategy, Stage, type StageProps } from './stage';
export { ApprovalStage, type ApprovalStageProps } from './stages/approval-stage';
export { CachePolicy, type CiCaching, CiStage, type CiStageProps } from './stages/ci-stage';
export { CustomStage, type CustomStageProps } from './stages/custom-stage';
export { DeploymentStage, type DeploymentStageProps, DeploymentType } from './stages/deployment-stage';
export { IacmStage, type IacmStageProps } from './stages/iacm-stage';
export { IdpStage, type IdpStageProps } from './stages/idp-stage';

// Step base, step groups, parallel blocks
export { GenericStep, type GenericStepProps } from './generic-step';
export { Step, type StepProps } from './step';
export { StepGroup, type StepGroupProps } from './step-group';
export { type ExecutionElement, ParallelBlock, type StepGroupNode, StepList } from './step-list';

// Fields shared by stages and steps: conditions, failure strategies, timeouts, variables, delegate selectors
export { PipelineStatus, StageStatus, type StageWhen, type StepWhen } from './condition';
export type { DelegateSelectors } from './delegate-selectors';
export { ErrorType, FailureAction, FailureStrategy } from './failure-strategy';
export { ConnectorType, PrerequisiteKind, type PrerequisiteReference } from './prerequisites';
export { StageVariable, type StageVariableProps } from './stage-variable';
export { Timeout } from './timeout';
export { PipelineVariable, type PipelineVariableProps, VariableType } from './variable';

// Container steps: GitClone, Run, Plugin, and their shared options
export type { ContainerResources, ContainerStepOptions, ResourceAmounts } from './steps/common/container-resources';
export { GitCloneStep, type GitCloneStepProps, SubmoduleStrategy } from './steps/common/git-clone';
export { GitCloneBuild, GitCloneBuildType } from './steps/common/git-clone-build';
export { ImagePullPolicy, type PluginSettingValue, PluginStep, type PluginStepProps } from './steps/common/plugin';
export { type RunOutputVariable, RunStep, type RunStepProps, Shell } from './steps/common/run';
export type { TextList } from './steps/common/text-list';

// CI steps: build and push images
export { BuildAndPushDockerRegistryStep, type BuildAndPushDockerRegistryStepProps } from './steps/ci/build-and-push-docker-registry';
export { BuildAndPushEcrStep, type BuildAndPushEcrStepProps } from './steps/ci/build-and-push-ecr';
export { BuildAndPushGcrStep, type BuildAndPushGcrStepProps } from './steps/ci/build-and-push-gcr';
export type { DockerBuildOptions } from './steps/ci/build-options';

// Approvals, tickets and utilities: HarnessApproval, Jira, ServiceNow, Http, ShellScript, Policy, Wait, Email, Barrier
export { type ApprovalCondition, ApprovalCriteria, ConditionOperator } from './steps/custom/approval-criteria';
export { BarrierStep, type BarrierStepProps } from './steps/custom/barrier';
export { EmailStep, type EmailStepProps } from './steps/custom/email';
export {
  type ApproverInput,
  HarnessApprovalStep,
  type HarnessApprovalStepProps,
  type HarnessApprovers,
  type HarnessAutoApproval,
} from './steps/custom/harness-approval';
export { type HttpHeader, HttpMethod, type HttpOutputs, HttpStep, type HttpStepProps } from './steps/custom/http';
export { JiraApprovalStep, type JiraApprovalStepProps } from './steps/custom/jira-approval';
export { type JiraCreateOutputs, JiraCreateStep, type JiraCreateStepProps } from './steps/custom/jira-create';
export { type JiraTransition, JiraUpdateStep, type JiraUpdateStepProps } from './steps/custom/jira-update';
export { type PolicyOutputs, PolicyStep, type PolicyStepProps } from './steps/custom/policy';
export { ServiceNowApprovalStep, type ServiceNowApprovalStepProps } from './steps/custom/servicenow-approval';
export {
  type ServiceNowCreateOutputs,
  ServiceNowCreateStep,
  type ServiceNowCreateStepProps,
  ServiceNowCreateType,
} from './steps/custom/servicenow-create';
export { ServiceNowImportSetStep, type ServiceNowImportSetStepProps } from './steps/custom/servicenow-import-set';
export { type ServiceNowChangeTasks, ServiceNowUpdateStep, type ServiceNowUpdateStepProps } from './steps/custom/servicenow-update';
export {
  type ShellScriptExecutionTarget,
  type ShellScriptOutputVariable,
  ShellScriptShell,
  ShellScriptStep,
  type ShellScriptStepProps,
} from './steps/custom/shell-script';
export { WaitStep, type WaitStepProps } from './steps/custom/wait';
export type { JiraField } from './steps/custom/jira-field';
export type { ServiceNowField } from './steps/custom/servicenow-field';
export type { StepVariable } from './steps/custom/step-variable';

// IaCM steps
export { IacmApprovalStep, type IacmApprovalStepProps } from './steps/iacm/iacm-approval';
export { IacmCheckovStep, type IacmCheckovStepProps } from './steps/iacm/iacm-checkov';
export { IacmScanStep, type IacmScanStepProps } from './steps/iacm/iacm-scan-step';
export { IacmOpenTofuPluginStep, type IacmOpenTofuPluginStepProps } from './steps/iacm/iacm-opentofu-plugin';
export {
  type IacmPluginOutputs,
  IacmPluginStep,
  type IacmPluginStepProps,
  TerraformCommand,
  type TerraformImport,
} from './steps/iacm/iacm-plugin-step';
export {
  type IacmTerraformPluginOutputs,
  IacmTerraformPluginStep,
  type IacmTerraformPluginStepProps,
} from './steps/iacm/iacm-terraform-plugin';
export { IacmTflintStep, type IacmTflintStepProps } from './steps/iacm/iacm-tflint';
export { IacmTfsecStep, type IacmTfsecStepProps } from './steps/iacm/iacm-tfsec';

// IDP steps
export { CatalogInfo, type CatalogInfoProps } from './steps/idp/catalog-info';
export {
  CookieCutterStep,
  type CookieCutterStepProps,
  CookieCutterTemplateType,
  type CookieCutterVariableValue,
} from './steps/idp/cookie-cutter';
export { type CreateCatalogOutputs, CreateCatalogStep, type CreateCatalogStepProps } from './steps/idp/create-catalog';
export { type CreateOrganizationOutputs, CreateOrganizationStep, type CreateOrganizationStepProps } from './steps/idp/create-organization';
export { type CreateProjectOutputs, CreateProjectStep, type CreateProjectStepProps } from './steps/idp/create-project';
export { type CreateRepoOutputs, CreateRepoStep, type CreateRepoStepProps } from './steps/idp/create-repo';
export { CreateResourceStep, type CreateResourceStepProps, type ResourceDefinitionSource } from './steps/idp/create-resource';
export { DirectPushStep, type DirectPushStepProps } from './steps/idp/direct-push';
export { GitConnectorType, type GitTarget } from './steps/idp/git-target';
export type { HarnessTags } from './steps/idp/harness-tags';
export { type RegisterCatalogOutputs, RegisterCatalogStep, type RegisterCatalogStepProps } from './steps/idp/register-catalog';
export { SlackNotifyStep, type SlackNotifyStepProps } from './steps/idp/slack-notify';
export {
  type CatalogEntityValue,
  type CatalogPropertyChange,
  CatalogPropertyMode,
  CatalogPropertyUpdateType,
  type CatalogPropertyValue,
  UpdateCatalogPropertyStep,
  type UpdateCatalogPropertyStepProps,
} from './steps/idp/update-catalog-property';

// Kubernetes steps (Deployment stage)
export { DeleteResources } from './steps/k8s/delete-resources';
export { InstanceSelection } from './steps/k8s/instance-selection';
export { K8sApplyStep, type K8sApplyStepProps } from './steps/k8s/k8s-apply';
export { K8sBGSwapServicesStep, type K8sBGSwapServicesStepProps } from './steps/k8s/k8s-bg-swap-services';
export { K8sBlueGreenDeployStep, type K8sBlueGreenDeployStepProps } from './steps/k8s/k8s-blue-green-deploy';
export { K8sCanaryDeleteStep, type K8sCanaryDeleteStepProps } from './steps/k8s/k8s-canary-delete';
export { K8sCanaryDeployStep, type K8sCanaryDeployStepProps, K8sCanaryType } from './steps/k8s/k8s-canary-deploy';
export { K8sDeleteStep, type K8sDeleteStepProps } from './steps/k8s/k8s-delete';
export { K8sPatchStep, type K8sPatchStepProps, MergeStrategyType } from './steps/k8s/k8s-patch';
export { K8sRollingDeployStep, type K8sRollingDeployStepProps } from './steps/k8s/k8s-rolling-deploy';
export { K8sRollingRollbackStep, type K8sRollingRollbackStepProps } from './steps/k8s/k8s-rolling-rollback';
export { K8sRolloutStep, type K8sRolloutStepProps, RolloutCommand } from './steps/k8s/k8s-rollout';
export { K8sScaleStep, type K8sScaleStepProps } from './steps/k8s/k8s-scale';
export { RolloutResources } from './steps/k8s/rollout-resources';
export type { K8sApplyCommandOptions } from './steps/k8s/workload';

// FME (feature management) steps
export { FmeFlagAddRemoveFlagsetsStep, type FmeFlagAddRemoveFlagsetsStepProps } from './steps/fme/fme-flag-add-remove-flagsets';
export {
  FmeFlagAddRemoveIndividualTargetsStep,
  type FmeFlagAddRemoveIndividualTargetsStepProps,
  type FmeTargetList,
  type FmeTreatmentTargets,
} from './steps/fme/fme-flag-add-remove-individual-targets';
export { FmeFlagArchiveStep, type FmeFlagArchiveStepProps } from './steps/fme/fme-flag-archive';
export { FmeFlagCreateStep, type FmeFlagCreateStepProps } from './steps/fme/fme-flag-create';
export { FmeFlagDefaultAllocationStep, type FmeFlagDefaultAllocationStepProps } from './steps/fme/fme-flag-default-allocation';
export {
  type FmeDefaultDefinition,
  FmeFlagDefinitionInstructionsStep,
  type FmeFlagDefinitionInstructionsStepProps,
} from './steps/fme/fme-flag-definition-instructions';
export { FmeFlagDeleteStep, type FmeFlagDeleteStepProps } from './steps/fme/fme-flag-delete';
export { FmeFlagKillStep, type FmeFlagKillStepProps } from './steps/fme/fme-flag-kill';
export { FmeFlagLimitExposureStep, type FmeFlagLimitExposureStepProps } from './steps/fme/fme-flag-limit-exposure';
export { FmeFlagPatchDefinitionStep, type FmeFlagPatchDefinitionStepProps } from './steps/fme/fme-flag-patch-definition';
export { FmeFlagReallocateTrafficStep, type FmeFlagReallocateTrafficStepProps } from './steps/fme/fme-flag-reallocate-traffic';
export { FmeFlagRestoreStep, type FmeFlagRestoreStepProps } from './steps/fme/fme-flag-restore';
export {
  FmeFlagSetDynamicConfigurationsStep,
  type FmeFlagSetDynamicConfigurationsStepProps,
  type FmeTreatmentDynamicConfiguration,
} from './steps/fme/fme-flag-set-dynamic-configurations';
export { FmeFlagSetImpressionTrackingStep, type FmeFlagSetImpressionTrackingStepProps } from './steps/fme/fme-flag-set-impression-tracking';
export {
  FmeFlagSetIndividualTargetsStep,
  type FmeFlagSetIndividualTargetsStepProps,
  type FmeTreatmentTargetList,
} from './steps/fme/fme-flag-set-individual-targets';
export { FmeFlagSetTargetingRulesStep, type FmeFlagSetTargetingRulesStepProps } from './steps/fme/fme-flag-set-targeting-rules';
export { FmeFlagSetTreatmentsStep, type FmeFlagSetTreatmentsStepProps } from './steps/fme/fme-flag-set-treatments';
export { FmeFlagUpdateStep, type FmeFlagUpdateStepProps } from './steps/fme/fme-flag-update';
export { FmeFlagsetCreateStep, type FmeFlagsetCreateStepProps } from './steps/fme/fme-flagset-create';
export { FmeFlagsetDeleteStep, type FmeFlagsetDeleteStepProps } from './steps/fme/fme-flagset-delete';
export { FmeMetricCheckStep, type FmeMetricCheckStepProps } from './steps/fme/fme-metric-check';
export { FmeSegmentAddRemoveTargetsStep, type FmeSegmentAddRemoveTargetsStepProps } from './steps/fme/fme-segment-add-remove-targets';
export { FmeSegmentCreateStep, type FmeSegmentCreateStepProps, FmeSegmentType } from './steps/fme/fme-segment-create';
export { FmeSegmentDeleteStep, type FmeSegmentDeleteStepProps } from './steps/fme/fme-segment-delete';
export {
  type FmeSegmentRule,
  FmeSegmentSetTargetingRulesStep,
  type FmeSegmentSetTargetingRulesStepProps,
} from './steps/fme/fme-segment-set-targeting-rules';
export { FmeSegmentUpdateStep, type FmeSegmentUpdateStepProps } from './steps/fme/fme-segment-update';
export {
  FmeInstruction,
  FmeInstructionType,
  FmeTargetAction,
  type FmeTreatmentConfiguration,
  type FmeTreatmentTargetActions,
} from './steps/fme/fme-instruction';
export {
  type FmeMatcher,
  type FmeMatcherRange,
  type FmeMatcherScalar,
  FmeMatcherType,
  type FmeTargetingRule,
} from './steps/fme/fme-targeting-rule';
export type { FmeFlagEnvironmentProps } from './steps/fme/fme-flag-environment';
export type { FmeJson } from './steps/fme/fme-json';
export type { FmeAllocation, FmeTreatmentDefinition } from './steps/fme/fme-treatments';

// Templates: definitions and links to templates
export { TemplateDefinition, type TemplateDefinitionProps, type TemplateRender, TemplateScope, TemplateType } from './template-definition';
export { type TemplateInputValue, TemplateLink, type TemplateLinkProps } from './template-link';
export { TemplatePipeline, type TemplatePipelineProps } from './template-pipeline';
export { TemplateStage, type TemplateStageProps } from './template-stage';
export { TemplateStep, type TemplateStepProps } from './template-step';

// Triggers of pipelines
export { GitProvider, GitPushTrigger, type GitPushTriggerProps, type TriggerTarget } from './triggers/git-push-trigger';
