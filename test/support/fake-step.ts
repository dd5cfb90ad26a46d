import { Step, type StepProps } from '../../src/pipeline/step';

/** Props of a {@link FakeStep}. */
export interface FakeStepProps extends StepProps {
  /** The step `type` literal. */
  readonly type: string;
  /** The rendered `spec`. @default {} */
  readonly spec?: Record<string, unknown>;
  /** Overrides the stage/step matrix. @default - the matrix */
  readonly allowedStages?: readonly string[];
}

/**
 * A minimal step of any `type`, for tests of the core model (stage/step matrix, identifiers, outputs)
 * that must not depend on the concrete step classes.
 */
export class FakeStep extends Step {
  public readonly type: string;
  private readonly fake: FakeStepProps;

  constructor(props: FakeStepProps) {
    super(props);
    this.type = props.type;
    this.fake = props;
  }

  public allowedStageTypes(): readonly string[] | undefined {
    return this.fake.allowedStages;
  }

  /** Exposes the protected factory: `...steps.<id>.output.outputVariables.<name>`. */
  public out(name: string) {
    return this.outputVariable(name);
  }

  /** Exposes the protected factory: any path below the step. */
  public at(path: string) {
    return this.output(path);
  }

  protected renderSpec(): Record<string, unknown> {
    return { ...(this.fake.spec ?? {}) };
  }
}
