// Test support (not a test): random valid configurations of the patterns and of raw pipelines and workflows, with text
// that includes Terraform, YAML, Harness and Backstage template syntax, non-NFC text and marker-shaped text. Shared by
// test/fuzz/configurations.test.ts (a small seeded run in npm test) and scripts/fuzz.ts (npm run fuzz, >= 5,000).
import { type App, Testing } from 'cdktf';
import fc from 'fast-check';
import { ApprovalGate } from '../../../src/constructs/patterns/blocks/approval-gate';
import { FeatureFlagToggle } from '../../../src/constructs/patterns/feature-flag-toggle';
import { K8sRestart, RestartMethod } from '../../../src/constructs/patterns/k8s-restart';
import { K8sRollback } from '../../../src/constructs/patterns/k8s-rollback';
import { K8sScale } from '../../../src/constructs/patterns/k8s-scale';
import { TokenRotation } from '../../../src/constructs/patterns/token-rotation';
import { SelfServiceWorkflow } from '../../../src/constructs/self-service-workflow';
import { WorkflowRegistration } from '../../../src/constructs/workflow-registration';
import { SecretRef } from '../../../src/core/secret-ref';
import { Pipeline } from '../../../src/pipeline/pipeline';
import { CustomStage } from '../../../src/pipeline/stages/custom-stage';
import { RunStep } from '../../../src/pipeline/steps/common/run';
import { HarnessPlatformStack } from '../../../src/stacks/harness-platform-stack';
import { FormPage } from '../../../src/workflow/form-page';
import { WorkflowInput } from '../../../src/workflow/workflow-input';
import { WorkflowOutput } from '../../../src/workflow/workflow-output';

/** Text that every layer treats specially: Terraform, YAML, Harness, Backstage, Unicode, and our own marker shape. */
const SHARED_FRAGMENTS: readonly string[] = [
  ...['${x}', '${var.harness_platform_api_key}', '${file("/etc/hostname")}', '%{ if true }y%{ endif }', '$${', '%%{', '$', '%', '{', '}'],
  ...[': ', '- ', '#', ' # c', "'", '"', '\\', '|', '>', '---', '&a', '*a', '!!str', '@', '`', '[', ']', ',', '?'],
  ...['yes', 'no', 'on', 'off', '~', 'null', '0o17', '0x1F', '1e3', '2001-12-14', '1:20', '.inf', 'true'],
  ...['e\u0301', 'A\u030A', 'Caf\u00E9', '中文', '\u00A0', '\u2028'],
  ...['\u27E6hx:47\u27E7', '\u27E6hxAAAAAAAAAAAA:eyJrIjoidCIsInQiOiI8K3NlY3JldHMuZ2V0VmFsdWUoXCJ4XCIpPiJ9\u27E7', '\u27E6px:1\u27E7'],
  ...['word', 'two words', ' ', '  ', '\t', '\n', '\n\n', 'x\ny'],
];
/** Pipeline text may hold Harness and workflow syntax too (a pipeline step may print `${{`). */
const PIPELINE_FRAGMENTS: readonly string[] = [
  ...SHARED_FRAGMENTS,
  '<+pipeline.sequenceId>',
  '<+pipeline.executionId>',
  '${{ parameters.x }}',
];

function textOf(fragments: readonly string[], minLength = 1): fc.Arbitrary<string> {
  return fc
    .array(fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...fragments) }, { weight: 1, arbitrary: fc.string({ maxLength: 4 }) }), {
      minLength,
      maxLength: 6,
    })
    .map((parts) => parts.join(''))
    .filter((t) => t.trim() !== '');
}

/** Free text for pipelines (descriptions, commands, approval messages). */
export const pipelineText = textOf(PIPELINE_FRAGMENTS);
/** Free text for workflow metadata and Git commit messages (no Harness expression: IDP does not evaluate them). */
export const workflowText = textOf(SHARED_FRAGMENTS).filter((t) => !t.includes('<+'));

const identifier = fc.tuple(fc.constantFrom('a', 'b', 'svc', 'team', '_x'), fc.integer({ min: 0, max: 9999 })).map(([p, n]) => `${p}${n}`);

/** One configuration: which patterns, and the free text that goes into each field. */
export interface Configuration {
  readonly org: string;
  readonly project: string;
  readonly patterns: ReadonlyArray<{
    readonly kind: number;
    readonly title: string;
    readonly description: string;
    readonly message: string;
  }>;
  readonly raw: {
    readonly description: string;
    readonly command: string;
    readonly note: string;
    readonly title: string;
    readonly help: string;
    readonly defaultText: string;
    readonly output: string;
    readonly commitMessage: string;
    readonly gitOps: boolean;
  };
}

export const configurationArbitrary: fc.Arbitrary<Configuration> = fc.record({
  org: identifier,
  project: identifier,
  patterns: fc.array(
    fc.record({ kind: fc.integer({ min: 0, max: 4 }), title: workflowText, description: workflowText, message: pipelineText }),
    { maxLength: 3 },
  ),
  raw: fc.record({
    description: pipelineText,
    command: pipelineText,
    note: pipelineText,
    title: workflowText.filter((t) => !t.includes('${{')),
    help: workflowText.filter((t) => !t.includes('${{')),
    // `.default()` of a runtime input cannot carry parentheses (a library rule)
    defaultText: workflowText.filter((t) => !t.includes('${{') && !/[()]/.test(t)),
    output: workflowText,
    commitMessage: workflowText,
    gitOps: fc.boolean(),
  }),
});

