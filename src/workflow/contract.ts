import { StageType } from '../pipeline/compatibility';
import type { ValidationProblem } from '../core/errors';
import type { Pipeline } from '../pipeline/pipeline';
import type { StepOutput } from '../core/expression';
import { walkStrings } from '../core/object';
import type { RenderContext } from '../core/render-context';
import { Step } from '../pipeline/step';
import type { PipelineVariable } from '../pipeline/variable';
import type { PipelineTrigger } from './trigger-step';
import { WorkflowInput } from './workflow-input';
import { type InputsetEntry, sentValueProblems } from './inputset-rules';

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
 * Stage types `trigger:harness-custom-pipeline` supports (docs/rules.md#contract-stage-types): IDP, Deploy, Custom, and CI with the
 * codebase disabled.
 */
export const TRIGGER_SUPPORTED_STAGES: readonly string[] = [StageType.IDP, StageType.DEPLOYMENT, StageType.CUSTOM, StageType.CI];

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
  const problems: ValidationProblem[] = [];
  const warnings: ValidationProblem[] = [];
  const trigger = workflow.trigger;
  const triggerPath = `${workflow.describe()} > ${trigger.describe()}`;
  const url = trigger.url;

  // The URL must point at this pipeline.
  const scope: Array<[string, string, string | undefined]> = [
    ['pipeline identifier', url.pipelineId, pipeline.identifier],
    ['organization', url.orgId, pipeline.orgIdentifier],
    ['project', url.projectId, pipeline.projectIdentifier],
  ];
  for (const [what, inUrl, own] of scope) {
    if (own !== undefined && inUrl !== own) {
      problems.push({
        path: triggerPath,
        field: 'input.url',
        problem: `the URL names ${what} '${inUrl}', but ${pipeline.describe()} has '${own}'`,
        fix: 'build the URL with PipelineUrl.forPipeline(pipeline, { accountId })',
      });
    }
  }

  // Runtime inputs fed by workflow inputs, both directions (docs/rules.md#contract-runtime-inputs-fed); a webhook
  // trigger runs the pipeline with a stored input set instead (docs/rules.md#trigger-webhook).
  const webhook = trigger.webhook !== undefined;
  const entries = workflow.inputsetEntries?.() ?? workflow.inputs.map((i) => ({ feeder: i, value: i.source }));
  const byName = new Map(entries.map((e) => [e.feeder.name, e]));
  for (const v of pipeline.variables) {
    const where = `${pipeline.describe()} > variable '${v.name}'`;
    if (v.isRuntimeInput && !byName.has(v.name) && !webhook) {
      problems.push({
        path: where,
        field: 'value',
        problem: `is a runtime input that no input of ${workflow.describe()} feeds, so the trigger sends no value for it`,
        fix: `declare WorkflowInput.string('${v.name}', {...}) (or number/boolean/enum) on a page of the workflow and add that input to the pipeline in place of this variable, or give the variable a fixed value`,
      });
    }
    if (v.runtimeInput?.isExecutionInput) {
      problems.push({
        path: where,
        field: 'value',
        problem: 'is an execution-time input (.executionInput()); a workflow-triggered pipeline cannot stop to ask for it',
        fix: 'drop .executionInput(): the workflow supplies the value when it triggers the pipeline',
      });
    }
  }
  for (const entry of webhook ? [] : entries) {
    const input = entry.feeder;
    const v = pipeline.variables.find((x) => x.name === input.name);
    const where = `${workflow.describe()} > ${input.describe()}`;
    const field = input instanceof WorkflowInput ? 'variableName' : 'name';
    if (!v) {
      problems.push({
        path: where,
        field,
        problem: `feeds pipeline variable '${input.name}', which ${pipeline.describe()} does not declare`,
        fix:
          input instanceof WorkflowInput
            ? 'add the input to the pipeline: pipeline.addVariable(input) (or new Pipeline({ variables: workflow.inputs }))'
            : 'add the derived input to the pipeline: pipeline.addVariable(input) ' +
              '(or new Pipeline({ variables: workflow.pipelineVariables }))',
      });
      continue;
    }
    if (!v.isRuntimeInput) {
      problems.push({
        path: where,
        field,
        problem: `feeds pipeline variable '${input.name}', which has the fixed value '${String(v.value)}', so the value sent is ignored`,
        fix: `add the ${input instanceof WorkflowInput ? 'WorkflowInput' : 'DerivedInput'} itself to the pipeline as the variable`,
      });
      continue;
    }
    if (input instanceof WorkflowInput && v !== input) problems.push(...compareVariable(where, input, v));
    problems.push(...sentValueProblems(workflow.describe(), entry, v));
  }

  // Stage types, fixed inputs and template keys, on the rendered pipeline.
  const rendered = pipeline.render({}, ctx);
  problems.push(...rendered.problems);
  const doc = rendered.problems.length === 0 && !webhook ? (rendered.document?.pipeline as Record<string, unknown> | undefined) : undefined;
  if (doc) {
    problems.push(...findRuntimeInputs(pipeline, doc));
    const usesTemplates = findKey(doc, 'templateRef');
    if (usesTemplates && !trigger.fullyQualifiedKeys) {
      problems.push({
        path: triggerPath,
        field: 'input.inputset',
        problem: `${pipeline.describe()} uses templates (templateRef at ${usesTemplates}), which need fully-qualified inputset keys`,
        fix: 'set fullyQualifiedKeys: true on the PipelineTrigger (keys become pipeline.variables.<name>)',
      });
    }
    for (const { stage, at } of renderedStages(doc)) {
      const type = stage.type as string | undefined;
      const where = `${pipeline.describe()} > stage '${String(stage.identifier)}'`;
      if (type === StageType.CI && (stage.spec as Record<string, unknown> | undefined)?.cloneCodebase !== false) {
        problems.push({
          path: where,
          field: 'spec.cloneCodebase',
          problem: `a CI stage triggered from a workflow must have the codebase disabled (${at})`,
          fix: 'set cloneCodebase: false and clone with a GitClone step',
        });
      } else if (type !== undefined && !TRIGGER_SUPPORTED_STAGES.includes(type)) {
        warnings.push({
          path: where,
          field: 'type',
          problem: `trigger:harness-custom-pipeline documents support for IDP, Deploy, Custom and codebase-disabled CI stages only, not ${type}`,
          fix: 'test the workflow end to end, or move the work into a supported stage',
        });
      }
    }
  }

  // Step outputs read by the workflow come from this pipeline.
  const steps = new Set<Step>(pipeline.allSteps());
  for (const ref of workflow.referencedStepOutputs(ctx)) {
    if (!(ref.producer instanceof Step) || !steps.has(ref.producer)) {
      problems.push({
        path: `${workflow.describe()} > output`,
        field: 'output',
        problem: `reads '${ref.path}' of ${ref.producer.describe()}, which is not a step of ${pipeline.describe()}`,
        fix: 'read an output of a step of the triggered pipeline',
      });
    }
  }
  return { problems, warnings };
}

