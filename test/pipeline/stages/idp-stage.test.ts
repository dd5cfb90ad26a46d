import { Architecture, OperatingSystem, StageInfrastructure } from '../../../src/pipeline/infrastructure';
import { Pipeline } from '../../../src/pipeline/pipeline';
import { IdpStage } from '../../../src/pipeline/stages/idp-stage';
import { StepGroup } from '../../../src/pipeline/step-group';
import { RunStep } from '../../../src/pipeline/steps/common/run';
import { HarnessApprovalStep } from '../../../src/pipeline/steps/custom/harness-approval';
import { HttpMethod, HttpStep } from '../../../src/pipeline/steps/custom/http';
import { PolicyStep } from '../../../src/pipeline/steps/custom/policy';
import { ShellScriptStep } from '../../../src/pipeline/steps/custom/shell-script';
import { referenceStage } from '../../support/reference-examples';

const run = (id = 'run'): RunStep => new RunStep({ identifier: id, command: 'echo hi' });
const runNode = { step: { type: 'Run', name: 'run', identifier: 'run', spec: { command: 'echo hi' } } };

function pipelineOf(stage: IdpStage): Pipeline {
  return new Pipeline({ identifier: 'p', stages: [stage] });
}

function specOf(stage: IdpStage): any {
  return (pipelineOf(stage).toObject() as any).pipeline.stages[0].stage.spec;
}