const sre = () => ApprovalGate.required({ userGroups: ['account.sre_approvers'] });

/** The patterns a configuration may use, each with its free-text props. */
const PATTERNS: ReadonlyArray<(s: HarnessPlatformStack, i: number, p: Configuration['patterns'][number]) => void> = [
  (s, i, p) =>
    new K8sScale(s, `scale_${i}`, {
      identifier: `scale_${i}`,
      approval: sre(),
      title: p.title,
      description: p.description,
      approvalMessage: p.message,
    }),
  (s, i, p) =>
    new K8sRollback(s, `rollback_${i}`, {
      identifier: `rollback_${i}`,
      approval: sre(),
      title: p.title,
      description: p.description,
      approvalMessage: p.message,
    }),
  (s, i, p) =>
    new K8sRestart(s, `restart_${i}`, {
      identifier: `restart_${i}`,
      approval: sre(),
      method: RestartMethod.USER_CHOICE,
      title: p.title,
      description: p.description,
      approvalMessage: p.message,
    }),
  (s, i, p) =>
    new TokenRotation(s, `rotate_${i}`, {
      identifier: `rotate_${i}`,
      approval: sre(),
      harnessApiKey: SecretRef.fromIdentifier('account.token_rotation_admin_pat'),
      title: p.title,
      description: p.description,
      approvalMessage: p.message,
    }),
  (s, i, p) =>
    new FeatureFlagToggle(s, `flag_${i}`, {
      identifier: `flag_${i}`,
      policySets: ['account.fme_flag_change_guardrails'],
      title: p.title,
      description: p.description,
    }),
];

/** What a configuration promises to write: (document key, dotted path) → the text, in NFC. */
export type Intended = ReadonlyArray<{ readonly document: string; readonly path: readonly (string | number)[]; readonly text: string }>;

/** Builds the app of a configuration in a fresh Testing app; returns the stack and the texts it must write. */
export function buildConfiguration(c: Configuration, app: App = Testing.app()): { stack: HarnessPlatformStack; intended: Intended } {
  const stack = new HarnessPlatformStack(app, 'fuzz', { orgId: c.org, projectId: c.project, accountId: 'acc', github: { owner: 'acme' } });
  c.patterns.forEach((p, i) => PATTERNS[p.kind](stack, i, p));
  const who = WorkflowInput.string('who', { title: c.raw.title, description: c.raw.help, default: c.raw.defaultText });
  const run = new RunStep({ identifier: 'r', command: c.raw.command, envVariables: { FUZZ_NOTE: c.raw.note }, outputVariables: ['msg'] });
  const pipeline = new Pipeline({ identifier: 'raw', description: c.raw.description, variables: [who] }).addStage(
    new CustomStage({ identifier: 's', steps: [run] }),
  );
  new SelfServiceWorkflow(stack, 'raw', {
    pipeline,
    workflow: {
      type: 'operations',
      description: c.raw.output,
      pages: [new FormPage({ title: 'Page', inputs: [who] })],
      outputs: [WorkflowOutput.pipelineUrl(), WorkflowOutput.text('Message', run.outputVariable('msg'))],
    },
    registration: c.raw.gitOps
      ? WorkflowRegistration.gitOps({ repository: 'platform-gitops', connectorRef: 'account.gh', commitMessage: c.raw.commitMessage })
      : undefined,
  });
  const nfc = (t: string): string => t.normalize('NFC');
  const pipelineKey = 'fuzz/pipelines/raw.yaml';
  const workflowKey = 'fuzz/workflows/raw.yaml';
  const intended: Intended = [
    { document: pipelineKey, path: ['pipeline', 'description'], text: nfc(c.raw.description) },
    {
      document: pipelineKey,
      path: ['pipeline', 'stages', 0, 'stage', 'spec', 'execution', 'steps', 0, 'step', 'spec', 'command'],
      text: nfc(c.raw.command),
    },
    {
      document: pipelineKey,
      path: ['pipeline', 'stages', 0, 'stage', 'spec', 'execution', 'steps', 0, 'step', 'spec', 'envVariables', 'FUZZ_NOTE'],
      text: nfc(c.raw.note),
    },
    { document: workflowKey, path: ['metadata', 'description'], text: nfc(c.raw.output) },
    { document: workflowKey, path: ['spec', 'parameters', 0, 'properties', 'who', 'title'], text: nfc(c.raw.title) },
    { document: workflowKey, path: ['spec', 'parameters', 0, 'properties', 'who', 'description'], text: nfc(c.raw.help) },
    { document: workflowKey, path: ['spec', 'parameters', 0, 'properties', 'who', 'default'], text: nfc(c.raw.defaultText) },
  ];
  return { stack, intended };
}

/** The value at `path` of a parsed document. */
export function at(doc: unknown, path: readonly (string | number)[]): unknown {
  return path.reduce<unknown>(
    (node, key) => (node === null || typeof node !== 'object' ? undefined : (node as Record<string, unknown>)[key]),
    doc,
  );
}
