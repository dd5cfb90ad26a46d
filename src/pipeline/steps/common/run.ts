import { fail } from '../../../core/errors';
import type { Expression, StepOutput } from '../../../core/expression';
import { checkReservedVariableName, IDENTIFIER_PATTERN, suggestIdentifier } from '../../../core/identifier';
import { Step, type StepProps } from '../../step';
import { requireText } from './field-checks';
import { VariableType } from '../../variable';

/** Shells a Run step supports. */
export enum Shell {
  /** POSIX `sh`. */
  SH = 'Sh',
  /** Bash. */
  BASH = 'Bash',
  /** Windows PowerShell. */
  POWERSHELL = 'Powershell',
  /** PowerShell Core (`pwsh`). */
  PWSH = 'Pwsh',
  /** Python. */
  PYTHON = 'Python',
}

/** An output variable of a Run step: a shell variable exported after the command. */
export interface RunOutputVariable {
  /** Name of the shell variable to export. */
  readonly name: string;
  /** Output type (a Secret output is masked). @default VariableType.STRING */
  readonly type?: VariableType;
}

/** Props of a {@link RunStep}. */
export interface RunStepProps extends StepProps {
  /** The script. `${VAR}` shell syntax is kept literally in the rendered YAML. */
  readonly command: string | Expression;
  /** Shell that runs the command. @default - not set */
  readonly shell?: Shell;
  /** Container image; required outside Harness Cloud / IDP defaults. @default - the stage's default image */
  readonly image?: string;
  /** Registry connector for the image. @default - none */
  readonly connectorRef?: string;
  /** Environment variables (values may be expressions or secret references). @default - none */
  readonly envVariables?: Readonly<Record<string, string | Expression>>;
  /** Shell variables exported as step outputs. @default [] */
  readonly outputVariables?: readonly (string | RunOutputVariable)[];
  /** Run the container privileged. @default - not privileged */
  readonly privileged?: boolean;
}

/** A Run step (`RunStepInfo`): a script in a container. */
export class RunStep extends Step {
  public readonly type = 'Run';
  private readonly props: RunStepProps;
  private readonly outputs: readonly RunOutputVariable[];

  /** Creates the step; its fields are checked at once, so a mistake throws a `ValidationError` naming the field and the fix. */
  constructor(props: RunStepProps) {
    super(props);
    this.props = props;
    requireText(props.command, this.describe(), 'spec.command', "pass the script as text, e.g. 'npm test' (join several lines with \\n)");
    this.outputs = (props.outputVariables ?? []).map((o) => (typeof o === 'string' ? { name: o } : o));
    const names = new Set<string>();
    for (const o of this.outputs) {
      // OutputNGVariable.name: the shell variable exported after the command.
      if (typeof o.name !== 'string' || !IDENTIFIER_PATTERN.test(o.name)) {
        fail(
          this.describe(),
          'spec.outputVariables',
          `'${o.name}' is not a shell variable name (pattern ${IDENTIFIER_PATTERN.source})`,
          `use letters, digits and _ only, starting with a letter or _, e.g. '${suggestIdentifier(String(o.name))}'`,
        );
      }
      checkReservedVariableName(o.name, this.describe(), 'spec.outputVariables');
      if (names.has(o.name))
        fail(this.describe(), 'spec.outputVariables', `output variable '${o.name}' is listed twice`, 'list each output variable once');
      names.add(o.name);
    }
  }

  /** Reference to a declared output variable. Throws if the step does not export it. */
  public outputVariable(name: string): StepOutput {
    return this.declaredOutputVariable(
      name,
      this.outputs.map((o) => o.name),
    );
  }

  protected renderSpec(): Record<string, unknown> {
    const p = this.props;
    return {
      connectorRef: p.connectorRef,
      image: p.image,
      shell: p.shell,
      command: p.command,
      envVariables: p.envVariables ? { ...p.envVariables } : undefined,
      privileged: p.privileged,
      outputVariables:
        this.outputs.length > 0
          ? this.outputs.map((o) => (o.type && o.type !== VariableType.STRING ? { name: o.name, type: o.type } : { name: o.name }))
          : undefined,
    };
  }
}
