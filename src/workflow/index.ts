// The IDP workflow model: form, inputs, trigger, outputs, and the workflow <-> pipeline contract. No cdktf.
// Named exports only; rendering and resolve helpers stay unexported.

// Workflows
export { Workflow, type WorkflowLink, type WorkflowProps, type WorkflowRender } from './workflow';
export { WorkflowFormat } from './workflow-format';

// Inputs and form
export {
  type ArrayFieldProps,
  type ArrayItems,
  type BooleanFieldProps,
  type EnumFieldProps,
  type FieldProps,
  FieldSchema,
  FormField,
  type NumberFieldProps,
  type StringFieldProps,
  type WorkflowParameter,
} from './form-field';
export {
  type ArrayInputProps,
  type BooleanInputProps,
  type EnumInputProps,
  type InputVariableProps,
  type NumberInputProps,
  type StringInputProps,
  WorkflowInput,
} from './workflow-input';
export { FormPage, type FormPageProps, type PickerDependencies } from './form-page';

// UI pickers
export {
  type CatalogFilter,
  type EntityFieldPickerOptions,
  type EntityPickerOptions,
  FormValueType,
  type HarnessAutoOrgPickerOptions,
  type HarnessOwnerPickerOptions,
  type HarnessUserGroupPickerOptions,
  type ParameterKey,
  type RepoUrlPickerOptions,
  UiField,
  UiFieldName,
  UiWidget,
  type UserGroupScope,
} from './ui-field';

// Trigger and outputs
export { type ParameterReference, TriggerOutputExpression, WorkflowExpr, WorkflowExpression } from './workflow-expression';
export {
  PipelineStoreType,
  PipelineTrigger,
  type PipelineTriggerOutputs,
  type PipelineTriggerProps,
  PipelineUrl,
  type PipelineUrlForPipelineOptions,
  type PipelineUrlProps,
  type RemotePipelineProps,
  type RemotePipelineUrlProps,
  TriggerAuth,
  TriggerAuthMode,
  type UserTokenOptions,
} from './trigger-step';
export { WorkflowOutput, WorkflowOutputKind, type WorkflowOutputProps } from './workflow-output';

// The workflow <-> pipeline contract
export { checkWorkflowPipelineContract, type ContractWorkflow, workflowPipelineContractWarnings } from './contract';
