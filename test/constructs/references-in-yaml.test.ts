import { TerraformVariable, Testing } from 'cdktf';
import { parse } from 'yaml';
import { HarnessPipeline } from '../../src/constructs/harness-pipeline';
import { HarnessTrigger } from '../../src/constructs/harness-trigger';
import { SelfServiceWorkflow } from '../../src/constructs/self-service-workflow';
import { Pipeline } from '../../src/pipeline/pipeline';
import { CustomStage } from '../../src/pipeline/stages/custom-stage';
import { RunStep, Shell } from '../../src/pipeline/steps/common/run';
import { GitPushTrigger } from '../../src/pipeline/triggers/git-push-trigger';
import { HarnessPlatformStack } from '../../src/stacks/harness-platform-stack';
import { FormPage } from '../../src/workflow/form-page';
import { WorkflowInput } from '../../src/workflow/workflow-input';
import { greetPipeline } from '../support/greet-pipeline';
import { evaluateWithTerraform, yamlAttributes } from '../support/terraform';

// A field whose whole value is a Terraform reference is written through Terraform's jsonencode(): Terraform inserts
// a JSON text, which YAML 1.1 and 1.2 readers read as exactly the value. A reference inside longer text is inserted
// as it is (docs/yaml.md).

/** A value that would change a document inserted as it is: `: `, ` #`, quotes, a backslash, a YAML 1.1 boolean, a line break. */
const VALUE = 'Payments: checkout #1 "fast" \\ yes\nline two <&> \u2028';

function stack(): { stack: HarnessPlatformStack; team: string } {
  const s = new HarnessPlatformStack(Testing.app(), 'team', { orgId: 'default', projectId: 'payments', accountId: 'ACC' });
  return { stack: s, team: new TerraformVariable(s, 'team_description', { type: 'string' }).stringValue };
}

function deploy(description: string, tag: string): Pipeline {
  const run = new RunStep({ identifier: 'go', command: 'deploy', shell: Shell.BASH, timeout: '5m' });
  return new Pipeline({ identifier: 'deploy', name: 'Deploy', description, tags: { team: tag } }).addStage(
    new CustomStage({ identifier: 'main', steps: [run] }),
  );
}

describe('Terraform references in document text', () => {
  test('a whole-field reference is written through jsonencode(): YAML 1.1 and 1.2 read exactly the value', () => {
    const { stack: s, team } = stack();
    new HarnessPipeline(s, 'deploy', { pipeline: deploy(team, team) });
    const [yaml] = Object.values(yamlAttributes(Testing.synth(s)));
    expect(yaml).toContain('  description: ${jsonencode(var.team_description)}\n');
    expect(yaml).toContain('    team: ${jsonencode(var.team_description)}\n');
    const evaluated = evaluateWithTerraform({ yaml }, { team_description: VALUE }).yaml;
    for (const version of ['1.1', '1.2'] as const) {
      const { pipeline } = parse(evaluated, { version });
      expect([pipeline.description, pipeline.tags.team]).toEqual([VALUE, VALUE]);
    }
  });

  test('in a workflow too; a reference inside longer text is inserted as it is', () => {
    const { stack: s, team } = stack();
    const who = WorkflowInput.string('who', { title: 'Who', description: team });
    const pipeline = greetPipeline(who);
    new SelfServiceWorkflow(s, 'greet', {
      pipeline,
      workflow: {
        name: 'Greet',
        type: 'service',
        owner: 'group:account/sre',
        description: `For ${team}`,
        pages: [new FormPage({ title: 'Greeting', inputs: [who] })],
      },
    });
    const attributes = yamlAttributes(Testing.synth(s));
    const workflow = Object.entries(attributes).find(([k]) => k.startsWith('harness_platform_idp_catalog_entity'))![1];
    expect(workflow).toContain('description: ${jsonencode(var.team_description)}\n');
    expect(workflow).toContain('description: For ${var.team_description}\n');
    const evaluated = parse(evaluateWithTerraform({ workflow }, { team_description: 'the payments team' }).workflow);
    expect([evaluated.spec.parameters[0].properties.who.description, evaluated.metadata.description]).toEqual([
      'the payments team',
      'For the payments team',
    ]);
  });

  test("a trigger's YAML and a pipeline's renderYaml() write a whole-field reference through jsonencode() too", () => {
    const { stack: s, team } = stack();
    const repo = new TerraformVariable(s, 'gitops_repo', { type: 'string' }).stringValue;
    const hp = new HarnessPipeline(s, 'deploy', { pipeline: deploy(team, 'payments') });
    const trigger = new GitPushTrigger({
      identifier: 'on_change',
      connectorRef: 'account.github',
      repoName: repo,
      branch: 'main',
      changedFiles: ['a.ts'],
    });
    new HarnessTrigger(s, 'on_change', { trigger, pipeline: hp });
    const json = JSON.parse(Testing.synth(s));
    const triggerYaml = (Object.values(json.resource.harness_platform_triggers)[0] as { yaml: string }).yaml;
    expect(triggerYaml).toContain('repoName: ${jsonencode(var.gitops_repo)}\n');
    const evaluated = parse(evaluateWithTerraform({ triggerYaml }, { gitops_repo: 'no: such repo' }).triggerYaml);
    expect(evaluated.trigger.source.spec.spec.spec.repoName).toBe('no: such repo');
    expect(hp.renderYaml()).toMatch(/\n {2}description: \$\{TfToken\[TOKEN\.\d+\]\}\n/);
    expect(hp.renderYaml()).not.toContain(`description: ${team}\n`);
  });

  test('the pipeline model on its own writes a reference as it is (the constructs choose jsonencode)', () => {
    const { team } = stack();
    expect(deploy(team, 'payments').toYaml()).toContain(`  description: ${team}\n`);
  });
});
