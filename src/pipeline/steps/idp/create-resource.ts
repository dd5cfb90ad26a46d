import { fail } from '../../../core/errors';
import { Expression } from '../../../core/expression';
import type { SecretRef } from '../../../core/secret-ref';
import { Step, type StepProps } from '../../step';
import { type ContainerResources, renderContainerResources } from '../common/container-resources';
import { checkSecretRef, isLiteralText, requireText } from '../common/field-checks';

/**
 * Something that renders OpenTofu/Terraform HCL for a CreateResource step, e.g. a typed module of Harness
 * provider resources. Called each time the pipeline renders, so later changes to the source appear.
 */
export interface ResourceDefinitionSource {
  /** The HCL text (resources of the Harness Terraform provider only). */
  renderHcl(): string;
}

/** Props of a {@link CreateResourceStep}. */
export interface CreateResourceStepProps extends StepProps {
  /**
   * HCL with resources of the Harness Terraform provider only (docs/rules.md#create-resource-harness-only), e.g.
   * `resource "harness_platform_pipeline" "ci" { ... }`, as text, an expression, or a
   * {@link ResourceDefinitionSource}. Harness adds the `terraform { required_providers }` and
   * `provider "harness"` blocks itself, configured from `xApiKey`; do not declare them.
   */
  readonly resourceDefinition: string | Expression | ResourceDefinitionSource;
  /**
   * Harness API key (a secret holding a PAT/SAT of the target account) used by the provider.
   * @see https://developer.harness.io/docs/internal-developer-portal/flows/create-workflow/harness-pipeline
   * Rendered as the secret identifier.
   */
  readonly xApiKey: SecretRef;
  /** Container resources. @default - the infrastructure's defaults */
  readonly resources?: ContainerResources;
}

/**
 * The IDP CreateResource step (`IDPCreateResourcePlanInfo`): applies an OpenTofu definition of Harness
 * provider resources (projects, pipelines, connectors, ...).
 */
export class CreateResourceStep extends Step {
  public readonly type = 'CreateResource';
  private readonly props: CreateResourceStepProps;
  private readonly apiKey: SecretRef;

  /** Creates the step; its fields are checked at once, so a mistake throws a `ValidationError` naming the field and the fix. */
  constructor(props: CreateResourceStepProps) {
    super(props);
    this.props = props;
    const where = this.describe();
    const def: unknown = props.resourceDefinition;
    if (isDefinitionSource(def)) {
      // Rendered and checked when the pipeline renders, so resources added to the module later still count.
    } else if (def !== null && typeof def === 'object' && !(def instanceof Expression)) {
      fail(
        where,
        'spec.resourceDefinition',
        'the object has no renderHcl() method',
        'pass HCL text, an expression, or an object with renderHcl(): string',
      );
    } else {
      requireText(def, where, 'spec.resourceDefinition', 'pass the HCL of the Harness provider resources to create');
      if (typeof def === 'string') checkHcl(def, where);
    }
    this.apiKey = checkSecretRef(props.xApiKey, where, 'spec.xApiKey', true) as SecretRef;
    renderContainerResources(props.resources, where);
  }

  protected renderSpec(): Record<string, unknown> {
    const p = this.props;
    const def = p.resourceDefinition;
    let hcl: string | Expression;
    if (isDefinitionSource(def)) {
      hcl = def.renderHcl();
      checkHcl(hcl, this.describe());
    } else {
      hcl = def;
    }
    return {
      resourceDefinition: hcl,
      xApiKey: this.apiKey.identifier,
      resources: renderContainerResources(p.resources, this.describe()),
    };
  }
}

function isDefinitionSource(value: unknown): value is ResourceDefinitionSource {
  return (
    value !== null &&
    typeof value === 'object' &&
    !(value instanceof Expression) &&
    typeof (value as ResourceDefinitionSource).renderHcl === 'function'
  );
}

/**
 * Local checks on HCL text: only Harness provider resources and data sources (docs/rules.md#create-resource-harness-only), and no provider
 * setup, which Harness appends itself (a second `provider "harness"` block or `harness` required provider
 * makes OpenTofu fail).
 */
function checkHcl(text: unknown, where: string): void {
  if (typeof text !== 'string' || text.trim() === '') {
    fail(where, 'spec.resourceDefinition', 'the definition is empty', 'pass the HCL of the Harness provider resources to create');
  }
  const block = /^[ \t]*(resource|data)[ \t]+"([^"]+)"/gm;
  for (const m of text.matchAll(block)) {
    const kind = m[1];
    const type = m[2];
    if (isLiteralText(type) && !type.startsWith('harness_')) {
      fail(
        where,
        'spec.resourceDefinition',
        `${kind} "${type}" is not from the Harness Terraform provider; the step runs only Harness provider resources`,
        `use harness_* ${kind === 'data' ? 'data sources' : 'resources'} only, and create other resources in an IaCM stage`,
      );
    }
  }
  if (/^[ \t]*provider[ \t]+"harness"/m.test(text)) {
    fail(
      where,
      'spec.resourceDefinition',
      'declares a provider "harness" block, but the step adds its own, configured from xApiKey',
      'remove the provider block; set the API key with xApiKey',
    );
  }
  if (/required_providers\s*\{(?:[^{}]|\{[^{}]*\})*?\bharness\s*=/.test(text)) {
    fail(
      where,
      'spec.resourceDefinition',
      'declares the harness provider in required_providers, but the step adds that declaration itself',
      'remove the terraform { required_providers } block',
    );
  }
}
