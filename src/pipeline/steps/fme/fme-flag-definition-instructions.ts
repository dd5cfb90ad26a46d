import { fail } from '../../../core/errors';
import { Expression } from '../../../core/expression';
import { Step } from '../../step';
import { checkTreatmentName } from './fme-fields';
import { checkFlagEnvironment, type FmeFlagEnvironmentProps, renderFlagEnvironment } from './fme-flag-environment';
import { FmeInstruction } from './fme-instruction';
import { checkDefaultsAmong, checkTreatmentDefinitions, type FmeTreatmentDefinition, renderTreatmentDefinitions } from './fme-treatments';

/** The definition created when the flag has none in the environment yet (`defaultDefinition`). */
export interface FmeDefaultDefinition {
  /** The treatments with descriptions, at least two. */
  readonly treatments: readonly FmeTreatmentDefinition[];
  /** Default treatment, one of `treatments`, or an expression. */
  readonly defaultTreatment: string | Expression;
  /** Baseline treatment, one of `treatments`, or an expression. */
  readonly baselineTreatment: string | Expression;
}

/** Props of an {@link FmeFlagDefinitionInstructionsStep}. */
export interface FmeFlagDefinitionInstructionsStepProps extends FmeFlagEnvironmentProps {
  /**
   * The changes, applied atomically in this order, each instruction type at most once, e.g.
   * `[FmeInstruction.setFlagKilled(false), FmeInstruction.setDefaultAllocations([...])]`; or one expression.
   */
  readonly instructions: readonly FmeInstruction[] | Expression;
  /** Definition to create first if the environment has none (ignored otherwise), or an expression. @default - none */
  readonly defaultDefinition?: FmeDefaultDefinition | Expression;
}

/**
 * The FME step `FmeFlagDefinitionInstructions` (`FmeFlagDefinitionInstructionsStepInfo`): applies several changes to
 * the flag's definition in the environment at once (restore, allocation, rules, ...), e.g. to promote a flag between
 * environments. Custom and Deployment stages.
 *
 * @see https://developer.harness.io/docs/feature-management-experimentation/pipelines
 */
export class FmeFlagDefinitionInstructionsStep extends Step {
  public readonly type = 'FmeFlagDefinitionInstructions';
  private readonly props: FmeFlagDefinitionInstructionsStepProps;

  /** Creates the step; its fields are checked at once, so a mistake throws a `ValidationError` naming the field and the fix. */
  constructor(props: FmeFlagDefinitionInstructionsStepProps) {
    super(props);
    this.props = props;
    const where = this.describe();
    checkFlagEnvironment(props, where);
    checkInstructions(props.instructions, where);
    const d = props.defaultDefinition;
    if (d !== undefined && !(d instanceof Expression)) {
      checkTreatmentDefinitions(d.treatments, where, 'spec.defaultDefinition.treatments');
      checkTreatmentName(d.defaultTreatment, where, 'spec.defaultDefinition.defaultTreatment', true);
      checkTreatmentName(d.baselineTreatment, where, 'spec.defaultDefinition.baselineTreatment', true);
      checkDefaultsAmong(
        { 'spec.defaultDefinition.defaultTreatment': d.defaultTreatment, 'spec.defaultDefinition.baselineTreatment': d.baselineTreatment },
        d.treatments,
        where,
      );
    }
  }

  protected renderSpec(): Record<string, unknown> {
    const p = this.props;
    const d = p.defaultDefinition;
    return {
      ...renderFlagEnvironment(p),
      defaultDefinition:
        d === undefined || d instanceof Expression
          ? d
          : {
              treatments: renderTreatmentDefinitions(d.treatments),
              defaultTreatment: d.defaultTreatment,
              baselineTreatment: d.baselineTreatment,
            },
      instructions: p.instructions instanceof Expression ? p.instructions : p.instructions.map((i) => i.toObject()),
    };
  }
}

/** At least one instruction, each an {@link FmeInstruction} with a valid value, each type once. */
function checkInstructions(list: unknown, where: string): void {
  if (list instanceof Expression) return;
  if (!Array.isArray(list) || list.length === 0) {
    fail(where, 'spec.instructions', 'no instruction is given', 'list at least one, e.g. [FmeInstruction.setFlagKilled(false)]');
  }
  const seen = new Map<string, number>();
  list.forEach((inst: unknown, i) => {
    const f = `spec.instructions[${i}]`;
    if (!(inst instanceof FmeInstruction))
      fail(where, f, 'is not an FmeInstruction', 'build it with FmeInstruction.setDefaultTreatment(...) and the like');
    const first = seen.get(inst.type);
    if (first !== undefined) {
      fail(
        where,
        `${f}.type`,
        `instruction ${inst.type} is already given at spec.instructions[${first}]`,
        'give each instruction type at most once',
      );
    }
    seen.set(inst.type, i);
    inst._check(where, f);
  });
}
