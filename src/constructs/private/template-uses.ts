import { Aspects, type IResolveContext, type ITerraformDependable, type TerraformResource, Token } from 'cdktf';
import type { IConstruct } from 'constructs';
import type { ValidationProblem } from '../../core/errors';
import type { RenderContext } from '../../core/render-context';
import { Pipeline } from '../../pipeline/pipeline';
import type { Stage } from '../../pipeline/stage';
import { Step } from '../../pipeline/step';
import { type TemplateDefinition, TemplateScope } from '../../pipeline/template-definition';
import type { TemplateLink } from '../../pipeline/template-link';
import { TemplatePipeline } from '../../pipeline/template-pipeline';
import { TemplateStage } from '../../pipeline/template-stage';
import { TemplateStep } from '../../pipeline/template-step';

/**
 * The templates a pipeline (or a template's model) uses: each use is checked against the template it names (inputs,
 * scope), and the resource that uses a template built in the same app depends on that template's resource, so
 * Terraform creates the template first.
 */

/** A step, stage or pipeline that uses a template. */
export interface TemplateUse {
  /** The `template:` node. */
  readonly link: TemplateLink;
  /** Where it is, for messages. */
  describe(): string;
}

/** Where the template resources of an app are kept (on the app's root construct, never in module state). */
const RESOURCES = Symbol.for('cdktf-harness-idp.TemplateResources');

/** Records the resource that creates `definition`. */
export function registerTemplateResource(scope: IConstruct, definition: TemplateDefinition, resource: ITerraformDependable): void {
  resourcesOf(scope.node.root).set(definition, resource);
}

/** Every use of a template in a model: a pipeline that uses one, template stages, template steps (in step groups too). */
export function templateUses(model: Pipeline | Stage | Step): TemplateUse[] {
  if (model instanceof TemplatePipeline) return [model];
  if (model instanceof Step) return model instanceof TemplateStep ? [model] : [];
  const stages = model instanceof Pipeline ? model.stages : [model as Stage];
  return stages.flatMap((s): TemplateUse[] => (s instanceof TemplateStage ? [s] : s.allSteps().filter((x) => x instanceof TemplateStep)));
}

/**
 * Problems of the uses: inputs the template does not have (a template step's; stages and pipelines report theirs
 * through the model), and templates whose scope the referencing entity cannot see (docs/rules.md#template-scope).
 * @param orgId organization of the entity that holds the uses @default - the account
 * @param projectId project of that entity @default - its organization
 */
export function templateUseProblems(
  uses: readonly TemplateUse[],
  where: { readonly orgId?: string; readonly projectId?: string },
  ctx: RenderContext,
): ValidationProblem[] {
  return uses.flatMap((use) => {
    const own = use instanceof TemplateStep ? use.templateProblems(ctx) : [];
    const definition = use.link.definition;
    return definition ? [...own, ...scopeProblems(use, definition, where)] : own;
  });
}

/** Makes `resource` depend on the resources of the templates `uses()` names, when the stack is synthesized. */
export function dependOnTemplates(owner: IConstruct, resource: TerraformResource, uses: () => readonly TemplateUse[]): void {
  let base: string[] | undefined;
  Aspects.of(owner).add({
    visit: (node) => {
      if (node !== owner) return;
      base ??= [...(resource.dependsOn ?? [])];
      const resources = resourcesOf(owner.node.root);
      const deps = [...new Set(uses().map((u) => (u.link.definition ? resources.get(u.link.definition) : undefined)))];
      const refs = deps.filter((d): d is ITerraformDependable => d !== undefined).map(dependableRef);
      resource.dependsOn = refs.length > 0 ? [...base, ...refs] : base.length > 0 ? base : undefined;
    },
  });
}

function scopeProblems(
  use: TemplateUse,
  definition: TemplateDefinition,
  where: { orgId?: string; projectId?: string },
): ValidationProblem[] {
  const literal = (v: string | undefined): boolean => v !== undefined && !Token.isUnresolved(v);
  const scope = definition.scope;
  if (scope === TemplateScope.ACCOUNT) return [];
  if ([where.orgId, where.projectId].some((v) => v !== undefined && !literal(v))) return [];
  const sameOrg = where.orgId === definition.orgIdentifier;
  const sameProject = sameOrg && where.projectId === definition.projectIdentifier;
  if (scope === TemplateScope.ORG ? sameOrg : sameProject) return [];
  const theirs = [definition.orgIdentifier, definition.projectIdentifier].filter((v) => v !== undefined).join('/');
  const mine = [where.orgId, where.projectId].filter((v) => v !== undefined).join('/') || 'the account';
  return [
    {
      path: use.describe(),
      field: 'template',
      problem:
        `${definition.describe()} is ${scope === TemplateScope.ORG ? 'an org' : 'a project'} template of ${theirs}, ` +
        `which an entity in ${mine} cannot reference`,
      fix: `create the template in ${mine}, or at a wider scope (TemplateScope.ORG or TemplateScope.ACCOUNT)`,
    },
  ];
}

/** The `depends_on` entry of a resource (what `dependsOn: [resource]` writes). */
function dependableRef(dependable: ITerraformDependable): string {
  return Token.asString({
    creationStack: [],
    resolve: (context: IResolveContext) => {
      context.suppressBraces = true;
      return dependable.fqn;
    },
    toString: () => dependable.fqn,
  });
}

function resourcesOf(root: IConstruct): Map<TemplateDefinition, ITerraformDependable> {
  const holder = root as unknown as Record<symbol, Map<TemplateDefinition, ITerraformDependable> | undefined>;
  let map = holder[RESOURCES];
  if (!map) {
    map = new Map();
    Object.defineProperty(root, RESOURCES, { value: map, enumerable: false });
  }
  return map;
}
