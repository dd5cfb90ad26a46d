import { fail } from '../../../core/errors';
import { Expression, type StepOutput } from '../../../core/expression';
import { Step, type StepProps } from '../../step';
import { requireText } from '../common/field-checks';
import { type ContainerResources, renderContainerResources } from '../common/container-resources';

/** Terraform commands of the IaCM Terraform plugin (IaCM docs, terraform-plugins.md). */
export enum TerraformCommand {
  /** `init`: initializes the working directory. */
  INIT = 'init',
  /** `plan`: computes the changes. */
  PLAN = 'plan',
  /** `apply`: applies the plan. */
  APPLY = 'apply',
  /** `destroy`: destroys the workspace's resources. */
  DESTROY = 'destroy',
  /** `plan-destroy`: plans the destruction. */
  PLAN_DESTROY = 'plan-destroy',
  /** `plan-refresh-only`: plans a state refresh without changes. */
  PLAN_REFRESH_ONLY = 'plan-refresh-only',
  /** `apply-refresh-only`: refreshes the state without changes. */
  APPLY_REFRESH_ONLY = 'apply-refresh-only',
  /** `detect-drift`: compares the state with the real resources. */
  DETECT_DRIFT = 'detect-drift',
  /** `import`: imports existing resources into the state. */
  IMPORT = 'import',
  /** `removed`: removes resources from the state without destroying them. */
  REMOVED = 'removed',
  /** `validate`: checks the configuration. */
  VALIDATE = 'validate',
}

/** A resource to import (`ImportCommandParameterField`). */
export interface TerraformImport {
  /** Provider-side id of the existing resource. */
  readonly id: string | Expression;
  /** Terraform address, e.g. `aws_instance.web`. */
  readonly address: string | Expression;
}

/** Props of an {@link IacmTerraformPluginStep}. */
export interface IacmTerraformPluginStepProps extends StepProps {
  /** The command to run against the stage's workspace. */
  readonly command: TerraformCommand | Expression;
  /** Limit the run to these resource addresses (`-target`). @default - none */
  readonly target?: readonly string[];
  /** Force replacement of these resource addresses (`-replace`). @default - none */
  readonly replace?: readonly string[];
  /** Resources to import; only with the `import` command, which needs at least one. @default - none */
  readonly import?: readonly TerraformImport[];
  /** Plugin image. @default - Harness' image */
  readonly image?: string;
  /** Container resources. @default - the infrastructure's defaults */
  readonly resources?: ContainerResources;
}

/** Typed outputs of an {@link IacmTerraformPluginStep}. */
export interface IacmTerraformPluginOutputs {
  /**
   * Path of the parsed plan JSON (`output.outputVariables.parsedPlan`); a later Run step can `cat` it.
   * Only for plan commands (`plan`, `plan-destroy`, `plan-refresh-only`); throws otherwise.
   */
  readonly parsedPlan: StepOutput;
}

const PLAN_COMMANDS: readonly string[] = [TerraformCommand.PLAN, TerraformCommand.PLAN_DESTROY, TerraformCommand.PLAN_REFRESH_ONLY];
const NO_TARGET_COMMANDS: readonly string[] = [TerraformCommand.INIT, TerraformCommand.VALIDATE];

/**
 * The IaCM Terraform plugin step (`IACMTerraformPlugin`): runs a Terraform command on the IACM stage's
 * workspace. IACM stages only.
 */
export class IacmTerraformPluginStep extends Step {
  public readonly type = 'IACMTerraformPlugin';
  /** Typed references to the step's outputs. */
  public readonly outputs: IacmTerraformPluginOutputs;
  private readonly props: IacmTerraformPluginStepProps;

  /** Creates the step; its fields are checked at once, so a mistake throws a `ValidationError` naming the field and the fix. */
  constructor(props: IacmTerraformPluginStepProps) {
    super(props);
    this.props = props;
    const where = this.describe();
    const command = props.command;
    if (!(command instanceof Expression) && !Object.values(TerraformCommand).includes(command)) {
      fail(
        where,
        'spec.command',
        `'${String(command)}' is not an IaCM Terraform command`,
        `use one of ${Object.values(TerraformCommand).join(', ')}`,
      );
    }
    const literal = command instanceof Expression ? undefined : command;
    for (const field of ['target', 'replace'] as const) {
      const list = props[field];
      (list ?? []).forEach((a, i) => {
        if (typeof a !== 'string' || a.trim() === '')
          fail(where, `spec.${field}[${i}]`, 'is empty', "give a resource address, e.g. 'aws_instance.web'");
      });
      if (literal && NO_TARGET_COMMANDS.includes(literal) && (list ?? []).length > 0) {
        fail(
          where,
          `spec.${field}`,
          `'${literal}' does not take ${field} addresses`,
          `remove ${field}, or use it with plan, apply or destroy`,
        );
      }
    }
    if (props.import !== undefined && literal !== undefined && literal !== TerraformCommand.IMPORT) {
      fail(
        where,
        'spec.import',
        `import entries are only used by the 'import' command, not '${literal}'`,
        'remove import, or set command to TerraformCommand.IMPORT',
      );
    }
    if (literal === TerraformCommand.IMPORT && (props.import ?? []).length === 0) {
      fail(where, 'spec.import', 'the import command needs at least one resource to import', 'add import: [{ id, address }]');
    }
    (props.import ?? []).forEach((imp, i) => {
      requireText(imp.id, where, `spec.import[${i}].id`, 'give the provider-side id of the resource');
      requireText(imp.address, where, `spec.import[${i}].address`, "give the Terraform address, e.g. 'aws_instance.web'");
    });
    renderContainerResources(props.resources, where);
    const self = this;
    this.outputs = {
      get parsedPlan(): StepOutput {
        if (literal !== undefined && !PLAN_COMMANDS.includes(literal)) {
          fail(
            self.describe(),
            'outputs.parsedPlan',
            `'${literal}' does not produce a plan`,
            `read parsedPlan from a step whose command is one of ${PLAN_COMMANDS.join(', ')}`,
          );
        }
        return self.outputVariable('parsedPlan');
      },
    };
  }

  /**
   * Reference to a Terraform output exported by an `apply` step: `...output.outputVariables.<name>`.
   * @param name the Terraform output name, e.g. `instance_id`
   */
  public terraformOutput(name: string): StepOutput {
    const literal = this.props.command instanceof Expression ? undefined : this.props.command;
    if (literal !== undefined && literal !== TerraformCommand.APPLY) {
      fail(
        this.describe(),
        'outputs',
        `Terraform outputs are read from an 'apply' step, but this step runs '${literal}'`,
        'read the output from the apply step',
      );
    }
    if (typeof name !== 'string' || !/^[a-zA-Z_][a-zA-Z0-9_-]*$/.test(name)) {
      fail(
        this.describe(),
        'outputs',
        `'${name}' is not a Terraform output name`,
        "use the name of an output of the workspace's Terraform code",
      );
    }
    return this.outputVariable(name);
  }

  protected renderSpec(): Record<string, unknown> {
    const p = this.props;
    return {
      command: p.command,
      target: p.target ? [...p.target] : undefined,
      replace: p.replace ? [...p.replace] : undefined,
      import: p.import ? p.import.map((i) => ({ id: i.id, address: i.address })) : undefined,
      image: p.image,
      resources: renderContainerResources(p.resources, this.describe()),
    };
  }
}
