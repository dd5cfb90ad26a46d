import { Expr } from '../../../../src/core/expr';
import { RuntimeInput } from '../../../../src/core/runtime-input';
import { checkDockerBuildOptions, renderDockerBuildOptions } from '../../../../src/pipeline/steps/ci/build-options';
import { thrownMessage } from '../support';

describe('Docker build options', () => {
  test('render only what is given, in the schema order', () => {
    expect(renderDockerBuildOptions({ tags: ['latest'] }, 'w')).toEqual({ tags: ['latest'] });
    const all = renderDockerBuildOptions(
      {
        tags: RuntimeInput.create(),
        caching: true,
        dockerfile: 'docker/Dockerfile',
        context: 'app',
        target: 'runtime',
        labels: { team: 'payments' },
        buildArgs: { VERSION: '1.2' },
        envVariables: { PLUGIN_SKIP_TLS_VERIFY: 'true' },
        optimize: true,
        cacheFrom: ['my/cache:latest'],
        cacheTo: 'type=inline',
        baseImageConnectorRefs: ['account.dockerhub'],
        runAsUser: 0,
        resources: { limits: { memory: '2Gi' } },
      },
      'w',
    );
    expect(Object.keys(all)).toEqual([
      'tags',
      'caching',
      'dockerfile',
      'context',
      'target',
      'labels',
      'buildArgs',
      'envVariables',
      'optimize',
      'cacheFrom',
      'cacheTo',
      'baseImageConnectorRefs',
      'runAsUser',
      'resources',
    ]);
    expect(all.resources).toEqual({ limits: { memory: '2Gi' } });
  });

  test('at least one tag, each a Docker tag; runAsUser a user ID', () => {
    expect(() => checkDockerBuildOptions({ tags: [Expr.raw('<+pipeline.sequenceId>'), 'v1.2.3'] }, 'w')).not.toThrow();
    expect(thrownMessage(() => checkDockerBuildOptions({ tags: [] }, 'w'))).toBe(
      "w: spec.tags: is empty. Fix: give at least one tag, e.g. Expr.raw('<+pipeline.sequenceId>')",
    );
    expect(thrownMessage(() => checkDockerBuildOptions({ tags: ['-bad'] }, 'w'))).toBe(
      "w: spec.tags[0]: '-bad' is not a Docker tag. Fix: use letters, digits, _, . and -, at most 128 characters, not starting with . or -",
    );
    expect(thrownMessage(() => checkDockerBuildOptions({ tags: ['x'], runAsUser: -1 }, 'w'))).toBe(
      'w: spec.runAsUser: -1 is not a user ID. Fix: give a whole number of 0 or more (0 is root), or an expression',
    );
    expect(thrownMessage(() => checkDockerBuildOptions({ tags: ['x'], buildArgs: { '': 'v' } }, 'w'))).toBe(
      'w: spec.buildArgs: has an empty key. Fix: give every entry a name',
    );
  });
});
