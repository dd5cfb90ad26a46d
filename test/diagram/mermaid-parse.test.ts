import { Testing } from 'cdktf';
import fc from 'fast-check';
import { defineStacks } from '../../examples/app';
import { stackDiagrams } from '../../src/constructs/stack-diagrams';
import { oneLine } from '../../src/diagram/one-line';
import { pipelineDiagram, pipelineDocumentDiagram } from '../../src/diagram/pipeline-diagram';
import { workflowDocumentOutline, workflowOutline } from '../../src/diagram/workflow-outline';
import { FormPage } from '../../src/workflow/form-page';
import { PipelineTrigger } from '../../src/workflow/trigger-step';
import { PipelineUrl } from '../../src/workflow/pipeline-url';
import { Workflow } from '../../src/workflow/workflow';
import { WorkflowInput } from '../../src/workflow/workflow-input';
import { WorkflowOutput } from '../../src/workflow/workflow-output';
import { Pipeline } from '../../src/pipeline/pipeline';
import { CustomStage } from '../../src/pipeline/stages/custom-stage';
import { buildConfiguration, configurationArbitrary } from '../support/fuzz/configurations';
import { mermaidBlocks, parseFlowchart } from '../support/mermaid';
import { deploy, release } from './fixtures';

// Every diagram the library draws is read back with Mermaid's own parser (mermaid 12, the flowchart grammar and
// the entity handling GitHub's renderer uses), and user text must read back exactly as typed.

/** Every character of ASCII, and letters, marks, emoji and invisible characters of Unicode. */
const CORPUS: readonly string[] = [
  ...Array.from({ length: 128 }, (_, i) => String.fromCharCode(i)),
  'é',
  'e\u0301',
  '漢字',
  'ß',
  '🎉',
  '\u00a0',
  '\u200b',
  '\u202e',
  '\u2028',
  '\ufeff',
  'ﬂ°°35¶ß',
  '#quot;',
  '&#60;',
  '%%{init: {"theme": "dark"}}%%',
  '```',
  '</div><script>alert(1)</script>',
  'end',
  'subgraph x',
  'click n call f()',
  'A---oB',
];

/** All of the corpus in one text. */
const ALL = CORPUS.join('');

/** Nasty text in every place a pipeline document puts text into the diagram: one step per text, all text in the boxes. */
function nastyPipeline(): Record<string, unknown> {
  const steps = CORPUS.map((t, i) => ({ step: { identifier: `s${i}`, name: `a${t}b`, type: `T${t}`, when: { condition: `c${t}d` } } }));
  const group = { stepGroup: { identifier: 'g', name: ALL, steps } };
  const when = { pipelineStatus: ALL, condition: ALL };
  return {
    pipeline: {
      identifier: 'nasty',
      name: ALL,
      stages: [{ stage: { identifier: 'st', name: ALL, type: ALL, when, spec: { execution: { steps: [group] } } } }],
    },
  };
}

/** Nasty text in every place a workflow document puts text into the outline: one field and one output per text. */
function nastyWorkflow(): Record<string, unknown> {
  const properties = Object.fromEntries(CORPUS.map((t, i) => [`f${i}`, { title: `a${t}b`, type: 'string' }]));
  const inputset = Object.fromEntries(CORPUS.map((t, i) => [`k${t}z`, `\${{ parameters.f${i} }}`]));
  const trigger = {
    id: 'trigger',
    name: ALL,
    action: 'trigger:harness-custom-pipeline',
    if: ALL,
    input: { url: 'https://x/pipelines/p/', inputset },
  };
  const links = CORPUS.map((t) => ({ title: `a${t}b`, url: '${{ steps.trigger.output.x }}', if: `c${t}d` }));
  return { identifier: 'nasty', name: ALL, spec: { parameters: [{ title: ALL, properties }], steps: [trigger], output: { links } } };
}

/** Label lines as the reader sees them: each line one line, joined with line breaks. */
function lines(...texts: string[]): string {
  return texts.map(oneLine).join('\n');
}

async function parseAll(markdown: string): Promise<void> {
  const blocks = mermaidBlocks(markdown);
  expect(blocks.length).toBeGreaterThan(0);
  for (const block of blocks) expect((await parseFlowchart(block)).diagramType).toBe('flowchart-v2');
}

