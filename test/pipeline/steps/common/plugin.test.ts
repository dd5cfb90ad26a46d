import { Expr } from '../../../../src/core/expr';
import { SecretRef } from '../../../../src/core/secret-ref';
import { Pipeline } from '../../../../src/pipeline/pipeline';
import { CustomStage } from '../../../../src/pipeline/stages/custom-stage';
import { ImagePullPolicy, PluginStep } from '../../../../src/pipeline/steps/common/plugin';
import { PipelineVariable } from '../../../../src/pipeline/variable';
import { renderAlone, renderInIdpStage } from '../support';

describe('PluginStep', () => {
  test('renders an image plugin in an IDP stage, field by field', () => {
    const bucket = PipelineVariable.string('bucket');
    const step = new PluginStep({
      identifier: 'upload',
      name: 'Upload docs',
      timeout: '10m',
      image: 'plugins/s3:1.4.0',
      connectorRef: 'account.dockerhub',
      imagePullPolicy: ImagePullPolicy.IF_NOT_PRESENT,
      settings: {
        bucket,
        source: 'docs/**',
        access_key: SecretRef.fromIdentifier('account.aws_key'),
        retries: 3,
        acl: { public: false },
        regions: ['eu-west-1', 'us-east-1'],
      },
      entrypoint: ['/bin/plugin'],
    });
    const { steps } = renderInIdpStage([step], { variables: [bucket] });
    const node = steps[0];
    expect(node.type).toBe('Plugin');
    expect(node.name).toBe('Upload docs');
    expect(node.identifier).toBe('upload');
    expect(node.timeout).toBe('10m');
    expect(node.spec).toEqual({
      connectorRef: 'account.dockerhub',
      image: 'plugins/s3:1.4.0',
      imagePullPolicy: 'IfNotPresent',
      settings: {
        bucket: '<+pipeline.variables.bucket>',
        source: 'docs/**',
        access_key: '<+secrets.getValue("account.aws_key")>',
        retries: 3,
        acl: { public: false },
        regions: ['eu-west-1', 'us-east-1'],
      },
      entrypoint: ['/bin/plugin'],
    });
  });

  test('renders a referenced plugin (uses) with privileged, runAsUser and resources', () => {
    const node = renderAlone(
      new PluginStep({
        identifier: 'action',
        uses: 'actions/setup-node@v4',
        settings: { 'node-version': '20' },
        privileged: true,
        runAsUser: '1000',
        resources: { requests: { cpu: '0.5' } },
      }),
    );
    expect(node.spec).toEqual({
      uses: 'actions/setup-node@v4',
      settings: { 'node-version': '20' },
      privileged: true,
      runAsUser: '1000',
      resources: { requests: { cpu: '0.5' } },
    });
  });

  test('renders registryRef with an image', () => {
    expect(renderAlone(new PluginStep({ identifier: 'p', image: 'plugin:1', registryRef: 'har_registry' })).spec).toEqual({
      registryRef: 'har_registry',
      image: 'plugin:1',
    });
  });

  test('is allowed in a Custom stage', () => {
    const step = new PluginStep({ identifier: 'p', image: 'plugin:1' });
    const doc = new Pipeline({ identifier: 'x' }).addStage(new CustomStage({ identifier: 'c', steps: [step] })).toObject() as any;
    expect(doc.pipeline.stages[0].stage.spec.execution.steps[0].step.spec).toEqual({ image: 'plugin:1' });
  });

  test('rejects image and uses together', () => {
    expect(() => new PluginStep({ identifier: 'p', image: 'plugin:1', uses: 'actions/x@v1' })).toThrow(
      /step 'p': spec\.uses: image and uses are mutually exclusive\. Fix: set image for a plugin image, or uses for a referenced plugin, not both/,
    );
  });

  test('rejects neither image nor uses', () => {
    expect(() => new PluginStep({ identifier: 'p', settings: { a: 'b' } })).toThrow(
      "step 'p': spec.image: neither image nor uses is set. Fix: set image (e.g. 'plugins/s3:1.4.0') or uses (e.g. 'actions/setup-node@v4')",
    );
  });

  test('rejects an empty image or uses', () => {
    expect(() => new PluginStep({ identifier: 'p', image: '' })).toThrow(/spec\.image: is empty/);
    expect(() => new PluginStep({ identifier: 'p', uses: ' ' })).toThrow(/spec\.uses: is empty/);
  });

  test('rejects image-only fields with uses', () => {
    expect(() => new PluginStep({ identifier: 'p', uses: 'actions/x@v1', connectorRef: 'account.dockerhub' })).toThrow(
      "step 'p': spec.connectorRef: connectorRef applies to image, but this step sets uses. Fix: remove connectorRef, or set image instead of uses",
    );
    expect(() => new PluginStep({ identifier: 'p', uses: 'actions/x@v1', registryRef: 'r' })).toThrow(
      /spec\.registryRef: registryRef applies to image/,
    );
    expect(() => new PluginStep({ identifier: 'p', uses: 'actions/x@v1', imagePullPolicy: ImagePullPolicy.ALWAYS })).toThrow(
      /spec\.imagePullPolicy: imagePullPolicy applies to image/,
    );
  });

  test('an expression image is accepted', () => {
    expect(renderAlone(new PluginStep({ identifier: 'p', image: Expr.raw('<+pipeline.variables.img>') })).spec.image).toBe(
      '<+pipeline.variables.img>',
    );
  });
});

describe('PluginStep schema', () => {
  test('image and uses plugins validate against the Harness pipeline schema', () => {
    const steps = [
      new PluginStep({
        identifier: 'img',
        image: 'plugins/s3:1.4.0',
        connectorRef: 'account.dockerhub',
        imagePullPolicy: ImagePullPolicy.ALWAYS,
        settings: { bucket: 'b', retries: 3, acl: { public: false }, regions: ['eu'] },
        entrypoint: ['/bin/plugin'],
        privileged: true,
        runAsUser: 1000,
        resources: { limits: { memory: '500Mi' } },
      }),
      new PluginStep({ identifier: 'action', uses: 'actions/setup-node@v4', settings: { 'node-version': '20' } }),
      new PluginStep({ identifier: 'har', image: 'plugin:1', registryRef: 'har_registry' }),
    ];
    expect(renderInIdpStage(steps).pipeline).toBeValidHarnessPipeline();
  });
});
