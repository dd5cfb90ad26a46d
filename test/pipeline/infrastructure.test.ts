import { Architecture, OperatingSystem, StageInfrastructure } from '../../src/pipeline/infrastructure';
import { Pipeline } from '../../src/pipeline/pipeline';
import { IdpStage } from '../../src/pipeline/stages/idp-stage';
import { RunStep } from '../../src/pipeline/steps/common/run';

/** The infrastructure in an IDP stage, validated against the schema (IDPStageConfigImpl). */
function inIdpStage(infrastructure: StageInfrastructure): Pipeline {
  return new Pipeline({ identifier: 'p' }).addStage(
    new IdpStage({ identifier: 'idp', infrastructure, steps: [new RunStep({ identifier: 'a', command: 'echo', image: 'alpine' })] }),
  );
}

describe('StageInfrastructure', () => {
  test('Harness Cloud: platform + runtime (as in the service-onboarding example)', () => {
    const infra = StageInfrastructure.cloud();
    expect(infra.kind).toBe('Cloud');
    expect(infra.toSpecKeys()).toEqual({ platform: { os: 'Linux', arch: 'Amd64' }, runtime: { type: 'Cloud', spec: {} } });
    expect(StageInfrastructure.cloud({ os: OperatingSystem.MACOS, arch: Architecture.ARM64 }).toSpecKeys().platform).toEqual({
      os: 'MacOS',
      arch: 'Arm64',
    });
    expect(inIdpStage(infra)).toBeValidHarnessPipeline();
  });

  test('Kubernetes: infrastructure KubernetesDirect with the K8sDirectInfraYamlSpec fields', () => {
    const minimal = StageInfrastructure.kubernetes({ connectorRef: 'account.k8s', namespace: 'idp' });
    expect(minimal.kind).toBe('KubernetesDirect');
    expect(minimal.toSpecKeys()).toEqual({
      infrastructure: {
        type: 'KubernetesDirect',
        spec: { connectorRef: 'account.k8s', namespace: 'idp', automountServiceAccountToken: true, os: 'Linux' },
      },
    });
    const full = StageInfrastructure.kubernetes({
      connectorRef: 'account.k8s',
      namespace: 'idp',
      serviceAccountName: 'builder',
      os: OperatingSystem.LINUX,
      nodeSelector: { pool: 'builds' },
      annotations: { a: 'b' },
      labels: { team: 'platform' },
      automountServiceAccountToken: false,
      harnessImageConnectorRef: 'account.harness_image',
    });
    expect(full.toSpecKeys()).toEqual({
      infrastructure: {
        type: 'KubernetesDirect',
        spec: {
          connectorRef: 'account.k8s',
          namespace: 'idp',
          serviceAccountName: 'builder',
          automountServiceAccountToken: false,
          nodeSelector: { pool: 'builds' },
          annotations: { a: 'b' },
          labels: { team: 'platform' },
          harnessImageConnectorRef: 'account.harness_image',
          os: 'Linux',
        },
      },
    });
    expect(inIdpStage(minimal)).toBeValidHarnessPipeline();
    expect(inIdpStage(full)).toBeValidHarnessPipeline();
  });

  test('local Docker runner: platform + runtime Docker', () => {
    const infra = StageInfrastructure.docker({ arch: Architecture.ARM64 });
    expect(infra.kind).toBe('Docker');
    expect(infra.toSpecKeys()).toEqual({ platform: { os: 'Linux', arch: 'Arm64' }, runtime: { type: 'Docker', spec: {} } });
    expect(inIdpStage(infra)).toBeValidHarnessPipeline();
  });

  test('self-managed VM pool: infrastructure VM / Pool', () => {
    const infra = StageInfrastructure.vmPool({ poolName: 'linux-amd64', harnessImageConnectorRef: 'account.img' });
    expect(infra.kind).toBe('VM');
    expect(infra.toSpecKeys()).toEqual({
      infrastructure: {
        type: 'VM',
        spec: { type: 'Pool', spec: { poolName: 'linux-amd64', os: 'Linux', harnessImageConnectorRef: 'account.img' } },
      },
    });
    expect(inIdpStage(infra)).toBeValidHarnessPipeline();
  });

  test('toSpecKeys returns a fresh copy each time', () => {
    const infra = StageInfrastructure.kubernetes({ connectorRef: 'account.k8s', namespace: 'idp', labels: { a: 'b' } });
    const first = infra.toSpecKeys() as { infrastructure: { spec: { labels: Record<string, string> } } };
    first.infrastructure.spec.labels.a = 'changed';
    expect(infra.toSpecKeys()).toEqual(
      expect.objectContaining({ infrastructure: expect.objectContaining({ spec: expect.objectContaining({ labels: { a: 'b' } }) }) }),
    );
  });

  test('enum literals are the schema ones (Platform.os / Platform.arch)', () => {
    expect(Object.values(OperatingSystem)).toEqual(['Linux', 'MacOS', 'Windows']);
    expect(Object.values(Architecture)).toEqual(['Amd64', 'Arm64']);
  });
});
