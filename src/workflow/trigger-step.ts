import { requireProps } from '../core/arguments';
import { fail } from '../core/errors';
import { rejectPropValueProblems } from '../core/value-problems';
import { type Expression, StepOutput } from '../core/expression';
import type { PipelineVariable } from '../pipeline/variable';
import type { WorkflowParameter } from './form-field';
import { describeGiven } from './given-value';
import { PipelineUrl } from './pipeline-url';
import { TriggerAuth, TriggerAuthMode } from './trigger-auth';
import type { WorkflowInput } from './workflow-input';
import { TriggerOutputExpression, USER_OUTPUT_PREFIX, WorkflowExpression } from './workflow-expression';
import { checkWebhook, TRIGGER_PIPELINE_WITH_WEBHOOK_ACTION, type WebhookTriggerProps, webhookInput } from './webhook-trigger';

/** Props of a {@link PipelineTrigger}. */
export interface PipelineTriggerProps {
  /** Step id, read as `steps.<id>` in the output. @default 'trigger' */
  readonly id?: string;
  /** Step name shown while the workflow runs. */
  readonly name: string;
  /** The pipeline to run. */
  readonly url: PipelineUrl;
  /** Whose credentials start the pipeline. @default TriggerAuth.userToken() */
  readonly auth?: TriggerAuth;
  /** Hide the pipeline URL from the workflow logs. @default - not set (shown) */
  readonly hidePipelineURLLog?: boolean;
  /**
   * Expose pipeline output variables to the workflow output.
   * @default true when the output reads pipeline step outputs, else not set
   */
  readonly showOutputVariables?: boolean;
  /**
   * Run the step only when this templated condition holds, e.g.
   * `WorkflowExpr.equals(environment, 'production')` (`${{ parameters.environment == 'production' }}`).
   * @default - always
   */
  readonly if?: string | Expression;
  /**
   * Send `pipeline.variables.<name>` keys instead of `<name>`: required for pipelines that use templates
   * (docs/rules.md#contract-template-keys).
   * @default false
   */
  readonly fullyQualifiedKeys?: boolean;
  /**
   * Run the pipeline through one of its custom webhook triggers with a stored input set
   * (`trigger:trigger-pipeline-with-webhook`): the step sends no inputset (docs/rules.md#trigger-webhook).
   * @default - trigger:harness-custom-pipeline with an inputset
   */
  readonly webhook?: WebhookTriggerProps;
}

/** Typed outputs of the trigger step. */
export interface PipelineTriggerOutputs {
  /** Link to the pipeline execution (`${{ steps.<id>.output.PipelineUrl }}`). */
  readonly pipelineUrl: Expression;
}

/** The `trigger:harness-custom-pipeline` action. */
export const HARNESS_CUSTOM_PIPELINE_ACTION = 'trigger:harness-custom-pipeline';

/**
 * The workflow step that runs the pipeline (`trigger:harness-custom-pipeline`). Its `inputset` is derived
 * from the workflow inputs; outputs of pipeline steps are read back with {@link PipelineTrigger.output}.
 */
export class PipelineTrigger {
  /** The step id in the workflow (`steps.<id>`). */
  public readonly id: string;
  /** The step's display name. */
  public readonly name: string;
  /** The URL of the pipeline the step triggers. */
  public readonly url: PipelineUrl;
  /** Whose credentials start the pipeline. */
  public readonly auth: TriggerAuth;
  /** Expressions the workflow reads from the step (the execution URL, pipeline outputs). */
  public readonly outputs: PipelineTriggerOutputs;
  private readonly props: PipelineTriggerProps;

  /** Creates the trigger step; id, URL and authentication are checked at once. */
  constructor(props: PipelineTriggerProps) {
    this.id =
      requireProps(props, 'new PipelineTrigger', "new PipelineTrigger({ name: 'Run', url: PipelineUrl.forPipeline(...) })").id ?? 'trigger';
    const where = `trigger step '${this.id}'`;
    rejectPropValueProblems(props, where);
    if (!/^[a-zA-Z_][a-zA-Z0-9_]{0,63}$/.test(this.id)) {
      fail(where, 'id', `'${this.id}' cannot be read as steps.${this.id}`, "use letters, digits and _ only, e.g. 'trigger'");
    }
    if (typeof props.name !== 'string' || props.name.trim() === '') {
      fail(where, 'name', 'the step has no name', 'give the step a name; it is shown while the workflow runs');
    }
    if (!(props.url instanceof PipelineUrl)) {
      fail(
        where,
        'input.url',
        `${describeGiven(props.url)} is not a PipelineUrl`,
        'use PipelineUrl.inline(), .remote(), .forPipeline() or .fromString()',
      );
    }
    if (props.auth !== undefined && !(props.auth instanceof TriggerAuth)) {
      fail(
        where,
        'input.apikey',
        `${describeGiven(props.auth)} is not a TriggerAuth`,
        'use TriggerAuth.userToken() or TriggerAuth.apiKeySecret()',
      );
    }
    this.name = props.name;
    this.url = props.url;
    this.auth = props.auth ?? TriggerAuth.userToken();
    if (props.webhook !== undefined) checkWebhook(where, props.webhook, props, this.auth.mode === TriggerAuthMode.API_KEY_SECRET);
    this.props = props;
    this.outputs = { pipelineUrl: new WorkflowExpression(`\${{ steps.${this.id}.output.PipelineUrl }}`) };
  }

