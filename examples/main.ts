// The platform team's GitOps repo: one stack per team/project, each with its self-service workflows.
//   npx cdktf synth     -> cdktf.out/stacks/<stack>/cdk.tf.json
//   npx cdktf synth --hcl (into a clean cdktf.out) -> cdktf.out/stacks/<stack>/cdk.tf, plain Terraform HCL
//   npx cdktf deploy payments   (with TF_VAR_harness_account_id, TF_VAR_harness_platform_api_key, TF_VAR_github_token)
//   deploy `bootstrap` first (with TF_VAR_secret_<identifier> for each secret): what the other stacks refer to
import { App } from 'cdktf';
import { BootstrapStack, EXAMPLE_PREREQUISITES } from './stacks/bootstrap';
import { PaymentsTeamStack } from './stacks/payments-team';
import { PlatformTeamStack } from './stacks/platform-team';

const app = new App();

// What the workflows below refer to and Terraform can create: projects, secrets (values from sensitive
// variables), the approvers' user groups. Connectors and policy sets are created by hand (examples/README.md).
new BootstrapStack(app, 'bootstrap', { orgId: 'default', projectId: 'payments', ...EXAMPLE_PREREQUISITES });

// Shared platform settings: IDP step images for the account.
new PlatformTeamStack(app, 'platform', { orgId: 'default', projectId: 'idp_platform' });

// A product team's project with the seven standard self-service workflows.
new PaymentsTeamStack(app, 'payments', {
  orgId: 'default',
  projectId: 'payments',
  github: { owner: 'acme-platform' },
  gitOpsRepository: 'platform-gitops',
});

app.synth();
