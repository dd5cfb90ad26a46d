import { fail } from '../../../core/errors';
import { Expression, isLiteralText } from '../../../core/expression';
import { type ContainerResources, renderContainerResources } from '../common/container-resources';
import { checkTextList, renderTextList, type TextList } from '../common/text-list';

/** Build settings shared by the Build and Push steps (Docker registry, ECR, GCR). */
export interface DockerBuildOptions {
  /** Image tags, at least one (`-t`), e.g. `[Expr.raw('<+pipeline.sequenceId>'), 'latest']`; or one expression for the list. */
  readonly tags: TextList;
  /** Dockerfile path. @default - `Dockerfile` in the build context */
  readonly dockerfile?: string | Expression;
  /** Build context directory. @default - the workspace root */
  readonly context?: string | Expression;
  /** Target build stage (`--target`). @default - the last stage */
  readonly target?: string | Expression;
  /** Build arguments (`--build-arg`). @default - none */
  readonly buildArgs?: Readonly<Record<string, string | Expression>>;
  /** Image labels. @default - none */
  readonly labels?: Readonly<Record<string, string | Expression>>;
  /** Environment variables of the build plugin (kaniko/drone-docker runtime flags). @default - none */
  readonly envVariables?: Readonly<Record<string, string | Expression>>;
  /** Docker layer caching managed by Harness. @default - not set */
  readonly caching?: boolean;
  /** kaniko `--snapshotMode=redo` (Kubernetes build infrastructures). @default - not set */
  readonly optimize?: boolean;
  /** Images to use as cache sources (`--cache-from`). @default - none */
  readonly cacheFrom?: TextList;
  /** Cache export target (`--cache-to`). @default - none */
  readonly cacheTo?: string | Expression;
  /** Connectors for pulling base images from private registries. @default - none */
  readonly baseImageConnectorRefs?: TextList;
  /** User ID the build runs as, e.g. `0` for root (kaniko needs root). @default - the infrastructure's */
  readonly runAsUser?: number | Expression;
  /** Container resources (Kubernetes build infrastructures). @default - the infrastructure's defaults */
  readonly resources?: ContainerResources;
}

const TAG = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;

/** Checks the shared build settings: at least one tag, each a Docker tag when it is plain text. */
export function checkDockerBuildOptions(o: DockerBuildOptions, where: string): void {
  checkTextList(o.tags, where, {
    field: 'spec.tags',
    emptyFix: "give at least one tag, e.g. Expr.raw('<+pipeline.sequenceId>')",
    itemFix: 'give the tag text or an expression',
    checkItem: (t) =>
      TAG.test(t)
        ? undefined
        : {
            problem: `'${t}' is not a Docker tag`,
            fix: 'use letters, digits, _, . and -, at most 128 characters, not starting with . or -',
          },
  });
  for (const field of ['cacheFrom', 'baseImageConnectorRefs'] as const) {
    if (o[field] !== undefined) checkTextList(o[field], where, { field: `spec.${field}`, itemFix: 'give the text or an expression' });
  }
  const user: unknown = o.runAsUser;
  if (user !== undefined && !(user instanceof Expression) && (!Number.isInteger(user) || (user as number) < 0)) {
    fail(where, 'spec.runAsUser', `${String(user)} is not a user ID`, 'give a whole number of 0 or more (0 is root), or an expression');
  }
  for (const field of ['buildArgs', 'labels', 'envVariables'] as const) {
    for (const key of Object.keys(o[field] ?? {})) {
      if (key.trim() === '') fail(where, `spec.${field}`, 'has an empty key', 'give every entry a name');
    }
  }
  if (isLiteralText(o.dockerfile) && o.dockerfile.trim() === '')
    fail(where, 'spec.dockerfile', 'is empty', 'give the Dockerfile path, or leave it out');
  renderContainerResources(o.resources, where);
}

/** The shared build settings as spec fields, in the schema's order of the Docker step. */
export function renderDockerBuildOptions(o: DockerBuildOptions, where: string): Record<string, unknown> {
  return {
    tags: renderTextList(o.tags),
    caching: o.caching,
    dockerfile: o.dockerfile,
    context: o.context,
    target: o.target,
    labels: o.labels ? { ...o.labels } : undefined,
    buildArgs: o.buildArgs ? { ...o.buildArgs } : undefined,
    envVariables: o.envVariables ? { ...o.envVariables } : undefined,
    optimize: o.optimize,
    cacheFrom: renderTextList(o.cacheFrom),
    cacheTo: o.cacheTo,
    baseImageConnectorRefs: renderTextList(o.baseImageConnectorRefs),
    runAsUser: o.runAsUser,
    resources: renderContainerResources(o.resources, where),
  };
}
