import type { ValidationProblem } from '../core/errors';
import type { Pipeline } from '../pipeline/pipeline';
import type { PipelineScope } from '../pipeline/pipeline-props';
import type { StepOutput } from '../core/expression';
import { RenderContext } from '../core/render-context';
import { Step } from '../pipeline/step';
import { inputContractProblems } from './contract-inputs';
import { renderedPipelineProblems } from './contract-stages';
import type { PipelineUrl } from './pipeline-url';
import type { PipelineTrigger } from './trigger-step';
import type { WorkflowInput } from './workflow-input';
import type { InputsetEntry } from './inputset-rules';

/** What the contract reads of a workflow (the {@link Workflow} model implements it). */
export interface ContractWorkflow {
  /** The step that runs the pipeline. */
  readonly trigger: PipelineTrigger;
  /** The inputs that feed the pipeline, in form order. */
  readonly inputs: readonly WorkflowInput[];
  /**
   * Every inputset entry: form inputs (with the value sent while a condition hides them) and derived inputs.
   * @default - one entry per input, sent as it is
   */
  inputsetEntries?(): readonly InputsetEntry[];
  /** Pipeline step outputs the workflow reads back through the trigger. */
  referencedStepOutputs(ctx?: RenderContext): readonly StepOutput[];
  /** Human-readable location for messages. */
  describe(): string;
}

/** Problems (the synth fails) and warnings (it goes on) of a workflow ↔ pipeline pair. */
export interface ContractReport {
  /** Contract violations: the workflow cannot run this pipeline as intended. */
  readonly problems: readonly ValidationProblem[];
  /** Doubtful but documented-unclear combinations (IACM and Approval stages, docs/rules.md#contract-stage-types). */
  readonly warnings: readonly ValidationProblem[];
}

/**
 * Checks that a workflow and the pipeline its trigger runs agree:
 * - the trigger URL names this pipeline (identifier, org, project);
 * - every runtime-input pipeline variable is fed by a workflow input, and every workflow input feeds a
 *   runtime-input pipeline variable, with the same type, default, allowed values and regex (docs/rules.md#contract-runtime-inputs-fed);
 * - no other runtime input (`<+input>`) anywhere in the pipeline, and no execution-time inputs (docs/rules.md#contract-fixed-inputs-only);
 * - CI stages run with the codebase disabled (docs/rules.md#contract-ci-codebase-disabled);
 * - a pipeline that uses templates gets fully-qualified inputset keys (docs/rules.md#contract-template-keys);
 * - every pipeline step output the workflow reads is produced by a step of this pipeline.
 */
export function checkWorkflowPipelineContract(workflow: ContractWorkflow, pipeline: Pipeline): ValidationProblem[] {
  return [...analyzeWorkflowPipelineContract(workflow, pipeline).problems];
}

/** Warnings of the contract: stage types the trigger does not list, such as IACM and Approval (docs/rules.md#contract-stage-types). */
export function workflowPipelineContractWarnings(workflow: ContractWorkflow, pipeline: Pipeline): ValidationProblem[] {
  return [...analyzeWorkflowPipelineContract(workflow, pipeline).warnings];
}

/** Problems and warnings of the workflow ↔ pipeline contract. */
export function analyzeWorkflowPipelineContract(workflow: ContractWorkflow, pipeline: Pipeline, ctx?: RenderContext): ContractReport {
  const trigger = workflow.trigger;
  const triggerPath = `${workflow.describe()} > ${trigger.describe()}`;
  const problems: ValidationProblem[] = urlProblems(triggerPath, trigger.url, pipeline);
  const webhook = trigger.webhook !== undefined;
  const entries = workflow.inputsetEntries?.() ?? workflow.inputs.map((i) => ({ feeder: i, value: i.source }));
  problems.push(...inputContractProblems(workflow.describe(), entries, pipeline, webhook));
  const rendered = pipeline.renderShared(urlScope(trigger.url, pipeline), RenderContext.orNew(ctx));
  problems.push(...rendered.problems);
  const doc = rendered.problems.length === 0 && !webhook ? (rendered.document?.pipeline as Record<string, unknown> | undefined) : undefined;
  const warnings: ValidationProblem[] = [];
  if (doc) {
    const report = renderedPipelineProblems(pipeline, doc, triggerPath, trigger.fullyQualifiedKeys);
    problems.push(...report.problems);
    warnings.push(...report.warnings);
  }
  problems.push(...stepOutputProblems(workflow, pipeline, ctx));
  return { problems, warnings };
}

/**
 * The scope the URL registers the pipeline in, where the pipeline does not set its own: the scope its construct renders
 * it in, so the contract reads the document the construct renders in the same pass (org and project are fields the
 * contract does not check; a URL that disagrees with the pipeline is {@link urlProblems}' finding).
 */
function urlScope(url: PipelineUrl, pipeline: Pipeline): PipelineScope {
  return { orgIdentifier: pipeline.orgIdentifier ?? url.orgId, projectIdentifier: pipeline.projectIdentifier ?? url.projectId };
}

/** The URL must point at this pipeline. */
function urlProblems(triggerPath: string, url: PipelineUrl, pipeline: Pipeline): ValidationProblem[] {
  const scope: Array<[string, string, string | undefined]> = [
    ['pipeline identifier', url.pipelineId, pipeline.identifier],
    ['organization', url.orgId, pipeline.orgIdentifier],
    ['project', url.projectId, pipeline.projectIdentifier],
  ];
  return scope
    .filter(([, inUrl, own]) => own !== undefined && inUrl !== own)
    .map(([what, inUrl, own]) => ({
      path: triggerPath,
      field: 'input.url',
      problem: `the URL names ${what} '${inUrl}', but ${pipeline.describe()} has '${own}'`,
      fix: 'build the URL with PipelineUrl.forPipeline(pipeline, { accountId })',
    }));
}

/** Step outputs read by the workflow come from this pipeline. */
function stepOutputProblems(workflow: ContractWorkflow, pipeline: Pipeline, ctx?: RenderContext): ValidationProblem[] {
  const steps = new Set<Step>(pipeline.allSteps());
  return workflow
    .referencedStepOutputs(ctx)
    .filter((ref) => !(ref.producer instanceof Step) || !steps.has(ref.producer))
    .map((ref) => ({
      path: `${workflow.describe()} > output`,
      field: 'output',
      problem: `reads '${ref.path}' of ${ref.producer.describe()}, which is not a step of ${pipeline.describe()}`,
      fix: 'read an output of a step of the triggered pipeline',
    }));
}
