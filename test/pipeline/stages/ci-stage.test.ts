import { Architecture, OperatingSystem, StageInfrastructure } from '../../../src/pipeline/infrastructure';
import { Pipeline } from '../../../src/pipeline/pipeline';
import { CiStage } from '../../../src/pipeline/stages/ci-stage';
import { StepGroup } from '../../../src/pipeline/step-group';
import { RunStep } from '../../../src/pipeline/steps/common/run';
import { ShellScriptStep } from '../../../src/pipeline/steps/custom/shell-script';

function stageNode(stage: CiStage): any {
  return (new Pipeline({ identifier: 'p', stages: [stage] }).toObject() as any).pipeline.stages[0].stage;
}

const run = (): RunStep => new RunStep({ identifier: 'build', command: 'make' });

describe('CiStage', () => {
  test('renders a codebase-disabled Build stage on Harness Cloud', () => {
    expect(stageNode(new CiStage({ identifier: 'build', steps: [run()] }))).toEqual({
      name: 'build',
      identifier: 'build',
      description: '',
      type: 'CI',
      spec: {
        cloneCodebase: false,
        platform: { os: 'Linux', arch: 'Amd64' },
        runtime: { type: 'Cloud', spec: {} },
        execution: {
          steps: [{ step: { type: 'Run', name: 'build', identifier: 'build', timeout: '10m', spec: { shell: 'Sh', command: 'make' } } }],
        },
      },
      tags: {},
    });
  });

  test('other infrastructures, shared paths and step groups', () => {
    const stage = new CiStage({
      identifier: 'build',
      infrastructure: StageInfrastructure.docker({ os: OperatingSystem.LINUX, arch: Architecture.ARM64 }),
      sharedPaths: ['/cache'],
      steps: [new StepGroup({ identifier: 'g', steps: [run()] })],
    });
    const spec = stageNode(stage).spec;
    expect(spec).toEqual({
      cloneCodebase: false,
      platform: { os: 'Linux', arch: 'Arm64' },
      runtime: { type: 'Docker', spec: {} },
      sharedPaths: ['/cache'],
      execution: { steps: [{ stepGroup: expect.objectContaining({ identifier: 'g' }) }] },
    });
  });

  test('cloneCodebase must stay false', () => {
    expect(() => new CiStage({ identifier: 'build', cloneCodebase: true })).toThrow(
      /stage 'build': cloneCodebase: a workflow can only trigger a codebase-disabled Build stage. Fix: remove cloneCodebase and clone the repository with a GitClone step/,
    );
  });

  test('takes Run steps but not ShellScript steps', () => {
    expect(() => new CiStage({ identifier: 'build', steps: [new ShellScriptStep({ identifier: 's', script: 'x' })] })).toThrow(
      /step type 'ShellScript' is not allowed in a CI stage/,
    );
  });

  test('validates against the Harness schema', () => {
    expect(new Pipeline({ identifier: 'p', stages: [new CiStage({ identifier: 'build', steps: [run()] })] })).toBeValidHarnessPipeline();
  });
});
