// The platform team's GitOps repo: one stack per team/project, each with its self-service workflows, and the platform
// stack that has Harness IaCM plan and apply each team's stack on its own.
//   npx cdktf synth                            -> cdktf.out/stacks/<stack>/cdk.tf.json for every stack
//   HARNESS_IDP_STACK=payments npx cdktf synth -> builds and writes the payments stack only (what its pipeline runs)
//   npx cdktf synth --hcl (into a clean cdktf.out) -> cdktf.out/stacks/<stack>/cdk.tf, plain Terraform HCL
//   deploy `bootstrap` first (with TF_VAR_secret_<identifier> for each secret): what the other stacks refer to
//   npx cdktf deploy platform   (with TF_VAR_harness_account_id, TF_VAR_harness_platform_api_key); IaCM applies the teams
import { App } from 'cdktf';
import { defineStacks } from './app';

defineStacks(new App()).synth();
