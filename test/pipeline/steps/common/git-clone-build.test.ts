import { RuntimeInput } from '../../../../src/core/runtime-input';
import { GitCloneBuild, GitCloneBuildType } from '../../../../src/pipeline/steps/common/git-clone-build';
import { PipelineVariable } from '../../../../src/pipeline/variable';
import { GitCloneStep } from '../../../../src/pipeline/steps/common/git-clone';
import { renderInIdpStage } from '../support';

describe('GitCloneBuild', () => {
  test('branch → { type: branch, spec: { branch } } (BranchBuildSpec)', () => {
    expect(GitCloneBuild.branch('main').toObject()).toEqual({ type: 'branch', spec: { branch: 'main' } });
  });

  test('tag → { type: tag, spec: { tag } } (TagBuildSpec)', () => {
    expect(GitCloneBuild.tag('v1.2.0').toObject()).toEqual({ type: 'tag', spec: { tag: 'v1.2.0' } });
  });

  test('pull request → { type: PR, spec: { number } } with the number as a string (PRBuildSpec.number is a string)', () => {
    expect(GitCloneBuild.pullRequest(42).toObject()).toEqual({ type: 'PR', spec: { number: '42' } });
    expect(GitCloneBuild.pullRequest('7').toObject()).toEqual({ type: 'PR', spec: { number: '7' } });
  });

  test('commit → { type: commitSha, spec: { commitSha } } (CommitShaBuildSpec)', () => {
    expect(GitCloneBuild.commitSha('3f2a9c1').toObject()).toEqual({ type: 'commitSha', spec: { commitSha: '3f2a9c1' } });
  });

  test('expressions are accepted for every kind', () => {
    const v = PipelineVariable.string('ref');
    expect(GitCloneBuild.branch(v).value).toBe(v);
    expect(GitCloneBuild.pullRequest(RuntimeInput.create()).type).toBe(GitCloneBuildType.PULL_REQUEST);
    expect(GitCloneBuild.commitSha(`${v}`).type).toBe(GitCloneBuildType.COMMIT_SHA);
  });

  test('rejects an empty branch', () => {
    expect(() => GitCloneBuild.branch('')).toThrow(/GitCloneBuild\.branch\(\): build\.spec\.branch: is empty\. Fix: pass a branch name/);
  });

  test('rejects an empty tag', () => {
    expect(() => GitCloneBuild.tag(' ')).toThrow(/GitCloneBuild\.tag\(\): build\.spec\.tag: is empty/);
  });

  test('rejects a pull request number that is not a positive whole number', () => {
    expect(() => GitCloneBuild.pullRequest(0)).toThrow(
      'GitCloneBuild.pullRequest(): build.spec.number: 0 is not a pull request number. Fix: pass a positive whole number',
    );
    expect(() => GitCloneBuild.pullRequest(1.5)).toThrow(/1\.5 is not a pull request number/);
    expect(() => GitCloneBuild.pullRequest('#12')).toThrow(/'#12' is not a pull request number/);
  });

  test('rejects a commit SHA that is not hex', () => {
    expect(() => GitCloneBuild.commitSha('main')).toThrow(
      "GitCloneBuild.commitSha(): build.spec.commitSha: 'main' is not a commit SHA. Fix: pass 7 to 64 hexadecimal digits, e.g. '3f2a9c1'",
    );
  });
});

describe('GitCloneBuild schema', () => {
  test('each build type validates against the Harness pipeline schema (steps/ci/Build)', () => {
    const builds = [
      GitCloneBuild.branch('main'),
      GitCloneBuild.tag('v1'),
      GitCloneBuild.pullRequest(7),
      GitCloneBuild.commitSha('3f2a9c1'),
    ];
    const steps = builds.map((build, i) => new GitCloneStep({ identifier: `clone_${i}`, repoName: 'r', build }));
    expect(renderInIdpStage(steps).pipeline).toBeValidHarnessPipeline();
  });
});
