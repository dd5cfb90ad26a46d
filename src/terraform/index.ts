// Where text meets Terraform: escaping, typed resource arguments and the HCL export. Imports cdktf and the kernel only.
export { stackToHcl } from './hcl-export';
export { terraformArgs } from './terraform-args';
export { escapeTerraformString, unescapeTerraformString } from './terraform-string';
