// CDKTF's HCL renderer; cdktf 0.21 does not re-export it from its index.
import { renderSimpleAttributes, renderTerraform } from 'cdktf/lib/hcl/render';

/**
 * Settings of a backend (or of the `cloud` block) that Terraform reads as nested blocks; every other setting is
 * an argument, objects included (the `s3` backend's `assume_role = { ... }` and `endpoints = { ... }`).
 */
const NESTED_BLOCKS: Readonly<Record<string, readonly string[]>> = { remote: ['workspaces'], cloud: ['workspaces'] };

/**
 * The `terraform` block, whose leaves are already placeholders (`__CDKTF_HCL_…__`, see `hcl-render.ts`).
 * CDKTF's `renderTerraform` writes `required_providers`; the backend and `cloud` blocks are written here
 * (CDKTF writes the `workspaces` block of the `remote` backend as an object argument, which Terraform rejects,
 * and drops the quotes of strings in the one of `cloud`), and so is any other setting (e.g. `required_version`),
 * which CDKTF writes as its index in a list.
 */
export function renderTerraformBlock(terraform: Record<string, unknown>): string {
  const { required_providers: requiredProviders, backend, cloud, ...others } = terraform;
  const parts = [renderTerraform({ required_providers: requiredProviders ?? {} }).replace(/\n\}$/, '')];
  for (const [type, config] of Object.entries(isObject(backend) ? backend : {})) {
    parts.push(renderBlock(`backend "${type}"`, config, NESTED_BLOCKS[type] ?? []));
  }
  if (isObject(cloud)) parts.push(renderBlock('cloud', cloud, NESTED_BLOCKS.cloud));
  if (Object.keys(others).length > 0) parts.push(renderSimpleAttributes(others));
  // CDKTF leaves blank lines for absent parts. Every string is still a placeholder here, so no text is touched.
  return `${parts.join('\n')}\n}`
    .split('\n')
    .filter((line) => line.trim() !== '')
    .join('\n');
}

function renderBlock(header: string, body: unknown, nestedBlocks: readonly string[]): string {
  const lines = Object.entries(isObject(body) ? body : {})
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => (nestedBlocks.includes(k) && isObject(v) ? renderBlock(k, v, []) : `${key(k)} = ${expression(v)}`));
  return `${header} {\n${lines.join('\n')}\n}`;
}

/** An argument value: leaves are placeholders, quoted here; lists and objects become HCL tuple and object syntax. */
function expression(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(expression).join(', ')}]`;
  if (isObject(value)) {
    const items = Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => `${key(k)} = ${expression(v)}`);
    return `{\n${items.join('\n')}\n}`;
  }
  return `"${String(value)}"`;
}

const key = (name: string): string => (/^[A-Za-z_][A-Za-z0-9_-]*$/.test(name) ? name : JSON.stringify(name));

function isObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}
