import { credentialProblems } from '../core/credentials';
import { dedupeProblems, type ValidationProblem } from '../core/errors';
import type { Expression, StepOutput } from '../core/expression';
import type { Overrides } from '../core/overrides';
import type { RenderContext } from '../core/render-context';
import { VariableReference } from '../core/variable-reference';
import type { Step } from '../pipeline/step';
import { analyzeWorkflowPipelineContract, type ContractWorkflow } from './contract';
import { entryText, type InputsetEntry, sentValueProblems } from './inputset-rules';
import { webhookWorkflowProblems } from './webhook-trigger';
import { backstageProblems, type CheckedWorkflow, structuralProblems, type TokenPlacement, tokenPlacement } from './workflow-checks';
import { resolveWorkflowValue, USER_OUTPUT_PREFIX, WORKFLOW_KINDS, type WorkflowResolveContext } from './workflow-expression';
import { WorkflowFormat } from './workflow-format';
import type { WorkflowInput } from './workflow-input';
import { identifierFormatProblems, renderPresentation } from './workflow-metadata';
import { type WorkflowOutput, WorkflowOutputKind } from './workflow-output';
import type { WorkflowProps } from './workflow-props';
import { textProblems } from './workflow-text-checks';

/** What rendering reads of a workflow (the {@link Workflow} model). */
export interface RenderedWorkflow extends CheckedWorkflow, ContractWorkflow {
  /** The workflow identifier. */
  readonly identifier: string;
  /** The display name, if given. */
  readonly name?: string;
  /** The workflow type. */
  readonly type: string;
  /** The owner, if given. */
  readonly owner?: string;
  /** The organization of the workflow, if given. */
  readonly orgIdentifier?: string;
  /** The project of the workflow, if given. */
  readonly projectIdentifier?: string;
  /** The inputs that feed the pipeline, in form order. */
  readonly inputs: readonly WorkflowInput[];
  /** The output entries, in order. */
  readonly outputs: readonly WorkflowOutput[];
  /** The trigger's `inputset` entries. */
  inputsetEntries(): InputsetEntry[];
}

/** A workflow with what only the model holds: its props, its overrides, and the header of the format rendered. */
export interface WorkflowSource {
  /** The workflow. */
  readonly workflow: RenderedWorkflow;
  /** Its props. */
  readonly props: WorkflowProps;
  /** Its escape-hatch overrides. */
  readonly overrides: Overrides;
  /** `apiVersion` and `kind` of the format rendered. */
  readonly header: { readonly apiVersion: string; readonly kind: string };
}

/** The rendered body of `spec`: the form pages, the trigger step and the output. */
interface SpecBody {
  readonly parameters: readonly unknown[];
  readonly steps: readonly unknown[];
  readonly output?: Record<string, unknown>;
}

/** Renders a document of the workflow, with every problem found. */
export function renderWorkflowDocument(
  source: WorkflowSource,
  format: WorkflowFormat,
  pass: RenderContext,
): { doc: Record<string, unknown>; problems: ValidationProblem[] } {
  const w = source.workflow;
  const problems: ValidationProblem[] = [];
  const path = w.describe();
  const token = tokenPlacement(w, problems);
  problems.push(...structuralProblems(w, token));
  const ctx = workflowResolveContext(w, pass);
  const output = renderWorkflowOutput(w.outputs, w.trigger.id);
  const readsStepOutputs = resolveWorkflowValue(output, 'spec.output', ctx).stepOutputs.length > 0;
  problems.push(...hiddenOutputProblems(w, readsStepOutputs));
  const parameters = w.pages.map((p, i) => p.toObject(i === 0 && token.leading && token.field ? [token.field] : []));
  const entries = w.inputsetEntries();
  if (w.trigger.webhook) {
    problems.push(
      ...webhookWorkflowProblems(
        path,
        w.trigger.describe(),
        entries.map((e) => e.feeder),
        readsStepOutputs,
      ),
    );
  }
  const steps = [triggerStep(w, entries, readsStepOutputs, token)];
  problems.push(...identifierFormatProblems(w.identifier, format, path));
  const doc = assembleDocument(source, format, { parameters, steps, output });
  if (format !== WorkflowFormat.IDP_2) problems.push(...backstageProblems(path, w.identifier, source.props.tags ?? []));
  source.overrides.applyTo(doc, (at) => format === WorkflowFormat.IDP_2 || at[0] === 'spec' || at[0] === 'metadata');
  const resolved = resolveWorkflowValue(doc, '', ctx);
  problems.push(...resolved.problems, ...stepOutputProblems(path, resolved.stepOutputs));
  const out = resolved.value as Record<string, unknown>;
  problems.push(...credentialProblems(out, path));
  problems.push(...textProblems(w, out.spec as Record<string, unknown>));
  problems.push(...pipelineProblems(w, entries, pass));
  return { doc: out, problems: dedupeProblems(problems) };
}

/** The resolve context of the workflow: its inputs, its trigger and the steps of the pipeline it runs. */
export function workflowResolveContext(workflow: RenderedWorkflow, ctx: RenderContext): WorkflowResolveContext {
  const inputs = workflow.inputs;
  const pipeline = workflow.trigger.url.pipeline;
  let steps: Map<string, Step> | undefined;
  return {
    path: workflow.describe(),
    triggerId: workflow.trigger.id,
    parameterText: (ref: Expression) => {
      const input = inputs.find((i) => i === ref || (ref instanceof VariableReference && i.variableId === ref.variableId));
      return input?.schema.parameterText();
    },
    resolver: (callbacks) =>
      ctx.resolver(
        {
          ...callbacks,
          producer: (id) => {
            steps ??= new Map((pipeline?.allSteps() ?? []).map((s) => [s.producerId, s]));
            return steps.get(id);
          },
        },
        WORKFLOW_KINDS,
      ),
  };
}

