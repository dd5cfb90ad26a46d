import { fail } from '../../../core/errors';
import type { Expression, StepOutput } from '../../../core/expression';
import { Step, type StepProps } from '../../step';
import { VariableType } from '../../variable';
import { requireText } from '../common/field-checks';
import { checkStepVariables, renderStepVariables, type StepVariable } from './step-variable';

/** Script types of a ShellScript step (`ShellScriptStepInfo.shell`). */
export enum ShellScriptShell {
  /** Bash. */
  BASH = 'Bash',
  /** PowerShell. */
  POWERSHELL = 'PowerShell',
}

/** A remote host the script runs on instead of the delegate (`ExecutionTarget`). */
export interface ShellScriptExecutionTarget {
  /** Host name or IP of a host in the stage's infrastructure, or e.g. `<+instance.name>`. */
  readonly host: string | Expression;
  /** SSH (Bash) or WinRM (PowerShell) credential, e.g. `account.ssh_key`. */
  readonly connectorRef: string;
  /** Working directory on the host. @default - the user's home directory */
  readonly workingDirectory?: string | Expression;
}

/** An output variable of a ShellScript step: a script variable exported after the script ends. */
export interface ShellScriptOutputVariable {
  /** Output name, referenced as `...output.outputVariables.<name>`. */
  readonly name: string;
  /** String or Secret (a Secret output is masked in logs). @default VariableType.STRING */
  readonly type?: VariableType;
  /** Name of the script variable to export. @default the output name */
  readonly value?: string;
}

/** Props of a {@link ShellScriptStep}. */
export interface ShellScriptStepProps extends StepProps {
  /** The script (`source: {type: Inline, spec: {script}}`). Start it with `set -e` to fail on errors. */
  readonly script: string | Expression;
  /** Script type. @default ShellScriptShell.BASH */
  readonly shell?: ShellScriptShell;
  /**
   * Run on the delegate. Mutually exclusive with `executionTarget`.
   * @default true, or false when `executionTarget` is set
   */
  readonly onDelegate?: boolean;
  /** Run on a remote host instead of the delegate. @default - on the delegate */
  readonly executionTarget?: ShellScriptExecutionTarget;
  /** Script input variables (`environmentVariables`), read as `$name` in the script. @default - none */
  readonly environmentVariables?: readonly StepVariable[];
  /** Script variables exported as step outputs; a string is a String output of the same-named variable. @default - none */
  readonly outputVariables?: readonly (string | ShellScriptOutputVariable)[];
  /** Delegate selectors. @default - any delegate */
  readonly delegateSelectors?: readonly string[];
  /** In a Kubernetes Deployment stage, pick the delegate of the infrastructure's connector. @default - not set */
  readonly includeInfraSelectors?: boolean;
}

/**
 * A ShellScript step (`ShellScriptStepInfo`): runs a Bash or PowerShell script on a delegate or a target host.
 * Allowed in Custom, Approval, Deployment and IACM stages, not in IDP stages (docs/rules.md#step-stage-matrix).
 */
export class ShellScriptStep extends Step {
  public readonly type = 'ShellScript';
  private readonly props: ShellScriptStepProps;
  private readonly outputVars: readonly StepVariable[];

  /** Creates the step; its fields are checked at once, so a mistake throws a `ValidationError` naming the field and the fix. */
  constructor(props: ShellScriptStepProps) {
    super(props);
    this.props = props;
    const where = this.describe();
    if (this.name.includes('.')) {
      fail(
        where,
        'name',
        `'${this.name}' contains '.', which Harness does not allow in Shell Script step names`,
        'remove the dots from the name',
      );
    }
    requireText(props.script, where, 'spec.source.spec.script', 'pass the script text');
    if (props.shell !== undefined && !Object.values(ShellScriptShell).includes(props.shell)) {
      fail(
        where,
        'spec.shell',
        `'${String(props.shell)}' is not a Shell Script type`,
        `use one of ${Object.values(ShellScriptShell).join(', ')}`,
      );
    }
    if (props.executionTarget && props.onDelegate === true) {
      fail(
        where,
        'spec.onDelegate',
        'onDelegate: true and executionTarget are both set',
        'set either onDelegate (run on the delegate) or executionTarget (run on a host), not both',
      );
    }
    if (props.onDelegate === false && !props.executionTarget) {
      fail(
        where,
        'spec.executionTarget',
        'onDelegate is false but no executionTarget is given',
        'set executionTarget (host and credentials), or leave onDelegate at its default',
      );
    }
    if (props.executionTarget) {
      requireText(
        props.executionTarget.host,
        where,
        'spec.executionTarget.host',
        'give the host name or IP, or an expression such as <+instance.name>',
      );
      requireText(
        props.executionTarget.connectorRef,
        where,
        'spec.executionTarget.connectorRef',
        'give the SSH or WinRM credential identifier',
      );
    }
    checkStepVariables(props.environmentVariables, where, 'spec.environmentVariables');
    this.outputVars = (props.outputVariables ?? []).map((o) =>
      typeof o === 'string'
        ? { name: o, type: VariableType.STRING, value: o }
        : { name: o.name, type: o.type ?? VariableType.STRING, value: o.value ?? o.name },
    );
    checkStepVariables(this.outputVars, where, 'spec.outputVariables');
  }

  /** True if the step exports the output variable `name` with type Secret. */
  public isSecretOutput(name: string): boolean {
    return this.outputVars.some((o) => o.name === name && o.type === VariableType.SECRET);
  }

  /** Reference to a declared output variable. Throws if the step does not export it. */
  public outputVariable(name: string): StepOutput {
    return this.declaredOutputVariable(
      name,
      this.outputVars.map((o) => o.name),
    );
  }

  protected renderSpec(): Record<string, unknown> {
    const p = this.props;
    const target = p.executionTarget;
    return {
      shell: p.shell ?? ShellScriptShell.BASH,
      onDelegate: p.onDelegate ?? target === undefined,
      source: { type: 'Inline', spec: { script: p.script } },
      environmentVariables: renderStepVariables(p.environmentVariables),
      outputVariables: this.outputVars.length > 0 ? renderStepVariables(this.outputVars) : undefined,
      executionTarget: target
        ? { host: target.host, connectorRef: target.connectorRef, workingDirectory: target.workingDirectory }
        : undefined,
      delegateSelectors: p.delegateSelectors ? [...p.delegateSelectors] : undefined,
      includeInfraSelectors: p.includeInfraSelectors,
    };
  }
}
