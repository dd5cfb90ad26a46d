import 'cdktf/lib/testing/adapters/jest';
import { TerraformStack, TerraformVariable, Testing } from 'cdktf';
import { PlatformDefaultImages } from '../../.gen/providers/harness/platform-default-images';
import { HarnessProvider } from '../../.gen/providers/harness/provider';
import { IdpDefaultImages, IdpImage } from '../../src/constructs/idp-default-images';

Testing.setupJest();

function stack(): TerraformStack {
  const s = new TerraformStack(Testing.app(), 'platform');
  new HarnessProvider(s, 'harness', {});
  return s;
}

function resources(s: TerraformStack): Record<string, Record<string, unknown>> {
  return JSON.parse(Testing.synth(s, true)).resource.harness_platform_default_images;
}

describe('IdpDefaultImages', () => {
  test('pins images per infrastructure type and resets fields by omitting their value', () => {
    const s = stack();
    const images = new IdpDefaultImages(s, 'idp_images', {
      kubernetes: {
        pin: {
          [IdpImage.REGISTER_CATALOG]: 'harness/registercatalog:1.9.0',
          [IdpImage.CREATE_RESOURCE]: 'registry.example.com:5000/harness/createresource:1.2.3',
        },
        reset: [IdpImage.CREATE_REPO],
      },
      vm: { pin: { [IdpImage.COOKIE_CUTTER]: `harness/cookiecutter@sha256:${'a'.repeat(64)}` } },
    });
    const r = Object.values(resources(s))
      .map((x) => {
        const { '//': _meta, ...rest } = x;
        return rest;
      })
      .sort((a, b) => `${a.infra_type}.${a.field}`.localeCompare(`${b.infra_type}.${b.field}`));
    expect(r).toEqual([
      { kind: 'idp', infra_type: 'K8', field: 'createRepo' },
      { kind: 'idp', infra_type: 'K8', field: 'createResource', value: 'registry.example.com:5000/harness/createresource:1.2.3' },
      { kind: 'idp', infra_type: 'K8', field: 'registerCatalog', value: 'harness/registercatalog:1.9.0' },
      { kind: 'idp', infra_type: 'VM', field: 'cookieCutter', value: `harness/cookiecutter@sha256:${'a'.repeat(64)}` },
    ]);
    expect(images.resources).toHaveLength(4);
    expect(Testing.synth(s, true)).toHaveResourceWithProperties(PlatformDefaultImages, {
      kind: 'idp',
      infra_type: 'K8',
      field: 'createRepo',
    });
  });

  test('names each resource after infrastructure type and field', () => {
    const s = stack();
    const images = new IdpDefaultImages(s, 'idp_images', {
      kubernetes: { pin: { [IdpImage.SLACK_NOTIFY]: 'harness/slacknotify:1.9.0' } },
      vm: { reset: [IdpImage.SLACK_NOTIFY] },
    });
    expect(images.resources.map((r) => r.node.id)).toEqual(['k8_slackNotify', 'vm_slackNotify']);
    expect(Object.keys(resources(s))).toEqual([
      expect.stringMatching(/^idp_images_k8_slackNotify_[0-9A-F]{8}$/),
      expect.stringMatching(/^idp_images_vm_slackNotify_[0-9A-F]{8}$/),
    ]);
  });

  test('accepts a Terraform variable as the image', () => {
    const s = stack();
    const tag = new TerraformVariable(s, 'register_catalog_image', { type: 'string' });
    new IdpDefaultImages(s, 'idp_images', { kubernetes: { pin: { [IdpImage.REGISTER_CATALOG]: tag.stringValue } } });
    expect(Object.values(resources(s))[0].value).toBe('${var.register_catalog_image}');
  });

  test('validates field names against the documented list', () => {
    expect(
      () => new IdpDefaultImages(stack(), 'i', { kubernetes: { pin: { createOrganization: 'harness/createorganisation:1.9.0' } as any } }),
    ).toThrow(
      /platform\/i: kubernetes\.pin: 'createOrganization' is not an IDP image field \(documented fields: cookieCutter, createRepo, directPush, registerCatalog, slackNotify, createResource, updateCatalogProperty, createOrganisation, createProject, createCatalog\)\. Fix: use 'createOrganisation'/,
    );
    expect(() => new IdpDefaultImages(stack(), 'i', { vm: { reset: ['liteEngineTag' as any] } })).toThrow(
      /platform\/i: vm\.reset: 'liteEngineTag' is not an IDP image field .*Fix: use one of the IdpImage values/,
    );
  });

  test('rejects an empty image and an image without tag or digest', () => {
    expect(() => new IdpDefaultImages(stack(), 'i', { kubernetes: { pin: { [IdpImage.CREATE_REPO]: ' ' } } })).toThrow(
      /platform\/i: kubernetes\.pin\.createRepo: the image is empty\. Fix: give an image with a tag/,
    );
    expect(
      () =>
        new IdpDefaultImages(stack(), 'i', {
          kubernetes: { pin: { [IdpImage.CREATE_REPO]: 'registry.example.com:5000/harness/createrepo' } },
        }),
    ).toThrow(
      "platform/i: kubernetes.pin.createRepo: 'registry.example.com:5000/harness/createrepo' is not an image reference with a tag or digest. Fix: pin an exact image, e.g. 'harness/registercatalog:1.9.0' or 'registry.example.com/harness/createrepo@sha256:<digest>'",
    );
    expect(() => new IdpDefaultImages(stack(), 'i', { kubernetes: { pin: { [IdpImage.CREATE_REPO]: 'Harness/CreateRepo:1.0' } } })).toThrow(
      /is not an image reference with a tag or digest/,
    );
  });

  test('rejects a field both pinned and reset, a field reset twice, and a construct without images', () => {
    expect(
      () =>
        new IdpDefaultImages(stack(), 'i', {
          kubernetes: { pin: { [IdpImage.CREATE_REPO]: 'harness/createrepo:1.9.0' }, reset: [IdpImage.CREATE_REPO] },
        }),
    ).toThrow(
      /platform\/i: kubernetes\.reset: 'createRepo' is both pinned and reset\. Fix: remove it from kubernetes\.pin or from kubernetes\.reset/,
    );
    expect(() => new IdpDefaultImages(stack(), 'i', { vm: { reset: [IdpImage.CREATE_REPO, IdpImage.CREATE_REPO] } })).toThrow(
      /platform\/i: vm\.reset: 'createRepo' is listed twice\. Fix: list each field once/,
    );
    expect(() => new IdpDefaultImages(stack(), 'i', { kubernetes: {} })).toThrow(
      /platform\/i: kubernetes: no image is pinned or reset\. Fix: set kubernetes and\/or vm with pin or reset entries/,
    );
  });

  test('fails the synth when two declarations manage the same field of the same infrastructure type', () => {
    const s = stack();
    new IdpDefaultImages(s, 'a', {
      kubernetes: { pin: { [IdpImage.CREATE_REPO]: 'harness/createrepo:1.9.0' } },
      vm: { reset: [IdpImage.CREATE_REPO] },
    });
    new IdpDefaultImages(s, 'b', { kubernetes: { reset: [IdpImage.CREATE_REPO] } });
    expect(() => Testing.synth(s, true)).toThrow(
      "platform/b: identifier: IDP image setting 'K8.createRepo' in the account is also created by platform/a; the second would overwrite the first. Fix: declare each IDP image once per infrastructure type",
    );
    const t = stack();
    new IdpDefaultImages(t, 'a', { kubernetes: { reset: [IdpImage.CREATE_REPO] } });
    new IdpDefaultImages(t, 'b', { vm: { reset: [IdpImage.CREATE_REPO] } });
    expect(() => Testing.synth(t, true)).not.toThrow();
  });
});
