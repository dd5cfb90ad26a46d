import { childId, constructProps } from './construct-args';
import { type TerraformProvider, Token } from 'cdktf';
import { Construct } from 'constructs';
import { PlatformDefaultImages } from '../../.gen/providers/harness/platform-default-images';
import { fail } from '../core/errors';
import { claimIdentity } from './private/identity-registry';
import { terraformArgs } from '../terraform/terraform-args';
import { withUserCreationStacks } from '../terraform/user-creation-stacks';

/**
 * The images the IDP steps run, as fields of the IDP execution-config API (`/idp/execution-config/...`,
 * `harness_platform_default_images` with `kind = "idp"`). The list is the one documented in
 * developer-hub `docs/internal-developer-portal/flows/create-workflow/harness-pipeline.md`
 * ("Specify the Harness IDP Images used in your Pipeline"); note the British spelling of `createOrganisation`.
 */
export enum IdpImage {
  /** The CookieCutter step. */
  COOKIE_CUTTER = 'cookieCutter',
  /** The CreateRepo step. */
  CREATE_REPO = 'createRepo',
  /** The DirectPush step. */
  DIRECT_PUSH = 'directPush',
  /** The RegisterCatalog step. */
  REGISTER_CATALOG = 'registerCatalog',
  /** The SlackNotify step. */
  SLACK_NOTIFY = 'slackNotify',
  /** The CreateResource step (OpenTofu with the Harness provider). */
  CREATE_RESOURCE = 'createResource',
  /** The UpdateCatalogProperty step. */
  UPDATE_CATALOG_PROPERTY = 'updateCatalogProperty',
  /** The CreateOrganization step. */
  CREATE_ORGANISATION = 'createOrganisation',
  /** The CreateProject step. */
  CREATE_PROJECT = 'createProject',
  /** The CreateCatalog step. */
  CREATE_CATALOG = 'createCatalog',
}

/** Build infrastructure types of the execution-config API (`infra_type`; the API's `infra` query parameter). */
export enum IdpInfrastructure {
  /** Kubernetes build infrastructure (`K8`, the provider's default). */
  KUBERNETES = 'K8',
  /** VM build infrastructure (`VM`). */
  VM = 'VM',
}

/** The overrides for one infrastructure type. */
export interface IdpImageSet {
  /**
   * Images to pin, by field, each with a tag or digest, e.g.
   * `{ [IdpImage.REGISTER_CATALOG]: 'harness/registercatalog:1.9.0' }`.
   * @default - none
   */
  readonly pin?: Partial<Record<IdpImage, string>>;
  /**
   * Fields to keep at (or bring back to) the Harness default: each becomes a resource without `value`, which
   * the provider applies as a reset of the field.
   * @default - none
   */
  readonly reset?: readonly IdpImage[];
}

/** Props of an {@link IdpDefaultImages}. */
export interface IdpDefaultImagesProps {
  /** Overrides for IDP steps on Kubernetes build infrastructure (`infra_type = "K8"`). @default - none */
  readonly kubernetes?: IdpImageSet;
  /** Overrides for IDP steps on VM build infrastructure (`infra_type = "VM"`). @default - none */
  readonly vm?: IdpImageSet;
  /** Provider to use. @default - the stack's default harness provider */
  readonly provider?: TerraformProvider;
}

const FIELDS: readonly string[] = Object.values(IdpImage);
/** `[registry[:port]/]repository[:tag][@sha256:digest]`, lowercase repository path as Docker requires. */
const IMAGE_REFERENCE = new RegExp(
  String.raw`^(?:[a-zA-Z0-9.-]+(?::\d+)?\/)?[a-z0-9]+(?:[._-][a-z0-9]+)*(?:\/[a-z0-9]+(?:[._-][a-z0-9]+)*)*` +
    String.raw`(?::[\w][\w.-]{0,127})?(?:@sha256:[a-f0-9]{64})?$`,
);

/**
 * Pins the images of the IDP steps for the account, per build infrastructure type, with one
 * `harness_platform_default_images` resource (`kind = "idp"`) per field. A field listed in `reset` gets a
 * resource without `value`, which resets it to the Harness default; destroying a pin resets it as well.
 *
 * The settings are account-wide: declare each field once per infrastructure type (a second declaration in the
 * same stack fails the synth).
 */
