import type { Construct } from 'constructs';
import { HarnessPlatformStack, type HarnessPlatformStackProps, IdpDefaultImages, IdpImage } from '../../src';

/**
 * Account-wide IDP settings the platform team owns: the images the IDP steps run, pinned per
 * infrastructure type (Kubernetes build farm and VM pool), mirrored in the company registry.
 */
export class PlatformTeamStack extends HarnessPlatformStack {
  constructor(scope: Construct, id: string, props: HarnessPlatformStackProps) {
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
  }
}
