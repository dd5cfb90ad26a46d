import { Fn } from 'cdktf';
import { mapTokenParts } from '../../core/terraform-token';
import type { RemotePipelineProps } from '../../workflow/pipeline-url-props';

/**
 * `text` with each Terraform reference it holds wrapped in Terraform's `urlencode()`, its literal parts unchanged:
 * for text that goes into a URL query, where the models percent-encode the literal parts and keep references as
 * they are (their values are known only at apply).
 */
export function urlencodeReferences(text: string): string {
  return mapTokenParts(
    text,
    (part) => part,
    (token) => Fn.urlencode(token),
  );
}

/** `remote` with the Terraform references of its repository and branch URL-encoded by Terraform (see above). */
export function urlEncodedRemote(remote: RemotePipelineProps | undefined): RemotePipelineProps | undefined {
  if (remote === undefined) return undefined;
  return { ...remote, repoName: urlencodeReferences(remote.repoName), branch: urlencodeReferences(remote.branch) };
}
