import { requireProps } from '../core/arguments';
import { fail, ValidationError, type ValidationProblem } from '../core/errors';
import type { StepOutput } from '../core/expression';
import { RenderContext } from '../core/render-context';
import { clonePlain } from '../core/object';
import { Overrides } from '../core/overrides';
import { toYaml } from '../core/yaml';
import { analyzeWorkflowPipelineContract } from './contract';
import type { WorkflowParameter } from './form-field';
import { FormPage } from './form-page';
import type { PipelineTrigger } from './trigger-step';
import { resolveWorkflowValue } from './workflow-expression';
import { WorkflowFormat } from './workflow-format';
import { WorkflowInput } from './workflow-input';
import { DerivedInput } from './derived-input';
import { placedFields, placeFields } from './form-layout';
import { type InputsetEntry, inputsetEntries } from './inputset-rules';
import { WorkflowOutput } from './workflow-output';
import { checkWorkflowProps, type WorkflowProps, type WorkflowRender } from './workflow-props';
import { renderWorkflowDocument, renderWorkflowOutput, workflowResolveContext } from './workflow-render';

/**
 * A Harness IDP workflow: the form (pages of {@link WorkflowInput}s and {@link FormField}s), the
 * `trigger:harness-custom-pipeline` step and the output. Renders the IDP 2.0 entity ({@link toYaml}) or the
 * IDP 1.0 Backstage template ({@link toBackstageYaml}). Local mistakes throw at once; cross-object rules
 * (and the workflow ↔ pipeline contract when the trigger URL was built from a pipeline model) are collected
 * by {@link validate} and checked again before rendering.
 */
export class Workflow {
  /** IDP 2.0 `apiVersion`. */
  public static readonly API_VERSION = 'harness.io/v1';
  /** IDP 2.0 `kind`. */
  public static readonly KIND = 'Workflow';
  /** `kind` argument of `harness_platform_idp_catalog_entity` (lowercase only). */
  public static readonly CATALOG_KIND = 'workflow';
  /** IDP 1.0 (Backstage) `apiVersion`. */
  public static readonly BACKSTAGE_API_VERSION = 'scaffolder.backstage.io/v1beta3';
  /** IDP 1.0 (Backstage) `kind`. */
  public static readonly BACKSTAGE_KIND = 'Template';

  /** The workflow identifier (`metadata.name` / `identifier`). */
  public readonly identifier: string;
  /** The display name, if given. */
  public readonly name?: string;
  /** The workflow type shown in the catalog, e.g. `service` or `operations`. */
  public readonly type: string;
  /** The owner, e.g. `group:account/platform`, if given. */
  public readonly owner?: string;
  /** The organization of the workflow, if given. */
  public readonly orgIdentifier?: string;
  /** The project of the workflow, if given. */
  public readonly projectIdentifier?: string;
  /** The step that triggers the pipeline. */
  public readonly trigger: PipelineTrigger;
  private readonly props: WorkflowProps;
  private readonly pageList: FormPage[] = [];
  private readonly outputList: WorkflowOutput[] = [];
  private readonly derivedList: DerivedInput[] = [];
  private readonly overrides = new Overrides();

  /**
   * Creates the workflow model; identifier, type, owner, pages and outputs are checked at once, the contract with the pipeline by
   * `validate()` and before rendering.
   */
  constructor(props: WorkflowProps) {
    requireProps(props, 'new Workflow', "new Workflow({ identifier: 'onboarding', type: 'service', trigger: new PipelineTrigger({...}) })");
    checkWorkflowProps(props, `workflow '${props.identifier}'`);
    this.identifier = props.identifier;
    this.name = props.name;
    this.type = props.type;
    this.owner = props.owner;
    this.orgIdentifier = props.orgIdentifier;
    this.projectIdentifier = props.projectIdentifier;
    this.trigger = props.trigger;
    this.props = props;
    if (props.pages) this.addPage(...props.pages);
    if (props.derivedInputs) this.addDerivedInput(...props.derivedInputs);
    this.addOutput(...(props.outputs ?? [WorkflowOutput.pipelineUrl()]));
  }