/** Type, default, allowed values and regex of a separately declared pipeline variable vs. the input. */
function compareVariable(where: string, input: WorkflowInput, v: PipelineVariable): ValidationProblem[] {
  const out: ValidationProblem[] = [];
  const fix = 'add the WorkflowInput itself to the pipeline instead of a separate variable, so both sides come from one declaration';
  if (v.type !== input.type) {
    out.push({
      path: where,
      field: 'type',
      problem: `the form sends a ${input.schema.type} but pipeline variable '${v.name}' is a ${v.type} (expected ${input.type})`,
      fix,
    });
  }
  const theirs = v.runtimeInput!;
  const mine = input.runtimeInput!;
  if (theirs.defaultValue !== undefined || mine.defaultValue !== undefined) {
    if (String(theirs.defaultValue) !== String(mine.defaultValue)) {
      out.push({
        path: where,
        field: 'default',
        problem: `the form default is '${mine.defaultValue ?? '(none)'}' but pipeline variable '${v.name}' defaults to '${theirs.defaultValue ?? '(none)'}'`,
        fix,
      });
    }
  }
  if (theirs.allowed !== undefined) {
    const allowed = theirs.allowed.map(String);
    const offered = mine.allowed?.map(String);
    if (offered === undefined) {
      out.push({
        path: where,
        field: 'enum',
        problem: `pipeline variable '${v.name}' allows only [${allowed.join(', ')}] but the form accepts any value`,
        fix,
      });
    } else {
      const extra = offered.filter((x) => !allowed.includes(x));
      if (extra.length > 0) {
        out.push({
          path: where,
          field: 'enum',
          problem: `the form offers [${extra.join(', ')}], which pipeline variable '${v.name}' does not allow ([${allowed.join(', ')}])`,
          fix,
        });
      }
    }
  }
  if (theirs.pattern !== undefined && theirs.pattern !== mine.pattern) {
    out.push({
      path: where,
      field: 'pattern',
      problem: `pipeline variable '${v.name}' requires regex '${theirs.pattern}' but the form pattern is '${mine.pattern ?? '(none)'}'`,
      fix,
    });
  }
  return out;
}

