import { renderContainerResources } from '../../../../src/pipeline/steps/common/container-resources';
import { GitCloneBuild } from '../../../../src/pipeline/steps/common/git-clone-build';
import { GitCloneStep } from '../../../../src/pipeline/steps/common/git-clone';
import { renderInIdpStage } from '../support';

describe('renderContainerResources', () => {
  test('undefined renders nothing', () => {
    expect(renderContainerResources(undefined, 'w')).toBeUndefined();
  });

  test('renders limits and requests (ContainerResource: limits/requests with cpu and memory)', () => {
    expect(renderContainerResources({ limits: { cpu: '1', memory: '1Gi' }, requests: { memory: '500Mi' } }, 'w')).toEqual({
      limits: { cpu: '1', memory: '1Gi' },
      requests: { memory: '500Mi' },
    });
  });

  test('a step renders spec.resources in a pipeline', () => {
    const step = new GitCloneStep({ identifier: 'clone', build: GitCloneBuild.branch('main'), resources: { limits: { cpu: 0.5 } } });
    expect(renderInIdpStage([step]).steps[0].spec.resources).toEqual({ limits: { cpu: 0.5 } });
  });

  test('rejects an empty block (the schema needs limits or requests)', () => {
    expect(() => renderContainerResources({}, "step 's'")).toThrow(
      "step 's': spec.resources: sets neither limits nor requests. Fix: set limits (e.g. { memory: '500Mi', cpu: '0.5' }) or requests, or leave resources out",
    );
  });

  test('rejects limits without cpu or memory', () => {
    expect(() => renderContainerResources({ limits: {} }, "step 's'")).toThrow(
      /spec\.resources\.limits: sets neither cpu nor memory\. Fix: set cpu and\/or memory, or leave limits out/,
    );
  });
});

describe('ContainerResources schema', () => {
  test('limits and requests validate against the Harness pipeline schema (common/ContainerResource)', () => {
    const steps = [
      new GitCloneStep({
        identifier: 'a',
        repoName: 'r',
        build: GitCloneBuild.branch('main'),
        resources: { limits: { cpu: 0.5, memory: '500Mi' } },
      }),
      new GitCloneStep({
        identifier: 'b',
        repoName: 'r',
        build: GitCloneBuild.branch('main'),
        resources: { requests: { cpu: '1' }, limits: { memory: '1Gi' } },
      }),
    ];
    expect(renderInIdpStage(steps).pipeline).toBeValidHarnessPipeline();
  });
});
