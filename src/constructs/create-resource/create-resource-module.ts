import { describeValue, requireString } from '../../core/arguments';

import { tmpdir } from 'node:os';
import { App, TerraformDataSource, TerraformElement, TerraformLocal, TerraformProvider, TerraformResource, TerraformStack } from 'cdktf';
import { Construct, type IConstruct } from 'constructs';
import { fail, ValidationError, type ValidationProblem } from '../../core/errors';
import { resolveString, splitExpressions } from '../../core/resolve';
import type { ResourceDefinitionSource } from '../../pipeline/steps/idp/create-resource';
import { formatHclParts } from '../../terraform/hcl-format-parts';
import { renderStackHclParts } from '../../terraform/hcl-render';
import {
  CONSTRUCT_KINDS,
  CREATE_RESOURCE_MODULE_MODE,
  DeferredExpression,
  OnboardingValue,
  replaceOnboardingPlaceholders,
} from './onboarding-value';
import { RenderContext } from '../../core/render-context';
import { problemsUnder, SynthSession } from '../private/synth-session';
import { escapeTerraformString, hideHarnessExpressions } from '../../terraform/terraform-string';

const MODULE_SYMBOL = Symbol.for('cdktf-harness-idp/CreateResourceModule');

/**
 * The OpenTofu module a CreateResource step applies (its `resourceDefinition`), written with the typed
 * `.gen` bindings of the Harness provider: add `harness_*` resources, data sources and locals to it as to any
 * stack (`new PlatformProject(module, 'project', {...})`, {@link CreatedPipeline} for a pipeline rendered from
 * a `Pipeline` model), then pass the module to `CreateResourceStep`:
 *
 * ```ts
 * const module = new CreateResourceModule('service_ci');
 * new CreatedPipeline(module, 'ci', { pipeline: ci, identifier: `${OnboardingValue.of(projectName)}_ci`, ... });
 * new CreateResourceStep({ identifier: 'create_ci', resourceDefinition: module, xApiKey: pat });
 * ```
 *
 * The module is a {@link TerraformStack} of its own private {@link App}: it is never part of the stack that
 * deploys the onboarding pipeline, so its resources appear only in the HCL text, never in `cdk.tf.json`.
 *
 * The HCL is rendered by CDKTF's HCL renderer (see `hcl-render.ts`) and formatted with `@cdktf/hcl-tools`
 * (see `hcl-format.ts`). It holds resource, data and locals blocks only: the step supplies the provider and
 * its credentials (`xApiKey`). Expressions: see `onboarding-value.ts`. Every `<+` of the created resources'
 * text is written `<${"+"}` so that the onboarding run leaves it alone and OpenTofu restores it.
 */
export class CreateResourceModule extends TerraformStack implements ResourceDefinitionSource {
  /** True if `x` is a {@link CreateResourceModule}. */
  public static isCreateResourceModule(x: unknown): x is CreateResourceModule {
    return x !== null && typeof x === 'object' && MODULE_SYMBOL in x;
  }

  /** The module a construct belongs to, if any. */
  public static maybeOf(construct: IConstruct): CreateResourceModule | undefined {
    if (!Construct.isConstruct(construct)) {
      fail(
        'CreateResourceModule.maybeOf',
        'construct',
        `expects a construct, got ${describeValue(construct)}`,
        'pass a construct of the module',
      );
    }
    let node: IConstruct | undefined = construct;
    while (node) {
      if (CreateResourceModule.isCreateResourceModule(node)) return node;
      node = node.node.scope;
    }
    return undefined;
  }

  /**
   * @param id name of the module, used in construct paths and messages, e.g. `service_ci`.
   */
  private rendering?: RenderContext;

  /**
   * Creates the module as a scope of its own, outside the app's stacks (nothing in it is synthesized as a stack).
   * @param id the module's construct id
   */
  constructor(id: string = 'create_resource') {
    // A private app: nothing in it is synthesized; `tmpdir()` exists, so App creates no directory.
    super(
      new App({ outdir: tmpdir(), skipValidation: true }),
      requireString(id, 'new CreateResourceModule', 'id', "pass the module's name, e.g. new CreateResourceModule('service_ci')"),
    );
    Object.defineProperty(this, MODULE_SYMBOL, { value: true });
  }

  /**
   * The HCL for `CreateResourceStep.resourceDefinition`. Onboarding values are embedded as expressions of
   * the onboarding pipeline, so the pipeline checks them (declared variables, outputs of earlier steps) and
   * renders them as `<+...>`. Renders at call time: resources added later appear.
   */
  public renderHcl(): string {
    return replaceOnboardingPlaceholders(this.render(), (v) => v.expression.toString());
  }

  /**
   * The HCL as it appears in the onboarding pipeline's YAML: onboarding values as `<+...>` text, created
   * resources' expressions as `<${"+"}...>`. For reading, snapshots and `terraform fmt`.
   */
  public toHcl(): string {
    return replaceOnboardingPlaceholders(this.render(), (v) => v.expression.resolve());
  }

  /**
   * @internal The rendering pass of the module render under way (created pipelines render their YAML in it), or a
   * new pass in the module's mode.
   */
  public renderContext(): RenderContext {
    return this.rendering ?? moduleRenderContext();
  }

