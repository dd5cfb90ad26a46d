import type { Expression } from '../../../core/expression';
import type { StepProps } from '../../step';
import { checkFmeEnvironment, checkFmeName } from './fme-fields';

/** Props of the FME steps that act on one flag in one FME environment. */
export interface FmeFlagEnvironmentProps extends StepProps {
  /** Feature flag name, `^[a-zA-Z][-_a-zA-Z0-9]*$` (at most 100 characters), or an expression. */
  readonly flagName: string | Expression;
  /** FME environment name or id (1 to 100 characters, case-sensitive; not the Harness environment), or an expression. */
  readonly environment: string | Expression;
}

/** Checks `flagName` and `environment`. */
export function checkFlagEnvironment(props: FmeFlagEnvironmentProps, where: string): void {
  checkFmeName(props.flagName, where, 'spec.flagName', 'flag');
  checkFmeEnvironment(props.environment, where);
}

/** `flagName` and `environment`, first in the spec. */
export function renderFlagEnvironment(props: FmeFlagEnvironmentProps): Record<string, unknown> {
  return { flagName: props.flagName, environment: props.environment };
}
