import { workflowDocumentOutline, workflowOutline } from '../../src/diagram/workflow-outline';
import { WorkflowOutput } from '../../src/workflow/workflow-output';
import { deploy } from './fixtures';

describe('workflowOutline', () => {
  test('tables the fields (with the pipeline variable each feeds) and the outputs, and draws pages → trigger → outputs', () => {
    expect(workflowOutline(deploy())).toBe(
      [
        '## Workflow `deploy_wf`: Deploy \\*it\\*',
        '',
        'Type `service`, owner `group:account/team`, runs pipeline `deploy`.',
        '',
        '| page | field | title | input | required | default | feeds pipeline variable |',
        '| --- | --- | --- | --- | --- | --- | --- |',
        '| 1 | `token` | Harness Token | string · HarnessAuthToken | no |  | — |',
        '| 1 | `projectId` | Project | string · HarnessProjectPicker | yes |  | `harness_project` |',
        '| 1 | `env` | Environment | string: dev, prod | yes | `dev` | `env` |',
        '| 2 | `count` | Replicas \\| count | number | no | `2` | `count` |',
        '| 2 | `tags` | Tags | array | no |  | `tags` |',
        '| 2 | `note` | Note to self | string | no |  | — |',
        '',
        '| output | kind | value | shown if |',
        '| --- | --- | --- | --- |',
        '| Pipeline Details | link | `${{ steps.trigger.output.PipelineUrl }}` |  |',
        "| App | link | `${{ steps.trigger.output['pipeline.stages.main.spec.execution.steps.go.output.outputVariables.url'] }}` |  |",
        "| Done | text | `Deployed to prod` | `${{ parameters.env == 'prod' }}` |",
        '',
        '```mermaid',
        'flowchart LR',
        '  subgraph page0["1. Where"]',
        '    direction TB',
        '    field0["Harness Token"]',
        '    field1["Project *<br/>→ harness_project"]',
        '    field2["Environment *<br/>→ env"]',
        '  end',
        '  subgraph page1["2. How"]',
        '    direction TB',
        '    field3["Replicas #124; count<br/>→ count"]',
        '    field4["Tags<br/>→ tags"]',
        '    field5["Note to self"]',
        '  end',
        '  run0[["Run deploy<br/>runs pipeline deploy"]]',
        '  subgraph results["Outputs"]',
        '    direction TB',
        '    result0[/"Pipeline Details (link)<br/>← trigger.PipelineUrl"/]',
        '    result1[/"App (link)<br/>← trigger.url"/]',
        '    result2[/"Done (text)<br/>if ${{ parameters.env == \'prod\' }}"/]',
        '  end',
        '  field0 ~~~ field1',
        '  field1 ~~~ field2',
        '  field3 ~~~ field4',
        '  field4 ~~~ field5',
        '  result0 ~~~ result1',
        '  result1 ~~~ result2',
        '  page0 --> page1',
        '  page1 --> run0',
        '  run0 --> results',
        '  classDef conditional stroke-dasharray: 5 5',
        '  class result2 conditional',
        '```',
        '',
      ].join('\n'),
    );
  });

  test('is deterministic: the same workflow built twice outlines to the same bytes', () => {
    expect(workflowOutline(deploy())).toBe(workflowOutline(deploy()));
  });

  test('a workflow with problems is not outlined: the ValidationError lists them', () => {
    const wf = deploy();
    wf.addOutput(WorkflowOutput.text('Bad', '${{ parameters.nope }}'));
    expect(() => workflowOutline(wf)).toThrow(
      "workflow 'deploy_wf': spec.output.text[1].content: references parameter 'nope', which no form field declares. " +
        "Fix: declare a field 'nope' on a page, or use one of: token, projectId, env, count, tags, note",
    );
  });
});

describe('workflowDocumentOutline', () => {
  test('reads an IDP 1.0 Backstage template (metadata name and title, spec type and owner)', () => {
    const doc = deploy().toBackstageObject();
    const text = workflowDocumentOutline(doc);
    expect(text.split('\n').slice(0, 3)).toEqual([
      '## Workflow `deploy_wf`: Deploy \\*it\\*',
      '',
      'Type `service`, owner `group:account/team`, runs pipeline `deploy`.',
    ]);
  });

  test('says so when the form has no fields and the workflow shows no outputs, and draws what steps there are', () => {
    const doc = {
      identifier: 'bare',
      spec: { parameters: [], steps: [{ id: 'x', name: 'Fetch', action: 'fetch:template', if: '${{ true }}' }] },
    };
    expect(workflowDocumentOutline(doc)).toBe(
      [
        '## Workflow `bare`: bare',
        '',
        'A workflow.',
        '',
        'The form has no fields.',
        '',
        'The workflow shows no outputs.',
        '',
        '```mermaid',
        'flowchart LR',
        '  run0[["Fetch<br/>fetch:template<br/>if ${{ true }}"]]',
        '  classDef conditional stroke-dasharray: 5 5',
        '  class run0 conditional',
        '```',
        '',
      ].join('\n'),
    );
  });
});
