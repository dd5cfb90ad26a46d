import type { Construct } from 'constructs';
import {
  ApprovalGate,
  FeatureFlagToggle,
  HarnessPlatformStack,
  type HarnessPlatformStackProps,
  K8sRestart,
  K8sScale,
  RestartMethod,
} from '../../src';

/**
 * The checkout team's Harness project: its own operations workflows (scale, restart, feature flags), registered
 * inline. A second team stack beside payments: Harness IaCM plans and applies each on its own.
 */
export class CheckoutTeamStack extends HarnessPlatformStack {
  constructor(scope: Construct, id: string, props: HarnessPlatformStackProps) {
    super(scope, id, props);

    const environments = ['staging', 'prod'];
    new K8sScale(this, 'scale', {
      owner: 'group:account/checkout_oncall',
      approval: ApprovalGate.required({ userGroups: ['account.checkout_approvers'] }),
      environments,
      maxReplicas: 30,
    });
    new K8sRestart(this, 'restart', {
      owner: 'group:account/checkout_oncall',
      approval: ApprovalGate.required({ userGroups: ['account.checkout_approvers'] }),
      environments,
      method: RestartMethod.ROLLOUT,
    });
    new FeatureFlagToggle(this, 'flags', {
      owner: 'group:account/checkout_release',
      policySets: ['account.fme_flag_change_guardrails'],
      environments: ['Staging', 'Production'],
    });
  }
}
