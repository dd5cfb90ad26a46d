// Ready stacks: the platform stack and its state backends.
export { CredentialSource, type GithubSettings, HarnessPlatformStack, type HarnessPlatformStackProps } from './harness-platform-stack';
export { HarnessIacmState } from './harness-iacm-state';
export { type LocalStateProps, StateBackend, type StateBackendFactory } from './state-backend';
