import type { StageInfrastructure } from '../../pipeline/infrastructure';
import { Pipeline } from '../../pipeline/pipeline';
import { IacmStage } from '../../pipeline/stages/iacm-stage';
import { RunStep, Shell } from '../../pipeline/steps/common/run';
import { IacmApprovalStep } from '../../pipeline/steps/iacm/iacm-approval';
import { IacmOpenTofuPluginStep } from '../../pipeline/steps/iacm/iacm-opentofu-plugin';
import { type IacmPluginStep, TerraformCommand } from '../../pipeline/steps/iacm/iacm-plugin-step';
import { IacmTerraformPluginStep } from '../../pipeline/steps/iacm/iacm-terraform-plugin';
import { Timeout } from '../../pipeline/timeout';
import { IacmProvisioner } from '../iacm-workspace';
import { StackSelection } from '../stack-selection';

/** What the synthesized stack is written as. */
export enum SynthFormat {
  /** `cdk.tf.json` (`cdktf synth`). */
  JSON = 'json',
  /** `cdk.tf`, the HCL export (`cdktf synth --hcl`). */
  HCL = 'hcl',
}

/** How the delivery pipeline synthesizes a stack. */
export interface SynthSettings {
  /** Image of the synth step (Node.js 20.6 or later: an app `cdktf init` made runs with `node --import tsx`). @default 'node:22' */
  readonly image?: string;
  /** Registry connector of the image. @default - none (Harness' anonymous Docker Hub access) */
  readonly connectorRef?: string;
  /** Installs the app's dependencies, run in the app directory. @default 'npm ci --no-audit --no-fund' */
  readonly installCommand?: string;
  /** JSON or the HCL export. @default SynthFormat.JSON */
  readonly format?: SynthFormat;
  /** Timeout of the synth step. @default Timeout.minutes(15) */
  readonly timeout?: Timeout;
}

/** The steps of one stack's delivery pipeline. */
export interface DeliverySteps {
  /** Run: synthesizes only this stack (`HARNESS_IDP_STACK=<stack> npx cdktf synth`). */
  readonly synth: RunStep;
  /** `init`. */
  readonly init: IacmPluginStep;
  /** `plan`. */
  readonly plan: IacmPluginStep;
  /** The plan approval, for stacks that require one. */
  readonly approve?: IacmApprovalStep;
  /** `apply`. */
  readonly apply: IacmPluginStep;
}

/** What one stack's delivery pipeline is built from. */
export interface DeliveryPipelineSpec {
  readonly identifier: string;
  readonly stack: string;
  readonly workspace: string;
  readonly provisioner: IacmProvisioner;
  readonly appDirectory: string;
  readonly requireApproval: boolean;
  readonly approvalTimeout: Timeout;
  readonly synth: SynthSettings;
  readonly infrastructure?: StageInfrastructure;
}

/** The synthesized file of a stack, relative to the app directory. */
export function synthesizedFile(stack: string, format: SynthFormat): string {
  return `cdktf.out/stacks/${stack}/${format === SynthFormat.HCL ? 'cdk.tf' : 'cdk.tf.json'}`;
}

/**
 * The delivery pipeline of one stack: an IACM stage on the stack's workspace that synthesizes only this stack (a
 * Run step), then runs `init`, `plan`, the approval (for stacks that require one) and `apply`.
 */
export function deliveryPipeline(spec: DeliveryPipelineSpec): { pipeline: Pipeline; steps: DeliverySteps } {
  const format = spec.synth.format ?? SynthFormat.JSON;
  const command = [
    'set -euo pipefail',
    ...(spec.appDirectory === '.' ? [] : [`cd '${spec.appDirectory}'`]),
    spec.synth.installCommand ?? 'npm ci --no-audit --no-fund',
    format === SynthFormat.HCL ? 'npx cdktf synth --hcl' : 'npx cdktf synth',
    `test -f '${synthesizedFile(spec.stack, format)}'`,
  ].join('\n');
  const synth = new RunStep({
    identifier: 'synth',
    name: `Synthesize ${spec.stack}`,
    timeout: spec.synth.timeout ?? Timeout.minutes(15),
    shell: Shell.BASH,
    image: spec.synth.image ?? 'node:22',
    connectorRef: spec.synth.connectorRef,
    envVariables: { [StackSelection.ENV_VAR]: spec.stack, CHECKPOINT_DISABLE: '1' },
    command,
  });
  const plugin = (identifier: string, cmd: TerraformCommand, timeout?: Timeout): IacmPluginStep =>
    spec.provisioner === IacmProvisioner.TERRAFORM
      ? new IacmTerraformPluginStep({ identifier, name: identifier, command: cmd, timeout })
      : new IacmOpenTofuPluginStep({ identifier, name: identifier, command: cmd, timeout });
  const init = plugin('init', TerraformCommand.INIT, Timeout.minutes(10));
  const plan = plugin('plan', TerraformCommand.PLAN, Timeout.minutes(10));
  const approve = spec.requireApproval
    ? new IacmApprovalStep({ identifier: 'approve', name: 'Approve plan', timeout: spec.approvalTimeout })
    : undefined;
  const apply = plugin('apply', TerraformCommand.APPLY, Timeout.minutes(30));
  const stage = new IacmStage({
    identifier: 'deliver',
    name: `Deliver ${spec.stack}`,
    workspace: spec.workspace,
    infrastructure: spec.infrastructure,
  });
  stage.addStep(synth, init, plan);
  if (approve) stage.addStep(approve);
  stage.addStep(apply);
  const pipeline = new Pipeline({
    identifier: spec.identifier,
    name: `Deliver stack ${spec.stack}`,
    description: `Synthesizes stack '${spec.stack}' alone and plans and applies it on IaCM workspace '${spec.workspace}'.`,
    tags: { stack: spec.stack, delivery: 'iacm' },
    stages: [stage],
  });
  return { pipeline, steps: { synth, init, plan, approve, apply } };
}
