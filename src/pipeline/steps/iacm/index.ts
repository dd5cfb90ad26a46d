export * from './iacm-approval';
export * from './iacm-checkov';
export * from './iacm-opentofu-plugin';
export * from './iacm-plugin-step';
export * from './iacm-scan-step';
export * from './iacm-terraform-plugin';
export * from './iacm-tflint';
export * from './iacm-tfsec';
