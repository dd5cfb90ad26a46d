import { optionalProps } from '../core/arguments';

import { isAbsolute, relative, resolve, sep } from 'node:path';
import {
  App,
  AzurermBackend,
  type AzurermBackendConfig,
  CloudBackend,
  type CloudBackendConfig,
  GcsBackend,
  type GcsBackendConfig,
  HttpBackend,
  type HttpBackendConfig,
  LocalBackend,
  RemoteBackend,
  type RemoteBackendConfig,
  S3Backend,
  type S3BackendConfig,
  type TerraformBackend,
  type TerraformStack,
} from 'cdktf';
import { fail } from '../core/errors';
import { HarnessIacmState } from './harness-iacm-state';

/** Creates a cdktf backend construct in a stack, e.g. `(stack) => new PgBackend(stack, { connStr })`. */
export type StateBackendFactory = (stack: TerraformStack) => TerraformBackend;

/** Props of {@link StateBackend.local}. */
export interface LocalStateProps {
  /**
   * The state file, relative to the app directory (the folder of `cdktf.json`, where cdktf runs the app).
   * @default 'terraform.<stack id>.tfstate'
   */
  readonly path?: string;
  /**
   * The folder of non-default workspaces' state, relative to the app directory.
   * @default - Terraform's default (`terraform.tfstate.d` in the stack's working directory)
   */
  readonly workspaceDir?: string;
}

/**
 * Where Terraform keeps a stack's state: `StateBackend.s3({...})`, `gcs`, `azurerm`, `remote`, `cloud`, `http`,
 * `local`, or any other cdktf backend through `StateBackend.custom(factory)`. The remote ones take cdktf's own
 * backend configuration unchanged.
 *
 * The local backend writes its paths relative to the stack's working directory (`cdktf.out/stacks/<stack>`,
 * where Terraform runs), pointing back into the app directory: the synthesized `cdk.tf.json` then holds no
 * path of the machine that synthesized it, and the state survives a clean `cdktf.out`.
 */
export class StateBackend {
  /** Amazon S3 (with a DynamoDB table for locking). */
  public static s3(config: S3BackendConfig): StateBackend {
    return new StateBackend('s3', (stack) => new S3Backend(stack, config));
  }

  /** Google Cloud Storage. */
  public static gcs(config: GcsBackendConfig): StateBackend {
    return new StateBackend('gcs', (stack) => new GcsBackend(stack, config));
  }

  /** Azure Blob Storage. */
  public static azurerm(config: AzurermBackendConfig): StateBackend {
    return new StateBackend('azurerm', (stack) => new AzurermBackend(stack, config));
  }

  /** HCP Terraform / Terraform Enterprise through the `remote` backend. */
  public static remote(config: RemoteBackendConfig): StateBackend {
    return new StateBackend('remote', (stack) => new RemoteBackend(stack, config));
  }

  /** HCP Terraform / Terraform Enterprise through the `cloud` block. */
  public static cloud(config: CloudBackendConfig): StateBackend {
    return new StateBackend('cloud', (stack) => new CloudBackend(stack, config));
  }

  /** A REST endpoint (GitLab managed state, for example). */
  public static http(config: HttpBackendConfig): StateBackend {
    return new StateBackend('http', (stack) => new HttpBackend(stack, config));
  }

  /** A file in the app directory (the default). Keep it out of Git: state holds secrets. */
  public static local(props: LocalStateProps = {}): StateBackend {
    optionalProps(props, 'StateBackend.local', "StateBackend.local({ path: 'state/platform.tfstate' })");
    for (const field of ['path', 'workspaceDir'] as const) {
      const value = props[field];
      if (value !== undefined && (value.trim() === '' || isAbsolute(value))) {
        fail(
          'StateBackend.local',
          field,
          `'${value}' is ${value.trim() === '' ? 'empty' : 'absolute'}`,
          "give a path relative to the app directory (the folder of cdktf.json), e.g. 'state/platform.tfstate'",
        );
      }
    }
    return new StateBackend('local', (stack) => {
      const path = stackRelativePath(stack, props.path ?? `terraform.${stack.node.id}.tfstate`);
      const workspaceDir = props.workspaceDir === undefined ? undefined : stackRelativePath(stack, props.workspaceDir);
      return new LocalBackend(stack, workspaceDir === undefined ? { path } : { path, workspaceDir });
    });
  }

  /**
   * Harness IaCM keeps the state: for a stack that a Harness IaCM workspace plans and applies (see
   * `IacmStackDelivery`). No `backend` block is written; the workspace's `init` configures Harness' own backend.
   */
  public static harnessIacm(): StateBackend {
    return new StateBackend('harness-iacm', (stack) => new HarnessIacmState(stack, 'backend'));
  }

  /** Any other cdktf backend construct (consul, cos, oss, pg, swift, or one of your own). */
  public static custom(factory: StateBackendFactory): StateBackend {
    return new StateBackend('custom', factory);
  }

  /** A {@link StateBackend}, or a factory wrapped with {@link StateBackend.custom}. */
  public static from(backend: StateBackend | StateBackendFactory): StateBackend {
    return backend instanceof StateBackend ? backend : StateBackend.custom(backend);
  }

  private constructor(
    /** The backend type: `s3`, `gcs`, `azurerm`, `remote`, `cloud`, `http`, `local`, `harness-iacm` or `custom`. */
    public readonly type: string,
    private readonly factory: StateBackendFactory,
  ) {}

  /** Creates the backend construct in `stack` (a stack has at most one backend). */
  public bind(stack: TerraformStack): TerraformBackend {
    return this.factory(stack);
  }
}

/**
 * `appPath` (relative to the app directory, the working directory of the app) as a path relative to the stack's
 * Terraform working directory `<outdir>/stacks/<stack id>`, with `/` separators on every OS.
 */
function stackRelativePath(stack: TerraformStack, appPath: string): string {
  const workingDir = resolve(App.of(stack).outdir, 'stacks', stack.node.id);
  return relative(workingDir, resolve(process.cwd(), appPath)).split(sep).join('/');
}