  /** Appends form pages. */
  public addPage(...pages: FormPage[]): this {
    for (const p of pages) {
      if (!(p instanceof FormPage)) fail(this.describe(), 'spec.parameters', 'a page is not a FormPage', 'pass new FormPage({...})');
      if (this.pageList.includes(p)) fail(this.describe(), 'spec.parameters', `${p.describe()} is added twice`, 'add each page once');
      this.pageList.push(p);
    }
    return this;
  }

  /** Appends derived inputs (pipeline variables fed with values derived from the form). */
  public addDerivedInput(...inputs: DerivedInput[]): this {
    for (const d of inputs) {
      if (!(d instanceof DerivedInput)) {
        fail(this.describe(), 'derivedInputs', `${String(d)} is not a DerivedInput`, 'declare it with WorkflowInput.derived(name, value)');
      }
      if (this.derivedList.includes(d))
        fail(this.describe(), 'derivedInputs', `${d.describe()} is added twice`, 'add each derived input once');
      this.derivedList.push(d);
    }
    return this;
  }

  /** Appends output links or texts. */
  public addOutput(...outputs: WorkflowOutput[]): this {
    for (const o of outputs) {
      if (!(o instanceof WorkflowOutput))
        fail(
          this.describe(),
          'spec.output',
          'an output is not a WorkflowOutput',
          'use WorkflowOutput.pipelineUrl(), .link(), .entity() or .text()',
        );
      this.outputList.push(o);
    }
    return this;
  }

  /**
   * Escape hatch on the rendered document, e.g. `addOverride('spec.presentation', {...})`. Paths under
   * `spec.` and `metadata.` apply to both formats; other paths only to the IDP 2.0 entity.
   */
  public addOverride(path: string, value: unknown): this {
    this.overrides.add(path, value);
    return this;
  }

  /** Escape hatch: removes a field of the rendered document (a dotted path; `\\.` is a literal dot within a key). */
  public addDeletionOverride(path: string): this {
    this.overrides.addDeletion(path);
    return this;
  }

  /** The form pages, in order. */
  public get pages(): readonly FormPage[] {
    return this.pageList;
  }

  /** The output entries, in order. */
  public get outputs(): readonly WorkflowOutput[] {
    return this.outputList;
  }

  /**
   * Every form field, page by page, with the fields of object fields and of conditions (without the token field the
   * trigger adds).
   */
  public get fields(): readonly WorkflowParameter[] {
    return placedFields(placeFields(this.pageList));
  }

  /**
   * The inputs that feed the pipeline, in form order. They are {@link PipelineVariable}s: add them to the
   * pipeline (`new Pipeline({ variables: workflow.inputs })`).
   */
  public get inputs(): readonly WorkflowInput[] {
    return this.fields.filter((f): f is WorkflowInput => f instanceof WorkflowInput);
  }

  /** The derived inputs, in order. */
  public get derivedInputs(): readonly DerivedInput[] {
    return this.derivedList;
  }

  /**
   * Every pipeline variable the trigger fills: the form inputs, then the derived inputs
   * (`new Pipeline({ variables: workflow.pipelineVariables })`).
   */
  public get pipelineVariables(): readonly (WorkflowInput | DerivedInput)[] {
    return [...this.inputs, ...this.derivedList];
  }

  /**
   * The trigger's `inputset`: each form input (with the value sent while a condition hides it), then each derived
   * input.
   */
  public inputsetEntries(): InputsetEntry[] {
    return inputsetEntries(placeFields(this.pageList), this.derivedList);
  }

  /** Where the workflow is, for messages. */
  public describe(): string {
    return `workflow '${this.identifier}'`;
  }