  /** Whether inputset keys are fully qualified (`pipeline.variables.<name>`). */
  public get fullyQualifiedKeys(): boolean {
    return this.props.fullyQualifiedKeys === true;
  }

  /** The webhook the step runs the pipeline through, if it uses `trigger:trigger-pipeline-with-webhook`. */
  public get webhook(): WebhookTriggerProps | undefined {
    return this.props.webhook;
  }

  /** The action of the step. */
  public get action(): string {
    return this.props.webhook ? TRIGGER_PIPELINE_WITH_WEBHOOK_ACTION : HARNESS_CUSTOM_PIPELINE_ACTION;
  }

  /** The explicit `showOutputVariables`, if set. */
  public get showOutputVariables(): boolean | undefined {
    return this.props.showOutputVariables;
  }

  /** The `if` condition, if any. */
  public get condition(): string | Expression | undefined {
    return this.props.if;
  }

  /** Where the step is, for messages. */
  public describe(): string {
    return `trigger step '${this.id}'`;
  }

  /**
   * Reads a pipeline step output in the workflow output:
   * `${{ steps.<id>.output['pipeline.stages.<s>.spec.execution.steps.<x>.output.outputVariables.<v>'] }}`.
   * Only user-defined output variables are exposed (docs/rules.md#workflow-outputs-user-defined).
   */
  public output(ref: StepOutput): Expression {
    checkUserOutput(this.describe(), ref);
    return new TriggerOutputExpression(this.id, ref, 'fqn');
  }

  /**
   * Reads a pipeline output variable by its bare name, `${{ steps.<id>.output.<name> }}` (as the docs'
   * examples do). The name must be unique among the pipeline's output variables; {@link output} is unambiguous.
   */
  public outputByName(ref: StepOutput): Expression {
    checkUserOutput(this.describe(), ref);
    return new TriggerOutputExpression(this.id, ref, 'short');
  }

  /** The inputset key of an input (a form input or a derived input). */
  public inputsetKey(input: PipelineVariable): string {
    return this.fullyQualifiedKeys ? `pipeline.variables.${input.name}` : input.name;
  }

  /**
   * @internal
   * The step object (values may still hold expressions; the workflow resolves them).
   */
  public toObject(context: TriggerRenderContext): Record<string, unknown> {
    if (this.props.webhook) {
      const apikey = (context.tokenField ?? this.auth.tokenField!).schema.parameterText();
      const step: Record<string, unknown> = { id: this.id, name: this.name, action: this.action };
      step.input = { url: this.url.url, ...webhookInput(this.props.webhook), apikey };
      if (this.props.if !== undefined) step.if = this.props.if;
      return step;
    }
    const input: Record<string, unknown> = {
      url: this.url.url,
      inputset: Object.fromEntries(
        (context.entries ?? context.inputs.map((i) => ({ variable: i, value: i.inputsetValue }))).map((e) => [
          this.inputsetKey(e.variable),
          e.value,
        ]),
      ),
    };
    if (this.auth.mode === TriggerAuthMode.USER_TOKEN) {
      input.apikey = (context.tokenField ?? this.auth.tokenField!).schema.parameterText();
    } else {
      input.apiKeySecret = this.auth.secretIdentifier;
    }
    if (this.props.hidePipelineURLLog !== undefined) input.hidePipelineURLLog = this.props.hidePipelineURLLog;
    const show = this.props.showOutputVariables ?? (context.readsStepOutputs ? true : undefined);
    if (show !== undefined) input.showOutputVariables = show;
    const step: Record<string, unknown> = { id: this.id, name: this.name, action: HARNESS_CUSTOM_PIPELINE_ACTION, input };
    if (this.props.if !== undefined) step.if = this.props.if;
    return step;
  }
}

/** What the workflow tells the trigger when it renders. */
export interface TriggerRenderContext {
  /** The workflow inputs, in form order; each becomes an inputset entry unless `entries` is given. */
  readonly inputs: readonly WorkflowInput[];
  /**
   * The inputset entries, in order: the variable each feeds and the Nunjucks text sent.
   * @default - one per input: `input.inputsetValue`
   */
  readonly entries?: readonly { readonly variable: PipelineVariable; readonly value: string }[];
  /** True if the workflow output reads pipeline step outputs (sets `showOutputVariables: true`). */
  readonly readsStepOutputs: boolean;
  /** The HarnessAuthToken field the form uses. @default the auth's field */
  readonly tokenField?: WorkflowParameter;
}

/** `showOutputVariables` exposes only user-defined output variables (docs/rules.md#workflow-outputs-user-defined). */
export function checkUserOutput(where: string, ref: StepOutput): void {
  if (!(ref instanceof StepOutput)) {
    fail(
      where,
      'output',
      `${describeGiven(ref)} is not a step output`,
      "pass a typed output such as createRepo.outputs.repositoryUrl or run.outputVariable('x')",
    );
  }
  if (!ref.path.startsWith(USER_OUTPUT_PREFIX)) {
    fail(
      where,
      'output',
      `step output '${ref.path}' of ${ref.producer.describe()} is not a user-defined output variable; ` +
        'showOutputVariables exposes only output.outputVariables.*',
      'copy the value into an output variable of a Run (or ShellScript) step, ' +
        'e.g. x="<+...>" with outputVariables: [x], and read that output',
    );
  }
}
