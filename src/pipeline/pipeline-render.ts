import { credentialProblems } from '../core/credentials';
import { collectingProblems, dedupeProblems, type ValidationProblem } from '../core/errors';
import type { RenderContext } from '../core/render-context';
import type { PipelineRender, PipelineScope } from './pipeline-props';
import { scopeProblems, yamlSizeProblems } from './pipeline-checks';

/** What rendering reads of a pipeline. */
export interface RenderedPipeline {
  readonly orgIdentifier?: string;
  readonly projectIdentifier?: string;
  describe(): string;
  validate(ctx: RenderContext): ValidationProblem[];
}

/**
 * Renders a pipeline in `scope`: its problems (the checks, the scope, what `build` throws, credentials in the
 * document, the size of the YAML) and, when `build` gets that far, the document and its YAML.
 */
export function renderPipeline(
  pipeline: RenderedPipeline,
  scope: PipelineScope,
  pass: RenderContext,
  build: () => Record<string, unknown>,
): PipelineRender {
  const problems = [...pipeline.validate(pass), ...scopeProblems(pipeline, scope)];
  let document: Record<string, unknown> | undefined;
  collectingProblems(problems, pipeline.describe(), () => {
    document = build();
  });
  if (document !== undefined) problems.push(...credentialProblems(document, pipeline.describe()));
  const yaml = document === undefined ? undefined : pass.documentYaml(document);
  problems.push(...yamlSizeProblems(yaml, pipeline.describe()));
  return { document, yaml, problems: dedupeProblems(problems) };
}
