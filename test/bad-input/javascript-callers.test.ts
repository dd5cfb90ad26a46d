import { App, TerraformStack, Testing } from 'cdktf';
import { Construct } from 'constructs';
import * as lib from '../../src';
import { HarnessPipeline } from '../../src/constructs/harness-pipeline';
import { K8sScale } from '../../src/constructs/patterns/k8s-scale';
import { SelfServiceWorkflow } from '../../src/constructs/self-service-workflow';
import { ValidationError } from '../../src/core/errors';
import { ErrorType, FailureAction, FailureStrategy } from '../../src/pipeline/failure-strategy';
import { StageInfrastructure } from '../../src/pipeline/infrastructure';
import { Pipeline } from '../../src/pipeline/pipeline';
import { CustomStage } from '../../src/pipeline/stages/custom-stage';
import { DeploymentStage } from '../../src/pipeline/stages/deployment-stage';
import { IdpStage } from '../../src/pipeline/stages/idp-stage';
import { StepGroup } from '../../src/pipeline/step-group';
import { RunStep } from '../../src/pipeline/steps/common/run';
import { ShellScriptStep } from '../../src/pipeline/steps/custom/shell-script';
import { Timeout } from '../../src/pipeline/timeout';
import { PipelineVariable } from '../../src/pipeline/variable';
import { HarnessPlatformStack } from '../../src/stacks/harness-platform-stack';
import { StateBackend } from '../../src/stacks/state-backend';
import { FormField } from '../../src/workflow/form-field';
import { FormPage } from '../../src/workflow/form-page';
import { PipelineUrl } from '../../src/workflow/pipeline-url';
import { TriggerAuth } from '../../src/workflow/trigger-auth';
import { UiField } from '../../src/workflow/ui-field';
import { WorkflowExpr } from '../../src/workflow/workflow-expression';
import { WorkflowInput } from '../../src/workflow/workflow-input';
import { type BadInput, failureOf, team } from './support';

// JavaScript callers (no TypeScript to stop them): missing props, wrong types, a list where text goes. Every public
// constructor and factory answers with the library's own message, `<where>: <field>: expects <kind>, got <what>`,
// never a raw TypeError or a document the schema rejects. Calls go through `as any`, as a JavaScript caller's would.

const js = <T>(x: unknown) => x as T;
const anyOf = (x: unknown) => x as any;

