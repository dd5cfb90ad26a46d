import { App } from 'cdktf';
import { HarnessPipeline } from '../../src/constructs/harness-pipeline';
import { ApprovalGate } from '../../src/constructs/patterns/blocks/approval-gate';
import { K8sRestart } from '../../src/constructs/patterns/k8s-restart';
import { K8sScale } from '../../src/constructs/patterns/k8s-scale';
import { PipelineApiCheck } from '../../src/constructs/pipeline-api-check';
import { Pipeline } from '../../src/pipeline/pipeline';
import { CustomStage } from '../../src/pipeline/stages/custom-stage';
import { RunStep } from '../../src/pipeline/steps/common/run';
import { HarnessPlatformStack } from '../../src/stacks/harness-platform-stack';
import { type BadInput, failureOf, team } from './support';

// The id of a construct of the library is checked before the construct exists: the scope is a construct, the id
// a non-empty string not yet used in the scope. Without the check a JavaScript caller got a TypeError and a second
// K8sScale(team, 'scale') the bare "There is already a Construct with name 'scale'", with no path and no fix.

const sre = () => ApprovalGate.required({ userGroups: ['account.sre'] });
const pipeline = (id: string) =>
  new Pipeline({
    identifier: id,
    stages: [new CustomStage({ identifier: 's', steps: [new RunStep({ identifier: 'a', command: 'echo' })] })],
  });
const twice = (first: (s: HarnessPlatformStack) => unknown, second: (s: HarnessPlatformStack) => unknown) => () => {
  const s = team();
  first(s);
  second(s);
};

describe('construct-id', () => {
  const cases: BadInput[] = [
    [
      'two K8sScale with one id',
      twice(
        (s) => new K8sScale(s, 'scale', { approval: sre() }),
        (s) => new K8sScale(s, 'scale', { approval: sre(), identifier: 'scale_2' }),
      ),
      "team: new K8sScale: id: there is already a construct with the id 'scale' in 'team' (a K8sScale), so the construct paths and the Terraform names would collide. Fix: give each construct a unique id within its scope, e.g. 'scale_2', or create it in another scope",
    ],
    [
      'a K8sRestart with the id of a K8sScale',
      twice(
        (s) => new K8sScale(s, 'ops', { approval: sre() }),
        (s) => new K8sRestart(s, 'ops', { approval: sre() }),
      ),
      "team: new K8sRestart: id: there is already a construct with the id 'ops' in 'team' (a K8sScale), so the construct paths and the Terraform names would collide. Fix: give each construct a unique id within its scope, e.g. 'ops_2', or create it in another scope",
    ],
    [
      'two HarnessPipeline with one id',
      twice(
        (s) => new HarnessPipeline(s, 'p', { pipeline: pipeline('one') }),
        (s) => new HarnessPipeline(s, 'p', { pipeline: pipeline('two') }),
      ),
      "team: new HarnessPipeline: id: there is already a construct with the id 'p' in 'team' (a HarnessPipeline), so the construct paths and the Terraform names would collide. Fix: give each construct a unique id within its scope, e.g. 'p_2', or create it in another scope",
    ],
    [
      'two stacks with one id in the app',
      () => {
        const app = new App();
        new HarnessPlatformStack(app, 'team', { orgId: 'default', projectId: 'a' });
        new HarnessPlatformStack(app, 'team', { orgId: 'default', projectId: 'b' });
      },
      "new HarnessPlatformStack: id: there is already a construct with the id 'team' in 'the app' (a HarnessPlatformStack), so the construct paths and the Terraform names would collide. Fix: give each construct a unique id within its scope, e.g. 'team_2', or create it in another scope",
    ],
    [
      'no scope (JavaScript)',
      () => new K8sScale(undefined as any, 'scale', { approval: sre() }),
      "new K8sScale: scope: expects a construct (a stack, or a construct in one), got undefined. Fix: pass the stack as the first argument, e.g. new K8sScale(stack, 'my_id', {...})",
    ],
    [
      'props in place of the scope (JavaScript)',
      () => new (HarnessPipeline as any)({ pipeline: pipeline('p') }),
      "new HarnessPipeline: scope: expects a construct (a stack, or a construct in one), got an object. Fix: pass the stack as the first argument, e.g. new HarnessPipeline(stack, 'my_id', {...})",
    ],
    [
      'an id that is not a string (JavaScript)',
      () => new HarnessPipeline(team(), 42 as any, { pipeline: pipeline('p') }),
      "team: new HarnessPipeline: id: expects a non-empty string, got a number (42). Fix: pass the construct's id as the second argument, e.g. new HarnessPipeline(stack, 'my_id', {...})",
    ],
    [
      'an empty id',
      () => new PipelineApiCheck(team(), '', {} as any),
      "team: new PipelineApiCheck: id: expects a non-empty string, got a string (''). Fix: pass the construct's id as the second argument, e.g. new PipelineApiCheck(stack, 'my_id', {...})",
    ],
  ];
  test.each(cases)('%s', (_label, attempt, message) => expect(failureOf(attempt)).toBe(message));
});
