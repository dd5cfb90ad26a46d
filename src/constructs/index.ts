// The CDKTF constructs: what a platform team instantiates. Named exports only; synth plumbing lives in private/ and
// helpers of the patterns stay unexported.

// Pipelines, workflows and their registration
export { HarnessPipeline, type HarnessPipelineProps } from './harness-pipeline';
export { HarnessTrigger, type HarnessTriggerProps } from './harness-trigger';
export { IdpWorkflow, type IdpWorkflowProps } from './idp-workflow';
export {
  SelfServiceWorkflow,
  type SelfServiceWorkflowDefinition,
  type SelfServiceWorkflowProps,
  WorkflowScope,
} from './self-service-workflow';
export { type GitOpsRegistrationProps, WorkflowRegistration } from './workflow-registration';
export { type GitLocation, type GitOpsStorageProps, GitStorage, GitStorageMode, type RemoteGitStorageProps } from './git-storage';

// Templates
export { HarnessTemplate, type HarnessTemplateProps } from './harness-template';
export { PipelineTemplate, type PipelineTemplateProps } from './pipeline-template';
export { StageTemplate, type StageTemplateProps } from './stage-template';
export { StepTemplate, type StepTemplateProps } from './step-template';

// Platform settings and checks
export { IdpDefaultImages, type IdpDefaultImagesProps, IdpImage, type IdpImageSet, IdpInfrastructure } from './idp-default-images';
export { PipelineApiCheck, type PipelineApiCheckProps } from './pipeline-api-check';
export { PlatformDefaults, type PlatformDefaultsProps } from './platform-defaults';
export {
  PrerequisiteDataSources,
  type PrerequisiteDataSourcesProps,
  PrerequisiteLookups,
  type PrerequisiteLookupsOptions,
} from './prerequisite-lookups';

// The Create Resource (OpenTofu) path
export { CreateResourceModule } from './create-resource/create-resource-module';
export { CreatedPipeline, type CreatedPipelineProps } from './create-resource/created-pipeline';
export { Deferred, OnboardingValue } from './create-resource/onboarding-value';

// The seven patterns
export { K8sRollback, type K8sRollbackInputs, type K8sRollbackProps, type K8sRollbackSteps } from './patterns/k8s-rollback';
export { K8sScale, type K8sScaleInputs, type K8sScaleProps, type K8sScaleSteps } from './patterns/k8s-scale';
export { K8sRestart, type K8sRestartInputs, type K8sRestartProps, type K8sRestartSteps, RestartMethod } from './patterns/k8s-restart';
export { ApprovalPlacement, TokenRotation, type TokenRotationProps } from './patterns/token-rotation';
export type { TokenRotationInputs, TokenRotationOutputs, TokenRotationSteps } from './patterns/token-rotation/members';
export {
  FeatureFlagToggle,
  type FeatureFlagToggleInputs,
  type FeatureFlagToggleProps,
  type FeatureFlagToggleSteps,
  FlagAction,
} from './patterns/feature-flag-toggle';
export { ServiceOnboarding } from './patterns/service-onboarding';
export type { ServiceOnboardingInputs, ServiceOnboardingOutputs, ServiceOnboardingSteps } from './patterns/service-onboarding/members';
export type { PrivateTemplateRepository, ServiceOnboardingProps } from './patterns/service-onboarding/props';
export { InfraProvisioning } from './patterns/infra-provisioning';
export type { InfraProvisioningInputs, InfraProvisioningStages, InfraProvisioningSteps } from './patterns/infra-provisioning/members';
export type { InfraProvisioningProps, InstanceCountBounds } from './patterns/infra-provisioning/props';

// Building blocks of the patterns
export {
  ApprovalGate,
  type ApprovalStepProps,
  type RequiredApprovalProps,
  type SkippedApprovalProps,
} from './patterns/blocks/approval-gate';
export {
  type GatedOperationProps,
  type PatternDefaults,
  type PatternParts,
  SelfServicePattern,
  type SelfServicePatternProps,
} from './patterns/blocks/self-service-pattern';
export { HarnessApi, type HarnessApiCallProps, type HarnessApiProps } from './patterns/blocks/harness-api';
export {
  K8sOperation,
  type K8sOperationDefaults,
  type K8sOperationParts,
  type K8sOperationProps,
  type K8sTargetInputs,
  type K8sWorkloadProps,
} from './patterns/blocks/k8s-operation';
export {
  type PatternFormInputProps,
  PatternInput,
  type PatternInputSpec,
  type ResolvedPatternInput,
} from './patterns/blocks/pattern-input';
export { type OwnerInputProps, OwnerKind, OwnerPicker, type OwnerPickerOptions } from './patterns/blocks/owner-picker';
export {
  type CookiecutterTemplateChoice,
  CookiecutterTemplates,
  type FixedListTemplatesProps,
  type FreeUrlTemplatesProps,
} from './patterns/blocks/cookiecutter-templates';
export { IacScanner, type PluginScannerProps } from './patterns/blocks/iac-scanner';

// Team stacks at scale: one-stack synthesis, IaCM workspaces and their delivery pipelines, diagrams
export { type StackBuilder, StackSelection, type StackSelectionOptions } from './stack-selection';
export { IacmProvisioner, IacmWorkspace, type IacmWorkspaceProps, type IacmWorkspaceRepository } from './iacm-workspace';
export {
  type DeliveredStack,
  type DeliveryRepository,
  IacmStackDelivery,
  type IacmStackDeliveryProps,
  type StackDelivery,
} from './iacm-delivery/iacm-stack-delivery';
export { type DeliverySteps, SynthFormat, type SynthSettings } from './iacm-delivery/delivery-pipeline';
export { stackDiagrams } from './stack-diagrams';
