import type { Expression } from '../core/expression';
import type { PipelineUrl } from './pipeline-url';
import type { RemotePipelineProps } from './pipeline-url-props';
import { PipelineTrigger } from './trigger-step';
import type { TriggerAuth } from './trigger-auth';
import { Workflow } from './workflow';
import type { WorkflowProps } from './workflow-props';

/** The options of a self-service definition that go to the trigger step, not to the form. */
interface SelfServiceTriggerOptions {
  readonly triggerName?: string;
  readonly auth?: TriggerAuth;
  readonly hidePipelineURLLog?: boolean;
  readonly showOutputVariables?: boolean;
  readonly if?: string | Expression;
  readonly fullyQualifiedKeys?: boolean;
  readonly remotePipeline?: RemotePipelineProps;
}

/** A self-service definition: the workflow's form and outputs, its optional identifier, and the trigger options. */
export type SelfServiceDefinition = SelfServiceTriggerOptions &
  Omit<WorkflowProps, 'trigger' | 'orgIdentifier' | 'projectIdentifier' | 'identifier'> & { readonly identifier?: string };

/**
 * The trigger step of a self-service definition (`SelfServiceWorkflow`, and the importer that writes one): its
 * trigger options and the pipeline URL, named `Run <pipeline name>` unless the definition names it.
 */
export function selfServiceTrigger(def: SelfServiceTriggerOptions, url: PipelineUrl, pipelineName: string): PipelineTrigger {
  return new PipelineTrigger({
    name: def.triggerName ?? `Run ${pipelineName}`,
    url,
    auth: def.auth,
    hidePipelineURLLog: def.hidePipelineURLLog,
    showOutputVariables: def.showOutputVariables,
    if: def.if,
    fullyQualifiedKeys: def.fullyQualifiedKeys,
  });
}

/**
 * The workflow model of a self-service definition: its form and outputs (the trigger options left out), the
 * pipeline's identifier unless the definition names one, in the given scope, with the trigger.
 */
export function selfServiceForm(
  def: SelfServiceDefinition,
  pipelineIdentifier: string,
  scope: Pick<WorkflowProps, 'orgIdentifier' | 'projectIdentifier'>,
  trigger: PipelineTrigger,
): Workflow {
  const {
    triggerName: _t,
    auth: _a,
    hidePipelineURLLog: _h,
    showOutputVariables: _s,
    if: _i,
    fullyQualifiedKeys: _f,
    remotePipeline: _r,
    ...formProps
  } = def;
  return new Workflow({
    ...formProps,
    identifier: def.identifier ?? pipelineIdentifier,
    orgIdentifier: scope.orgIdentifier,
    projectIdentifier: scope.projectIdentifier,
    trigger,
  });
}
