import { fail } from '../core/errors';
import { StageType } from './compatibility';
import { Step, type StepProps } from './step';

/** Props of a {@link GenericStep}. */
export interface GenericStepProps extends StepProps {
  /** The step `type` literal, e.g. `TerraformPlan`. */
  readonly type: string;
}

/**
 * A step of a type the library does not model yet: it renders the envelope (`type`, `name`, `identifier`,
 * `timeout`, ...) and an empty `spec`, which {@link Step.addOverride} fills, e.g.
 * `new GenericStep({ identifier: 'plan', type: 'TerraformPlan' }).addOverride('spec.provisionerIdentifier', 'p1')`.
 * `cdktf-harness-idp import` writes steps it cannot type this way. It is accepted in every stage type: the stage/step
 * matrix is not checked for it.
 */
export class GenericStep extends Step {
  /** The step `type` literal, as given. */
  public readonly type: string;

  /** Creates the step; a `type` that is not a step type literal throws a `ValidationError`. */
  constructor(props: GenericStepProps) {
    super(props);
    if (typeof props.type !== 'string' || !/^[A-Za-z][A-Za-z0-9_]*$/.test(props.type)) {
      fail(this.describe(), 'type', `'${String(props.type)}' is not a step type`, "give the step type literal, e.g. 'TerraformPlan'");
    }
    this.type = props.type;
  }

  public allowedStageTypes(): readonly string[] {
    return Object.values(StageType);
  }

  protected renderSpec(): Record<string, unknown> {
    return {};
  }
}
