import type { App } from 'cdktf';
import { SecretRef, StackSelection, type StackSelectionOptions, StateBackend } from '../src';
import { BootstrapStack, EXAMPLE_PREREQUISITES } from './stacks/bootstrap';
import { CheckoutTeamStack } from './stacks/checkout-team';
import { PaymentsTeamStack } from './stacks/payments-team';
import { PlatformTeamStack } from './stacks/platform-team';

/**
 * Registers the app's stacks. Only the selected ones are built (`HARNESS_IDP_STACK=payments`; all without it), so the
 * delivery pipeline of one team synthesizes that team's stack alone.
 * @param options where the selection is read from (tests pass their own environment)
 */
export function defineStacks(app: App, options: StackSelectionOptions = {}): StackSelection {
  const stacks = StackSelection.of(app, options);

  // What the workflows refer to and Terraform can create: projects, secrets (values from sensitive variables), the
  // approvers' user groups. Connectors and policy sets are created by hand (examples/README.md).
  stacks.add(
    'bootstrap',
    (scope, id) => new BootstrapStack(scope, id, { orgId: 'default', projectId: 'payments', ...EXAMPLE_PREREQUISITES }),
  );

  // Shared platform settings, and the delivery of the team stacks below on Harness IaCM.
  stacks.add(
    'platform',
    (scope, id) =>
      new PlatformTeamStack(scope, id, {
        orgId: 'default',
        projectId: 'idp_platform',
        teamStacks: [
          {
            stack: 'payments',
            watch: ['stacks/payments-team.ts'],
            requireApproval: true, // production: a human approves the plan
            secrets: { github_token: SecretRef.fromIdentifier('account.github_gitops_token') },
          },
          { stack: 'checkout', watch: ['stacks/checkout-team.ts'] },
        ],
      }),
  );

  // Team stacks: their IaCM workspaces keep their state.
  // A product team's project with the seven standard self-service workflows.
  stacks.add(
    'payments',
    (scope, id) =>
      new PaymentsTeamStack(scope, id, {
        orgId: 'default',
        projectId: 'payments',
        github: { owner: 'acme-platform' },
        gitOpsRepository: 'platform-gitops',
        backend: StateBackend.harnessIacm(),
      }),
  );
  // A second team with its own operations workflows.
  stacks.add(
    'checkout',
    (scope, id) => new CheckoutTeamStack(scope, id, { orgId: 'default', projectId: 'checkout', backend: StateBackend.harnessIacm() }),
  );
  return stacks;
}
