import { NullProvider } from '@cdktf/provider-null/lib/provider';
import { Resource } from '@cdktf/provider-null/lib/resource';
import { Fn, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { fail } from '../core/errors';
import type { HarnessPipeline } from './harness-pipeline';
import { escapeTerraformString } from '../terraform/terraform-string';

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
   * `HARNESS_PIPELINE_URL` set to the pipeline's API URL; read credentials from that machine's environment.
   * @default PipelineApiCheck.DEFAULT_COMMAND
   */
  readonly command?: string;
  /** Name of the environment variable holding the API key at apply time. @default 'HARNESS_PLATFORM_API_KEY' */
  readonly apiKeyEnvironmentVariable?: string;
}

/**
 * An opt-in post-deploy check: whenever the pipeline YAML changes (keyed on its SHA-256), Terraform runs a
 * local command against the Harness API. The default fetches the stored pipeline and fails the apply unless
 * Harness reports it valid (`entityValidityDetails.valid`). The API key is read from the environment when the
 * command runs; it is never part of the configuration or the state.
 *
 * Uses the null provider for what it is for: a local action tied to a change. Everything Harness manages stays
 * with the Harness provider.
 */
export class PipelineApiCheck extends Construct {
  /**
   * Fetches the pipeline and fails unless Harness reports it valid. `$HARNESS_PIPELINE_URL` and the API-key
   * variable are shell variables; Terraform never sees their values.
   */
  public static readonly DEFAULT_COMMAND =
    'set -eu; body=$(curl -sS --fail-with-body -H "x-api-key: $HARNESS_API_KEY_VALUE" "$HARNESS_PIPELINE_URL"); ' +
    'echo "$body" | grep -q \'"valid":true\' || { echo "Harness reports the pipeline YAML as invalid: $body" >&2; exit 1; }';

  /** The `null_resource` that runs the check. */
  public readonly resource: Resource;

  constructor(scope: Construct, id: string, props: PipelineApiCheckProps) {
    super(scope, id);
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
    if (!/^https:\/\/[^/\s]+$/.test(base)) {
      fail(this.node.path, 'apiBaseUrl', `'${base}' is not an https base URL`, "use scheme and host only, e.g. 'https://app.harness.io'");
    }
    const stack = TerraformStack.of(this);
    if (!stack.node.findAll().some((c) => c instanceof NullProvider)) new NullProvider(stack, 'null');
    const p = props.pipeline;
    const url = `${base}/pipeline/api/pipelines/${p.pipelineId}?accountIdentifier=${props.accountId}&orgIdentifier=${p.orgId}&projectIdentifier=${p.projectId}`;
    const command = props.command ?? PipelineApiCheck.DEFAULT_COMMAND.split('$HARNESS_API_KEY_VALUE').join(`$${keyVar}`);
    this.resource = new Resource(this, 'check', {
      triggers: { pipeline_yaml_sha256: Fn.sha256(p.resource.yaml) },
      provisioners: [
        {
          type: 'local-exec',
          command: escapeTerraformString(command),
          environment: { HARNESS_PIPELINE_URL: escapeTerraformString(url) },
        },
      ],
      dependsOn: [p.resource],
    });
  }
}
