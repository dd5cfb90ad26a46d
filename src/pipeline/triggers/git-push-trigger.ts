import { requireProps } from '../../core/arguments';
import { fail } from '../../core/errors';
import { isGitBranchName, isRepositoryPath } from '../../core/git-names';
import { SCOPED_IDENTIFIER_PATTERN, validateIdentifier, validateName } from '../../core/identifier';
import { compact } from '../../core/object';
import { hasControlCharacter } from '../../core/text';
import { RenderContext } from '../../core/render-context';

/**
 * Git providers whose push webhooks a trigger listens to (trigger `source.spec.type`). Each supports the Changed
 * Files condition on push events.
 * @see https://developer.harness.io/docs/platform/triggers/triggers-reference
 */
export enum GitProvider {
  /** GitHub (`Github`), with a GitHub connector. */
  GITHUB = 'Github',
  /** GitLab (`Gitlab`), with a GitLab connector. */
  GITLAB = 'Gitlab',
  /** Bitbucket (`Bitbucket`), with a Bitbucket connector. */
  BITBUCKET = 'Bitbucket',
}

/** Props of a {@link GitPushTrigger}. */
export interface GitPushTriggerProps {
  /** Trigger identifier, unique among the pipeline's triggers. */
  readonly identifier: string;
  /** Display name. @default the identifier */
  readonly name?: string;
  /** Description. @default - none */
  readonly description?: string;
  /** The Git provider. @default GitProvider.GITHUB */
  readonly provider?: GitProvider;
  /** Harness connector of the Git provider (with API access, to register the webhook), e.g. `account.github_gitops`. */
  readonly connectorRef: string;
  /** Repository name, as the connector addresses it (e.g. `platform-gitops` for an account-level GitHub connector). */
  readonly repoName: string;
  /** Only pushes to this branch start the pipeline (condition `targetBranch Equals <branch>`). */
  readonly branch: string;
  /**
   * Only pushes that change one of these paths start the pipeline (condition `changedFiles Regex ...`): files, or
   * folders ending in `/` (everything below them), relative to the repository root. At least one.
   */
  readonly changedFiles: readonly string[];
  /**
   * Abort the pipeline's running executions that this trigger started for the same branch when a new push arrives.
   * @default - not set (Harness does not abort)
   */
  readonly autoAbortPreviousExecutions?: boolean;
}

/** Where a trigger belongs: the pipeline it starts. */
export interface TriggerTarget {
  /** Organization of the pipeline. */
  readonly orgIdentifier: string;
  /** Project of the pipeline. */
  readonly projectIdentifier: string;
  /** The pipeline the trigger starts. */
  readonly pipelineIdentifier: string;
}

/**
 * A trigger that starts a pipeline when a push to one branch of a Git repository changes given files (a Harness
 * `trigger` of source type `Webhook`, event `Push`, with the `targetBranch` and `changedFiles` conditions). Harness
 * registers the webhook in the repository through the connector. Renders the trigger YAML that
 * `harness_platform_triggers` takes.
 * @see https://developer.harness.io/docs/platform/triggers/triggering-pipelines
 */
export class GitPushTrigger {
  /** Trigger identifier, unique among the pipeline's triggers. */
  public readonly identifier: string;
  /** Display name (the identifier when none is given). */
  public readonly name: string;
  private readonly props: GitPushTriggerProps;

  /** Creates the trigger; its fields are checked at once, so a mistake throws a `ValidationError` naming the field and the fix. */
  constructor(props: GitPushTriggerProps) {
    requireProps(props, 'new GitPushTrigger', "new GitPushTrigger({ identifier: 'on_push', ... })");
    const where = `trigger '${props.identifier}'`;
    validateIdentifier(props.identifier, where);
    this.identifier = props.identifier;
    this.name = props.name ?? props.identifier;
    validateName(this.name, where);
    checkSource(props, where);
    this.props = props;
  }

  /**
   * The regular expression of the `changedFiles` condition: the paths as alternatives, a folder matching everything
   * below it, anchored at both ends, e.g. `^(stacks/payments\.ts|stacks/payments/.*)$`.
   */
  public get changedFilesPattern(): string {
    const alternatives = this.props.changedFiles.map((p) => (p.endsWith('/') ? `${escapeRegex(p)}.*` : escapeRegex(p)));
    return `^(${alternatives.join('|')})$`;
  }

  /** The trigger document for `target`. */
  public toObject(target: TriggerTarget): Record<string, unknown> {
    const p = this.props;
    const push = compact({
      connectorRef: p.connectorRef,
      repoName: p.repoName,
      autoAbortPreviousExecutions: p.autoAbortPreviousExecutions,
      payloadConditions: [
        { key: 'targetBranch', operator: 'Equals', value: p.branch },
        { key: 'changedFiles', operator: 'Regex', value: this.changedFilesPattern },
      ],
    });
    const trigger = compact({
      name: this.name,
      identifier: this.identifier,
      enabled: true,
      description: p.description,
      orgIdentifier: target.orgIdentifier,
      projectIdentifier: target.projectIdentifier,
      pipelineIdentifier: target.pipelineIdentifier,
      source: { type: 'Webhook', spec: { type: p.provider ?? GitProvider.GITHUB, spec: { type: 'Push', spec: push } } },
    });
    return { trigger };
  }

  /**
   * The trigger YAML for `target`.
   * @param ctx the rendering pass (how it writes Terraform references) @default - a pass of its own
   */
  public toYaml(target: TriggerTarget, ctx?: RenderContext): string {
    return RenderContext.orNew(ctx).documentYaml(this.toObject(target));
  }
}

/** Checks the webhook source and paths (docs/rules.md#git-push-trigger-source, docs/rules.md#git-push-trigger-changed-files). */
function checkSource(p: GitPushTriggerProps, where: string): void {
  if (p.provider !== undefined && !Object.values(GitProvider).includes(p.provider)) {
    fail(
      where,
      'source.spec.type',
      `'${String(p.provider)}' is not a supported Git provider`,
      `use one of ${Object.values(GitProvider).join(', ')}`,
    );
  }
  if (typeof p.connectorRef !== 'string' || !SCOPED_IDENTIFIER_PATTERN.test(p.connectorRef)) {
    fail(
      where,
      'connectorRef',
      `'${String(p.connectorRef)}' is not a connector reference`,
      "give the Git connector, e.g. 'account.github_gitops'",
    );
  }
  if (typeof p.repoName !== 'string' || p.repoName.trim() === '' || /\s/.test(p.repoName) || hasControlCharacter(p.repoName)) {
    fail(where, 'repoName', `'${String(p.repoName)}' is not a repository name`, "give the repository's name, e.g. 'platform-gitops'");
  }
  if (!isGitBranchName(p.branch)) {
    fail(where, 'branch', `'${String(p.branch)}' is not a Git branch name`, "use a branch name such as 'main'");
  }
  if (!Array.isArray(p.changedFiles) || p.changedFiles.length === 0) {
    fail(
      where,
      'changedFiles',
      'no path is given, so every push would start the pipeline',
      "list the files or folders (ending in '/') to watch",
    );
  }
  for (const path of p.changedFiles) {
    if (!isRepositoryPath(path, true)) {
      fail(
        where,
        'changedFiles',
        `'${String(path)}' is not a path inside the repository`,
        "use a relative path without '..', '.' or empty segments, e.g. 'stacks/payments.ts' or the folder 'stacks/payments/'",
      );
    }
  }
}

/** `text` with the characters a Java regular expression gives a meaning to escaped. */
function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
