import { requireProps } from '../core/arguments';
import { credentialProblems } from '../core/credentials';
import { dedupeProblems, fail, ValidationError, type ValidationProblem } from '../core/errors';
import type { Expression, StepOutput } from '../core/expression';
import { RenderContext } from '../core/render-context';
import { VariableReference } from '../core/variable-reference';
import { validateIdentifier } from '../core/identifier';
import { walkStrings } from '../core/object';
import { Overrides } from '../core/overrides';
import { toYaml } from '../core/yaml';
import { isCatalogName, isCatalogTag, suggestCatalogTag } from '../core/catalog-naming';
import type { Step } from '../pipeline/step';
import { analyzeWorkflowPipelineContract } from './contract';
import type { WorkflowParameter } from './form-field';
import { FormPage } from './form-page';
import { PipelineTrigger, TriggerAuthMode } from './trigger-step';
import { FormValueType, UiFieldName } from './ui-field';
import {
  nunjucksReferences,
  resolveWorkflowValue,
  USER_OUTPUT_PREFIX,
  WORKFLOW_KINDS,
  type WorkflowResolveContext,
} from './workflow-expression';
import { WorkflowFormat } from './workflow-format';
import { WorkflowInput } from './workflow-input';
import { DerivedInput } from './derived-input';
import { placedFields, placeFields } from './form-layout';
import { placementProblems } from './form-structure';
import { refProblems } from './form-definition';
import { webhookWorkflowProblems } from './webhook-trigger';
import { entryText, type InputsetEntry, inputsetEntries, sentValueProblems } from './inputset-rules';
import { WorkflowOutput, WorkflowOutputKind } from './workflow-output';
import {
  checkMetadataTexts,
  checkWorkflowIdentifier,
  identifierFormatProblems,
  renderPresentation,
  type WorkflowPresentation,
} from './workflow-metadata';

/** A link in the workflow's `metadata.links`. */
export interface WorkflowLink {
  /** Link target. */
  readonly url: string;
  /** Text of the link. @default - the URL */
  readonly title?: string;
  /** Icon name, e.g. `docs` or `dashboard`. @default - none */
  readonly icon?: string;
  /** Link type, e.g. `documentation`. @default - none */
  readonly type?: string;
}

/** Props of a {@link Workflow}. */
export interface WorkflowProps {
  /**
   * Catalog identifier (IDP 2.0 root `identifier`, IDP 1.0 `metadata.name`); Harness identifier rules,
   * unique per kind (docs/rules.md#identifier-pattern). A workflow rendered only as an IDP 1.0 Backstage template
   * may use a Backstage entity name with `-`, e.g. `idp-service-onboarding` (docs/rules.md#workflow-identifier-idp1-hyphen).
   */
  readonly identifier: string;
  /** Display name (IDP 2.0 `name`, IDP 1.0 `metadata.title`). @default - none (the identifier is shown) */
  readonly name?: string;
  /** Workflow type, e.g. `service`, `environment`, `operations` (IDP 2.0 `type`, IDP 1.0 `spec.type`). */
  readonly type: string;
  /** Owner, e.g. `group:account/platform_engineering` (a user or group). @default - none (strongly recommended) */
  readonly owner?: string;
  /** `metadata.description`. @default - none */
  readonly description?: string;
  /** `metadata.icon`, the icon of the workflow card, e.g. `github`. @default - none */
  readonly icon?: string;
  /** `spec.presentation`: header and button texts of the form. @default - none */
  readonly presentation?: WorkflowPresentation;
  /** `metadata.tags`. @default - none */
  readonly tags?: readonly string[];
  /** `metadata.links`. @default - none */
  readonly links?: readonly WorkflowLink[];
  /** `metadata.annotations`. @default - none */
  readonly annotations?: Readonly<Record<string, string>>;
  /** `spec.lifecycle`, e.g. `production`, `experimental`. @default - none */
  readonly lifecycle?: string;
  /** Organization scope (IDP 2.0 only). @default - account scope */
  readonly orgIdentifier?: string;
  /** Project scope (IDP 2.0 only); needs `orgIdentifier`. @default - account or org scope */
  readonly projectIdentifier?: string;
  /** Form pages in order; more can be added with {@link Workflow.addPage}. @default [] */
  readonly pages?: readonly FormPage[];
  /** The step that runs the pipeline. */
  readonly trigger: PipelineTrigger;
  /**
   * Pipeline variables the trigger fills with values derived from the form (`WorkflowInput.derived(...)`): a field
   * through Nunjucks filters, one field feeding a second variable, a fixed value. Their `inputset` entries follow
   * those of the form inputs (docs/rules.md#contract-derived-inputs). @default []
   */
  readonly derivedInputs?: readonly DerivedInput[];
  /**
   * Output links and texts; more can be added with {@link Workflow.addOutput}.
   * @default [WorkflowOutput.pipelineUrl()]
   */
  readonly outputs?: readonly WorkflowOutput[];
}

