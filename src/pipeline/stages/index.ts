export * from './approval-stage';
export * from './ci-stage';
export * from './custom-stage';
export * from './deployment-stage';
export * from './iacm-stage';
export * from './idp-stage';
