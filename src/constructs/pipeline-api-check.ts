import { childId, constructProps } from './construct-args';
import { NullProvider } from '@cdktf/provider-null/lib/provider';
import { Resource } from '@cdktf/provider-null/lib/resource';
import { Fn, TerraformStack, Token } from 'cdktf';
import { Construct } from 'constructs';
import { fail } from '../core/errors';
import type { HarnessPipeline } from './harness-pipeline';
import { terraformArgs } from '../terraform/terraform-args';
import { withUserCreationStacks } from '../terraform/user-creation-stacks';

/** Props of a {@link PipelineApiCheck}. */
export interface PipelineApiCheckProps {
  /** The pipeline to check after each change. */
  readonly pipeline: HarnessPipeline;
  /** Harness account identifier (a literal or a Terraform reference). */
  readonly accountId: string;
  /** Harness API base URL. @default 'https://app.harness.io' */
  readonly apiBaseUrl?: string;
  /**
   * Shell command to run instead of the default. It runs on the machine that runs `terraform apply`, with
   * `HARNESS_PIPELINE_URL` set to the pipeline's API URL (without query) and `HARNESS_ACCOUNT_ID`, `HARNESS_ORG_ID`,
   * `HARNESS_PROJECT_ID` to its scope; read credentials from that machine's environment, never pass them as arguments.
   * @default PipelineApiCheck.DEFAULT_COMMAND
   */
  readonly command?: string;
  /** Name of the environment variable holding the API key at apply time. @default 'HARNESS_PLATFORM_API_KEY' */
  readonly apiKeyEnvironmentVariable?: string;
}

/** Harness account identifiers: letters, digits, `_` and `-`. */
const ACCOUNT_ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;
/** An https base URL: scheme, host and optional port, nothing else (no path, query, fragment or credentials). */
const BASE_URL_PATTERN = /^https:\/\/[A-Za-z0-9.-]+(:\d{1,5})?$/;

/**
 * An opt-in post-deploy check: whenever the pipeline YAML changes (keyed on its SHA-256), Terraform runs a
 * local command against the Harness API. The default fetches the stored pipeline and fails the apply unless
 * Harness reports it valid (`entityValidityDetails.valid`). The API key is read from the environment when the
 * command runs and handed to curl on its standard input, so it is never part of the configuration, the state or
 * any process's command line. The account, org and project travel as environment variables and curl URL-encodes
 * them into the query, so no value can change the request.
 *
 * Uses the null provider for what it is for: a local action tied to a change. Everything Harness manages stays
 * with the Harness provider.
 */
export class PipelineApiCheck extends Construct {
  /**
   * Fetches the pipeline and fails unless Harness reports it valid. The header line is written by `printf`, a shell
   * builtin, into curl's standard input (`-H @-`); `$HARNESS_PIPELINE_URL`, `$HARNESS_ACCOUNT_ID`,
   * `$HARNESS_ORG_ID`, `$HARNESS_PROJECT_ID` and the API-key variable are shell variables: Terraform never sees their
   * values.
   */
  public static readonly DEFAULT_COMMAND =
    'set -eu; ' +
    'body=$(printf \'x-api-key: %s\\n\' "$HARNESS_API_KEY_VALUE" | curl -sS --fail-with-body -H @- --get "$HARNESS_PIPELINE_URL" ' +
    '--data-urlencode "accountIdentifier=$HARNESS_ACCOUNT_ID" --data-urlencode "orgIdentifier=$HARNESS_ORG_ID" ' +
    '--data-urlencode "projectIdentifier=$HARNESS_PROJECT_ID"); ' +
    'echo "$body" | grep -q \'"valid":true\' || { echo "Harness reports the pipeline YAML as invalid: $body" >&2; exit 1; }';

  /** The `null_resource` that runs the check. */
  public readonly resource: Resource;

  /** Adds the post-deploy check of the given pipelines to `scope` (a null resource per pipeline, re-run when its YAML changes). */
  constructor(scope: Construct, id: string, props: PipelineApiCheckProps) {
    super(scope, childId(scope, id, 'PipelineApiCheck'));
    constructProps(this, props, '{ pipeline: harnessPipeline }');
    const keyVar = props.apiKeyEnvironmentVariable ?? 'HARNESS_PLATFORM_API_KEY';
    if (!/^[A-Z_][A-Z0-9_]*$/.test(keyVar)) {
      fail(
        this.node.path,
        'apiKeyEnvironmentVariable',
        `'${keyVar}' is not an environment variable name`,
        "use upper case letters, digits and _, e.g. 'HARNESS_PLATFORM_API_KEY'",
      );
    }
    const base = props.apiBaseUrl ?? 'https://app.harness.io';
    if (typeof base !== 'string' || !BASE_URL_PATTERN.test(base)) {
      fail(
        this.node.path,
        'apiBaseUrl',
        `'${String(base)}' is not an https base URL`,
        "use scheme and host only, e.g. 'https://app.harness.io'",
      );
    }
    if (typeof props.accountId !== 'string' || (!Token.isUnresolved(props.accountId) && !ACCOUNT_ID_PATTERN.test(props.accountId))) {
      fail(
        this.node.path,
        'accountId',
        `'${String(props.accountId)}' is not a Harness account identifier (letters, digits, _ and -)`,
        'pass the account identifier shown in the Harness URL, or the harness_account_id variable of the stack',
      );
    }
    const stack = TerraformStack.of(this);
    if (!stack.node.findAll().some((c) => c instanceof NullProvider)) withUserCreationStacks(() => new NullProvider(stack, 'null'));
    const p = props.pipeline;
    const command = props.command ?? PipelineApiCheck.DEFAULT_COMMAND.split('$HARNESS_API_KEY_VALUE').join(`$${keyVar}`);
    this.resource = withUserCreationStacks(
      () =>
        new Resource(
          this,
          'check',
          terraformArgs({
            triggers: { pipeline_yaml_sha256: Fn.sha256(p.resource.yaml) },
            provisioners: [
              {
                type: 'local-exec',
                command,
                environment: {
                  HARNESS_PIPELINE_URL: `${base}/pipeline/api/pipelines/${encodeURIComponent(p.pipelineId)}`,
                  HARNESS_ACCOUNT_ID: props.accountId,
                  HARNESS_ORG_ID: p.orgId,
                  HARNESS_PROJECT_ID: p.projectId,
                },
              },
            ],
            dependsOn: [p.resource],
          }),
        ),
    );
  }
}
