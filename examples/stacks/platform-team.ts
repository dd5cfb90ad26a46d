import type { Construct } from 'constructs';
import {
  type DeliveredStack,
  HarnessPlatformStack,
  type HarnessPlatformStackProps,
  IacmStackDelivery,
  IdpDefaultImages,
  IdpImage,
  SecretRef,
} from '../../src';

/** Props of the platform team's stack. */
export interface PlatformTeamStackProps extends HarnessPlatformStackProps {
  /** The team stacks of the app, which Harness IaCM plans and applies (one workspace and pipeline each). */
  readonly teamStacks: readonly DeliveredStack[];
}

/**
 * Account-wide IDP settings the platform team owns: the images the IDP steps run, pinned per
 * infrastructure type (Kubernetes build farm and VM pool), mirrored in the company registry; and the
 * delivery of the team stacks on Harness IaCM: per team a workspace with its own state, a pipeline that
 * synthesizes only that team's stack and plans and applies it, and a trigger on the team's files.
 */
export class PlatformTeamStack extends HarnessPlatformStack {
  constructor(scope: Construct, id: string, props: PlatformTeamStackProps) {
    super(scope, id, props);
    new IdpDefaultImages(this, 'idp_images', {
      kubernetes: {
        pin: {
          [IdpImage.COOKIE_CUTTER]: 'registry.acme.example/harness/cookiecutter:1.9.0',
          [IdpImage.CREATE_REPO]: 'registry.acme.example/harness/createrepo:1.9.0',
          [IdpImage.REGISTER_CATALOG]: 'registry.acme.example/harness/registercatalog:1.9.0',
        },
      },
      // Back to Harness' default image on VM pools.
      vm: { reset: [IdpImage.COOKIE_CUTTER] },
    });

    new IacmStackDelivery(this, 'delivery', {
      // This app's own repository (cdktf.json at its root), read by the workspaces and watched by the triggers.
      repository: { connectorRef: 'account.github_gitops', name: 'platform-gitops' },
      provisionerVersion: '1.9.1',
      variables: { harness_account_id: this.accountId },
      secrets: { harness_platform_api_key: SecretRef.fromIdentifier('account.idp_delivery_api_key') },
      // Four concurrent Terraform operations per run keep many parallel runs under the API rate limits.
      parallelism: 4,
      stacks: props.teamStacks,
    });
  }
}
