import { childId, constructProps } from './construct-args';
import type { RepositoryFile } from '@cdktf/provider-github/lib/repository-file';
import type { TerraformProvider } from 'cdktf';
import { Construct } from 'constructs';
import { PlatformTemplate } from '../../.gen/providers/harness/platform-template';
import { failIn } from '../core/errors';
import { compact } from '../core/object';
import { type TemplateDefinition, type TemplateDefinitionProps, type TemplateRender, TemplateScope } from '../pipeline/template-definition';
import { escapeTerraformString } from '../terraform/terraform-string';
import { terraformArgs } from '../terraform/terraform-args';
import { type GitLocation, type GitStorage, GitStorageMode } from './git-storage';
import { PlatformDefaults } from './platform-defaults';
import { documentAgrees } from './private/document-agrees';
import { placeInGit } from './private/git-file';
import { claimIdentity } from './private/identity-registry';
import { lazyText } from './private/lazy-text';
import { remoteGitDetails } from './private/remote-git-details';
import { invalidDocument, reportProblems, SynthSession, terraformRenderContext } from './private/synth-session';
import { dependOnTemplates, registerTemplateResource, templateUseProblems, templateUses } from './private/template-uses';
import { withUserCreationStacks } from '../terraform/user-creation-stacks';

/** Props every template construct takes. */
export interface HarnessTemplateProps {
  /** Template identifier; `^[a-zA-Z_][0-9a-zA-Z_]{0,127}$`. */
  readonly identifier: string;
  /** Display name. @default the identifier */
  readonly name?: string;
  /** The version this construct creates, e.g. `v1` or `1.0.0`; each version is its own `harness_platform_template`. */
  readonly versionLabel: string;
  /** Template description. @default - none */
  readonly description?: string;
  /** Template tags (`key: value`). @default - none */
  readonly tags?: Readonly<Record<string, string>>;
  /** Where the template lives; decides how pipelines reference it (`id`, `org.id`, `account.id`). @default TemplateScope.PROJECT */
  readonly scope?: TemplateScope;
  /** Organization of an org or project template. @default - the enclosing platform defaults' */
  readonly orgId?: string;
  /** Project of a project template. @default - the enclosing platform defaults' */
  readonly projectId?: string;
  /**
   * Make this version the stable one (`is_stable`), which pipelines that name no version use.
   * @default - not set (Harness makes a template's first version stable)
   */
  readonly isStable?: boolean;
  /** Comments on the change (`comments`). @default - none */
  readonly comments?: string;
  /** Keep the template in Git: `GitStorage.remote(...)` or `GitStorage.gitOps(...)`. @default - stored in Harness (inline) */
  readonly storage?: GitStorage;
  /** Harness provider. @default - the stack's default */
  readonly provider?: TerraformProvider;
  /** GitHub provider (`GitStorage.gitOps`). @default - the stack's default */
  readonly githubProvider?: TerraformProvider;
}

/**
 * A Harness template (`harness_platform_template`) rendered from a {@link TemplateDefinition}: the base of
 * {@link StepTemplate}, {@link StageTemplate} and {@link PipelineTemplate}. The YAML is canonical (the provider
 * compares template YAML as text), the identity (scope, identifier, version) is claimed app-wide, and the resource of
 * a pipeline or template that uses this one depends on it.
 * @see https://registry.terraform.io/providers/harness/harness/latest/docs/resources/platform_template
 */
export abstract class HarnessTemplate extends Construct {
  /** The template model; pipelines use it through `TemplateStep`, `TemplateStage` or `TemplatePipeline`. */
  public readonly definition: TemplateDefinition;
  /** The `harness_platform_template` resource. */
  public readonly resource: PlatformTemplate;
  /** Where the YAML is kept in Git, if it is (`storage`). */
  public readonly gitLocation?: GitLocation;
  /** The committed template file (`GitStorage.gitOps` only). */
  public readonly repositoryFile?: RepositoryFile;

  /**
   * Creates the `harness_platform_template` of the definition that `build` makes of the props (for the step, stage and pipeline
   * templates).
   */
  protected constructor(
    scope: Construct,
    id: string,
    props: HarnessTemplateProps,
    build: (props: TemplateDefinitionProps) => TemplateDefinition,
  ) {
    super(scope, childId(scope, id, new.target.name));
    constructProps(this, props, "{ identifier: 'my_template', versionLabel: 'v1', ... }");
    const { orgId, projectId } = this.templateScope(props.scope ?? TemplateScope.PROJECT, props.orgId, props.projectId);
    const def = build({ ...props, orgIdentifier: orgId, projectIdentifier: projectId });
    this.definition = def;
    this.claim(props, orgId, projectId);
    reportProblems(this, (session) => {
      const result = this.rendered(session);
      const expected = { identifier: def.identifier, versionLabel: def.versionLabel, orgIdentifier: orgId, projectIdentifier: projectId };
      const uses = templateUseProblems(templateUses(def.model), { orgId, projectId }, session.render);
      return [...result.problems, ...documentAgrees(result.document?.template, expected), ...uses];
    });
    const git = placeInGit(this, props.storage, {
      defaultPath: defaultTemplatePath(def),
      content: () => this.lazyYaml(),
      commitMessage: `Update Harness template ${def.identifier} ${def.versionLabel} (managed by cdktf)`,
      githubProvider: props.githubProvider,
    });
    this.gitLocation = git.location;
    this.repositoryFile = git.file;
    this.resource = withUserCreationStacks(
      () =>
        new PlatformTemplate(
          this,
          'resource',
          terraformArgs({
            provider: props.provider,
            identifier: def.identifier,
            name: def.name,
            orgId,
            projectId,
            version: def.versionLabel,
            isStable: props.isStable,
            comments: props.comments,
            ...this.storageArgs(props),
          }),
        ),
    );
    registerTemplateResource(this, def, this.resource);
    dependOnTemplates(this, this.resource, () => templateUses(def.model));
  }