describe('IdpStage', () => {
  test('renders the stage envelope and the Harness Cloud spec of the service-onboarding example (cloud by default)', () => {
    const stage = new IdpStage({
      identifier: 'service_onboarding',
      name: 'service onboarding',
      description: '',
      cloneCodebase: false,
      steps: [run()],
    });
    const node = (pipelineOf(stage).toObject() as any).pipeline.stages[0].stage;
    const { execution: refExecution, ...refSpec } = referenceStage('service-onboarding', 'service_onboarding').spec;
    const { execution, ...spec } = node.spec;
    expect(spec).toEqual(refSpec);
    expect(execution).toEqual({ steps: [runNode] });
    expect(refExecution.steps.length).toBeGreaterThan(0);
    expect(node).toEqual({
      name: 'service onboarding',
      identifier: 'service_onboarding',
      description: '',
      type: 'IDP',
      spec: node.spec,
    });
  });

  describe('the four infrastructures render exactly', () => {
    test('Harness Cloud (platform + runtime Cloud)', () => {
      expect(
        specOf(
          new IdpStage({ identifier: 'idp', infrastructure: StageInfrastructure.cloud({ arch: Architecture.ARM64 }), steps: [run()] }),
        ),
      ).toEqual({
        platform: { os: 'Linux', arch: 'Arm64' },
        runtime: { type: 'Cloud', spec: {} },
        execution: { steps: [runNode] },
      });
    });

    test('Kubernetes cluster (infrastructure KubernetesDirect)', () => {
      const infrastructure = StageInfrastructure.kubernetes({
        connectorRef: 'account.k8s_build_cluster',
        namespace: 'idp-builds',
        serviceAccountName: 'builder',
        nodeSelector: { pool: 'build' },
        annotations: { a: 'b' },
        labels: { team: 'platform' },
        automountServiceAccountToken: false,
        harnessImageConnectorRef: 'account.harness_images',
      });
      expect(specOf(new IdpStage({ identifier: 'idp', infrastructure, steps: [run()] }))).toEqual({
        infrastructure: {
          type: 'KubernetesDirect',
          spec: {
            connectorRef: 'account.k8s_build_cluster',
            namespace: 'idp-builds',
            serviceAccountName: 'builder',
            automountServiceAccountToken: false,
            nodeSelector: { pool: 'build' },
            annotations: { a: 'b' },
            labels: { team: 'platform' },
            harnessImageConnectorRef: 'account.harness_images',
            os: 'Linux',
          },
        },
        execution: { steps: [runNode] },
      });
    });

    test('local Docker runner (platform + runtime Docker)', () => {
      expect(
        specOf(
          new IdpStage({ identifier: 'idp', infrastructure: StageInfrastructure.docker({ os: OperatingSystem.MACOS }), steps: [run()] }),
        ),
      ).toEqual({
        platform: { os: 'MacOS', arch: 'Amd64' },
        runtime: { type: 'Docker', spec: {} },
        execution: { steps: [runNode] },
      });
    });

    test('VM pool (infrastructure VM, spec type Pool)', () => {
      expect(
        specOf(new IdpStage({ identifier: 'idp', infrastructure: StageInfrastructure.vmPool({ poolName: 'linux-pool' }), steps: [run()] })),
      ).toEqual({
        infrastructure: { type: 'VM', spec: { type: 'Pool', spec: { poolName: 'linux-pool', os: 'Linux' } } },
        execution: { steps: [runNode] },
      });
    });

    test.each([
      ['cloud', StageInfrastructure.cloud()],
      ['kubernetes', StageInfrastructure.kubernetes({ connectorRef: 'account.k8s', namespace: 'ns' })],
      ['docker', StageInfrastructure.docker()],
      ['vm pool', StageInfrastructure.vmPool({ poolName: 'pool', harnessImageConnectorRef: 'account.img' })],
    ])('%s validates against the Harness schema', (_name, infrastructure) => {
      expect(pipelineOf(new IdpStage({ identifier: 'idp', infrastructure, steps: [run()] }))).toBeValidHarnessPipeline();
    });
  });

  test('renders shared paths', () => {
    expect(specOf(new IdpStage({ identifier: 'idp', sharedPaths: ['/harness/shared'], steps: [run()] })).sharedPaths).toEqual([
      '/harness/shared',
    ]);
  });

  test('accepts Run and Policy steps', () => {
    expect(
      () =>
        new IdpStage({
          identifier: 'idp',
          steps: [run(), new PolicyStep({ identifier: 'opa', policySets: ['account.x'], payload: '{}' })],
        }),
    ).not.toThrow();
  });

  describe('rules', () => {
    test('no looping strategy', () => {
      expect(() => new IdpStage({ identifier: 'idp', strategy: { matrix: { region: ['eu', 'us'] } } })).toThrow(
        /stage 'idp': strategy: looping strategies \(matrix, parallelism, repeat\) are not supported for the IDP stage. Fix: remove the strategy, or run the loop in a Custom stage/,
      );
      expect(() => new IdpStage({ identifier: 'idp', strategy: { parallelism: 2 } })).toThrow(/looping strategies/);
    });

    test('no stage-level clone', () => {
      expect(() => new IdpStage({ identifier: 'idp', cloneCodebase: true })).toThrow(
        /stage 'idp': cloneCodebase: Clone Codebase is not supported at the stage level for the IDP stage. Fix: remove cloneCodebase and add a GitClone step/,
      );
    });

    test('no Http, HarnessApproval or ShellScript steps', () => {
      const approval = new HarnessApprovalStep({ identifier: 'a', approvalMessage: 'Go?', approvers: { userGroups: ['account.x'] } });
      const http = new HttpStep({ identifier: 'h', url: 'https://x.io', method: HttpMethod.GET });
      const shell = new ShellScriptStep({ identifier: 's', script: 'echo' });
      for (const [step, type] of [
        [approval, 'HarnessApproval'],
        [http, 'Http'],
        [shell, 'ShellScript'],
      ] as const) {
        expect(() => new IdpStage({ identifier: 'idp' }).addStep(step)).toThrow(
          new RegExp(
            `step '${step.identifier}': type: step type '${type}' is not allowed in an IDP stage .*\\(e.g. a Custom stage before or after the IDP stage\\)`,
          ),
        );
      }
    });

    test('no step groups', () => {
      expect(() => new IdpStage({ identifier: 'idp', steps: [new StepGroup({ identifier: 'g', steps: [run()] })] })).toThrow(
        /stage 'idp' > stepGroup 'g': stepGroup: step groups are not allowed in an IDP stage/,
      );
    });

    test("IDP stage names have no '.' and start with a letter or _", () => {
      expect(() => new IdpStage({ identifier: 'idp', name: 'v1.2 onboarding' })).toThrow(
        /stage 'idp': name: 'v1.2 onboarding' is not a valid name \(IDP stage names may contain letters, digits, _, - and spaces \(no '.'\)/,
      );
      expect(() => new IdpStage({ identifier: 'idp', name: '1 onboarding' })).toThrow(/is not a valid name/);
      expect(() => new IdpStage({ identifier: 'idp', name: 'service onboarding-2' })).not.toThrow();
    });
  });
});
