import type { Construct } from 'constructs';
import {
  ApprovalGate,
  CookiecutterTemplates,
  FeatureFlagToggle,
  HarnessPlatformStack,
  type HarnessPlatformStackProps,
  IacScanner,
  InfraProvisioning,
  K8sRestart,
  K8sRollback,
  K8sScale,
  RestartMethod,
  SecretRef,
  ServiceOnboarding,
  TokenRotation,
  WorkflowRegistration,
} from '../../src';

/** Props of the payments team's stack. */
export interface PaymentsTeamStackProps extends HarnessPlatformStackProps {
  /** GitHub repository (in `github.owner`) that holds the workflows registered through GitOps. */
  readonly gitOpsRepository: string;
}

/**
 * The payments team's Harness project with the seven standard self-service workflows. The onboarding workflow
 * is registered through GitOps (its YAML is committed to the GitOps repo and imported into the catalog); the
 * others are registered inline.
 */
export class PaymentsTeamStack extends HarnessPlatformStack {
  constructor(scope: Construct, id: string, props: PaymentsTeamStackProps) {
    super(scope, id, props);

    const sre = ApprovalGate.required({ userGroups: ['account.sre_approvers'] });
    const environments = ['dev', 'staging', 'prod'];

    new ServiceOnboarding(this, 'onboarding', {
      owner: 'group:account/platform_engineering',
      connectorRef: 'account.github_org_connector',
      gitOrganization: 'acme-payments',
      templates: CookiecutterTemplates.fixedList([
        { title: 'Java service (Spring Boot)', url: 'https://github.com/acme-platform/cookiecutter-spring' },
        { title: 'Node.js service (Fastify)', url: 'https://github.com/acme-platform/cookiecutter-fastify' },
      ]),
      slackBotToken: SecretRef.fromIdentifier('account.slack_bot_token'),
      harnessApiKey: SecretRef.fromIdentifier('account.idp_onboarding_pat'),
      registration: WorkflowRegistration.gitOps({ repository: props.gitOpsRepository, connectorRef: 'account.github_gitops' }),
    });

    new InfraProvisioning(this, 'infra', {
      owner: 'group:account/iacm_team',
      jiraConnectorRef: 'account.jira_connector',
      policySets: ['account.terraform_compliance'],
      scanner: IacScanner.TFLINT,
    });

    new FeatureFlagToggle(this, 'flags', {
      owner: 'group:account/release_managers',
      policySets: ['account.fme_flag_change_guardrails'],
      environments: ['Staging', 'Production'],
    });

    new TokenRotation(this, 'token_rotation', {
      owner: 'group:account/platform_security',
      approval: ApprovalGate.required({ userGroups: ['account.platform_security_approvers'], minimumCount: 2 }),
      harnessApiKey: SecretRef.fromIdentifier('account.token_rotation_admin_pat'),
    });

    new K8sRollback(this, 'rollback', { owner: 'group:account/sre', approval: sre, environments });
    new K8sScale(this, 'scale', { owner: 'group:account/sre', approval: sre, environments, maxReplicas: 20 });
    new K8sRestart(this, 'restart', {
      owner: 'group:account/sre',
      // Dev clusters restart without a human in the loop; the reason is recorded on the pipeline.
      approval: ApprovalGate.skip({ reason: 'restarts are idempotent and limited to the dev environment' }),
      environments: ['dev'],
      method: RestartMethod.USER_CHOICE,
    });
  }
}
