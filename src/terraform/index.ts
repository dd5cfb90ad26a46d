// Where text meets Terraform: escaping and the HCL export. Imports cdktf and the kernel only.
export { stackToHcl } from './hcl-export';
export { terraformArgs } from './terraform-args';
export { containsTerraformToken, escapeTerraformString, unescapeTerraformString } from './terraform-string';
