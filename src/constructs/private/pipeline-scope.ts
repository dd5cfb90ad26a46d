import { Token } from 'cdktf';
import { fail } from '../../core/errors';
import { resolveString } from '../../core/resolve';
import type { Pipeline, PipelineScope } from '../../pipeline/pipeline';

/**
 * The org/project to render into a pipeline resource's YAML, given the org and project of the resource
 * (`org_id`/`project_id`). Where the model sets its own `orgIdentifier`/`projectIdentifier`, the YAML keeps it,
 * so it must be the resource's too: a different literal value fails here, naming both, instead of deploying a
 * resource whose `org_id` disagrees with its YAML. (References to a project resource are not compared.)
 *
 * Shared by {@link HarnessPipeline} and {@link CreatedPipeline}.
 */
export function pipelineYamlScope(where: string, model: Pipeline, orgId: string, projectId: string): PipelineScope {
  const pairs = [
    ['orgId', orgId, 'orgIdentifier', model.orgIdentifier],
    ['projectId', projectId, 'projectIdentifier', model.projectIdentifier],
  ] as const;
  for (const [prop, value, field, own] of pairs) {
    if (own !== undefined && value !== own && !Token.isUnresolved(value)) {
      fail(
        where,
        prop,
        `'${resolveString(value)}' differs from the pipeline model's ${field} '${own}', which the YAML keeps`,
        `leave ${prop} out (the model's ${field} is used), or remove ${field} from the Pipeline model`,
      );
    }
  }
  return {
    orgIdentifier: model.orgIdentifier === undefined ? orgId : undefined,
    projectIdentifier: model.projectIdentifier === undefined ? projectId : undefined,
  };
}
