import { fail } from '../core/errors';
import { Expression, StepOutput } from '../core/expression';
import { checkUserOutput } from './trigger-step';

/** Kinds of workflow output. */
export enum WorkflowOutputKind {
  /** `output.links[]`. */
  LINK = 'link',
  /** `output.text[]` (Markdown). */
  TEXT = 'text',
}

/** Options of an output entry. */
export interface WorkflowOutputProps {
  /** Icon key, e.g. `dashboard`. @default - none */
  readonly icon?: string;
  /** Show the entry only when this templated condition holds. @default - always */
  readonly if?: string | Expression;
}

/** Default title of the pipeline execution link, as in the docs. */
export const PIPELINE_DETAILS_TITLE = 'Pipeline Details';

/**
 * An entry of the workflow's `output`: a link or a Markdown text. Values may be pipeline
 * {@link StepOutput}s (read back through the trigger step, which then gets `showOutputVariables: true`),
 * expressions from {@link PipelineTrigger.output}, or template literals embedding either.
 */
export class WorkflowOutput {
  /** The link to the pipeline execution: `${{ steps.trigger.output.PipelineUrl }}`. */
  public static pipelineUrl(title: string = PIPELINE_DETAILS_TITLE, props: WorkflowOutputProps = {}): WorkflowOutput {
    return new WorkflowOutput(WorkflowOutputKind.LINK, title, { kind: 'pipelineUrl' }, props);
  }

  /**
   * A link, e.g. `WorkflowOutput.link('Repository', createRepo.outputs.repositoryUrl)`. Only user-defined
   * output variables can be read back (docs/rules.md#workflow-outputs-user-defined).
   */
  public static link(title: string, url: string | Expression, props: WorkflowOutputProps = {}): WorkflowOutput {
    return new WorkflowOutput(WorkflowOutputKind.LINK, title, { kind: 'value', key: 'url', value: url }, props);
  }

  /** A link to a catalog entity, e.g. `component:default/my-service`. */
  public static entity(title: string, entityRef: string | Expression, props: WorkflowOutputProps = {}): WorkflowOutput {
    return new WorkflowOutput(WorkflowOutputKind.LINK, title, { kind: 'value', key: 'entityRef', value: entityRef }, props);
  }

  /** A Markdown text, e.g. `` WorkflowOutput.text('Result', `Repository ${trigger.outputByName(url)} created`) ``. */
  public static text(title: string, content: string | Expression, props: WorkflowOutputProps = {}): WorkflowOutput {
    return new WorkflowOutput(WorkflowOutputKind.TEXT, title, { kind: 'value', key: 'content', value: content }, props);
  }

  private constructor(
    /** Link or text. */
    public readonly kind: WorkflowOutputKind,
    /** The output's title. */
    public readonly title: string,
    private readonly body: { kind: 'pipelineUrl' } | { kind: 'value'; key: 'url' | 'entityRef' | 'content'; value: string | Expression },
    private readonly props: WorkflowOutputProps,
  ) {
    const where = `workflow output '${title}'`;
    if (typeof title !== 'string' || title.trim() === '') fail(where, 'title', 'the output has no title', 'give the output a title');
    if (body.kind === 'value') {
      const v = body.value;
      if (v instanceof StepOutput) checkUserOutput(where, v);
      if (!(v instanceof Expression) && (typeof v !== 'string' || v === '')) {
        fail(where, body.key, `${body.key} is empty`, `pass the ${body.key === 'content' ? 'text' : body.key}`);
      }
    }
    if (props.icon !== undefined && (typeof props.icon !== 'string' || props.icon === '')) {
      fail(where, 'icon', 'icon is empty', "pass an icon key such as 'dashboard', or leave it out");
    }
  }

  /**
   * The `links[]`/`text[]` entry, values unresolved (the workflow resolves them).
   * @param triggerId id of the trigger step
   */
  public toObject(triggerId: string): Record<string, unknown> {
    const out: Record<string, unknown> = { title: this.title };
    if (this.body.kind === 'pipelineUrl') out.url = `\${{ steps.${triggerId}.output.PipelineUrl }}`;
    else out[this.body.key] = this.body.value;
    if (this.props.icon !== undefined) out.icon = this.props.icon;
    if (this.props.if !== undefined) out.if = this.props.if;
    return out;
  }
}
