import { childId, constructProps } from './construct-args';
import type { TerraformProvider } from 'cdktf';
import { Construct } from 'constructs';
import { PlatformTriggers } from '../../.gen/providers/harness/platform-triggers';
import type { GitPushTrigger } from '../pipeline/triggers/git-push-trigger';
import { terraformArgs } from '../terraform/terraform-args';
import type { HarnessPipeline } from './harness-pipeline';
import { claimIdentity } from './private/identity-registry';
import { terraformRenderContext } from './private/synth-session';
import { withUserCreationStacks } from '../terraform/user-creation-stacks';

/** Props of a {@link HarnessTrigger}. */
export interface HarnessTriggerProps {
  /** The trigger model. */
  readonly trigger: GitPushTrigger;
  /** The pipeline the trigger starts (its org, project and identifier; the trigger is created after it). */
  readonly pipeline: HarnessPipeline;
  /** Provider to use. @default - the stack's default harness provider */
  readonly provider?: TerraformProvider;
}

/**
 * A pipeline trigger (`harness_platform_triggers`) rendered from a {@link GitPushTrigger}: the provider takes the
 * trigger as YAML. The trigger belongs to its pipeline: the pipeline is created first.
 */
export class HarnessTrigger extends Construct {
  /** The `harness_platform_triggers` resource. */
  public readonly resource: PlatformTriggers;
  /** The trigger YAML (unescaped). */
  public readonly yaml: string;

  /** Creates the `harness_platform_triggers` of a trigger model in `scope`, for the pipeline it starts. */
  constructor(scope: Construct, id: string, props: HarnessTriggerProps) {
    super(scope, childId(scope, id, 'HarnessTrigger'));
    constructProps(this, props, '{ trigger, pipeline }');
    const { trigger, pipeline } = props;
    claimIdentity(this, {
      kind: 'trigger',
      orgId: pipeline.orgId,
      projectId: pipeline.projectId,
      identifier: `${pipeline.pipelineId}/${trigger.identifier}`,
      fix: "give one of the pipeline's triggers another identifier",
    });
    this.yaml = trigger.toYaml(
      { orgIdentifier: pipeline.orgId, projectIdentifier: pipeline.projectId, pipelineIdentifier: pipeline.pipelineId },
      terraformRenderContext(),
    );
    this.resource = withUserCreationStacks(
      () =>
        new PlatformTriggers(
          this,
          'resource',
          terraformArgs({
            provider: props.provider,
            identifier: trigger.identifier,
            name: trigger.name,
            orgId: pipeline.orgId,
            projectId: pipeline.projectId,
            targetId: pipeline.pipelineId,
            yaml: this.yaml,
            dependsOn: [pipeline.resource],
          }),
        ),
    );
  }
}
