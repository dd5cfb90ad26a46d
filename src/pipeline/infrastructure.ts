import { optionalProps, requireProps } from '../core/arguments';

/** Operating system of a build machine. */
export enum OperatingSystem {
  /** Linux. */
  LINUX = 'Linux',
  /** macOS. */
  MACOS = 'MacOS',
  /** Windows. */
  WINDOWS = 'Windows',
}

/** CPU architecture of a build machine. */
export enum Architecture {
  /** x86-64. */
  AMD64 = 'Amd64',
  /** ARM64. */
  ARM64 = 'Arm64',
}

/** Platform of Harness Cloud and local Docker runners. */
export interface PlatformProps {
  /** Operating system of the runner. @default OperatingSystem.LINUX */
  readonly os?: OperatingSystem;
  /** CPU architecture of the runner. @default Architecture.AMD64 */
  readonly arch?: Architecture;
}

/** A Kubernetes cluster reached through a Kubernetes connector (`KubernetesDirect`). */
export interface KubernetesInfrastructureProps {
  /** Kubernetes cluster connector, e.g. `account.k8s_build_cluster`. */
  readonly connectorRef: string;
  /** Namespace the build pods run in. */
  readonly namespace: string;
  /** Service account the build pods run as. @default - the namespace's default service account */
  readonly serviceAccountName?: string;
  /** Operating system of the build pods' nodes. @default OperatingSystem.LINUX */
  readonly os?: OperatingSystem;
  /** Node labels the build pods must be scheduled on. @default - none */
  readonly nodeSelector?: Readonly<Record<string, string>>;
  /** Annotations on the build pods. @default - none */
  readonly annotations?: Readonly<Record<string, string>>;
  /** Labels on the build pods. @default - none */
  readonly labels?: Readonly<Record<string, string>>;
  /** Mount the service account token into the pod. @default true */
  readonly automountServiceAccountToken?: boolean;
  /** Connector used to pull Harness images (for air-gapped clusters). @default - Harness' registry */
  readonly harnessImageConnectorRef?: string;
}

/** A self-managed VM pool (`VM` / `Pool`). */
export interface VmPoolInfrastructureProps {
  /** Pool name, as in the runner's `pool.yml`. */
  readonly poolName: string;
  /** Operating system of the pool's VMs. @default OperatingSystem.LINUX */
  readonly os?: OperatingSystem;
  /** Connector of the registry the Harness images are pulled from (a mirror). @default - Harness' registry */
  readonly harnessImageConnectorRef?: string;
}

/**
 * Where a container-based stage (IDP, IACM, CI) runs: Harness Cloud, a Kubernetes cluster,
 * a local Docker runner, or a self-managed VM pool. Renders the stage-spec keys
 * (`platform` + `runtime`, or `infrastructure`).
 */
export class StageInfrastructure {
  /** Harness Cloud (`runtime.type: Cloud`). */
  public static cloud(props: PlatformProps = {}): StageInfrastructure {
    return StageInfrastructure.runtime('Cloud', optionalProps(props, 'StageInfrastructure.cloud', 'StageInfrastructure.cloud()'));
  }

  /** A Kubernetes cluster (`infrastructure.type: KubernetesDirect`). */
  public static kubernetes(props: KubernetesInfrastructureProps): StageInfrastructure {
    requireProps(
      props,
      'StageInfrastructure.kubernetes',
      "StageInfrastructure.kubernetes({ connectorRef: 'account.k8s', namespace: 'builds' })",
    );
    return new StageInfrastructure('KubernetesDirect', {
      infrastructure: {
        type: 'KubernetesDirect',
        spec: {
          connectorRef: props.connectorRef,
          namespace: props.namespace,
          serviceAccountName: props.serviceAccountName,
          automountServiceAccountToken: props.automountServiceAccountToken ?? true,
          nodeSelector: props.nodeSelector ? { ...props.nodeSelector } : undefined,
          annotations: props.annotations ? { ...props.annotations } : undefined,
          labels: props.labels ? { ...props.labels } : undefined,
          harnessImageConnectorRef: props.harnessImageConnectorRef,
          os: props.os ?? OperatingSystem.LINUX,
        },
      },
    });
  }

  /** A local Docker runner (`runtime.type: Docker`). */
  public static docker(props: PlatformProps = {}): StageInfrastructure {
    return StageInfrastructure.runtime('Docker', optionalProps(props, 'StageInfrastructure.docker', 'StageInfrastructure.docker()'));
  }

  /** A self-managed VM pool (`infrastructure.type: VM`, `spec.type: Pool`). */
  public static vmPool(props: VmPoolInfrastructureProps): StageInfrastructure {
    requireProps(props, 'StageInfrastructure.vmPool', "StageInfrastructure.vmPool({ poolName: 'linux-pool' })");
    return new StageInfrastructure('VM', {
      infrastructure: {
        type: 'VM',
        spec: {
          type: 'Pool',
          spec: {
            poolName: props.poolName,
            os: props.os ?? OperatingSystem.LINUX,
            harnessImageConnectorRef: props.harnessImageConnectorRef,
          },
        },
      },
    });
  }

  /** A `platform` + `runtime` pair (Harness Cloud, local Docker runner). */
  private static runtime(type: 'Cloud' | 'Docker', props: PlatformProps): StageInfrastructure {
    return new StageInfrastructure(type, {
      platform: { os: props.os ?? OperatingSystem.LINUX, arch: props.arch ?? Architecture.AMD64 },
      runtime: { type, spec: {} },
    });
  }

  private constructor(
    /** The infrastructure kind: Harness Cloud, a Kubernetes cluster, a local Docker runner or a VM pool. */
    public readonly kind: 'Cloud' | 'KubernetesDirect' | 'Docker' | 'VM',
    private readonly keys: Record<string, unknown>,
  ) {}

  /** The stage-spec keys this infrastructure contributes. */
  public toSpecKeys(): Record<string, unknown> {
    return JSON.parse(JSON.stringify(this.keys));
  }
}
