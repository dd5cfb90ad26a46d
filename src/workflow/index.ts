// The IDP workflow model: form, inputs, trigger, outputs, and the workflow <-> pipeline contract. No cdktf.
// Named exports only; rendering and resolve helpers stay unexported.

// Workflows
export { Workflow } from './workflow';
export type { WorkflowLink, WorkflowProps, WorkflowRender } from './workflow-props';
export type { WorkflowButtonLabels, WorkflowPresentation } from './workflow-metadata';
export { WorkflowFormat } from './workflow-format';

// Inputs and form
export type {
  ArrayFieldProps,
  ArrayItems,
  BooleanFieldProps,
  EnumFieldProps,
  FieldProps,
  NumberFieldProps,
  StringFieldProps,
} from './field-props';
export { type ConditionalFields, FieldSchema, FormField, type WorkflowParameter } from './form-field';
export {
  type ArrayInputProps,
  type BooleanInputProps,
  type EnumInputProps,
  type InputVariableProps,
  type NumberInputProps,
  type StringInputProps,
  WorkflowInput,
} from './workflow-input';
export { FormPage, type FormPageProps, FormPageType, type PickerDependencies } from './form-page';
export { ObjectField, type ObjectFieldProps } from './object-field';
export { type ConditionBranch, type ConditionValue, FormCondition, FormConditionKind } from './form-condition';
export { FormDefinition, RefField, type RefFieldProps } from './form-definition';
export { DerivedInput, type DerivedInputProps } from './derived-input';
export { InputsetValue, InputsetValueKind } from './inputset-value';
export type { InputsetEntry } from './inputset-rules';

// UI pickers
export { FormValueType, UiField, UiFieldName, UiWidget } from './ui-field';
export type {
  CatalogFilter,
  CatalogFilters,
  EntityFieldPickerOptions,
  EntityPickerOptions,
  HarnessAutoOrgPickerOptions,
  HarnessOwnerPickerOptions,
  HarnessUserGroupPickerOptions,
  RepoUrlPickerOptions,
  UserGroupScope,
} from './picker-options';
export type { ParameterKey } from './parameter-key';

// Trigger and outputs
export { type ParameterReference, TriggerOutputExpression, WorkflowExpr, WorkflowExpression } from './workflow-expression';
export { PipelineTrigger, type PipelineTriggerOutputs, type PipelineTriggerProps } from './trigger-step';
export {
  PipelineStoreType,
  type PipelineUrlForPipelineOptions,
  type PipelineUrlProps,
  type RemotePipelineProps,
  type RemotePipelineUrlProps,
} from './pipeline-url-props';
export { PipelineUrl } from './pipeline-url';
export { TriggerAuth, TriggerAuthMode, type UserTokenOptions } from './trigger-auth';
export { WorkflowOutput, WorkflowOutputKind, type WorkflowOutputProps } from './workflow-output';
export type { WebhookTriggerProps, WebhookTriggerValue } from './webhook-trigger';

// The workflow <-> pipeline contract
export { checkWorkflowPipelineContract, type ContractWorkflow, workflowPipelineContractWarnings } from './contract';
