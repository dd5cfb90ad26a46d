/**
 * The placeholder that stands for one value in the block structure of rendered HCL (see `HclParts` in
 * `hcl-render.ts`): `__CDKTF_HCL_LITERAL_<n>__` for a template string, `__CDKTF_HCL_BARE_<n>__` for an expression
 * written as it is, where `n` is the value's index. In the structure it is a quoted string.
 */

/** The placeholder of value `index`. */
export function hclPlaceholder(bare: boolean, index: number): string {
  return `__CDKTF_HCL_${bare ? 'BARE' : 'LITERAL'}_${index}__`;
}

/** Regular-expression source of a quoted placeholder, with the value's index as the only capture group. */
export const QUOTED_HCL_PLACEHOLDER = '"__CDKTF_HCL_(?:LITERAL|BARE)_(\\d+)__"';

/** Regular-expression source of a quoted placeholder, without a capture group (to embed in larger patterns). */
export const QUOTED_HCL_PLACEHOLDER_SHAPE = '"__CDKTF_HCL_(?:LITERAL|BARE)_\\d+__"';
