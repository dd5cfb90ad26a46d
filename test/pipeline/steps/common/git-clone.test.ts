import { StageStatus } from '../../../../src/pipeline/condition';
import { Expr } from '../../../../src/core/expr';
import { RuntimeInput } from '../../../../src/core/runtime-input';
import { Pipeline } from '../../../../src/pipeline/pipeline';
import { CustomStage } from '../../../../src/pipeline/stages/custom-stage';
import { GitCloneStep, SubmoduleStrategy } from '../../../../src/pipeline/steps/common/git-clone';
import { GitCloneBuild } from '../../../../src/pipeline/steps/common/git-clone-build';
import { PipelineVariable } from '../../../../src/pipeline/variable';
import { renderAlone, renderInIdpStage } from '../support';

describe('GitCloneStep', () => {
  test('renders the private-template clone of the service-onboarding example in an IDP stage, field by field', () => {
    const templateType = PipelineVariable.string('template_type');
    const repo = PipelineVariable.string('private_template_repo');
    const step = new GitCloneStep({
      identifier: 'clone_template',
      name: 'Clone private template',
      timeout: '10m',
      when: { stageStatus: StageStatus.SUCCESS, condition: Expr.equals(templateType, 'private') },
      connectorRef: 'account.github_org_connector',
      repoName: repo,
      cloneDirectory: '/harness/cookiecutter-template',
      build: GitCloneBuild.branch('main'),
    });
    const { steps } = renderInIdpStage([step], { variables: [templateType, repo] });
    const node = steps[0];
    expect(node.type).toBe('GitClone');
    expect(node.name).toBe('Clone private template');
    expect(node.identifier).toBe('clone_template');
    expect(node.timeout).toBe('10m');
    expect(node.when).toEqual({ stageStatus: 'Success', condition: '<+pipeline.variables.template_type> == "private"' });
    expect(node.spec).toEqual({
      connectorRef: 'account.github_org_connector',
      repoName: '<+pipeline.variables.private_template_repo>',
      cloneDirectory: '/harness/cookiecutter-template',
      build: { type: 'branch', spec: { branch: 'main' } },
    });
  });

  test('renders every optional field under its GitCloneStepInfo name', () => {
    const node = renderAlone(
      new GitCloneStep({
        identifier: 'clone',
        connectorRef: 'account.azure',
        repoName: 'svc',
        projectName: 'proj',
        cloneDirectory: 'src',
        build: GitCloneBuild.tag('v1'),
        depth: 0,
        sslVerify: false,
        lfs: true,
        fetchTags: true,
        debug: true,
        sparseCheckout: ['docs', 'src/app'],
        submoduleStrategy: SubmoduleStrategy.RECURSIVE,
        preFetchCommand: 'git config --global core.longpaths true',
        outputFilePathsContent: ['VERSION'],
        privileged: false,
        runAsUser: 1000,
        resources: { limits: { memory: '1Gi' } },
      }),
    );
    expect(node.spec).toEqual({
      connectorRef: 'account.azure',
      repoName: 'svc',
      projectName: 'proj',
      cloneDirectory: 'src',
      build: { type: 'tag', spec: { tag: 'v1' } },
      depth: 0,
      sslVerify: false,
      lfs: true,
      fetchTags: true,
      debug: true,
      sparseCheckout: ['docs', 'src/app'],
      submoduleStrategy: 'recursive',
      preFetchCommand: 'git config --global core.longpaths true',
      outputFilePathsContent: ['VERSION'],
      privileged: false,
      runAsUser: 1000,
      resources: { limits: { memory: '1Gi' } },
    });
  });

  test('build, depth and flags accept runtime inputs (the schema allows <+input> there)', () => {
    const node = renderAlone(
      new GitCloneStep({
        identifier: 'clone',
        build: RuntimeInput.create(),
        depth: RuntimeInput.create().default(1),
        lfs: RuntimeInput.create(),
        sparseCheckout: RuntimeInput.create(),
        submoduleStrategy: RuntimeInput.create(),
      }),
    );
    expect(node.spec).toEqual({
      build: '<+input>',
      depth: '<+input>.default(1)',
      lfs: '<+input>',
      sparseCheckout: '<+input>',
      submoduleStrategy: '<+input>',
    });
  });

  test('exposes cloneDirectory', () => {
    expect(
      new GitCloneStep({ identifier: 'clone', build: GitCloneBuild.branch('main'), cloneDirectory: '/harness/t' }).cloneDirectory,
    ).toBe('/harness/t');
  });

  test('is allowed in a Custom stage', () => {
    const step = new GitCloneStep({ identifier: 'clone', build: GitCloneBuild.branch('main') });
    const doc = new Pipeline({ identifier: 'p' }).addStage(new CustomStage({ identifier: 'c', steps: [step] })).toObject() as any;
    expect(doc.pipeline.stages[0].stage.spec.execution.steps[0].step.type).toBe('GitClone');
  });

  test('rejects a missing build', () => {
    expect(() => new GitCloneStep({ identifier: 'clone', build: undefined as any })).toThrow(
      /step 'clone': spec\.build: is required and must be a GitCloneBuild or a runtime input\. Fix: pass e\.g\. GitCloneBuild\.branch\('main'\)/,
    );
  });

  test('rejects a build given as a plain object', () => {
    expect(() => new GitCloneStep({ identifier: 'clone', build: { type: 'branch', spec: { branch: 'main' } } as any })).toThrow(
      /spec\.build: is required and must be a GitCloneBuild or a runtime input/,
    );
  });

  test('rejects a negative or fractional depth', () => {
    expect(() => new GitCloneStep({ identifier: 'clone', build: GitCloneBuild.branch('main'), depth: -1 })).toThrow(
      "step 'clone': spec.depth: -1 is not a clone depth. Fix: pass a whole number of commits (0 for the full history) or a runtime input",
    );
    expect(() => new GitCloneStep({ identifier: 'clone', build: GitCloneBuild.branch('main'), depth: 2.5 })).toThrow(
      /spec\.depth: 2\.5 is not a clone depth/,
    );
  });

  test('rejects an empty resources block', () => {
    expect(() => new GitCloneStep({ identifier: 'clone', build: GitCloneBuild.branch('main'), resources: {} })).toThrow(
      /spec\.resources: sets neither limits nor requests/,
    );
  });
});

