import { RuntimeInput } from '../../src/core/runtime-input';
import { type CiCodebase, PrCloneStrategy } from '../../src/pipeline/ci-codebase';
import { Pipeline } from '../../src/pipeline/pipeline';
import { CiStage } from '../../src/pipeline/stages/ci-stage';
import { RunStep } from '../../src/pipeline/steps/common/run';
import { GitCloneBuild } from '../../src/pipeline/steps/common/git-clone-build';
import { thrownMessage } from './steps/support';

const build = () =>
  new CiStage({ identifier: 'build', cloneCodebase: true, steps: [new RunStep({ identifier: 'make', command: 'make' })] });
const withCodebase = (codebase: CiCodebase) => new Pipeline({ identifier: 'p', properties: { ci: { codebase } }, stages: [build()] });

describe('pipeline properties.ci.codebase', () => {
  test('renders the codebase as given, in schema order: connector, repository, build, depth, TLS check, PR strategy', () => {
    const p = withCodebase({
      connectorRef: 'account.github_org',
      repoName: 'payments',
      build: GitCloneBuild.pullRequest(42),
      depth: 0,
      sslVerify: true,
      prCloneStrategy: PrCloneStrategy.SOURCE_BRANCH,
    });
    expect((p.toObject() as any).pipeline.properties).toEqual({
      ci: {
        codebase: {
          connectorRef: 'account.github_org',
          repoName: 'payments',
          build: { type: 'PR', spec: { number: '42' } },
          depth: 0,
          sslVerify: true,
          prCloneStrategy: 'SourceBranch',
        },
      },
    });
    expect(p).toBeValidHarnessPipeline();
  });

  test('the build may be chosen per run (build: <+input>), as Pipeline Studio writes it', () => {
    const p = withCodebase({ connectorRef: 'account.github_org', build: RuntimeInput.create() });
    expect((p.toObject() as any).pipeline.properties.ci.codebase).toEqual({ connectorRef: 'account.github_org', build: '<+input>' });
    expect(p).toBeValidHarnessPipeline();
  });

  test('rules: connector and build are required; depth and PR strategy are checked', () => {
    expect(thrownMessage(() => withCodebase({ connectorRef: '', build: GitCloneBuild.branch('main') }))).toBe(
      "pipeline 'p': properties.ci.codebase.connectorRef: is empty. Fix: pass the code repository connector, e.g. 'account.github_org'",
    );
    expect(thrownMessage(() => withCodebase({ connectorRef: 'c', build: undefined as unknown as GitCloneBuild }))).toBe(
      "pipeline 'p': properties.ci.codebase.build: is required (the schema requires the codebase build). Fix: pass GitCloneBuild.branch('main') (or tag, pullRequest, commitSha), or RuntimeInput.create() to choose per run",
    );
    expect(thrownMessage(() => withCodebase({ connectorRef: 'c', build: 'main' as unknown as GitCloneBuild }))).toBe(
      "pipeline 'p': properties.ci.codebase.build: expects a GitCloneBuild or a RuntimeInput. Fix: pass GitCloneBuild.branch('main') (or tag, pullRequest, commitSha), or RuntimeInput.create() to choose per run",
    );
    expect(thrownMessage(() => withCodebase({ connectorRef: 'c', repoName: ' ', build: GitCloneBuild.branch('main') }))).toBe(
      "pipeline 'p': properties.ci.codebase.repoName: is empty. Fix: pass the repository name",
    );
    expect(thrownMessage(() => withCodebase({ connectorRef: 'c', build: GitCloneBuild.branch('main'), depth: 1.5 }))).toBe(
      "pipeline 'p': properties.ci.codebase.depth: 1.5 is not a clone depth. Fix: pass a whole number, 0 for the full history",
    );
    const strategy = 'Merge' as PrCloneStrategy;
    expect(thrownMessage(() => withCodebase({ connectorRef: 'c', build: GitCloneBuild.branch('main'), prCloneStrategy: strategy }))).toBe(
      "pipeline 'p': properties.ci.codebase.prCloneStrategy: 'Merge' is not a clone strategy. Fix: use one of MergeCommit, SourceBranch",
    );
  });
});
