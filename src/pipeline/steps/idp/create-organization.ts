import type { Expression, StepOutput } from '../../../core/expression';
import type { SecretRef } from '../../../core/secret-ref';
import { Step, type StepProps } from '../../step';
import { type ContainerResources, renderContainerResources } from '../common/container-resources';
import { checkSecretRef, requireText } from '../common/field-checks';
import { type HarnessTags, renderHarnessTags } from './harness-tags';

/** Props of a {@link CreateOrganizationStep}. */
export interface CreateOrganizationStepProps extends StepProps {
  /** Name of the new organization; Harness derives its identifier from the name. */
  readonly orgName: string | Expression;
  /** Description of the organization (`spec.description`). @default - none */
  readonly organizationDescription?: string | Expression;
  /** Tags of the organization, e.g. `['team:platform']` or `{ team: 'platform' }`. @default - none */
  readonly tags?: HarnessTags;
  /** Harness API key (a secret holding a PAT/SAT) allowed to create organizations. Rendered as the secret identifier. */
  readonly xApiKey: SecretRef;
  /** Container resources. @default - the infrastructure's defaults */
  readonly resources?: ContainerResources;
}

/** Typed outputs of a {@link CreateOrganizationStep}. */
export interface CreateOrganizationOutputs {
  /**
   * Identifier of the created organization (`output.outputVariables.orgIdentifier`), e.g. for a following
   * CreateProject step's `orgIdentifier` (IDP tutorial "Create a Service Onboarding Pipeline along with the
   * Deployment Pipeline").
   */
  readonly orgIdentifier: StepOutput;
}

/** The IDP CreateOrganization step (`IDPCreateOrganisationPlanInfo`): creates a Harness organization. */
export class CreateOrganizationStep extends Step {
  public readonly type = 'CreateOrganization';
  /** Typed references to the step's outputs. */
  public readonly outputs: CreateOrganizationOutputs;
  private readonly props: CreateOrganizationStepProps;
  private readonly apiKey: SecretRef;

  /** Creates the step; its fields are checked at once, so a mistake throws a `ValidationError` naming the field and the fix. */
  constructor(props: CreateOrganizationStepProps) {
    super(props);
    this.props = props;
    const where = this.describe();
    requireText(props.orgName, where, 'spec.orgName', 'pass the name of the organization to create');
    this.apiKey = checkSecretRef(props.xApiKey, where, 'spec.xApiKey', true) as SecretRef;
    renderContainerResources(props.resources, where);
    this.outputs = { orgIdentifier: this.outputVariable('orgIdentifier') };
  }

  protected renderSpec(): Record<string, unknown> {
    const p = this.props;
    return {
      orgName: p.orgName,
      description: p.organizationDescription,
      tags: renderHarnessTags(p.tags),
      xApiKey: this.apiKey.identifier,
      resources: renderContainerResources(p.resources, this.describe()),
    };
  }
}
