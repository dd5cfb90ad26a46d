import { fail } from '../../../core/errors';
import type { Expression, StepOutput } from '../../../core/expression';
import type { SecretRef } from '../../../core/secret-ref';
import { Step, type StepProps } from '../../step';
import { type ContainerResources, renderContainerResources } from '../common/container-resources';
import { checkSecretRef, isLiteralText, requireText } from '../common/field-checks';
import { type HarnessTags, renderHarnessTags } from './harness-tags';

/** Organization identifiers (docs/rules.md#create-project-org-identifier). */
const ORG_IDENTIFIER_PATTERN = /^[a-zA-Z_][0-9a-zA-Z_$]{0,127}$/;

/** Props of a {@link CreateProjectStep}. */
export interface CreateProjectStepProps extends StepProps {
  /** Name of the new project; Harness derives its identifier from the name. */
  readonly projectName: string | Expression;
  /** Identifier of the organization the project belongs to, e.g. `default`. */
  readonly orgIdentifier: string | Expression;
  /** Description of the project (`spec.description`). @default - none */
  readonly projectDescription?: string | Expression;
  /** Tags of the project, e.g. `['team:platform']` or `{ team: 'platform' }`. @default - none */
  readonly tags?: HarnessTags;
  /** Harness API key (a secret holding a PAT/SAT) allowed to create projects. Rendered as the secret identifier. */
  readonly xApiKey: SecretRef;
  /** Container resources. @default - the infrastructure's defaults */
  readonly resources?: ContainerResources;
}

/** Typed outputs of a {@link CreateProjectStep}. */
export interface CreateProjectOutputs {
  /**
   * Identifier of the created project (`output.outputVariables.projectIdentifier`), e.g. for a following
   * CreateResource step (IDP tutorial "Create a Service Onboarding Pipeline along with the Deployment Pipeline").
   */
  readonly projectIdentifier: StepOutput;
}

/** The IDP CreateProject step (`IDPCreateProjectPlanInfo`): creates a Harness project in an organization. */
export class CreateProjectStep extends Step {
  public readonly type = 'CreateProject';
  /** Typed references to the step's outputs. */
  public readonly outputs: CreateProjectOutputs;
  private readonly props: CreateProjectStepProps;
  private readonly apiKey: SecretRef;

  /** Creates the step; its fields are checked at once, so a mistake throws a `ValidationError` naming the field and the fix. */
  constructor(props: CreateProjectStepProps) {
    super(props);
    this.props = props;
    const where = this.describe();
    requireText(props.projectName, where, 'spec.projectName', 'pass the name of the project to create');
    requireText(props.orgIdentifier, where, 'spec.orgIdentifier', "pass the identifier of the organization, e.g. 'default'");
    if (isLiteralText(props.orgIdentifier) && !ORG_IDENTIFIER_PATTERN.test(props.orgIdentifier)) {
      fail(
        where,
        'spec.orgIdentifier',
        `'${props.orgIdentifier}' is not an organization identifier (a letter or _ first, then letters, digits, _ or $)`,
        "pass the organization's identifier, not its name",
      );
    }
    this.apiKey = checkSecretRef(props.xApiKey, where, 'spec.xApiKey', true) as SecretRef;
    renderContainerResources(props.resources, where);
    this.outputs = { projectIdentifier: this.outputVariable('projectIdentifier') };
  }

  protected renderSpec(): Record<string, unknown> {
    const p = this.props;
    return {
      projectName: p.projectName,
      orgIdentifier: p.orgIdentifier,
      description: p.projectDescription,
      tags: renderHarnessTags(p.tags),
      xApiKey: this.apiKey.identifier,
      resources: renderContainerResources(p.resources, this.describe()),
    };
  }
}