/**
 * `<+input>` anywhere but in the pipeline's variables: `pipeline.variables[].value`, or, for a pipeline that uses a
 * pipeline template, `pipeline.template.templateInputs.variables[].value` (docs/rules.md#contract-fixed-inputs-only).
 */
function findRuntimeInputs(pipeline: Pipeline, doc: Record<string, unknown>): ValidationProblem[] {
  const out: ValidationProblem[] = [];
  const { variables: _variables, ...rest } = withoutTemplateVariables(doc);
  walkStrings(rest, '', (v, at) => {
    if (v.includes('<+input>')) {
      out.push({
        path: pipeline.describe(),
        field: at,
        problem: `is a runtime input ('${v}'); a workflow can only fill pipeline variables, every other input must be fixed`,
        fix: 'give the field a fixed value, or read a pipeline variable fed by a WorkflowInput',
      });
    }
  });
  return out;
}

/** The document without `template.templateInputs.variables` (the variables of a pipeline that uses a template). */
function withoutTemplateVariables(doc: Record<string, unknown>): Record<string, unknown> {
  const template = doc.template as Record<string, unknown> | undefined;
  const inputs = template?.templateInputs as Record<string, unknown> | undefined;
  if (inputs?.variables === undefined) return doc;
  const { variables: _variables, ...otherInputs } = inputs;
  return { ...doc, template: { ...template, templateInputs: otherInputs } };
}

/** The path of the first object key named `key`, if any. */
function findKey(v: unknown, key: string, at = ''): string | undefined {
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) {
      const f = findKey(v[i], key, `${at}[${i}]`);
      if (f) return f;
    }
  } else if (v !== null && typeof v === 'object') {
    for (const [k, x] of Object.entries(v as Record<string, unknown>)) {
      const here = at ? `${at}.${k}` : k;
      if (k === key) return here;
      const f = findKey(x, key, here);
      if (f) return f;
    }
  }
  return undefined;
}

/** The rendered `stage` nodes, including parallel ones, with their paths. */
function renderedStages(doc: Record<string, unknown>): Array<{ stage: Record<string, unknown>; at: string }> {
  const out: Array<{ stage: Record<string, unknown>; at: string }> = [];
  const stages = (doc.stages as Array<Record<string, unknown>> | undefined) ?? [];
  stages.forEach((s, i) => {
    if (s.stage) out.push({ stage: s.stage as Record<string, unknown>, at: `stages[${i}]` });
    if (Array.isArray(s.parallel)) {
      (s.parallel as Array<Record<string, unknown>>).forEach((p, j) => {
        if (p.stage) out.push({ stage: p.stage as Record<string, unknown>, at: `stages[${i}].parallel[${j}]` });
      });
    }
  });
  return out;
}
