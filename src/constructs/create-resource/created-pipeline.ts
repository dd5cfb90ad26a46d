import { childId, constructProps } from '../construct-args';
import { Token } from 'cdktf';
import { Construct } from 'constructs';
import { PlatformPipeline } from '../../../.gen/providers/harness/platform-pipeline';
import type { PlatformProject } from '../../../.gen/providers/harness/platform-project';
import { fail, ValidationError } from '../../core/errors';
import { resolveString, splitExpressions } from '../../core/resolve';
import { validateIdentifier, validateName } from '../../core/identifier';
import { MAX_PIPELINE_YAML_BYTES, type Pipeline, type PipelineRender, type PipelineScope } from '../../pipeline/pipeline';
import { toYaml } from '../../core/yaml';
import { CreateResourceModule } from './create-resource-module';
import { invalidDocument, reportProblems } from '../private/synth-session';
import { RenderContext } from '../../core/render-context';
import { CONSTRUCT_KINDS, OnboardingValue } from './onboarding-value';
import { pipelineYamlScope } from '../private/pipeline-scope';
import { escapeTerraformString } from '../../terraform/terraform-string';
import { terraformArgs } from '../../terraform/terraform-args';
import { lazyText } from '../private/lazy-text';
import { withUserCreationStacks } from '../../terraform/user-creation-stacks';

/** Props of a {@link CreatedPipeline}. */
export interface CreatedPipelineProps {
  /**
   * The created pipeline's model. Its expressions (its variables, `<+input>`, secrets, step outputs) stay in
   * the created pipeline for its own runs; embed {@link OnboardingValue}s for what the onboarding run fills in.
   * The YAML is rendered when the module renders, so steps added later appear.
   */
  readonly pipeline: Pipeline;
  /**
   * The created pipeline's identifier, usually built from an onboarding value:
   * `` `${OnboardingValue.of(projectName)}_ci` ``. Literal parts may hold letters, digits and `_` only.
   * @default the model's identifier
   */
  readonly identifier?: string;
  /**
   * The created pipeline's name; may embed {@link OnboardingValue}s.
   * @default the model's name
   */
  readonly name?: string;
  /**
   * A project created (or looked up) in the same module; sets org and project as references.
   * @default - `orgId`/`projectId`, or the model's own orgIdentifier/projectIdentifier
   */
  readonly project?: PlatformProject;
  /**
   * Organization identifier: text, or an {@link OnboardingValue} (`` `${OnboardingValue.of(org)}` ``).
   * @default - from `project`, or the model
   */
  readonly orgId?: string;
  /**
   * Project identifier: text, or an {@link OnboardingValue}.
   * @default - from `project`, or the model
   */
  readonly projectId?: string;
}

/**
 * A pipeline that the onboarding run creates: a `harness_platform_pipeline` in a
 * {@link CreateResourceModule}, rendered from a {@link Pipeline} model. Unlike `HarnessPipeline`, its
 * identifier, name, org and project may be onboarding values (one pipeline per onboarded service).
 */
export class CreatedPipeline extends Construct {
  /** The created pipeline's model. */
  public readonly pipeline: Pipeline;
  /** The `harness_platform_pipeline` resource of the module. */
  public readonly resource: PlatformPipeline;
  private readonly identifier: string;
  private readonly name: string;
  private readonly yamlScope: PipelineScope;

  /**
   * Adds a `harness_platform_pipeline` built from a pipeline model to a Create Resource module; `scope` must be inside a
   * `CreateResourceModule`.
   */
  constructor(scope: Construct, id: string, props: CreatedPipelineProps) {
    super(scope, childId(scope, id, 'CreatedPipeline'));
    constructProps(this, props, '{ pipeline: new Pipeline({...}), identifier, name }');
    const where = this.node.path;
    if (!CreateResourceModule.maybeOf(this)) {
      fail(
        where,
        'scope',
        'a CreatedPipeline belongs in a CreateResourceModule',
        'create it in the module of a CreateResource step, or use HarnessPipeline to deploy a pipeline from this stack',
      );
    }
    const model = props.pipeline;
    if (props.project && (props.orgId !== undefined || props.projectId !== undefined)) {
      fail(where, 'project', 'both project and orgId/projectId are set', 'pass either a project resource or orgId/projectId');
    }
    const orgId = props.project?.orgId ?? props.orgId ?? model.orgIdentifier;
    const projectId = props.project?.identifier ?? props.projectId ?? model.projectIdentifier;
    if (orgId === undefined || projectId === undefined) {
      fail(
        where,
        'projectId',
        'the created pipeline has no organization/project',
        'pass project, or orgId and projectId (e.g. OnboardingValues), or set them on the Pipeline model',
      );
    }
    this.identifier = props.identifier ?? model.identifier;
    this.name = props.name ?? model.name;
    checkText(this.identifier, where, 'identifier', 'identifier');
    checkText(this.name, where, 'name', 'name');
    checkText(orgId, where, 'orgId', 'identifier');
    checkText(projectId, where, 'projectId', 'identifier');
    this.pipeline = model;
    this.yamlScope = pipelineYamlScope(where, model, orgId, projectId);

    const module = CreateResourceModule.maybeOf(this)!;
    reportProblems(this, () => this.rendered(module.renderContext()).problems);

    this.resource = withUserCreationStacks(
      () =>
        new PlatformPipeline(
          this,
          'resource',
          terraformArgs({
            identifier: this.identifier,
            name: this.name,
            orgId,
            projectId,
            yaml: lazyText(() => this.lazyYaml(module.renderContext())),
          }),
        ),
    );
    // `resource "harness_platform_pipeline" "<id>"` rather than CDKTF's hashed name of the nested path.
    this.resource.overrideLogicalId(id);
  }

