import { escapeTerraformString } from './terraform-string';

/**
 * The arguments of a resource, data source or provider with every literal string escaped for Terraform, deeply:
 * the typed wrapper through which every argument the library writes passes, so that no string reaches Terraform
 * unescaped (`commitMessage: 'Deploy ${var.api_key}'` stays that text; it does not read the variable). Plain objects
 * and arrays are walked; strings go through {@link escapeTerraformString}, which keeps CDKTF tokens intact (a
 * `Lazy` value is a token here: its producer escapes the text it produces); anything else (numbers, booleans,
 * constructs such as `provider` or `dependsOn` entries) is kept as it is.
 *
 * Use it for arguments that Terraform evaluates as templates (resource, data and provider arguments), not for a
 * variable's `description` or `default`, which Terraform takes as they are.
 */
export function terraformArgs<T>(args: T): T {
  return escapeDeep(args) as T;
}

/** A whole string that is a CDKTF list token: it stands for a list, not for text. */
const LIST_TOKEN = /^#\{TfToken\[[a-zA-Z0-9:._-]+\]\}$/;

function escapeDeep(value: unknown): unknown {
  if (typeof value === 'string') return LIST_TOKEN.test(value) ? value : escapeTerraformString(value);
  if (Array.isArray(value)) return value.map(escapeDeep);
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) out[k] = escapeDeep(v);
    return out;
  }
  return value;
}