  /**
   * The rendered template YAML, as the synthesis writes it (a Terraform reference as a whole field through
   * `jsonencode()`). Renders at call time; throws {@link ValidationError} on problems.
   */
  public renderYaml(): string {
    return this.definition.toYaml(terraformRenderContext());
  }

  private templateScope(scope: TemplateScope, orgId?: string, projectId?: string): { orgId?: string; projectId?: string } {
    const platform = PlatformDefaults.of(this);
    const notHere: Record<TemplateScope, readonly string[]> = {
      [TemplateScope.PROJECT]: [],
      [TemplateScope.ORG]: ['projectId'],
      [TemplateScope.ACCOUNT]: ['orgId', 'projectId'],
    };
    for (const [field, value] of [
      ['orgId', orgId],
      ['projectId', projectId],
    ] as const) {
      if (value !== undefined && notHere[scope].includes(field)) {
        failIn(
          this.node.path,
          field,
          `${field} is set on ${scope === TemplateScope.ORG ? 'an org' : 'an account'} template`,
          `leave ${field} out, or use a wider scope`,
        );
      }
    }
    if (scope === TemplateScope.ACCOUNT) return {};
    const org = orgId ?? platform?.orgId;
    const project = scope === TemplateScope.PROJECT ? (projectId ?? platform?.projectId) : undefined;
    if (org === undefined || (scope === TemplateScope.PROJECT && project === undefined)) {
      failIn(
        this.node.path,
        org === undefined ? 'orgId' : 'projectId',
        `${scope === TemplateScope.ORG ? 'an org' : 'a project'} template needs its ${org === undefined ? 'organization' : 'project'}`,
        'pass orgId (and projectId), create the template inside a HarnessPlatformStack, or use TemplateScope.ACCOUNT',
      );
    }
    return { orgId: org, projectId: project };
  }

  private claim(props: HarnessTemplateProps, orgId?: string, projectId?: string): void {
    const def = this.definition;
    const fix = 'give one of them another identifier or versionLabel, or create it in another scope';
    claimIdentity(this, { kind: 'template', orgId, projectId, identifier: `${def.identifier}@${def.versionLabel}`, fix });
    if (props.isStable === true) {
      claimIdentity(this, {
        kind: 'stable version of template',
        orgId,
        projectId,
        identifier: def.identifier,
        fix: 'mark one version of the template stable (isStable: true), not two',
      });
    }
  }

  /** The resource arguments of the storage: the YAML inline, in Git through Harness, or imported from Git. */
  private storageArgs(props: HarnessTemplateProps): Record<string, unknown> {
    const storage = props.storage;
    const templateYaml = lazyText(() => this.lazyYaml());
    const l = this.gitLocation;
    if (!storage || !l) return { templateYaml };
    if (storage.mode === GitStorageMode.REMOTE) return { templateYaml, gitDetails: remoteGitDetails(storage, l) };
    const def = this.definition;
    return {
      importFromGit: true,
      gitImportDetails: { connectorRef: l.connectorRef, repoName: l.repoName, branchName: l.branch, filePath: l.filePath },
      templateImportRequest: compact({ templateName: def.name, templateVersion: def.versionLabel, templateDescription: props.description }),
      dependsOn: [this.repositoryFile!],
    };
  }

  private lazyYaml(): string {
    const result = this.rendered(SynthSession.of(this));
    return escapeTerraformString(result.problems.length === 0 && result.yaml !== undefined ? result.yaml : invalidDocument(this.node.path));
  }

  /** The template rendered once per synthesis (problems reported, never thrown). */
  private rendered(session: SynthSession): TemplateRender {
    return session.cached(this, 'render', () => this.definition.render(session.render));
  }
}

/**
 * The default path of a template stored in Git: `.harness/templates/<org>/<project>/<identifier>_<versionLabel>.yaml`
 * (org and project left out for wider scopes); each version is its own file.
 */
export function defaultTemplatePath(def: TemplateDefinition): string {
  const file = `${def.identifier}_${def.versionLabel}.yaml`;
  return ['.harness', 'templates', def.orgIdentifier, def.projectIdentifier, file].filter((p) => p !== undefined).join('/');
}
