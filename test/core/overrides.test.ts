import { Overrides, splitOverridePath } from '../../src/core/overrides';
import { Pipeline } from '../../src/pipeline/pipeline';
import { CustomStage } from '../../src/pipeline/stages/custom-stage';
import { RunStep } from '../../src/pipeline/steps/common/run';
import { PipelineTrigger } from '../../src/workflow/trigger-step';
import { PipelineUrl } from '../../src/workflow/pipeline-url';
import { Workflow } from '../../src/workflow/workflow';

function applied(changes: (o: Overrides) => void, node: Record<string, unknown>): Record<string, unknown> {
  const o = new Overrides();
  changes(o);
  o.applyTo(node);
  return node;
}

describe('Overrides', () => {
  test('sets a nested field, creating objects on the way', () => {
    expect(applied((o) => o.add('spec.resources.limits.memory', '1Gi'), { spec: { a: 1 } })).toEqual({
      spec: { a: 1, resources: { limits: { memory: '1Gi' } } },
    });
  });

  test('numeric segments index arrays, and create them when missing', () => {
    const node = applied(
      (o) => {
        o.add('list.1.a', 3);
        o.add('fresh.0.name', 'x');
      },
      { list: [{ a: 1 }, { a: 2 }] },
    );
    expect(node).toEqual({ list: [{ a: 1 }, { a: 3 }], fresh: [{ name: 'x' }] });
  });

  test('replaces a scalar on the way with an object', () => {
    expect(applied((o) => o.add('spec.x', true), { spec: 'text' })).toEqual({ spec: { x: true } });
  });

  test('addDeletion (or undefined) removes a field or an array item; removing below a missing key changes nothing', () => {
    const node = applied(
      (o) => {
        o.add('a', undefined);
        o.addDeletion('b.c');
        o.addDeletion('list.1');
        o.addDeletion('missing.deep.key');
      },
      { a: 1, b: { c: 2, d: 3 }, list: ['x', 'y', 'z'] },
    );
    expect(node).toEqual({ b: { d: 3 }, list: ['x', 'z'] });
  });

  test('a backslash escapes a dot (and a backslash) within a key', () => {
    expect(splitOverridePath('metadata.annotations.backstage\\.io/techdocs-ref')).toEqual([
      'metadata',
      'annotations',
      'backstage.io/techdocs-ref',
    ]);
    expect(splitOverridePath('a\\\\.b')).toEqual(['a\\', 'b']);
    expect(applied((o) => o.add('metadata.annotations.backstage\\.io/techdocs-ref', 'dir:.'), {})).toEqual({
      metadata: { annotations: { 'backstage.io/techdocs-ref': 'dir:.' } },
    });
  });

  test('an empty path or an empty segment is refused', () => {
    expect(() => splitOverridePath('')).toThrow("addOverride: path: the path is empty. Fix: pass a dotted path, e.g. 'spec.timeout'");
    expect(() => splitOverridePath('spec..x')).toThrow(
      "addOverride: path: 'spec..x' has an empty segment. Fix: separate keys with single dots, and write a dot inside a key as '\\.'",
    );
    expect(() => splitOverridePath(7 as any)).toThrow(
      "addOverride: path: expects a dotted path, got number. Fix: pass a dotted path, e.g. 'spec.timeout'",
    );
  });
});

describe('addDeletionOverride on the models', () => {
  test('removes a rendered field of a step, a stage and a pipeline', () => {
    const step = new RunStep({ identifier: 'r', command: 'x' }).addDeletionOverride('timeout');
    const stage = new CustomStage({ identifier: 's', steps: [step] }).addDeletionOverride('tags');
    const p = new Pipeline({ identifier: 'p' }).addStage(stage).addDeletionOverride('tags');
    const doc = p.toObject() as { pipeline: Record<string, any> };
    expect(doc.pipeline.tags).toBeUndefined();
    expect(doc.pipeline.stages[0].stage.tags).toBeUndefined();
    expect(doc.pipeline.stages[0].stage.spec.execution.steps[0].step.timeout).toBeUndefined();
  });

  test('reaches a Backstage annotation key with a dot, in the workflow document', () => {
    const url = PipelineUrl.fromString(
      'https://app.harness.io/ng/account/a/module/idp/orgs/o/projects/p/pipelines/x/pipeline-studio/?storeType=INLINE',
    );
    const wf = new Workflow({
      identifier: 'w',
      type: 'service',
      trigger: new PipelineTrigger({ name: 'Run', url }),
      annotations: { keep: 'me' },
    })
      .addOverride('metadata.annotations.backstage\\.io/techdocs-ref', 'dir:.')
      .addDeletionOverride('metadata.annotations.keep');
    const doc = wf.render().document as { metadata: { annotations: Record<string, string> } };
    expect(doc.metadata.annotations).toEqual({ 'backstage.io/techdocs-ref': 'dir:.' });
  });
});
