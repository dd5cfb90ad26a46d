import { fail } from '../../../core/errors';
import type { Expression } from '../../../core/expression';
import { Step, type StepProps } from '../../step';
import { type ContainerStepOptions, renderContainerResources } from './container-resources';
import { requireText } from './field-checks';

/** When the plugin image is pulled (`imagePullPolicy`). */
export enum ImagePullPolicy {
  /** Pulls the image every time. */
  ALWAYS = 'Always',
  /** Never pulls: the image must be on the node. */
  NEVER = 'Never',
  /** Pulls the image when the node does not have it. */
  IF_NOT_PRESENT = 'IfNotPresent',
}

/** A plugin setting: any JSON value; strings may hold expressions (e.g. `SecretRef`s). */
export type PluginSettingValue =
  | string
  | number
  | boolean
  | Expression
  | readonly PluginSettingValue[]
  | { readonly [key: string]: PluginSettingValue };

/** Props of a {@link PluginStep}. Set exactly one of `image` and `uses`. */
export interface PluginStepProps extends StepProps, ContainerStepOptions {
  /**
   * The plugin's container image, with its tag, e.g. `plugins/s3:1.4.0`. Exclusive with `uses`.
   * @default - none
   */
  readonly image?: string | Expression;
  /**
   * Registry connector for `image`, e.g. `account.dockerhub`. Only with `image`.
   * @default - none (Harness Cloud and local runners can pull public images without one)
   */
  readonly connectorRef?: string;
  /** Harness Artifact Registry reference for `image`. Only with `image`. @default - none */
  readonly registryRef?: string;
  /** When to pull `image`. Only with `image`. @default - the infrastructure's default */
  readonly imagePullPolicy?: ImagePullPolicy | Expression;
  /**
   * A plugin named by reference instead of an image (`spec.uses`), e.g. a GitHub Action such as
   * `actions/setup-node@v4`. Exclusive with `image`.
   * @default - none
   */
  readonly uses?: string | Expression;
  /** The plugin's settings (passed to it as `PLUGIN_<NAME>` variables). @default - none */
  readonly settings?: Readonly<Record<string, PluginSettingValue>>;
  /** Overrides the image's entrypoint. @default - the image's entrypoint */
  readonly entrypoint?: readonly string[];
}

/** A Plugin step (`PluginStepInfo`): runs a Drone/Harness plugin image or a referenced plugin. */
export class PluginStep extends Step {
  public readonly type = 'Plugin';
  private readonly props: PluginStepProps;

  /** Creates the step; its fields are checked at once, so a mistake throws a `ValidationError` naming the field and the fix. */
  constructor(props: PluginStepProps) {
    super(props);
    this.props = props;
    const where = this.describe();
    if (props.image !== undefined && props.uses !== undefined) {
      fail(
        where,
        'spec.uses',
        'image and uses are mutually exclusive',
        'set image for a plugin image, or uses for a referenced plugin, not both',
      );
    }
    if (props.image === undefined && props.uses === undefined) {
      fail(
        where,
        'spec.image',
        'neither image nor uses is set',
        "set image (e.g. 'plugins/s3:1.4.0') or uses (e.g. 'actions/setup-node@v4')",
      );
    }
    if (props.image !== undefined) {
      requireText(props.image, where, 'spec.image', "pass an image name with its tag, e.g. 'plugins/s3:1.4.0'");
    } else {
      requireText(props.uses, where, 'spec.uses', "pass a plugin reference, e.g. 'actions/setup-node@v4'");
      for (const field of ['connectorRef', 'registryRef', 'imagePullPolicy'] as const) {
        if (props[field] !== undefined) {
          fail(
            where,
            `spec.${field}`,
            `${field} applies to image, but this step sets uses`,
            `remove ${field}, or set image instead of uses`,
          );
        }
      }
    }
    renderContainerResources(props.resources, where);
  }

  protected renderSpec(): Record<string, unknown> {
    const p = this.props;
    return {
      connectorRef: p.connectorRef,
      registryRef: p.registryRef,
      image: p.image,
      uses: p.uses,
      imagePullPolicy: p.imagePullPolicy,
      settings: p.settings ? { ...p.settings } : undefined,
      entrypoint: p.entrypoint ? [...p.entrypoint] : undefined,
      privileged: p.privileged,
      runAsUser: p.runAsUser,
      resources: renderContainerResources(p.resources, this.describe()),
    };
  }
}