  /**
   * Pipeline step outputs the workflow reads back through the trigger.
   * @param ctx the rendering pass @default - a pass of its own
   */
  public referencedStepOutputs(ctx?: RenderContext): StepOutput[] {
    const raw = { output: renderWorkflowOutput(this.outputList, this.trigger.id) };
    return [...resolveWorkflowValue(raw, 'spec', workflowResolveContext(this, RenderContext.orNew(ctx))).stepOutputs];
  }

  /**
   * Every problem of the workflow (IDP 2.0 document), plus the workflow ↔ pipeline contract when the trigger
   * URL was built with `PipelineUrl.forPipeline`. An empty list means the workflow renders.
   * @param ctx the rendering pass @default - a pass of its own
   */
  public validate(ctx?: RenderContext): ValidationProblem[] {
    return [...this.render(WorkflowFormat.IDP_2, ctx).problems];
  }

  /**
   * Contract warnings (stage types the trigger does not document, docs/rules.md#contract-stage-types) when the
   * trigger URL was built with `PipelineUrl.forPipeline`.
   * @param ctx the rendering pass @default - a pass of its own
   */
  public contractWarnings(ctx?: RenderContext): ValidationProblem[] {
    const pipeline = this.trigger.url.pipeline;
    return pipeline ? [...analyzeWorkflowPipelineContract(this, pipeline, RenderContext.orNew(ctx)).warnings] : [];
  }

  /**
   * Renders a document of the workflow and reports its problems instead of throwing for them (what a construct
   * needs while it synthesizes).
   * @param format IDP 2.0 entity or IDP 1.0 Backstage template @default WorkflowFormat.IDP_2
   * @param ctx the rendering pass @default - a pass of its own
   */
  public render(format: WorkflowFormat = WorkflowFormat.IDP_2, ctx?: RenderContext): WorkflowRender {
    return clonePlain(this.renderShared(format, RenderContext.orNew(ctx)));
  }

  /** @internal The render of the pass that {@link render} copies, itself: for its construct, which only reads it. */
  public renderShared(format: WorkflowFormat, pass: RenderContext): WorkflowRender {
    return pass.shared(this, `render:${format}`, () => {
      const { doc, problems } = this.renderDocument(format, pass);
      return { document: doc, yaml: pass.documentYaml(doc), problems };
    });
  }

  /** The IDP 2.0 entity as plain data. Throws {@link ValidationError} on problems. */
  public toObject(): Record<string, unknown> {
    return this.validRender(WorkflowFormat.IDP_2).document;
  }

  /** The IDP 2.0 entity as deterministic YAML. Throws {@link ValidationError} on problems. */
  public toYaml(): string {
    return this.validRender(WorkflowFormat.IDP_2).yaml;
  }

  /**
   * The IDP 1.0 Backstage template (`scaffolder.backstage.io/v1beta3`, `kind: Template`). IDP 1.0 has no
   * scopes: `orgIdentifier`/`projectIdentifier` are not rendered. Throws {@link ValidationError}.
   */
  public toBackstageObject(): Record<string, unknown> {
    return this.validRender(WorkflowFormat.BACKSTAGE).document;
  }

  /** The IDP 1.0 Backstage template as deterministic YAML. Throws {@link ValidationError} on problems. */
  public toBackstageYaml(): string {
    return this.validRender(WorkflowFormat.BACKSTAGE).yaml;
  }

  private validRender(format: WorkflowFormat): WorkflowRender {
    const result = this.render(format);
    if (result.problems.length > 0) throw new ValidationError(result.problems);
    return result;
  }

  private renderDocument(format: WorkflowFormat, pass: RenderContext): { doc: Record<string, unknown>; problems: ValidationProblem[] } {
    const header =
      format === WorkflowFormat.IDP_2
        ? { apiVersion: Workflow.API_VERSION, kind: Workflow.KIND }
        : { apiVersion: Workflow.BACKSTAGE_API_VERSION, kind: Workflow.BACKSTAGE_KIND };
    return renderWorkflowDocument({ workflow: this, props: this.props, overrides: this.overrides, header }, format, pass);
  }
}