/** What {@link Workflow.render} returns. */
export interface WorkflowRender {
  /** The document as plain data. */
  readonly document: Record<string, unknown>;
  /** The document as deterministic YAML. */
  readonly yaml: string;
  /** Every problem found; an empty list means the document is valid. */
  readonly problems: readonly ValidationProblem[];
}

/** Owner kinds the catalog accepts. */
const OWNER_KINDS: readonly string[] = ['user', 'group'];

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
    const where = `workflow '${props.identifier}'`;
    checkWorkflowIdentifier(props.identifier, where);
    checkMetadataTexts(where, props.icon, props.presentation);
    if (typeof props.type !== 'string' || props.type.trim() === '' || props.type !== props.type.trim()) {
      fail(
        where,
        'type',
        `'${props.type}' is not a workflow type`,
        "give a type such as 'service', 'environment' or 'operations' (mandatory in IDP 2.0 and Backstage)",
      );
    }
    if (props.name !== undefined && (typeof props.name !== 'string' || props.name.trim() === '')) {
      fail(where, 'name', 'the name is empty', 'give a display name, or leave it out');
    }
    if (props.owner !== undefined) checkOwner(where, props.owner);
    if (props.lifecycle !== undefined && (typeof props.lifecycle !== 'string' || props.lifecycle.trim() === '')) {
      fail(where, 'spec.lifecycle', 'the lifecycle is empty', "use e.g. 'production' or 'experimental', or leave it out");
    }
    if (props.orgIdentifier !== undefined) validateIdentifier(props.orgIdentifier, where, 'orgIdentifier');
    if (props.projectIdentifier !== undefined) validateIdentifier(props.projectIdentifier, where, 'projectIdentifier');
    if (props.projectIdentifier !== undefined && props.orgIdentifier === undefined) {
      fail(where, 'orgIdentifier', 'a project-scoped workflow needs its organization', 'set orgIdentifier too');
    }
    if (!(props.trigger instanceof PipelineTrigger)) {
      fail(where, 'spec.steps', 'the workflow has no PipelineTrigger', 'pass trigger: new PipelineTrigger({...})');
    }
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
    const raw = { output: this.renderOutput() };
    return [...resolveWorkflowValue(raw, 'spec', this.resolveContext(RenderContext.orNew(ctx))).stepOutputs];
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
    const pass = RenderContext.orNew(ctx);
    return pass.memo(this, `render:${format}`, () => {
      const { doc, problems } = this.renderDocument(format, pass);
      return { document: doc, yaml: toYaml(doc), problems };
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

  private resolveContext(ctx: RenderContext): WorkflowResolveContext {
    const inputs = this.inputs;
    const pipeline = this.trigger.url.pipeline;
    let steps: Map<string, Step> | undefined;
    return {
      path: this.describe(),
      triggerId: this.trigger.id,
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

  private renderOutput(): Record<string, unknown> | undefined {
    const links = this.outputList.filter((o) => o.kind === WorkflowOutputKind.LINK).map((o) => o.toObject(this.trigger.id));
    const text = this.outputList.filter((o) => o.kind === WorkflowOutputKind.TEXT).map((o) => o.toObject(this.trigger.id));
    if (links.length === 0 && text.length === 0) return undefined;
    const out: Record<string, unknown> = {};
    if (links.length > 0) out.links = links;
    if (text.length > 0) out.text = text;
    return out;
  }

  /** The token field in use and where it goes (docs/rules.md#token-field-first-page). */
  private tokenPlacement(problems: ValidationProblem[]): { field?: WorkflowParameter; leading: boolean } {
    const auth = this.trigger.auth;
    if (auth.mode !== TriggerAuthMode.USER_TOKEN) return { leading: false };
    const declared: Array<{ field: WorkflowParameter; page: number }> = [];
    this.pageList.forEach((p, i) =>
      p.inputs.forEach((f) => {
        if (f.schema.isAuthToken) declared.push({ field: f, page: i });
      }),
    );
    if (declared.length > 1) {
      problems.push({
        path: this.describe(),
        field: 'spec.parameters',
        problem: `${declared.length} HarnessAuthToken fields (${declared.map((d) => d.field.id).join(', ')})`,
        fix: 'declare one token field, on page 1',
      });
    }
    const explicit = auth.tokenFieldExplicit ? auth.tokenField! : undefined;
    const chosen = explicit ? declared.find((d) => d.field === explicit) : declared[0];
    if (chosen) {
      if (chosen.page !== 0) {
        problems.push({
          path: this.describe(),
          field: `spec.parameters[${chosen.page}].properties.${chosen.field.id}`,
          problem: `the HarnessAuthToken field is on page ${chosen.page + 1}; it must be on the first page, or the pipeline is not executed`,
          fix: 'move the token field to page 1 (or leave it out: TriggerAuth.userToken() adds it there)',
        });
      }
      return { field: chosen.field, leading: false };
    }
    if (explicit && declared.length > 0) {
      problems.push({
        path: this.describe(),
        field: `spec.parameters[${declared[0].page}].properties.${declared[0].field.id}`,
        problem: `the trigger uses token field '${explicit.id}', but the form already has HarnessAuthToken field '${declared[0].field.id}'`,
        fix: `pass that field to TriggerAuth.userToken({ field }), or remove it from the page`,
      });
    }
    const field = explicit ?? auth.tokenField!;
    const clash = this.fields.find((f) => f.schema.path === field.id);
    if (clash) {
      problems.push({
        path: this.describe(),
        field: `spec.parameters[0].properties.${field.id}`,
        problem: `the trigger needs the HarnessAuthToken field '${field.id}', but ${clash.describe()} already uses that key`,
        fix: `rename ${clash.describe()}, or pass TriggerAuth.userToken({ field: FormField.authToken('harness_token') })`,
      });
    }
    return { field, leading: true };
  }

  /** Structural rules across pages and fields. */
  private structuralProblems(tokenField: WorkflowParameter | undefined, leading: boolean): ValidationProblem[] {
    const problems: ValidationProblem[] = [];
    const path = this.describe();
    if (this.pageList.length === 0) {
      problems.push({
        path,
        field: 'spec.parameters',
        problem: 'the workflow has no form pages (spec.parameters is mandatory)',
        fix: 'add a FormPage with addPage()',
      });
    }
    this.pageList.forEach((page, i) => {
      const at = `spec.parameters[${i}]`;
      if (page.inputs.length === 0 && !(i === 0 && leading)) {
        problems.push({ path, field: at, problem: `${page.describe()} has no fields`, fix: 'add fields to the page, or drop the page' });
      }
      problems.push(...page.validate(path, at));
    });
    const placements = placeFields(this.pageList);
    problems.push(...placementProblems(path, placements, this.derivedList, tokenField));
    const pages = this.pageList;
    problems.push(
      ...refProblems(
        path,
        placements,
        (i) => pages[i].definitions,
        (i) => pages[i].describe(),
      ),
    );
    const all = this.fields;
    const byId = new Map(all.map((f) => [f.id, f]));
    // HarnessAutoOrgPicker follows a HarnessProjectPicker named projectId, or projectPickerRef (docs/rules.md#auto-org-picker).
    this.pageList.forEach((page, i) =>
      page.inputs.forEach((f) => {
        const ui = f.schema.uiField;
        if (ui?.name !== UiFieldName.HARNESS_AUTO_ORG_PICKER) return;
        const refId = ui.projectPickerRef ?? 'projectId';
        const target = byId.get(refId);
        if (!target || target.schema.uiField?.name !== UiFieldName.HARNESS_PROJECT_PICKER) {
          problems.push({
            path,
            field: `spec.parameters[${i}].properties.${f.id}`,
            problem: ui.projectPickerRef
              ? `HarnessAutoOrgPicker follows '${refId}', which is not a HarnessProjectPicker field of this workflow`
              : 'HarnessAutoOrgPicker needs a HarnessProjectPicker field named projectId, and there is none',
            fix: "add a HarnessProjectPicker field named 'projectId', or pass UiField.harnessAutoOrgPicker({ projectPickerRef: projectField })",
          });
        }
      }),
    );
    // Picker dependencies of pages name org/project picker fields.
    this.pageList.forEach((page, i) => {
      const deps = page.pickerDependencies;
      const check = (key: 'orgPickerKey' | 'projectPickerKey', id: string | undefined, allowed: string[]): void => {
        if (id === undefined) return;
        const target = byId.get(id);
        if (!target || !allowed.includes(target.schema.uiField?.name ?? '')) {
          problems.push({
            path,
            field: `spec.parameters[${i}].dependencies.${key}`,
            problem: `'${id}' is not a ${allowed.join('/')} field of this workflow`,
            fix: `name a field that uses ${allowed.join(' or ')}`,
          });
        }
      };
      check('orgPickerKey', deps?.orgPicker?.id, [UiFieldName.HARNESS_ORG_PICKER, UiFieldName.HARNESS_AUTO_ORG_PICKER]);
      check('projectPickerKey', deps?.projectPicker?.id, [UiFieldName.HARNESS_PROJECT_PICKER]);
    });
    return problems;
  }

  private renderDocument(format: WorkflowFormat, pass: RenderContext): { doc: Record<string, unknown>; problems: ValidationProblem[] } {
    const problems: ValidationProblem[] = [];
    const path = this.describe();
    const { field: tokenField, leading } = this.tokenPlacement(problems);
    problems.push(...this.structuralProblems(tokenField, leading));
    const ctx = this.resolveContext(pass);

    const rawOutput = this.renderOutput();
    const readsStepOutputs = resolveWorkflowValue(rawOutput, 'spec.output', ctx).stepOutputs.length > 0;
    if (readsStepOutputs && this.trigger.showOutputVariables === false) {
      problems.push({
        path: `${path} > ${this.trigger.describe()}`,
        field: 'input.showOutputVariables',
        problem: 'is false, but the output reads pipeline step outputs, which are then not exposed',
        fix: 'remove showOutputVariables: false',
      });
    }
    const parameters = this.pageList.map((p, i) => p.toObject(i === 0 && leading && tokenField ? [tokenField] : []));
    const entries = this.inputsetEntries();
    if (this.trigger.webhook) {
      problems.push(
        ...webhookWorkflowProblems(
          path,
          this.trigger.describe(),
          entries.map((e) => e.feeder),
          readsStepOutputs,
        ),
      );
    }
    const inputset = entries.map((e) => ({ variable: e.feeder, value: entryText(e) }));
    const steps = [this.trigger.toObject({ inputs: this.inputs, entries: inputset, readsStepOutputs, tokenField })];
    const spec: Record<string, unknown> = {};
    const metadata = this.renderMetadata(format);
    const presentation = renderPresentation(this.props.presentation);
    problems.push(...identifierFormatProblems(this.identifier, format, path));
    let doc: Record<string, unknown>;
    if (format === WorkflowFormat.IDP_2) {
      if (this.props.lifecycle !== undefined) spec.lifecycle = this.props.lifecycle;
      if (presentation) spec.presentation = presentation;
      Object.assign(spec, { parameters, steps });
      if (rawOutput) spec.output = rawOutput;
      doc = { apiVersion: Workflow.API_VERSION, kind: Workflow.KIND };
      if (this.name !== undefined) doc.name = this.name;
      doc.identifier = this.identifier;
      doc.type = this.type;
      if (this.owner !== undefined) doc.owner = this.owner;
      if (this.orgIdentifier !== undefined) doc.orgIdentifier = this.orgIdentifier;
      if (this.projectIdentifier !== undefined) doc.projectIdentifier = this.projectIdentifier;
      if (Object.keys(metadata).length > 0) doc.metadata = metadata;
      doc.spec = spec;
    } else {
      if (this.owner !== undefined) spec.owner = this.owner;
      spec.type = this.type;
      if (this.props.lifecycle !== undefined) spec.lifecycle = this.props.lifecycle;
      if (presentation) spec.presentation = presentation;
      Object.assign(spec, { parameters, steps });
      if (rawOutput) spec.output = rawOutput;
      doc = { apiVersion: Workflow.BACKSTAGE_API_VERSION, kind: Workflow.BACKSTAGE_KIND, metadata, spec };
      problems.push(...this.backstageProblems());
    }
    this.overrides.applyTo(doc, (path) => format === WorkflowFormat.IDP_2 || path[0] === 'spec' || path[0] === 'metadata');
    const resolved = resolveWorkflowValue(doc, '', ctx);
    problems.push(...resolved.problems);
    for (const ref of resolved.stepOutputs) {
      if (!ref.path.startsWith(USER_OUTPUT_PREFIX)) {
        problems.push({
          path,
          field: 'spec.output',
          problem: `reads step output '${ref.path}' of ${ref.producer.describe()}, which is not a user-defined output variable; showOutputVariables exposes only output.outputVariables.*`,
          fix: 'copy the value into an output variable of a Run (or ShellScript) step and read that output',
        });
      }
    }
    const out = resolved.value as Record<string, unknown>;
    problems.push(...credentialProblems(out, path));
    problems.push(...this.textProblems(out.spec as Record<string, unknown>));
    const pipeline = this.trigger.url.pipeline;
    if (pipeline) problems.push(...analyzeWorkflowPipelineContract(this, pipeline, pass).problems);
    else if (!this.trigger.webhook) problems.push(...entries.flatMap((e) => sentValueProblems(path, e, e.feeder)));
    return { doc: out, problems: dedupeProblems(problems) };
  }

  private renderMetadata(format: WorkflowFormat): Record<string, unknown> {
    const p = this.props;
    const m: Record<string, unknown> = {};
    if (format === WorkflowFormat.BACKSTAGE) {
      m.name = this.identifier;
      if (this.name !== undefined) m.title = this.name;
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

  /** Backstage catalog rules on `metadata.name` and tags (IDP 1.0 only). */
  private backstageProblems(): ValidationProblem[] {
    const problems: ValidationProblem[] = [];
    const path = this.describe();
    if (!isCatalogName(this.identifier)) {
      problems.push({
        path,
        field: 'metadata.name',
        problem: `'${this.identifier}' is not a valid Backstage entity name (1-63 characters, letters or digits at both ends, then [-_.] allowed)`,
        fix: 'choose an identifier that starts and ends with a letter or digit and has at most 63 characters',
      });
    }
    for (const tag of this.props.tags ?? []) {
      if (!isCatalogTag(tag)) {
        problems.push({
          path,
          field: 'metadata.tags',
          problem: `'${tag}' is not a valid Backstage tag (lowercase letters, digits, ':', '+', '#', words joined by '-', at most 63 characters)`,
          fix: `use for example '${suggestCatalogTag(tag)}'`,
        });
      }
    }
    return problems;
  }

  /**
   * Rules on the rendered text: no `${{ }}` in parameters (docs/rules.md#form-no-templating), references to
   * undeclared parameters, secrets and steps, Secret fields only via `secrets` (docs/rules.md#workflow-secret-fields),
   * arrays joined in the inputset (docs/rules.md#workflow-arrays-joined), and templated `if` conditions.
   */
  private textProblems(spec: Record<string, unknown>): ValidationProblem[] {
    const problems: ValidationProblem[] = [];
    const path = this.describe();
    const params = (spec.parameters as Array<Record<string, unknown>> | undefined) ?? [];
    const ids = new Set<string>();
    const secretIds = new Set<string>();
    const arrayIds = new Set<string>();
    const allFields: WorkflowParameter[] = [...this.fields];
    if (this.trigger.auth.tokenField) allFields.push(this.trigger.auth.tokenField);
    for (const page of params) {
      for (const id of Object.keys((page.properties as Record<string, unknown> | undefined) ?? {})) ids.add(id);
      // fields that conditional dependencies (oneOf/allOf/anyOf branches) and page-level alternatives add to the page
      for (const key of ['dependencies', 'oneOf', 'anyOf', 'allOf']) collectPropertyKeys(page[key], ids);
    }
    for (const f of allFields) {
      if (f.schema.isSecret) secretIds.add(f.id);
      if (f.schema.type === FormValueType.ARRAY) arrayIds.add(f.id);
      if (f.schema.uiField?.secretsKey) secretIds.add(f.schema.uiField.secretsKey);
    }
    const secretFields = new Set(allFields.filter((f) => f.schema.isSecret).map((f) => f.id));
    walkStrings(spec.parameters, 'spec.parameters', (s, at) => {
      if (s.includes('${{')) {
        problems.push({
          path,
          field: at,
          problem: `'${s}' uses \${{ }} templating inside the form (properties); IDP evaluates parameters only in steps and output`,
          fix: 'use a literal value in the form, and reference parameters only in the trigger step or the output',
        });
      }
    });
    const steps = (spec.steps as Array<Record<string, unknown>> | undefined) ?? [];
    const stepIds = new Set(steps.map((s) => String(s.id)));
    const noPages = this.pageList.length === 0;
    const checkRefs = (s: string, at: string, inInputset: boolean): void => {
      const refs = nunjucksReferences(s);
      for (const p of refs.parameters) {
        if (!ids.has(p)) {
          if (noPages) continue; // reported once: the workflow has no form pages
          problems.push({
            path,
            field: at,
            problem: `references parameter '${p}', which no form field declares`,
            fix: `declare a field '${p}' on a page, or use one of: ${[...ids].join(', ') || '(no fields)'}`,
          });
        } else if (secretFields.has(p)) {
          problems.push({
            path,
            field: at,
            problem: `reads Secret field '${p}' as \${{ parameters.${p} }}, which is not available`,
            fix: `read it as \${{ secrets.${p} }}`,
          });
        } else if (inInputset && arrayIds.has(p) && !/\.join\(|\|\s*join/.test(s)) {
          problems.push({
            path,
            field: at,
            problem: `sends array field '${p}' as it is; pipeline variables cannot take arrays`,
            fix: `join it: \${{ parameters.${p}.join(',') }}`,
          });
        }
      }
      for (const sec of refs.secrets) {
        if (!secretIds.has(sec)) {
          problems.push({
            path,
            field: at,
            problem: `reads secrets.${sec}, but no Secret field (or RepoUrlPicker secretsKey) is named '${sec}'`,
            fix: `declare a field '${sec}' with UiField.secret(), or fix the name`,
          });
        }
      }
      for (const st of refs.steps) {
        if (!stepIds.has(st)) {
          problems.push({
            path,
            field: at,
            problem: `reads steps.${st}, but the workflow has no step '${st}'`,
            fix: `use one of: ${[...stepIds].join(', ')}`,
          });
        }
      }
    };
    steps.forEach((step, i) => {
      walkStrings(step, `spec.steps[${i}]`, (s, at) => checkRefs(s, at, at.startsWith(`spec.steps[${i}].input.inputset.`)));
      checkCondition(problems, path, `spec.steps[${i}].if`, step.if);
    });
    const output = (spec.output as Record<string, unknown> | undefined) ?? {};
    walkStrings(output, 'spec.output', (s, at) => checkRefs(s, at, false));
    for (const kind of ['links', 'text']) {
      ((output[kind] as Array<Record<string, unknown>> | undefined) ?? []).forEach((o, i) =>
        checkCondition(problems, path, `spec.output.${kind}[${i}].if`, o.if),
      );
    }
    return problems;
  }
}

/** A string `if` must be templated: a plain non-empty string is always true. */
function checkCondition(problems: ValidationProblem[], path: string, field: string, value: unknown): void {
  if (typeof value === 'string' && !value.includes('${{')) {
    problems.push({
      path,
      field,
      problem: `'${value}' is not templated, so the condition is always true`,
      fix: `wrap it in \${{ }}, e.g. \${{ ${value} }}, or use WorkflowExpr.equals(...)`,
    });
  }
}

function checkOwner(where: string, owner: string): void {
  if (typeof owner !== 'string' || owner.trim() === '' || /\s/.test(owner)) {
    fail(
      where,
      'owner',
      `'${owner}' is not an owner reference`,
      "use e.g. 'group:account/platform_engineering' or 'user:account/jane@example.com'",
    );
  }
  const m = owner.match(/^([A-Za-z]+):/);
  if (m && !OWNER_KINDS.includes(m[1].toLowerCase())) {
    fail(where, 'owner', `owner kind '${m[1]}' is not a user or group`, "use 'group:<namespace>/<name>' or 'user:<namespace>/<name>'");
  }
}

/** Adds the keys of every `properties` map found below `v`. */
function collectPropertyKeys(v: unknown, into: Set<string>): void {
  if (Array.isArray(v)) v.forEach((x) => collectPropertyKeys(x, into));
  else if (v !== null && typeof v === 'object') {
    for (const [k, x] of Object.entries(v as Record<string, unknown>)) {
      if (k === 'properties' && x !== null && typeof x === 'object' && !Array.isArray(x)) Object.keys(x).forEach((id) => into.add(id));
      collectPropertyKeys(x, into);
    }
  }
}
