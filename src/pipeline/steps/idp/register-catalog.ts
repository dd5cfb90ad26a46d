import type { Expression, StepOutput } from '../../../core/expression';
import type { SecretRef } from '../../../core/secret-ref';
import { Step, type StepProps } from '../../step';
import { type ContainerResources, renderContainerResources } from '../common/container-resources';
import { checkSecretRef, requireText } from '../common/field-checks';
import { checkGitTarget, type GitTarget, renderGitTarget } from './git-target';

/** Props of a {@link RegisterCatalogStep}. */
export interface RegisterCatalogStepProps extends StepProps, GitTarget {
  /** Path of the entity file relative to the repository root, e.g. `catalog-info.yaml`. */
  readonly filePath: string | Expression;
  /** Branch that holds the file. @default - the repository's default branch */
  readonly branch?: string | Expression;
  /**
   * Harness API key (a secret holding a PAT/SAT) used to register the entity. Optional: without it the
   * executing user's context is used, but set it when the pipeline is started by another pipeline or a
   * trigger. Rendered as the secret identifier.
   * @see https://developer.harness.io/docs/internal-developer-portal/flows/create-workflow/harness-pipeline
   * @default - the user context
   */
  readonly xApiKey?: SecretRef;
  /** Container resources. @default - the infrastructure's defaults */
  readonly resources?: ContainerResources;
}

/** Typed outputs of a {@link RegisterCatalogStep}. */
export interface RegisterCatalogOutputs {
  /** URL of the registered `catalog-info.yaml` in the Git provider. */
  readonly catalogInfoUrl: StepOutput;
}

/** The IDP RegisterCatalog step (`IDPRegisterCatalogPlanInfo`): registers an entity file from Git in the catalog. */
export class RegisterCatalogStep extends Step {
  public readonly type = 'RegisterCatalog';
  /** Typed references to the step's outputs. */
  public readonly outputs: RegisterCatalogOutputs;
  private readonly props: RegisterCatalogStepProps;
  private readonly apiKey?: SecretRef;

  /** Creates the step; its fields are checked at once, so a mistake throws a `ValidationError` naming the field and the fix. */
  constructor(props: RegisterCatalogStepProps) {
    super(props);
    this.props = props;
    const where = this.describe();
    checkGitTarget(props, where);
    requireText(props.filePath, where, 'spec.filePath', "pass the path of the entity file in the repository, e.g. 'catalog-info.yaml'");
    this.apiKey = checkSecretRef(props.xApiKey, where, 'spec.xApiKey', false);
    renderContainerResources(props.resources, where);
    this.outputs = { catalogInfoUrl: this.outputVariable('catalogInfoUrl') };
  }

  protected renderSpec(): Record<string, unknown> {
    const p = this.props;
    return {
      ...renderGitTarget(p),
      branch: p.branch,
      filePath: p.filePath,
      xApiKey: this.apiKey?.identifier,
      resources: renderContainerResources(p.resources, this.describe()),
    };
  }
}
