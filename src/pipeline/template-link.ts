import { requireProps } from '../core/arguments';
import { fail, ValidationError, type ValidationProblem } from '../core/errors';
import type { Expression } from '../core/expression';
import { SCOPED_IDENTIFIER_PATTERN } from '../core/identifier';
import { clonePlain, compact } from '../core/object';
import { RenderContext } from '../core/render-context';
import { checkVersionLabel, TemplateDefinition, type TemplateType } from './template-definition';
import { templateInputsNode } from './template-inputs';

/** A value for a runtime input of a template: text, a number, a boolean, an expression, or a list/object field. */
export type TemplateInputValue = string | number | boolean | Expression | readonly unknown[] | Readonly<Record<string, unknown>>;

/** Which template a pipeline element uses, and the values of its runtime inputs. */
export interface TemplateLinkProps {
  /**
   * The template: a {@link TemplateDefinition} built in the same app (its inputs are typed and checked, its
   * reference and version are its own), or a template reference such as `'deploy'`, `'org.deploy'`,
   * `'account.deploy'` for a template created elsewhere.
   */
  readonly template: TemplateDefinition | string;
  /**
   * Version of a referenced template. A definition's own `versionLabel` is used for a definition.
   * @default - for a reference, the template's stable version
   */
  readonly versionLabel?: string;
  /**
   * Values of the template's runtime inputs, by path (`{ 'spec.command': 'make test' }`); a runtime input left out
   * stays a runtime input of the pipeline. Paths are checked against the definition's runtime inputs
   * (`definition.inputFields()`). Only with a definition.
   * @default {}
   */
  readonly inputs?: Readonly<Record<string, TemplateInputValue>>;
  /** The `templateInputs` node, written as given. Only with a template reference. @default - none */
  readonly templateInputs?: Readonly<Record<string, unknown>>;
}

/**
 * The `template:` node of a step, stage or pipeline that uses a template (`TemplateLinkConfig`: `templateRef`,
 * `versionLabel`, `templateInputs`).
 * @see https://developer.harness.io/docs/platform/templates/use-a-template
 */
export class TemplateLink {
  /** The definition, when the template is built in the same app. */
  public readonly definition?: TemplateDefinition;
  /** The `templateRef`. */
  public readonly templateRef: string;
  /** The `versionLabel`, if pinned. */
  public readonly versionLabel?: string;
  private readonly props: TemplateLinkProps;

  /**
   * @param where the using element, for messages
   * @param type the template type the element takes
   */
  constructor(props: TemplateLinkProps, where: string, type: TemplateType) {
    const template = requireProps(props, where, '{ identifier, template }').template;
    if (template instanceof TemplateDefinition) {
      checkDefinition(props, template, where, type);
      this.definition = template;
      this.templateRef = template.templateRef;
      this.versionLabel = template.versionLabel;
    } else {
      checkReference(props, where);
      this.templateRef = template;
      this.versionLabel = props.versionLabel;
    }
    this.props = props;
    if (this.definition) {
      const problems = this.inputProblems(where, new RenderContext(), false);
      if (problems.length > 0) throw new ValidationError(problems);
    }
  }

  /**
   * Inputs given for paths that are not runtime inputs of the definition (the definition may have changed since).
   * @param where the using element, for messages
   * @param ctx the rendering pass @default - a pass of its own
   */
  public problems(where: string, ctx?: RenderContext): ValidationProblem[] {
    return this.inputProblems(where, RenderContext.orNew(ctx), true);
  }

  /**
   * The `template:` node (values unresolved).
   * @param extra values of further inputs, by path (a pipeline's own variables) @default - none
   */
  public toObject(ctx?: RenderContext, extra: ReadonlyMap<string, unknown> = new Map()): Record<string, unknown> {
    return compact({
      templateRef: this.templateRef,
      versionLabel: this.versionLabel,
      templateInputs: this.templateInputs(RenderContext.orNew(ctx), extra),
    });
  }

  /** The values given for the definition's runtime inputs, by path. */
  public get inputs(): ReadonlyMap<string, TemplateInputValue> {
    return new Map(Object.entries(this.props.inputs ?? {}));
  }

  private templateInputs(ctx: RenderContext, extra: ReadonlyMap<string, unknown>): Record<string, unknown> | undefined {
    if (!this.definition) return this.props.templateInputs ? clonePlain({ ...this.props.templateInputs }) : undefined;
    const values = new Map<string, unknown>([...this.inputs, ...extra]);
    return templateInputsNode(this.definition.spec(ctx).spec ?? {}, values);
  }

  private inputProblems(where: string, ctx: RenderContext, renderProblemsMatter: boolean): ValidationProblem[] {
    const definition = this.definition;
    if (!definition) return [];
    const { spec } = definition.spec(ctx);
    if (spec === undefined && !renderProblemsMatter) return [];
    const known = definition.inputFields(ctx).map((f) => f.path);
    return [...this.inputs.keys()]
      .filter((path) => !known.includes(path))
      .map((path) => ({
        path: where,
        field: `inputs['${path}']`,
        problem: `'${path}' is not a runtime input of ${definition.describe()} (its runtime inputs: ${known.join(', ') || 'none'})`,
        fix: `use one of its runtime inputs, or make the field a runtime input (RuntimeInput.create()) in the template's model`,
      }));
  }
}

function checkDefinition(props: TemplateLinkProps, definition: TemplateDefinition, where: string, type: TemplateType): void {
  if (definition.type !== type) {
    fail(
      where,
      'template',
      `${definition.describe()} is a ${definition.type} template, not a ${type} template`,
      `use a ${type} template here, or put the ${definition.type} template where a ${definition.type.toLowerCase()} goes`,
    );
  }
  if (props.versionLabel !== undefined && props.versionLabel !== definition.versionLabel) {
    fail(
      where,
      'versionLabel',
      `'${props.versionLabel}' differs from the version of ${definition.describe()}`,
      'leave versionLabel out: a definition built in the app carries its own version',
    );
  }
  if (props.templateInputs !== undefined) {
    fail(
      where,
      'templateInputs',
      'templateInputs and a template definition are both given',
      "pass the values as inputs (checked against the definition's runtime inputs); templateInputs is for a template reference",
    );
  }
}

function checkReference(props: TemplateLinkProps, where: string): void {
  const ref = props.template;
  if (typeof ref !== 'string' || !SCOPED_IDENTIFIER_PATTERN.test(ref)) {
    fail(
      where,
      'template',
      `${typeof ref === 'string' ? `'${ref}'` : String(ref)} is not a template reference`,
      "pass a TemplateDefinition, or the reference of the template: 'id' (same project), 'org.id' or 'account.id'",
    );
  }
  if (props.versionLabel !== undefined) checkVersionLabel(props.versionLabel, where);
  if (props.inputs !== undefined) {
    fail(
      where,
      'inputs',
      `inputs are checked against a template definition, but '${ref}' is a reference`,
      'pass the TemplateDefinition (or the template construct), or write the node as templateInputs',
    );
  }
}
