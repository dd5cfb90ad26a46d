import type { Construct } from 'constructs';
import { ApprovalGate } from '../../../src/constructs/patterns/blocks/approval-gate';
import {
  type PatternParts,
  SelfServicePattern,
  type SelfServicePatternProps,
} from '../../../src/constructs/patterns/blocks/self-service-pattern';
import { CustomStage } from '../../../src/pipeline/stages/custom-stage';
import { ShellScriptStep } from '../../../src/pipeline/steps/custom/shell-script';
import { FormPage } from '../../../src/workflow/form-page';
import { WorkflowInput } from '../../../src/workflow/workflow-input';
import { inputsetKeys, patternDocs, platform, runtimeInputNames } from '../../support/pattern-docs';

/** A minimal pattern: two inputs on two pages, one stage, and the parts a test passes. */
class Probe extends SelfServicePattern {
  constructor(scope: Construct, id: string, props: SelfServicePatternProps, parts: Partial<PatternParts> = {}, registerNow = true) {
    super(scope, id, props, {
      identifier: 'idp_probe',
      title: 'Probe',
      pipelineName: 'IDP Probe',
      description: 'A probe.',
      type: 'operations',
      tags: ['probe'],
    });
    const a = WorkflowInput.string('a', { title: 'A' });
    const b = WorkflowInput.string('b', { title: 'B' });
    const stage = new CustomStage({ identifier: 'work', steps: [new ShellScriptStep({ identifier: 'echo', script: `echo ${a} ${b}` })] });
    if (registerNow) {
      this.register({
        stages: [stage],
        pages: [new FormPage({ title: 'One', inputs: [a] }), new FormPage({ title: 'Two', inputs: [b] })],
        ...parts,
      });
    }
  }
}

describe('SelfServicePattern', () => {
  test('builds the pipeline: identity from the pattern, variables from the pages in order, no approval tags', () => {
    const s = platform();
    const p = new Probe(s, 'probe', {});
    const { pipeline, workflow, pipelineYaml } = patternDocs(s, 'idp_probe');
    expect(pipeline).toMatchObject({
      identifier: 'idp_probe',
      name: 'IDP Probe',
      tags: {},
      orgIdentifier: 'default',
      projectIdentifier: 'idp_workflows',
    });
    expect(pipeline.description).toBeUndefined();
    expect(pipeline.variables.map((v: any) => v.name)).toEqual(['a', 'b']);
    expect(pipeline.stages.map((x: any) => x.stage.identifier)).toEqual(['work']);
    expect(workflow).toMatchObject({
      identifier: 'idp_probe',
      name: 'Probe',
      type: 'operations',
      metadata: { description: 'A probe.', tags: ['probe'] },
    });
    expect(workflow.spec.parameters.map((x: any) => x.title)).toEqual(['One', 'Two']);
    expect(inputsetKeys(workflow).sort()).toEqual(runtimeInputNames(pipeline).sort());
    expect(p.pipeline).toBe(p.selfService.model);
    expect(pipelineYaml).toBeValidHarnessPipeline();
  });

  test("the platform team's identity props win; a skipped approval is recorded", () => {
    const s = platform();
    new Probe(
      s,
      'probe',
      { identifier: 'ops_probe', title: 'Ops probe', pipelineName: 'Ops Probe', tags: ['ops'] },
      {
        approval: ApprovalGate.skip({ reason: 'read-only probe, changes nothing' }),
        triggerName: 'Probing',
      },
    );
    const { pipeline, workflow } = patternDocs(s, 'ops_probe');
    expect(pipeline).toMatchObject({
      identifier: 'ops_probe',
      name: 'Ops Probe',
      tags: { approval: 'skipped' },
      description: 'Runs without human approval: read-only probe, changes nothing',
    });
    expect(workflow).toMatchObject({ identifier: 'ops_probe', name: 'Ops probe', metadata: { tags: ['ops'] } });
    expect(workflow.spec.steps[0].name).toBe('Probing');
  });

  test("explicit variables set the pipeline's order; a description is recorded", () => {
    const s = platform();
    class Ordered extends SelfServicePattern {
      constructor(scope: Construct) {
        super(
          scope,
          'ordered',
          {},
          { identifier: 'ordered', title: 'Ordered', pipelineName: 'Ordered', description: 'Ordered.', type: 'operations' },
        );
        const a = WorkflowInput.string('a', { title: 'A' });
        const b = WorkflowInput.string('b', { title: 'B' });
        this.register({
          stages: [new CustomStage({ identifier: 'work', steps: [new ShellScriptStep({ identifier: 'echo', script: `echo ${a} ${b}` })] })],
          pages: [new FormPage({ title: 'One', inputs: [a, b] })],
          variables: [b, a],
          description: 'Probes.',
        });
      }
    }
    new Ordered(s);
    const { pipeline, workflow } = patternDocs(s, 'ordered');
    expect(pipeline.description).toBe('Probes.');
    expect(pipeline.variables.map((v: any) => v.name)).toEqual(['b', 'a']);
    expect(Object.keys(workflow.spec.parameters[0].properties)).toEqual(['token', 'a', 'b']);
  });

  test("an identity prop the model rejects fails with the pattern's path in front", () => {
    expect(() => new Probe(platform(), 'probe', { identifier: 'bad-id' })).toThrow(
      /^team\/probe: pipeline 'bad-id': identifier: 'bad-id' is not a valid Harness identifier/,
    );
    expect(() => new Probe(platform(), 'probe', { owner: 'platform team' })).toThrow(
      /^team\/probe: workflow 'idp_probe': owner: 'platform team' is not an owner reference\. Fix: /,
    );
    expect(() => new Probe(platform(), 'probe', { title: '' })).toThrow(
      /^team\/probe: workflow 'idp_probe': name: the name is empty\. Fix: /,
    );
  });

  test('selfService is available once the pattern has registered', () => {
    const p = new Probe(platform(), 'probe', {}, {}, false);
    expect(() => p.selfService).toThrow(/^team\/probe: the pattern has not registered its pipeline and workflow yet$/);
  });
});
