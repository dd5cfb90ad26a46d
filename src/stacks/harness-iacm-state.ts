import { TerraformBackend, type TerraformRemoteState } from 'cdktf';
import type { Construct } from 'constructs';
import { fail } from '../core/errors';

/**
 * The state of a stack that a Harness IaCM workspace applies: Harness keeps it. The synthesized configuration has
 * no `backend` block (`cdk.tf.json` and the HCL export alike), and the workspace's `init` step configures Harness'
 * own backend at run time: encrypted, versioned, locked while a plan or apply runs, one state per workspace.
 * Outside IaCM (`cdktf deploy` on a laptop), Terraform would fall back to a local `terraform.tfstate` in the stack's
 * working directory, so apply such a stack through its workspace only.
 * @see https://developer.harness.io/docs/infra-as-code-management/iac-provisioners/opentofu/state-management
 */
export class HarnessIacmState extends TerraformBackend {
  /** Declares the stack's state as kept by its IaCM workspace (`StateBackend.harnessIacm()` creates it). */
  constructor(scope: Construct, id: string) {
    super(scope, id, 'harness-iacm');
  }

  /** No `terraform.backend` block: the IaCM workspace supplies the backend. */
  public toTerraform(): Record<string, unknown> {
    return {};
  }

  /** No `backend` block in the HCL export either. */
  public toHclTerraform(): Record<string, unknown> {
    return {};
  }

  /** Nothing to add to the stack's metadata (CDKTF records `local`, Terraform's default without a block). */
  public toMetadata(): Record<string, unknown> {
    return {};
  }

  /** Another stack cannot read this state through a backend: the workspace holds it (docs/rules.md#iacm-state-cross-stack). */
  public getRemoteStateDataSource(_scope: Construct, _name: string, fromStack: string): TerraformRemoteState {
    return fail(
      this.node.path,
      'backend',
      `stack '${fromStack}' keeps its state in a Harness IaCM workspace, which other stacks cannot read as a backend`,
      'do not refer to its resources from another stack: look them up with a data source, or pass the values as variables',
    );
  }
}
