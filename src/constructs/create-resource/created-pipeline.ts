import { Lazy, Token } from 'cdktf';
import { Construct } from 'constructs';
import { PlatformPipeline } from '../../../.gen/providers/harness/platform-pipeline';
import type { PlatformProject } from '../../../.gen/providers/harness/platform-project';
import { fail } from '../../core/errors';
import { resolveString, splitExpressions } from '../../core/expression';
import { validateIdentifier, validateName } from '../../core/identifier';
import { MAX_PIPELINE_YAML_BYTES, type Pipeline, type PipelineScope } from '../../pipeline/pipeline';
import { toYaml } from '../../core/yaml';
import { CreateResourceModule } from './create-resource-module';
import { addModelValidation, renderInConstruct } from '../private/model-validation';
import { OnboardingValue } from './onboarding-value';
import { pipelineYamlScope } from '../private/pipeline-scope';
import { escapeTerraformString } from '../../terraform/terraform-string';

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

  constructor(scope: Construct, id: string, props: CreatedPipelineProps) {
    super(scope, id);
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

    addModelValidation(this, () => model.validate());

    this.resource = new PlatformPipeline(this, 'resource', {
      identifier: this.identifier,
      name: this.name,
      orgId,
      projectId,
      yaml: Lazy.stringValue({ produce: () => renderInConstruct(this, () => escapeTerraformString(this.renderYaml())) }),
    });
    // `resource "harness_platform_pipeline" "<id>"` rather than CDKTF's hashed name of the nested path.
    this.resource.overrideLogicalId(id);
  }

  /**
   * The created pipeline's YAML (unescaped). Onboarding values render as `<+...>` text of the onboarding
   * pipeline, or as the module's placeholders while the module renders.
   */
  public renderYaml(): string {
    const doc = this.pipeline.toObject(this.yamlScope) as { pipeline: Record<string, unknown> };
    doc.pipeline.name = resolveString(this.name);
    doc.pipeline.identifier = resolveString(this.identifier);
    const yaml = toYaml(doc);
    const bytes = Buffer.byteLength(yaml, 'utf8');
    if (bytes > MAX_PIPELINE_YAML_BYTES) {
      fail(
        this.node.path,
        'yaml',
        `the rendered YAML is ${bytes} bytes; Harness accepts at most ${MAX_PIPELINE_YAML_BYTES}`,
        'split the pipeline, or move shared steps into templates',
      );
    }
    return yaml;
  }
}

/**
 * Checks an identifier or name that may embed onboarding values: no other expressions, and literal parts
 * from the identifier/name character set. Fully literal text gets the full Harness rules.
 */
function checkText(text: string, where: string, field: string, kind: 'identifier' | 'name'): void {
  if (Token.isUnresolved(text)) return; // a reference to a resource of the module
  const parts = splitExpressions(text);
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
        `embeds ${resolveString(p.resolve())}, which is not an OnboardingValue; the ${field} is fixed when the onboarding run creates the pipeline`,
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
