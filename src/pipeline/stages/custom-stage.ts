import { StageType } from '../compatibility';
import { Stage, type StageProps } from '../stage';

/** Props of a {@link CustomStage}. */
export interface CustomStageProps extends StageProps {
  /** Stage environment, e.g. `{ environmentRef: 'prod' }`. @default - none */
  readonly environment?: Readonly<Record<string, unknown>>;
}

/**
 * A Custom stage: approvals, Http, ShellScript, Jira, Policy, FME flag steps, SlackNotify, step groups.
 */
export class CustomStage extends Stage {
  /**
   * Creates the stage with its steps; identifier, name and the stage/step matrix are checked at once.
   * @param customProps the stage's fields
   */
  constructor(private readonly customProps: CustomStageProps) {
    super(StageType.CUSTOM, customProps);
  }

  protected renderSpec(execution: Record<string, unknown>): Record<string, unknown> {
    return {
      environment: this.customProps.environment ? { ...this.customProps.environment } : undefined,
      execution,
    };
  }
}
