// Public API of the custom (utility/governance) steps; validation helpers stay internal.
export * from './approval-criteria';
export * from './barrier';
export * from './email';
export * from './harness-approval';
export * from './http';
export * from './jira-approval';
export * from './jira-create';
export * from './jira-update';
export * from './policy';
export * from './servicenow-approval';
export * from './servicenow-create';
export * from './servicenow-import-set';
export * from './servicenow-update';
export * from './shell-script';
export * from './wait';
export type { JiraField } from './jira-field';
export type { ServiceNowField } from './servicenow-field';
export type { StepVariable } from './step-variable';