export class IdpDefaultImages extends Construct {
  /** The `harness_platform_default_images` resources, in declaration order. */
  public readonly resources: readonly PlatformDefaultImages[];

  /** Pins the images of the IDP steps; image field names and infrastructure types are checked at once. */
  constructor(scope: Construct, id: string, props: IdpDefaultImagesProps) {
    super(scope, childId(scope, id, 'IdpDefaultImages'));
    constructProps(this, props, "{ kubernetes: { gitCloneImage: 'registry/harness/git-clone:1.2' } }");
    const where = this.node.path;
    const sets: [IdpInfrastructure, string, IdpImageSet | undefined][] = [
      [IdpInfrastructure.KUBERNETES, 'kubernetes', props.kubernetes],
      [IdpInfrastructure.VM, 'vm', props.vm],
    ];
    const resources: PlatformDefaultImages[] = [];
    for (const [infra, prop, set] of sets) {
      if (set === undefined) continue;
      const entries = checkedEntries(set, prop, where);
      for (const [field, value] of entries) {
        resources.push(
          withUserCreationStacks(
            () =>
              new PlatformDefaultImages(
                this,
                `${infra.toLowerCase()}_${field}`,
                terraformArgs({
                  provider: props.provider,
                  kind: 'idp',
                  infraType: infra,
                  field,
                  value,
                }),
              ),
          ),
        );
      }
    }
    if (resources.length === 0) {
      fail(
        where,
        'kubernetes',
        'no image is pinned or reset',
        'set kubernetes and/or vm with pin or reset entries, or remove the construct',
      );
    }
    this.resources = resources;

    for (const r of resources) {
      claimIdentity(this, {
        kind: 'IDP image setting',
        identifier: `${r.infraTypeInput}.${r.fieldInput}`,
        fix: 'declare each IDP image once per infrastructure type',
      });
    }
  }
}

/**
 * The fields of one infrastructure type, checked: pinned ones with their image, then the reset ones (without a
 * value); each field known, listed once, and not both pinned and reset.
 */
function checkedEntries(set: IdpImageSet, prop: string, where: string): [string, string | undefined][] {
  const pins = Object.entries(set.pin ?? {}).filter(([, v]) => v !== undefined) as [string, string][];
  const resets = [...(set.reset ?? [])] as string[];
  for (const [field, value] of pins) {
    checkField(field, where, `${prop}.pin`);
    checkImage(value, where, `${prop}.pin.${field}`);
  }
  for (const field of resets) checkField(field, where, `${prop}.reset`);
  const duplicate = resets.find((f, i) => resets.indexOf(f) !== i);
  if (duplicate !== undefined) {
    fail(where, `${prop}.reset`, `'${duplicate}' is listed twice`, 'list each field once');
  }
  const both = resets.find((f) => pins.some(([p]) => p === f));
  if (both !== undefined) {
    fail(where, `${prop}.reset`, `'${both}' is both pinned and reset`, `remove it from ${prop}.pin or from ${prop}.reset`);
  }
  return [...pins, ...resets.map((f) => [f, undefined] as [string, undefined])];
}

function checkField(field: string, where: string, prop: string): void {
  if (!FIELDS.includes(field)) {
    const near = FIELDS.find((f) => f.toLowerCase() === field.toLowerCase().replace(/organization/, 'organisation'));
    fail(
      where,
      prop,
      `'${field}' is not an IDP image field (documented fields: ${FIELDS.join(', ')})`,
      near ? `use '${near}'` : 'use one of the IdpImage values',
    );
  }
}

function checkImage(value: unknown, where: string, prop: string): void {
  if (typeof value !== 'string' || value.trim() === '') {
    fail(
      where,
      prop,
      'the image is empty',
      "give an image with a tag, e.g. 'harness/registercatalog:1.9.0', or list the field under reset",
    );
  }
  if (Token.isUnresolved(value)) return;
  if (!IMAGE_REFERENCE.test(value) || !/(:[\w][\w.-]*|@sha256:[a-f0-9]{64})$/.test(value.replace(/^[^/]*:\d+\//, ''))) {
    fail(
      where,
      prop,
      `'${value}' is not an image reference with a tag or digest`,
      "pin an exact image, e.g. 'harness/registercatalog:1.9.0' or 'registry.example.com/harness/createrepo@sha256:<digest>'",
    );
  }
}