describe('argument-types', () => {
  const cases: BadInput[] = [
    [
      'new Pipeline() without props',
      () => new (Pipeline as any)(),
      "new Pipeline: props: expects an object of props, got undefined. Fix: pass the props, e.g. new Pipeline({ identifier: 'deploy' })",
    ],
    [
      'new RunStep() without props',
      () => new (RunStep as any)(),
      "new RunStep: props: expects an object of props, got undefined. Fix: pass the props, e.g. new RunStep({ identifier: 'my_step', ... })",
    ],
    [
      'new CustomStage(null)',
      () => new CustomStage(anyOf(null)),
      "new CustomStage: props: expects an object of props, got null. Fix: pass the props, e.g. new CustomStage({ identifier: 'my_stage', ... })",
    ],
    [
      'new IdpStage() without props',
      () => new (IdpStage as any)(),
      "new IdpStage: props: expects an object of props, got undefined. Fix: pass the props, e.g. new IdpStage({ identifier: 'my_stage', ... })",
    ],
    [
      'new DeploymentStage() without props',
      () => new (DeploymentStage as any)(),
      "new DeploymentStage: props: expects an object of props, got undefined. Fix: pass the props, e.g. new DeploymentStage({ identifier: 'deploy', ... })",
    ],
    [
      "new StepGroup('g')",
      () => new StepGroup(anyOf('g')),
      "new StepGroup: props: expects an object of props, got a string ('g'). Fix: pass the props, e.g. new StepGroup({ identifier: 'my_group', steps: [...] })",
    ],
    [
      'a stack without props',
      () => new (HarnessPlatformStack as any)(new App(), 'team'),
      "team: props: expects an object of props, got undefined. Fix: pass the props, e.g. { orgId: 'default', projectId: 'payments' }",
    ],
    [
      'a pattern without props',
      () => new (K8sScale as any)(team(), 'scale'),
      "team/scale: props: expects an object of props, got undefined. Fix: pass the props, e.g. { approval: ApprovalGate.required({ userGroups: ['account.sre_approvers'] }) }",
    ],
    [
      'a HarnessPipeline whose pipeline is a plain object',
      () => new HarnessPipeline(team(), 'p', { pipeline: js({ identifier: 'p' }) }),
      'team/p: pipeline: expects a Pipeline, got an object. Fix: pass the pipeline model, new Pipeline({...})',
    ],
    [
      'a SelfServiceWorkflow without a pipeline',
      () => new SelfServiceWorkflow(team(), 'w', anyOf({ workflow: { type: 'operations' } })),
      'team/w: pipeline: expects a Pipeline, got undefined. Fix: pass the pipeline model, new Pipeline({...})',
    ],
    [
      'FormPage inputs that are not a list',
      () => new FormPage({ title: 'Service', inputs: js(WorkflowInput.string('name', { title: 'Name' })) }),
      "form page 'Service': inputs: expects a list (an array), got an object (WorkflowInput). Fix: pass a list of fields, e.g. [name, owner]",
    ],
    [
      'FormPage inputs holding a string',
      () => new FormPage({ title: 'Service', inputs: js(['name']) }),
      "form page 'Service': inputs: expects a WorkflowInput or FormField, got a string ('name'). Fix: pass fields made with WorkflowInput.string('name', {...}) or FormField.*",
    ],
    [
      'a numeric step timeout',
      () => new RunStep({ identifier: 'run', command: 'echo', timeout: js(10) }),
      "step 'run': timeout: expects a Timeout or text such as '10m', got a number (10). Fix: pass Timeout.minutes(10) or '10m'",
    ],
    [
      "Timeout.minutes('10')",
      () => Timeout.minutes(js('10')),
      "Timeout.minutes: minutes: expects a number, got a string ('10'). Fix: pass a number, e.g. Timeout.minutes(10)",
    ],
    [
      'a Run command given as a list',
      () => new RunStep({ identifier: 'run', command: js(['npm', 'test']) }),
      "step 'run': spec.command: expects a string or an expression, got an array (2 items). Fix: pass the script as text, e.g. 'npm test' (join several lines with \\n)",
    ],
    [
      'a ShellScript script given as a number',
      () => new ShellScriptStep({ identifier: 'sh', script: js(42) }),
      "step 'sh': spec.source.spec.script: expects a string or an expression, got a number (42). Fix: pass the script text",
    ],
    [
      'a step description given as a number',
      () => new RunStep({ identifier: 'run', command: 'echo', description: js(7) }),
      "step 'run': description: expects a string, got a number (7). Fix: pass the description as text",
    ],
    [
      'step failure strategies that are not a list',
      () => new RunStep({ identifier: 'run', command: 'echo', failureStrategies: js(FailureStrategy.onAllErrors(FailureAction.ABORT)) }),
      "step 'run': failureStrategies: expects a list (an array), got an object (FailureStrategy). Fix: pass a list of FailureStrategy",
    ],
    [
      'a string default on a number input',
      () => WorkflowInput.number('replicas', { title: 'Replicas', default: js('3') }),
      "workflow input 'replicas': default: expects a number for a number field, got a string ('3'). Fix: give the default as a number, e.g. 3",
    ],
    [
      'a string default on a boolean field',
      () => FormField.boolean('confirm', { title: 'Confirm', default: js('true') }),
      "form field 'confirm': default: expects a boolean for a boolean field, got a string ('true'). Fix: give the default as a boolean, e.g. true",
    ],
    [
      'a string default on an array input',
      () => WorkflowInput.array('tags', { title: 'Tags', default: js('a,b') }),
      "workflow input 'tags': default: expects a list for an array field, got a string ('a,b'). Fix: give the default as a list, e.g. ['a', 'b']",
    ],
    [
      'a number default on a text input',
      () => WorkflowInput.string('branch', { title: 'Branch', default: js(1) }),
      "workflow input 'branch': default: expects text for a string field, got a number (1). Fix: give the default as text, e.g. 'main'",
    ],
    [
      'WorkflowInput.string without props',
      () => (WorkflowInput.string as any)('name'),
      "workflow input 'name': props: expects an object of props, got undefined. Fix: pass the props, e.g. WorkflowInput.string('name', { title: 'Title' })",
    ],
    [
      'FormField.enum without props',
      () => (FormField.enum as any)('size'),
      "form field 'size': props: expects an object of props, got undefined. Fix: pass the props, e.g. FormField.enum('size', { title: 'Title', values: ['a', 'b'] })",
    ],
    [
      'new PipelineVariable() without props',
      () => new (PipelineVariable as any)(),
      "new PipelineVariable: props: expects an object of props, got undefined. Fix: pass the props, e.g. PipelineVariable.string('name')",
    ],
    [
      'pipeline.addStage(undefined)',
      () => new Pipeline({ identifier: 'p' }).addStage(anyOf(undefined)),
      "pipeline 'p': stages: expects a stage (CustomStage, IdpStage, ...), got undefined. Fix: pass stage objects, e.g. new CustomStage({...})",
    ],
    [
      "pipeline.addVariable('env')",
      () => new Pipeline({ identifier: 'p' }).addVariable(anyOf('env')),
      "pipeline 'p': variables: expects a PipelineVariable, got a string ('env'). Fix: pass PipelineVariable.string('name') or a WorkflowInput",
    ],
    [
      'pipeline stages that are not a list',
      () => new Pipeline({ identifier: 'p', stages: js(new CustomStage({ identifier: 's' })) }),
      "pipeline 'p': stages: expects a list (an array), got an object (CustomStage). Fix: pass a list of stages, e.g. [new CustomStage({...})]",
    ],
    [
      'StageInfrastructure.kubernetes() without props',
      () => (StageInfrastructure.kubernetes as any)(),
      "StageInfrastructure.kubernetes: props: expects an object of props, got undefined. Fix: pass the props, e.g. StageInfrastructure.kubernetes({ connectorRef: 'account.k8s', namespace: 'builds' })",
    ],
    [
      'FailureStrategy.on with one error instead of a list',
      () => FailureStrategy.on(js(ErrorType.TIMEOUT), FailureAction.ABORT).toObject(),
      "FailureStrategy.on: errors: expects a list (an array), got a string ('Timeout'). Fix: pass a list of ErrorType, e.g. [ErrorType.TIMEOUT]",
    ],
    [
      "FailureAction.retry({ count: '2' })",
      () => FailureAction.retry({ count: js('2') }).toObject(),
      "FailureAction.retry: count: expects a number, got a string ('2'). Fix: pass the number of retries, e.g. FailureAction.retry({ count: 2 })",
    ],
    [
      "WorkflowExpr.equals('env', ...) with a field name instead of the field",
      () => WorkflowExpr.equals(anyOf('env'), 'prod'),
      "WorkflowExpr.equals: field: expects a WorkflowInput or FormField, got a string ('env'). Fix: pass the field object, e.g. WorkflowInput.string('env', {...})",
    ],
    [
      'PipelineUrl.inline() without props',
      () => String((PipelineUrl.inline as any)()),
      "PipelineUrl.inline: props: expects an object of props, got undefined. Fix: pass the props, e.g. PipelineUrl.inline({ accountId: 'abc123', orgId: 'default', projectId: 'idp', pipelineId: 'onboarding' })",
    ],
    [
      'PipelineUrl.fromString(42)',
      () => String(PipelineUrl.fromString(js(42))),
      'pipeline URL: url: expects a string, got a number (42). Fix: pass the URL as text',
    ],
    [
      'TriggerAuth.userToken(null)',
      () =>
        new lib.PipelineTrigger({
          name: 'Run',
          url: PipelineUrl.fromString('https://app.harness.io/ng/account/a/module/idp/orgs/o/projects/p/pipelines/x'),
          auth: TriggerAuth.userToken(anyOf(null)),
        }),
      "trigger step 'trigger': auth: expects an object of props, got null. Fix: pass the props, e.g. TriggerAuth.userToken()",
    ],
    [
      'UiField.ownerPicker(null)',
      () => UiField.ownerPicker(anyOf(null)),
      'UiField.ownerPicker: props: expects an object of props, got null. Fix: pass the props, e.g. UiField.ownerPicker()',
    ],
    [
      'StateBackend.local(null)',
      () => StateBackend.local(anyOf(null)),
      "StateBackend.local: props: expects an object of props, got null. Fix: pass the props, e.g. StateBackend.local({ path: 'state/platform.tfstate' })",
    ],
  ];
  test.each(cases)('%s', (_label, attempt, message) => expect(failureOf(attempt)).toBe(message));

  /**
   * Public names the sweep does not call, and why: kernel plumbing other layers call with values they made
   * themselves, the error type itself, and functions of the test setup.
   */
  const NOT_ARGUMENT_CHECKED: Readonly<Record<string, string>> = {
    ValidationError: 'the error type itself',
    'Expression.payloadOf': 'kernel plumbing: the payload of an expression the library made',
    'StepOutput.fromPayload': 'kernel plumbing: decodes a payload the library encoded',
    'VariableReference.fromPayload': 'kernel plumbing: decodes a payload the library encoded',
    'escapeTerraformString.withImplementation': 'a jest spy of the test setup (test/support/escape-recorder.ts)',
  };
  /** Members TypeScript keeps private: a JavaScript caller reaches them only by going around the API. */
  const PRIVATE = new Set([
    'new PipelineUrl',
    'PipelineUrl.checked',
    'PipelineUrl.urlOf',
    'PipelineUrl.parse',
    'new WorkflowInput',
    'StageInfrastructure.runtime',
    'new TemplateDefinition',
    'new StackSelection',
  ]);
  const ARGUMENTS: readonly (readonly unknown[])[] = [[], [undefined], [null], [42], [{}], ['x']];

  function outcome(call: () => unknown): string | undefined {
    try {
      call();
    } catch (e) {
      if (e instanceof ValidationError) return undefined;
      const m = (e as Error).message;
      if (/Class constructor|Cannot create an instance|private constructor/.test(m)) return undefined;
      return `${(e as Error).name}: ${m}`;
    }
    return undefined;
  }

  test('no public constructor or factory throws anything but a ValidationError for a missing or wrongly typed argument', () => {
    const offenders: string[] = [];
    for (const [name, value] of Object.entries(lib)) {
      if (typeof value !== 'function' || name in NOT_ARGUMENT_CHECKED) continue;
      const type = value as unknown as { new (...args: unknown[]): unknown } & Record<string, unknown>;
      if (/^class\b/.test(Function.prototype.toString.call(type)) && !PRIVATE.has(`new ${name}`)) {
        const isConstruct = type.prototype instanceof Construct;
        const calls: unknown[][] = isConstruct
          ? [
              [new TerraformStack(Testing.app(), 's'), 'x'],
              [new TerraformStack(Testing.app(), 's'), 'x', null],
              [undefined, 'x', {}],
            ]
          : ARGUMENTS.map((a) => [...a]);
        for (const args of calls) {
          const r = outcome(() => new type(...args));
          if (r) offenders.push(`new ${name}(${args.map(String).join(', ')}): ${r}`);
        }
      }
      for (const key of Object.getOwnPropertyNames(type)) {
        const member = type[key];
        const full = `${name}.${key}`;
        if (
          typeof member !== 'function' ||
          ['length', 'name', 'prototype'].includes(key) ||
          PRIVATE.has(full) ||
          full in NOT_ARGUMENT_CHECKED
        )
          continue;
        for (const args of ARGUMENTS) {
          const r = outcome(() => (member as (...a: unknown[]) => unknown).apply(type, [...args]));
          if (r) offenders.push(`${full}(${args.map((a) => JSON.stringify(a)).join(', ')}): ${r}`);
        }
      }
    }
    expect(offenders).toEqual([]);
  });
});
