import type { SecretRef } from '../../../core/secret-ref';
import { RunStep, Shell } from '../../../pipeline/steps/common/run';
import type { CreateCatalogStep } from '../../../pipeline/steps/idp/create-catalog';
import type { CreateRepoStep } from '../../../pipeline/steps/idp/create-repo';
import type { RegisterCatalogStep } from '../../../pipeline/steps/idp/register-catalog';
import { SlackNotifyStep } from '../../../pipeline/steps/idp/slack-notify';
import { Timeout } from '../../../pipeline/timeout';
import type { ServiceOnboardingInputs } from './members';

/** The steps whose outputs the Slack message and the workflow outputs link to. */
export interface OnboardingLinks {
  /** Creates the repository (`repositoryUrl`). */
  readonly createRepo: CreateRepoStep;
  /** Writes `catalog-info.yaml` (`registeredCatalogUrl`). */
  readonly createCatalog: CreateCatalogStep;
  /** Registers the entity (`catalogInfoUrl`). */
  readonly registerCatalog: RegisterCatalogStep;
}

/** `slack_notify`: tells the requester (`notify_email`) where the new repository and catalog entry are. */
export function slackNotifyStep(inputs: ServiceOnboardingInputs, token: SecretRef | undefined, links: OnboardingLinks): SlackNotifyStep {
  return new SlackNotifyStep({
    identifier: 'slack_notify',
    name: 'Notify team',
    timeout: Timeout.minutes(5),
    email: inputs.notifyEmail!,
    token: token!,
    messageContent: [
      `Service *${inputs.projectName}* onboarded.`,
      `Repo: <${links.createRepo.outputs.repositoryUrl}|link>`,
      `Catalog: <${links.createCatalog.outputs.registeredCatalogUrl}|link>`,
      `catalog-info.yaml: <${links.registerCatalog.outputs.catalogInfoUrl}|link>`,
    ].join('\n'),
  });
}

/** `export_outputs`: re-exports the repository and catalog URLs as user-defined output variables for the workflow. */
export function exportOutputsStep(links: OnboardingLinks): RunStep {
  return new RunStep({
    identifier: 'export_outputs',
    name: 'Export outputs for workflow',
    timeout: Timeout.minutes(5),
    shell: Shell.SH,
    command: `repo_url="${links.createRepo.outputs.repositoryUrl}"\ncatalog_url="${links.createCatalog.outputs.registeredCatalogUrl}"`,
    outputVariables: ['repo_url', 'catalog_url'],
  });
}