  private render(): string {
    const ctx = moduleRenderContext();
    this.rendering = ctx;
    try {
      const elements = this.elements();
      const problems = this.check(elements);
      if (problems.length > 0) throw new ValidationError(problems);
      const hcl = renderStackHclParts(this, elements, {
        transform: (template, element) => this.resolveExpressions(template, element, problems, ctx),
        foreignReference: (identifier, element) =>
          problems.push({
            path: element.node.path,
            field: 'references',
            problem: `references ${identifier}, which is not in the module; the CreateResource step applies the module on its own`,
            fix:
              'create the referenced resource in the module, look it up with a harness_* data source, ' +
              'or pass its identifier as text or as an OnboardingValue',
          }),
      });
      if (problems.length > 0) throw new ValidationError(problems);
      // Map keys stand in the skeleton: both parts hide Harness expressions (placeholders hold none).
      return formatHclParts({ skeleton: hideHarnessExpressions(hcl.skeleton), expressions: hcl.expressions.map(hideHarnessExpressions) });
    } finally {
      this.rendering = undefined;
    }
  }

  private elements(): TerraformElement[] {
    const out: TerraformElement[] = [];
    const visit = (c: IConstruct): void => {
      if (TerraformElement.isTerraformElement(c)) out.push(c);
      for (const child of c.node.children) visit(child);
    };
    for (const child of this.node.children) visit(child);
    return out;
  }

  /** Structural rules and the construct validations of everything in the module. */
  private check(elements: readonly TerraformElement[]): ValidationProblem[] {
    const problems: ValidationProblem[] = [];
    const blocks = elements.filter((e) => TerraformResource.isTerraformResource(e) || TerraformDataSource.isTerraformDataSource(e));
    if (blocks.length === 0) {
      problems.push({
        path: this.node.path,
        field: 'resources',
        problem: 'the module has no resources or data sources',
        fix: "add harness_* resources from the .gen bindings to the module, e.g. new PlatformProject(module, 'project', {...})",
      });
    }
    const addresses = new Map<string, string>();
    for (const e of elements) {
      const path = e.node.path;
      const address = TerraformResource.isTerraformResource(e)
        ? `${e.terraformResourceType}.${e.friendlyUniqueId}`
        : TerraformDataSource.isTerraformDataSource(e)
          ? `data.${e.terraformResourceType}.${e.friendlyUniqueId}`
          : `local.${e.friendlyUniqueId}`;
      const other = addresses.get(address);
      if (other !== undefined) {
        problems.push({
          path,
          field: 'id',
          problem: `renders to ${address}, as ${other} does`,
          fix: 'give the two constructs different ids',
        });
      }
      addresses.set(address, path);
      problems.push(...blockProblems(e));
    }
    problems.push(...problemsUnder(this, SynthSession.of(this)));
    return problems;
  }

  /**
   * Expression objects embedded in a resource attribute (template literals with markers) must say when they
   * resolve: an {@link OnboardingValue} becomes its placeholder, a {@link DeferredExpression} its literal text.
   */
  private resolveExpressions(template: string, element: TerraformElement, problems: ValidationProblem[], ctx: RenderContext): string {
    const resolver = ctx.resolver();
    return splitExpressions(template, CONSTRUCT_KINDS)
      .map((part) => {
        if (typeof part === 'string') return part;
        if (part instanceof OnboardingValue) return part.resolve(resolver);
        if (part instanceof DeferredExpression) return escapeTerraformString(resolveString(part.resolve(resolver), resolver));
        const text = resolveString(part.resolve(resolver), resolver);
        problems.push({
          path: element.node.path,
          field: 'expressions',
          problem:
            `the attribute embeds the expression ${text}, which does not say when it resolves: ` +
            'during the onboarding run (Harness substitutes it before OpenTofu runs) or in the created resource',
          fix:
            "wrap it: OnboardingValue.of(expr) for the onboarding run's value, " +
            `or Deferred.expression(expr) to keep ${text} in the created resource`,
        });
        return text;
      })
      .join('');
  }
}

/** A rendering pass in the module's mode: onboarding values render as placeholders, construct kinds decode. */
function moduleRenderContext(): RenderContext {
  return new RenderContext({ kinds: CONSTRUCT_KINDS, mode: CREATE_RESOURCE_MODULE_MODE });
}

/** What a block of the module may be: a Harness resource or data source without its own provider, or a local. */
function blockProblems(e: TerraformElement): ValidationProblem[] {
  const path = e.node.path;
  const problems: ValidationProblem[] = [];
  if (TerraformResource.isTerraformResource(e) || TerraformDataSource.isTerraformDataSource(e)) {
    const kind = TerraformResource.isTerraformResource(e) ? 'resource' : 'data source';
    if (!e.terraformResourceType.startsWith('harness_')) {
      problems.push({
        path,
        field: 'type',
        problem:
          `${kind} ${e.terraformResourceType} is not from the Harness Terraform provider; ` +
          'the CreateResource step runs only Harness provider resources',
        fix: 'use harness_* resources and data sources only; create other infrastructure in an IaCM stage',
      });
    }
    if (e.provider !== undefined) {
      problems.push({
        path,
        field: 'provider',
        problem:
          `the ${kind} sets a provider, but the module has no provider blocks: ` +
          'the CreateResource step supplies the Harness provider and its credentials',
        fix: "remove the provider property; set the credentials with the step's xApiKey",
      });
    }
  } else if (!(e instanceof TerraformLocal)) {
    const what = TerraformProvider.isTerraformProvider(e) ? 'a provider block' : `a ${e.constructor.name}`;
    problems.push({
      path,
      field: 'blocks',
      problem:
        `the module holds ${what}; it may hold resource, data and locals blocks only ` +
        '(the CreateResource step supplies provider, credentials and state)',
      fix: 'remove it from the module',
    });
  }
  return problems;
}
