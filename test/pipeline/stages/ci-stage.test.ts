import { RuntimeInput } from '../../../src/core/runtime-input';
import { Architecture, OperatingSystem, StageInfrastructure } from '../../../src/pipeline/infrastructure';
import { Pipeline } from '../../../src/pipeline/pipeline';
import { CachePolicy, CiStage } from '../../../src/pipeline/stages/ci-stage';
import { GitCloneBuild } from '../../../src/pipeline/steps/common/git-clone-build';
import { StepGroup } from '../../../src/pipeline/step-group';
import { RunStep } from '../../../src/pipeline/steps/common/run';
import { ShellScriptStep } from '../../../src/pipeline/steps/custom/shell-script';

function stageNode(stage: CiStage): any {
  return (new Pipeline({ identifier: 'p', stages: [stage] }).toObject() as any).pipeline.stages[0].stage;
}

const run = (): RunStep => new RunStep({ identifier: 'build', command: 'make' });

describe('CiStage', () => {
  test('renders a codebase-disabled Build stage on Harness Cloud', () => {
    expect(stageNode(new CiStage({ identifier: 'build', cloneCodebase: false, steps: [run()] }))).toEqual({
      name: 'build',
      identifier: 'build',
      type: 'CI',
      spec: {
        cloneCodebase: false,
        platform: { os: 'Linux', arch: 'Amd64' },
        runtime: { type: 'Cloud', spec: {} },
        execution: {
          steps: [{ step: { type: 'Run', name: 'build', identifier: 'build', spec: { command: 'make' } } }],
        },
      },
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
      platform: { os: 'Linux', arch: 'Arm64' },
      runtime: { type: 'Docker', spec: {} },
      sharedPaths: ['/cache'],
      execution: { steps: [{ stepGroup: expect.objectContaining({ identifier: 'g' }) }] },
    });
  });

  test('renders no cloneCodebase unless given', () => {
    expect(stageNode(new CiStage({ identifier: 'build', steps: [run()] })).spec).not.toHaveProperty('cloneCodebase');
  });

  test('clones the pipeline codebase when cloneCodebase is true and the pipeline declares one', () => {
    const p = new Pipeline({
      identifier: 'p',
      properties: { ci: { codebase: { connectorRef: 'account.github_org', repoName: 'payments', build: GitCloneBuild.branch('main') } } },
      stages: [new CiStage({ identifier: 'build', cloneCodebase: true, steps: [run()] })],
    });
    const doc = (p.toObject() as any).pipeline;
    expect(doc.properties).toEqual({
      ci: { codebase: { connectorRef: 'account.github_org', repoName: 'payments', build: { type: 'branch', spec: { branch: 'main' } } } },
    });
    expect(doc.stages[0].stage.spec.cloneCodebase).toBe(true);
    expect(p).toBeValidHarnessPipeline();
  });

  test('cloneCodebase: true without a pipeline codebase is a problem', () => {
    const p = new Pipeline({ identifier: 'p', stages: [new CiStage({ identifier: 'build', cloneCodebase: true, steps: [run()] })] });
    expect(p.validate().map((x) => `${x.path}: ${x.field}: ${x.problem}. Fix: ${x.fix}`)).toEqual([
      "pipeline 'p' > stage 'build': spec.cloneCodebase: clones the codebase, but pipeline 'p' declares none (properties.ci.codebase). Fix: declare it: new Pipeline({ properties: { ci: { codebase: { connectorRef, build: GitCloneBuild.branch('main') } } } }), or set cloneCodebase: false and clone with a GitClone step",
    ]);
  });

  test('renders Cache Intelligence (caching) as given', () => {
    const caching = {
      enabled: true,
      paths: ['/root/.m2'],
      key: 'maven-<+pipeline.sequenceId>',
      policy: CachePolicy.PULL_PUSH,
      override: false,
    };
    const stage = new CiStage({ identifier: 'build', cloneCodebase: false, caching, steps: [run()] });
    const p = new Pipeline({ identifier: 'p', stages: [stage] });
    expect((p.toObject() as any).pipeline.stages[0].stage.spec.caching).toEqual({
      enabled: true,
      key: 'maven-<+pipeline.sequenceId>',
      override: false,
      paths: ['/root/.m2'],
      policy: 'pull-push',
    });
    expect(p).toBeValidHarnessPipeline();
    expect(stageNode(new CiStage({ identifier: 'b', caching: { enabled: RuntimeInput.create() }, steps: [run()] })).spec.caching).toEqual({
      enabled: '<+input>',
    });
  });

  test('rejects a cache policy the schema does not know', () => {
    expect(() => new CiStage({ identifier: 'build', caching: { policy: 'pull_push' as CachePolicy } })).toThrow(
      "stage 'build': spec.caching.policy: 'pull_push' is not a cache policy. Fix: use one of pull, push, pull-push",
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
