import { pipelineDiagram, pipelineDocumentDiagram } from '../../src/diagram/pipeline-diagram';
import { Pipeline } from '../../src/pipeline/pipeline';
import { release } from './fixtures';

describe('pipelineDiagram', () => {
  test('draws stages, parallel blocks, step groups, approvals and conditions as a Mermaid flowchart in Markdown', () => {
    expect(pipelineDiagram(release())).toBe(
      [
        '## Pipeline `release`: Release train',
        '',
        'Stages run top to bottom; inside a stage, steps follow the arrows. Hexagons wait for an approval. ' +
          'A dashed border: runs only under the condition shown.',
        '',
        '```mermaid',
        'flowchart TD',
        '  subgraph stage0["Stage: Prepare · Custom"]',
        '    step1("build<br/>ShellScript")',
        '    subgraph par2["parallel"]',
        '      step3("lint<br/>ShellScript")',
        '      step4("test<br/>ShellScript")',
        '    end',
        '  end',
        '  subgraph par5["parallel"]',
        '    subgraph stage6["Stage: eu · Custom"]',
        '      subgraph group7["Step group: Checks"]',
        '        step8("smoke<br/>ShellScript")',
        '        step9("report<br/>ShellScript")',
        '      end',
        '    end',
        '    subgraph stage10["Stage: us · Custom<br/>always runs<br/>if true"]',
        '      step11("smoke_us<br/>ShellScript")',
        '    end',
        '  end',
        '  subgraph stage12["Stage: ship · Custom"]',
        '    step13{{"Approve release<br/>HarnessApproval"}}',
        '    step14("ship<br/>Http<br/>if #lt;+pipeline.variables.mode#gt; == #quot;fast#quot;")',
        '    step15("notify<br/>Email<br/>runs only on failure")',
        '  end',
        '  step1 --> par2',
        '  step8 --> step9',
        '  step13 --> step14',
        '  step14 --> step15',
        '  stage0 --> par5',
        '  par5 --> stage12',
        '  classDef approval fill:#fff4ce,stroke:#b8860b',
        '  classDef conditional stroke-dasharray: 5 5',
        '  class step13 approval',
        '  class stage10,step14,step15 conditional',
        '```',
        '',
      ].join('\n'),
    );
  });

  test('with stepOutputLinks, a dotted arrow labelled with the outputs goes from each producer to each reader', () => {
    const text = pipelineDiagram(release(), { stepOutputLinks: true });
    expect(text.split('\n').filter((l) => l.includes('-.->'))).toEqual(['  step1 -.->|"tag, url"| step9']);
    expect(text).toContain("A dotted arrow labelled with output names: the step reads another step's outputs.");
  });

  test('is deterministic: the same pipeline built twice draws the same bytes', () => {
    expect(pipelineDiagram(release(), { stepOutputLinks: true })).toBe(pipelineDiagram(release(), { stepOutputLinks: true }));
  });

  test('a pipeline with problems is not drawn: the ValidationError lists them', () => {
    const empty = new Pipeline({ identifier: 'empty' });
    expect(() => pipelineDiagram(empty)).toThrow("pipeline 'empty': stages: the pipeline has no stages. Fix: add a stage with addStage()");
  });
});

describe('pipelineDocumentDiagram', () => {
  test('draws rollback steps in their own box, reached from the last main step on failure', () => {
    const doc = {
      pipeline: {
        identifier: 'deploy',
        stages: [
          {
            stage: {
              identifier: 'd',
              name: 'Deploy',
              type: 'Deployment',
              spec: {
                execution: {
                  steps: [{ step: { identifier: 'roll', name: 'Roll out', type: 'K8sRollingDeploy' } }],
                  rollbackSteps: [{ step: { identifier: 'back', name: 'Roll back', type: 'K8sRollingRollback' } }],
                },
              },
            },
          },
        ],
      },
    };
    expect(pipelineDocumentDiagram(doc).split('\n').slice(5, 15)).toEqual([
      'flowchart TD',
      '  subgraph stage0["Stage: Deploy · Deployment"]',
      '    step1("Roll out<br/>K8sRollingDeploy")',
      '    subgraph rollback2["Rollback steps"]',
      '      step3("Roll back<br/>K8sRollingRollback")',
      '    end',
      '  end',
      '  step1 -.->|"on failure"| rollback2',
      '```',
      '',
    ]);
  });

  test('marks an Approval stage as an approval, and names the pipeline by its identifier when it has no name', () => {
    const doc = {
      pipeline: {
        identifier: 'gate',
        stages: [{ stage: { identifier: 'a', name: 'Sign-off', type: 'Approval', spec: { execution: { steps: [] } } } }],
      },
    };
    const text = pipelineDocumentDiagram(doc);
    expect(text.split('\n')[0]).toBe('## Pipeline `gate`: gate');
    expect(text).toContain('  subgraph stage0["Stage: Sign-off · Approval"]\n  end\n');
    expect(text).toContain('  class stage0 approval');
  });

  test('draws whatever an override put in the document without failing: unknown elements are left out, odd values shown as JSON', () => {
    const doc = {
      pipeline: {
        identifier: 'odd',
        name: 42,
        stages: [
          { template: { templateRef: 't' } },
          { stage: { identifier: 's', spec: { execution: { steps: [{ step: { identifier: 'x', name: ['a'] } }, 7] } } } },
        ],
      },
    };
    expect(pipelineDocumentDiagram(doc).split('\n').slice(0, 10)).toEqual([
      '## Pipeline `odd`: 42',
      '',
      'Stages run top to bottom; inside a stage, steps follow the arrows.',
      '',
      '```mermaid',
      'flowchart TD',
      '  subgraph stage0["Stage: s"]',
      '    step1("[#quot;a#quot;]")',
      '  end',
      '```',
    ]);
  });

  test('a status other than Success, All or Failure (an override, a runtime input) is shown as written', () => {
    const when = (stageStatus: string) => ({ step: { identifier: 'x', type: 'Run', when: { stageStatus } } });
    const doc = {
      pipeline: {
        identifier: 'p',
        stages: [{ stage: { identifier: 's', spec: { execution: { steps: [when('<+input>'), when('toString')] } } } }],
      },
    };
    const text = pipelineDocumentDiagram(doc);
    expect(text).toContain('    step1("x<br/>Run<br/>stageStatus: #lt;+input#gt;")');
    expect(text).toContain('    step2("x<br/>Run<br/>stageStatus: toString")');
  });

  test('user text in names and conditions is escaped; Markdown syntax in the heading is escaped', () => {
    const doc = {
      pipeline: {
        identifier: 'p',
        name: 'A *bold* <name> | x',
        stages: [
          {
            stage: {
              identifier: 's',
              name: 'S "1"',
              spec: { execution: { steps: [{ step: { identifier: 'x', name: 'a#b%c', when: { condition: '<+a> == "b"\nend' } } }] } },
            },
          },
        ],
      },
    };
    const text = pipelineDocumentDiagram(doc);
    expect(text.split('\n')[0]).toBe('## Pipeline `p`: A \\*bold\\* \\<name\\> \\| x');
    expect(text).toContain('  subgraph stage0["Stage: S #quot;1#quot;"]');
    expect(text).toContain('    step1("a#35;b#37;c<br/>if #lt;+a#gt; == #quot;b#quot; end")');
  });
});