describe('Mermaid reads every diagram', () => {
  test('the parser rejects a label that is not escaped (the check can fail)', async () => {
    await expect(parseFlowchart('flowchart TD\n  n0["a "quoted" b"]')).rejects.toThrow(/Parse error on line 2/);
  });

  test('every pipeline and workflow of the example platform repo', async () => {
    const selection = defineStacks(Testing.app(), { env: {} });
    const stacks = selection.registered.map((id) => selection.stack(id)!);
    const diagrams = stacks.flatMap((s) => Object.values(stackDiagrams(s)));
    // payments: the seven patterns; checkout: its operations workflows; platform: one delivery pipeline per team stack
    expect(diagrams).toHaveLength(12);
    for (const markdown of diagrams) {
      expect(mermaidBlocks(markdown).length).toBeGreaterThanOrEqual(1);
      await parseAll(markdown);
    }
  });

  test('every diagram of random configurations (the fuzz generator: patterns and raw models with nasty text), deterministic', async () => {
    await fc.assert(
      fc.asyncProperty(configurationArbitrary, async (c) => {
        const files = stackDiagrams(buildConfiguration(c).stack);
        expect(stackDiagrams(buildConfiguration(c).stack)).toEqual(files);
        expect(Object.keys(files).length).toBeGreaterThan(0);
        for (const markdown of Object.values(files)) await parseAll(markdown);
      }),
      { seed: 20261206, numRuns: 8 },
    );
  });

  test('the test pipeline (with and without step-output links) and the test workflow', async () => {
    await parseAll(pipelineDiagram(release()));
    await parseAll(pipelineDiagram(release(), { stepOutputLinks: true }));
    await parseAll(workflowOutline(deploy()));
  });

  test('pipeline labels read back exactly as typed (one line), whatever the characters', async () => {
    const chart = await parseFlowchart(mermaidBlocks(pipelineDocumentDiagram(nastyPipeline()))[0]);
    const short = `${[...oneLine(ALL)].slice(0, 79).join('')}…`;
    expect(chart.subgraphs.stage0.title).toBe(lines(`Stage: ${ALL} · ${ALL}`, `pipelineStatus: ${ALL}`, `if ${short}`));
    expect(chart.subgraphs.group1.title).toBe(lines(`Step group: ${ALL}`));
    expect(CORPUS.map((_, i) => chart.nodes[`step${i + 2}`])).toEqual(CORPUS.map((t) => lines(`a${t}b`, `T${t}`, `if c${t}d`)));
  });

  test('workflow labels read back exactly as typed (one line), whatever the characters', async () => {
    const chart = await parseFlowchart(mermaidBlocks(workflowDocumentOutline(nastyWorkflow()))[0]);
    const short = `${[...oneLine(ALL)].slice(0, 79).join('')}…`;
    expect(chart.subgraphs.page0.title).toBe(lines(`1. ${ALL}`));
    expect(chart.nodes.run0).toBe(lines(ALL, 'runs pipeline p', `if ${short}`));
    expect(CORPUS.map((_, i) => chart.nodes[`field${i}`])).toEqual(CORPUS.map((t) => lines(`a${t}b`, `→ k${t}z`)));
    const results = CORPUS.map((_, i) => chart.nodes[`result${i}`]);
    expect(results).toEqual(CORPUS.map((t) => lines(`a${t}b (link)`, '← trigger.x', `if c${t}d`)));
  });

  test('free-text titles of a workflow model read back exactly as typed', async () => {
    const titles = ['Name "quoted" <b>', 'Size | 100% #1 & more', 'Müll `code` 🎉', 'end --> x'];
    const inputs = titles.map((title, i) => WorkflowInput.string(`f${i}`, { title }));
    const pipeline = new Pipeline({ identifier: 'p', orgIdentifier: 'o', projectIdentifier: 'q', variables: inputs }).addStage(
      new CustomStage({ identifier: 's', steps: [] }),
    );
    const wf = new Workflow({
      identifier: 'w',
      type: 'service',
      trigger: new PipelineTrigger({ name: 'Go "now"', url: PipelineUrl.forPipeline(pipeline, { accountId: 'A' }) }),
      pages: [new FormPage({ title: 'Page <1>', inputs })],
      outputs: [WorkflowOutput.text('Result | "x"', 'done')],
    });
    const chart = await parseFlowchart(mermaidBlocks(workflowDocumentOutline(wf.render().document))[0]);
    expect(chart.subgraphs.page0.title).toBe('1. Page <1>');
    expect(titles.map((_, i) => chart.nodes[`field${i + 1}`])).toEqual(titles.map((t, i) => `${t} *\n→ f${i}`));
    expect(chart.nodes.run0).toBe('Go "now"\nruns pipeline p');
    expect(chart.nodes.result0).toBe('Result | "x" (text)');
  });
});