/** `spec.output`: the links and texts, or undefined when there are none. */
export function renderWorkflowOutput(outputs: readonly WorkflowOutput[], triggerId: string): Record<string, unknown> | undefined {
  const links = outputs.filter((o) => o.kind === WorkflowOutputKind.LINK).map((o) => o.toObject(triggerId));
  const text = outputs.filter((o) => o.kind === WorkflowOutputKind.TEXT).map((o) => o.toObject(triggerId));
  if (links.length === 0 && text.length === 0) return undefined;
  const out: Record<string, unknown> = {};
  if (links.length > 0) out.links = links;
  if (text.length > 0) out.text = text;
  return out;
}

/** `showOutputVariables: false` while the output reads pipeline step outputs. */
function hiddenOutputProblems(w: RenderedWorkflow, readsStepOutputs: boolean): ValidationProblem[] {
  if (!readsStepOutputs || w.trigger.showOutputVariables !== false) return [];
  return [
    {
      path: `${w.describe()} > ${w.trigger.describe()}`,
      field: 'input.showOutputVariables',
      problem: 'is false, but the output reads pipeline step outputs, which are then not exposed',
      fix: 'remove showOutputVariables: false',
    },
  ];
}

/** The trigger step, with the inputset of the entries. */
function triggerStep(w: RenderedWorkflow, entries: readonly InputsetEntry[], readsStepOutputs: boolean, token: TokenPlacement): unknown {
  const inputset = entries.map((e) => ({ variable: e.feeder, value: entryText(e) }));
  return w.trigger.toObject({ inputs: w.inputs, entries: inputset, readsStepOutputs, tokenField: token.field });
}

/** The document of the format, before overrides and resolution. */
function assembleDocument(source: WorkflowSource, format: WorkflowFormat, body: SpecBody): Record<string, unknown> {
  const { workflow: w, props } = source;
  const idp2 = format === WorkflowFormat.IDP_2;
  const metadata = renderMetadata(w, props, format);
  const presentation = renderPresentation(props.presentation);
  const spec: Record<string, unknown> = {};
  if (!idp2) {
    if (w.owner !== undefined) spec.owner = w.owner;
    spec.type = w.type;
  }
  if (props.lifecycle !== undefined) spec.lifecycle = props.lifecycle;
  if (presentation) spec.presentation = presentation;
  Object.assign(spec, { parameters: body.parameters, steps: body.steps });
  if (body.output) spec.output = body.output;
  if (!idp2) return { ...source.header, metadata, spec };
  const doc: Record<string, unknown> = { ...source.header };
  if (w.name !== undefined) doc.name = w.name;
  doc.identifier = w.identifier;
  doc.type = w.type;
  if (w.owner !== undefined) doc.owner = w.owner;
  if (w.orgIdentifier !== undefined) doc.orgIdentifier = w.orgIdentifier;
  if (w.projectIdentifier !== undefined) doc.projectIdentifier = w.projectIdentifier;
  if (Object.keys(metadata).length > 0) doc.metadata = metadata;
  doc.spec = spec;
  return doc;
}

function renderMetadata(w: RenderedWorkflow, p: WorkflowProps, format: WorkflowFormat): Record<string, unknown> {
  const m: Record<string, unknown> = {};
  if (format === WorkflowFormat.BACKSTAGE) {
    m.name = w.identifier;
    if (w.name !== undefined) m.title = w.name;
  }
  if (p.description !== undefined) m.description = p.description;
  if (p.icon !== undefined) m.icon = p.icon;
  if (p.tags && p.tags.length > 0) m.tags = [...p.tags];
  if (p.links && p.links.length > 0) {
    m.links = p.links.map((l) => {
      const link: Record<string, unknown> = { url: l.url };
      if (l.title !== undefined) link.title = l.title;
      if (l.icon !== undefined) link.icon = l.icon;
      if (l.type !== undefined) link.type = l.type;
      return link;
    });
  }
  if (p.annotations && Object.keys(p.annotations).length > 0) m.annotations = { ...p.annotations };
  return m;
}

/** Step outputs read by the document that `showOutputVariables` does not expose. */
function stepOutputProblems(path: string, stepOutputs: readonly StepOutput[]): ValidationProblem[] {
  return stepOutputs
    .filter((ref) => !ref.path.startsWith(USER_OUTPUT_PREFIX))
    .map((ref) => ({
      path,
      field: 'spec.output',
      problem:
        `reads step output '${ref.path}' of ${ref.producer.describe()}, which is not a user-defined output variable; ` +
        'showOutputVariables exposes only output.outputVariables.*',
      fix: 'copy the value into an output variable of a Run (or ShellScript) step and read that output',
    }));
}

/** The workflow ↔ pipeline contract when the pipeline model is known, else the values sent. */
function pipelineProblems(w: RenderedWorkflow, entries: readonly InputsetEntry[], pass: RenderContext): ValidationProblem[] {
  const pipeline = w.trigger.url.pipeline;
  if (pipeline) return [...analyzeWorkflowPipelineContract(w, pipeline, pass).problems];
  if (w.trigger.webhook) return [];
  return entries.flatMap((e) => sentValueProblems(w.describe(), e, e.feeder));
}
