import { TerraformElement, TerraformStack } from 'cdktf';
import type { IConstruct } from 'constructs';
import { formatHclParts } from './hcl-format-parts';
import { renderStackHclParts } from './hcl-render';

/**
 * The whole configuration of a stack as formatted HCL: what `cdktf synth --hcl` should write to
 * `cdktf.out/stacks/<stack>/cdk.tf`, and the file to keep when leaving CDKTF for plain Terraform.
 *
 * CDKTF 0.21's own HCL writer changes strings (every multi-line string gains a final newline, `\` is not
 * escaped, nor `"` once the string holds a `${`; numeric strings of untyped values become numbers) and its
 * output is not what `terraform fmt` writes. This renders the same blocks through `renderStackHcl` (CDKTF's
 * block renderer, strings written exactly: see `hcl-render.ts`) and formats them with `formatHcl`, so that
 * Terraform evaluates every attribute of the HCL exactly as the same attribute of `cdk.tf.json`.
 *
 * {@link HarnessPlatformStack} uses it for `cdktf synth --hcl`; another stack class can do the same:
 *
 * ```ts
 * class MyStack extends TerraformStack {
 *   public toHclTerraform() { return { ...super.toHclTerraform(), hcl: stackToHcl(this) }; }
 * }
 * ```
 *
 * Supports the terraform (providers, backend, `addOverride('terraform.…')`), locals, variable, provider,
 * resource, data and output blocks; throws, naming the construct, on modules, `moved` and `import` blocks and
 * on stack overrides outside `terraform`.
 */
export function stackToHcl(stack: TerraformStack): string {
  const overrides = (Reflect.get(stack, 'rawOverrides') ?? {}) as Record<string, unknown>;
  const unsupported = Object.keys(overrides).filter((k) => k !== 'terraform');
  if (unsupported.length > 0) {
    throw new Error(
      `stackToHcl: ${stack.node.path} has overrides of ${unsupported.map((k) => `'${k}'`).join(', ')}, ` +
        'which the HCL export does not support. Fix: use constructs instead of stack overrides, ' +
        'or synthesize the stack as JSON (cdktf synth without --hcl)',
    );
  }
  const terraformOverrides = overrides.terraform as Record<string, unknown> | undefined;
  return formatHclParts(renderStackHclParts(stack, stackElements(stack), { terraformOverrides }));
}

/** The elements `cdktf synth` writes for a stack, in the same order: nested stacks are left out. */
function stackElements(stack: TerraformStack): TerraformElement[] {
  const out: TerraformElement[] = [];
  const visit = (c: IConstruct): void => {
    if (TerraformElement.isTerraformElement(c)) out.push(c);
    for (const child of c.node.children) {
      if (!TerraformStack.isStack(child)) visit(child);
    }
  };
  visit(stack);
  return out;
}