  /**
   * The created pipeline's YAML (unescaped). Throws {@link ValidationError} on problems.
   * @param ctx the rendering pass; in a Create Resource module's pass (`module.renderContext()`) onboarding values
   *   render as the module's placeholders @default - a pass of its own: onboarding values as `<+...>` text
   */
  public renderYaml(ctx?: RenderContext): string {
    const result = this.rendered(ctx ?? new RenderContext({ kinds: CONSTRUCT_KINDS }));
    if (result.problems.length > 0 || result.yaml === undefined) throw new ValidationError(result.problems);
    return result.yaml;
  }

  private lazyYaml(ctx: RenderContext): string {
    const result = this.rendered(ctx);
    return escapeTerraformString(result.problems.length === 0 && result.yaml !== undefined ? result.yaml : invalidDocument(this.node.path));
  }

  /** The created pipeline rendered once per rendering pass, with its own identifier and name (problems reported). */
  private rendered(ctx: RenderContext): PipelineRender {
    return ctx.memo(this, 'render', () => {
      const result = this.pipeline.render(this.yamlScope, ctx);
      if (result.document === undefined) return result;
      const doc = result.document as { pipeline: Record<string, unknown> };
      const resolver = ctx.resolver();
      doc.pipeline.name = resolveString(this.name, resolver);
      doc.pipeline.identifier = resolveString(this.identifier, resolver);
      const yaml = toYaml(doc);
      const bytes = Buffer.byteLength(yaml, 'utf8');
      const problems = [...result.problems];
      if (bytes > MAX_PIPELINE_YAML_BYTES) {
        problems.push({
          path: this.pipeline.describe(),
          field: 'yaml',
          problem: `the rendered YAML is ${bytes} bytes; Harness accepts at most ${MAX_PIPELINE_YAML_BYTES}`,
          fix: 'split the pipeline, or move shared steps into templates',
        });
      }
      return { document: doc, yaml, problems };
    });
  }
}

/**
 * Checks an identifier or name that may embed onboarding values: no other expressions, and literal parts
 * from the identifier/name character set. Fully literal text gets the full Harness rules.
 */
function checkText(text: string, where: string, field: string, kind: 'identifier' | 'name'): void {
  if (Token.isUnresolved(text)) return; // a reference to a resource of the module
  const parts = splitExpressions(text, CONSTRUCT_KINDS);
  if (parts.every((p) => typeof p === 'string')) {
    if (kind === 'identifier') validateIdentifier(text, where, field);
    else validateName(text, where, 'default', field);
    return;
  }
  for (const p of parts) {
    if (typeof p !== 'string' && !(p instanceof OnboardingValue)) {
      fail(
        where,
        field,
        `embeds ${resolveString(p.resolve())}, which is not an OnboardingValue; ` +
          `the ${field} is fixed when the onboarding run creates the pipeline`,
        "wrap the onboarding pipeline's expression with OnboardingValue.of(...)",
      );
    }
    const allowed = kind === 'identifier' ? /^[0-9a-zA-Z_]*$/ : /^[-0-9a-zA-Z_\s.]*$/;
    if (typeof p === 'string' && !allowed.test(p)) {
      fail(
        where,
        field,
        `the literal part '${p}' has characters a Harness ${kind} cannot hold`,
        kind === 'identifier' ? 'use letters, digits and _ only' : 'use letters, digits, _, -, . and spaces only',
      );
    }
  }
  const first = parts[0];
  if (kind === 'identifier' && typeof first === 'string' && !/^[a-zA-Z_]/.test(first)) {
    fail(where, field, `'${first}' cannot start an identifier`, 'start with a letter or _, or with the onboarding value');
  }
}
