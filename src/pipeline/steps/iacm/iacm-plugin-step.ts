import { fail } from '../../../core/errors';
import { Expression, type StepOutput } from '../../../core/expression';
import { Step, type StepProps } from '../../step';
import { requireText } from '../common/field-checks';
import { type ContainerResources, renderContainerResources } from '../common/container-resources';

/**
 * Commands of the IaCM Terraform and OpenTofu plugins (the same CLI commands; the workspace's provisioner decides
 * whether `terraform` or `tofu` runs them).
 * @see https://developer.harness.io/docs/infra-as-code-management/cli-commands/terraform-plugins
 */
export enum TerraformCommand {
  /** `init`: configures the backend and installs the providers and modules of the workspace's code. */
  INIT = 'init',
  /** `plan`: previews the changes `apply` would make; its plan is readable as `outputs.parsedPlan`. */
  PLAN = 'plan',
  /** `apply`: makes the planned changes and updates the state; its Terraform outputs are readable with `terraformOutput()`. */
  APPLY = 'apply',
  /** `destroy`: removes every resource the workspace manages. */
  DESTROY = 'destroy',
  /** `plan-destroy`: previews what `destroy` would remove; its plan is readable as `outputs.parsedPlan`. */
  PLAN_DESTROY = 'plan-destroy',
  /** `plan-refresh-only` (`plan -refresh-only`): previews the state update to the real infrastructure, changing nothing. */
  PLAN_REFRESH_ONLY = 'plan-refresh-only',
  /** `apply-refresh-only` (`apply -refresh-only`): updates the state to the real infrastructure without changing it. */
  APPLY_REFRESH_ONLY = 'apply-refresh-only',
  /** `detect-drift`: a plan that compares the real infrastructure with the state and fails the step on drift. */
  DETECT_DRIFT = 'detect-drift',
  /** `import`: brings existing resources (the step's `import` entries) under the workspace's state. */
  IMPORT = 'import',
  /** `removed`: removes resources from the state (a `removed` block; Terraform/OpenTofu 1.7 or later). */
  REMOVED = 'removed',
  /** `validate`: checks the syntax and internal consistency of the code; fails the step on an error. */
  VALIDATE = 'validate',
}

/** A resource to import (`ImportCommandParameterField`). */
export interface TerraformImport {
  /** Provider-side id of the existing resource. */
  readonly id: string | Expression;
  /** Terraform address, e.g. `aws_instance.web`. */
  readonly address: string | Expression;
}

/** Props shared by the IaCM Terraform and OpenTofu plugin steps. */
export interface IacmPluginStepProps extends StepProps {
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

/** Typed outputs of an IaCM plugin step. */
export interface IacmPluginOutputs {
  /**
   * Path of the parsed plan JSON (`output.outputVariables.parsedPlan`); a later Run step can `cat` it.
   * Only for plan commands (`plan`, `plan-destroy`, `plan-refresh-only`); throws otherwise.
   */
  readonly parsedPlan: StepOutput;
}

const PLAN_COMMANDS: readonly string[] = [TerraformCommand.PLAN, TerraformCommand.PLAN_DESTROY, TerraformCommand.PLAN_REFRESH_ONLY];
const NO_TARGET_COMMANDS: readonly string[] = [TerraformCommand.INIT, TerraformCommand.VALIDATE];

/**
 * Base of the IaCM plugin steps (`IACMTerraformPlugin`, `IACMOpenTofuPlugin`): a command run on the IACM stage's
 * workspace, with the same spec (`IACMTerraformPluginInfo`, `IACMOpenTofuPluginInfo`) and the same checks.
 */
export abstract class IacmPluginStep extends Step {
  /** Typed outputs of the step (`parsedPlan`); read a Terraform output with {@link IacmPluginStep.terraformOutput}. */
  public readonly outputs: IacmPluginOutputs;
  private readonly pluginProps: IacmPluginStepProps;

  /** @param tool the tool named in messages: `Terraform` or `OpenTofu` */
  protected constructor(props: IacmPluginStepProps, tool: string) {
    super(props);
    this.pluginProps = props;
    const where = this.describe();
    const command = props.command;
    if (!(command instanceof Expression) && !Object.values(TerraformCommand).includes(command)) {
      fail(
        where,
        'spec.command',
        `'${String(command)}' is not an IaCM ${tool} command`,
        `use one of ${Object.values(TerraformCommand).join(', ')}`,
      );
    }
    const literal = command instanceof Expression ? undefined : command;
    checkAddresses(props, literal, where);
    checkImports(props, literal, where);
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
    const literal = this.pluginProps.command instanceof Expression ? undefined : this.pluginProps.command;
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
    const p = this.pluginProps;
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

/** `target` and `replace`: no empty address, and none for commands that do not plan or apply. */
function checkAddresses(props: IacmPluginStepProps, literal: string | undefined, where: string): void {
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
}

/** `import` entries go with the `import` command, which needs at least one, each with an id and an address. */
function checkImports(props: IacmPluginStepProps, literal: string | undefined, where: string): void {
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
}