describe('GitCloneStep schema', () => {
  test('clones with every build type and option validate against the Harness pipeline schema', () => {
    const steps = [
      new GitCloneStep({
        identifier: 'by_branch',
        connectorRef: 'account.gh',
        repoName: 'a',
        cloneDirectory: '/harness/a',
        build: GitCloneBuild.branch('main'),
        depth: 1,
      }),
      new GitCloneStep({
        identifier: 'by_tag',
        repoName: 'b',
        build: GitCloneBuild.tag('v1'),
        sslVerify: false,
        lfs: true,
        fetchTags: true,
        debug: true,
        privileged: false,
      }),
      new GitCloneStep({
        identifier: 'by_pr',
        repoName: 'c',
        build: GitCloneBuild.pullRequest(42),
        sparseCheckout: ['docs'],
        submoduleStrategy: SubmoduleStrategy.RECURSIVE,
      }),
      new GitCloneStep({
        identifier: 'by_sha',
        repoName: 'd',
        build: GitCloneBuild.commitSha('3f2a9c1'),
        preFetchCommand: 'true',
        outputFilePathsContent: ['VERSION'],
        runAsUser: 1000,
        resources: { limits: { memory: '1Gi', cpu: '1' } },
      }),
      new GitCloneStep({
        identifier: 'at_runtime',
        repoName: 'e',
        build: RuntimeInput.create(),
        depth: RuntimeInput.create(),
        lfs: RuntimeInput.create(),
      }),
    ];
    expect(renderInIdpStage(steps).pipeline).toBeValidHarnessPipeline();
  });
});
