import { fail } from '../../../core/errors';
import { Expression, type StepOutput } from '../../../core/expression';
import { SCOPED_IDENTIFIER_PATTERN } from '../../../core/identifier';
import { Step, type StepProps } from '../../step';
import { isLiteralText } from '../common/field-checks';

/** Props of a {@link PolicyStep}. */
export interface PolicyStepProps extends StepProps {
  /** Policy sets to evaluate, with scope prefix, e.g. `account.terraform_compliance`. At least one. */
  readonly policySets: readonly string[];
  /**
   * The JSON the policies evaluate (`policySpec.payload`, type Custom): a JSON string, an expression
   * (e.g. a Run step output), or an object that is serialised to JSON (expressions inside are kept).
   */
  readonly payload: string | Expression | Readonly<Record<string, unknown>>;
}

/** Typed outputs of a {@link PolicyStep}. */
export interface PolicyOutputs {
  /** `status` of the step (e.g. `SUCCEEDED`, `FAILED`). */
  readonly status: StepOutput;
}

/**
 * A Policy step (`PolicyStepInfo`, type Custom): evaluates OPA policy sets against a JSON payload.
 * Allowed in every stage type used here, IDP included.
 */
export class PolicyStep extends Step {
  public readonly type = 'Policy';
  /** Typed references to the step's outputs. */
  public readonly outputs: PolicyOutputs;
  private readonly props: PolicyStepProps;

  /** Creates the step; its fields are checked at once, so a mistake throws a `ValidationError` naming the field and the fix. */
  constructor(props: PolicyStepProps) {
    super(props);
    this.props = props;
    const where = this.describe();
    if (!Array.isArray(props.policySets) || props.policySets.length === 0) {
      fail(where, 'spec.policySets', 'no policy set is given', "list at least one policy set, e.g. ['account.terraform_compliance']");
    }
    props.policySets.forEach((s, i) => {
      if (typeof s !== 'string' || !SCOPED_IDENTIFIER_PATTERN.test(s)) {
        fail(
          where,
          `spec.policySets[${i}]`,
          `'${s}' is not a policy set identifier`,
          "give the identifier with its scope, e.g. 'account.terraform_compliance'",
        );
      }
    });
    if (new Set(props.policySets).size !== props.policySets.length) {
      fail(where, 'spec.policySets', 'a policy set is listed twice', 'list each policy set once');
    }
    const payload: unknown = props.payload;
    if (payload === undefined || payload === null || (typeof payload === 'string' && payload.trim() === '')) {
      fail(where, 'spec.policySpec.payload', 'is required', 'pass the JSON to evaluate: a JSON string, an expression or an object');
    }
    if (isLiteralText(payload)) {
      try {
        JSON.parse(payload);
      } catch (e) {
        fail(
          where,
          'spec.policySpec.payload',
          `is not valid JSON (${(e as Error).message})`,
          'pass valid JSON, or an object that is serialised for you',
        );
      }
    }
    this.outputs = { status: this.output('status') };
  }

  /**
   * Status of one policy of one policy set:
   * `output.policySetDetails.get("<set>").policyDetails.get("<policy>").status`.
   * @param policySet one of this step's policy sets, e.g. `account.terraform_compliance`
   * @param policy the policy identifier with scope, e.g. `account.aws_required_tags`
   */
  public policyStatus(policySet: string, policy: string): StepOutput {
    return this.output(`${this.policyPath(policySet, policy)}.status`);
  }

  /** Deny messages of one policy of one policy set (`...policyDetails.get("<policy>").denyMessages`). */
  public policyDenyMessages(policySet: string, policy: string): StepOutput {
    return this.output(`${this.policyPath(policySet, policy)}.denyMessages`);
  }

  private policyPath(policySet: string, policy: string): string {
    if (!this.props.policySets.includes(policySet)) {
      fail(
        this.describe(),
        'spec.policySets',
        `'${policySet}' is not a policy set of this step`,
        `use one of: ${this.props.policySets.join(', ')}`,
      );
    }
    if (typeof policy !== 'string' || !SCOPED_IDENTIFIER_PATTERN.test(policy)) {
      fail(
        this.describe(),
        'outputs',
        `'${policy}' is not a policy identifier`,
        "give the policy identifier with its scope, e.g. 'account.aws_required_tags'",
      );
    }
    return `output.policySetDetails.get("${policySet}").policyDetails.get("${policy}")`;
  }

  protected renderSpec(): Record<string, unknown> {
    const p = this.props;
    const payload = typeof p.payload === 'string' || p.payload instanceof Expression ? p.payload : JSON.stringify(p.payload, null, 2);
    return {
      policySets: [...p.policySets],
      type: 'Custom',
      policySpec: { payload },
    };
  }
}
