// Public API of the custom (utility/governance) steps; validation helpers stay internal.
export * from './harness-approval';
export * from './http';
export * from './jira-create';
export * from './jira-update';
export * from './policy';
export * from './shell-script';
export type { JiraField } from './jira-field';
export type { StepVariable } from './step-variable';
