import { CreateRepoStep } from '../../../pipeline/steps/idp/create-repo';
import { DirectPushStep } from '../../../pipeline/steps/idp/direct-push';
import type { GitTarget } from '../../../pipeline/steps/idp/git-target';
import { Timeout } from '../../../pipeline/timeout';
import type { ServiceOnboardingInputs } from './members';
import type { OnboardingSettings } from './settings';

/** `create_repo`: creates the repository named after the service, with the form's visibility and description. */
export function createRepoStep(git: GitTarget, settings: OnboardingSettings, inputs: ServiceOnboardingInputs): CreateRepoStep {
  return new CreateRepoStep({
    identifier: 'create_repo',
    name: 'Create repository',
    timeout: Timeout.minutes(10),
    ...git,
    repoType: inputs.repositoryType,
    repositoryDescription: inputs.repositoryDescription,
    defaultBranch: settings.defaultBranch,
  });
}

/** `direct_push`: pushes the scaffolded code (the service's folder) to the default branch. */
export function directPushStep(
  git: GitTarget,
  settings: OnboardingSettings,
  inputs: ServiceOnboardingInputs,
  forcePush: boolean | undefined,
): DirectPushStep {
  return new DirectPushStep({
    identifier: 'direct_push',
    name: 'Push scaffolded code',
    timeout: Timeout.minutes(10),
    ...git,
    codeDirectory: inputs.projectName,
    branch: settings.defaultBranch,
    forcePush: forcePush ?? false,
  });
}
