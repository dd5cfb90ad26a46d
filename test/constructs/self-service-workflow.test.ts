import { throwIfInvalid } from '../../src/core/value-problems';
import 'cdktf/lib/testing/adapters/jest';
import { TerraformStack, Testing } from 'cdktf';
import { PlatformIdpCatalogEntity } from '../../.gen/providers/harness/platform-idp-catalog-entity';
import { SelfServiceWorkflow, WorkflowScope } from '../../src/constructs/self-service-workflow';
import { WorkflowRegistration } from '../../src/constructs/workflow-registration';
import { WorkflowFormat } from '../../src/workflow/workflow-format';
import { Pipeline } from '../../src/pipeline/pipeline';
import { CustomStage } from '../../src/pipeline/stages/custom-stage';
import { RunStep, Shell } from '../../src/pipeline/steps/common/run';
import { PipelineVariable } from '../../src/pipeline/variable';
import { HarnessPlatformStack } from '../../src/stacks/harness-platform-stack';
import { synthDocuments } from '../../src/testing/synth-documents';
import { FormCondition } from '../../src/workflow/form-condition';
import { FormField } from '../../src/workflow/form-field';
import { FormPage } from '../../src/workflow/form-page';
import { InputsetValue } from '../../src/workflow/inputset-value';
import { UiField } from '../../src/workflow/ui-field';
import { WorkflowInput } from '../../src/workflow/workflow-input';
import { WorkflowOutput } from '../../src/workflow/workflow-output';
import { evaluateWithTerraform, yamlAttributes } from '../support/terraform';

Testing.setupJest();

function platform(): HarnessPlatformStack {
  return new HarnessPlatformStack(Testing.app(), 'team', { orgId: 'default', projectId: 'idp_workflows', github: { owner: 'acme' } });
}

/** A small pipeline + form: one input, a Run step that exports an output variable, read back by the form. */
function greeter(
  scope: TerraformStack,
  id: string,
  extra: { registration?: WorkflowRegistration; extraVariable?: boolean; scope?: WorkflowScope; identifier?: string } = {},
) {
  const who = WorkflowInput.string('who', { title: 'Who to greet', default: 'world' });
  const greet = new RunStep({
    identifier: 'greet',
    timeout: '10m',
    shell: Shell.SH,
    command: `msg="hello ${who} \${USER}"`,
    outputVariables: ['msg'],
  });
  const pipeline = new Pipeline({ identifier: id, name: `Greeter ${id}`, tags: {}, variables: [who] }).addStage(
    new CustomStage({ identifier: 'main', description: '', tags: {}, steps: [greet] }),
  );
  if (extra.extraVariable) pipeline.addVariable(PipelineVariable.string('unfed'));
  const ssw = new SelfServiceWorkflow(scope, id, {
    pipeline,
    registration: extra.registration,
    workflowScope: extra.scope,
    workflow: {
      identifier: extra.identifier,
      name: `Greet (${id})`,
      type: 'operations',
      owner: 'group:account/sre',
      pages: [new FormPage({ title: 'Greeting', inputs: [who] })],
      outputs: [WorkflowOutput.pipelineUrl(), WorkflowOutput.text('Message', greet.outputVariable('msg'))],
    },
  });
  return { ssw, pipeline, greet };
}

describe('SelfServiceWorkflow', () => {
  test('creates the pipeline and an inline catalog entity scoped like the pipeline, after the pipeline', () => {
    const s = platform();
    greeter(s, 'greeter');
    const synthesized = Testing.synth(s, true);
    expect(synthesized).toHaveResourceWithProperties(PlatformIdpCatalogEntity, {
      identifier: 'greeter',
      kind: 'workflow',
      org_id: 'default',
      project_id: 'idp_workflows',
    });
    const json = JSON.parse(synthesized);
    const entity = Object.values(json.resource.harness_platform_idp_catalog_entity)[0] as Record<string, unknown>;
    expect(entity.depends_on).toEqual([expect.stringMatching(/^harness_platform_pipeline\./)]);
  });

  test('derives the trigger URL, inputset and outputs from the pipeline (readable YAML snapshots)', () => {
    const s = platform();
    greeter(s, 'greeter');
    const docs = synthDocuments(s);
    expect(Object.keys(docs)).toEqual(['team/diagrams/greeter.md', 'team/pipelines/greeter.yaml', 'team/workflows/greeter.yaml']);
    const wf = docs['team/workflows/greeter.yaml'];
    expect(wf).toContain(
      'url: https://app.harness.io/ng/account/${var.harness_account_id}/module/idp/orgs/default/projects/idp_workflows/pipelines/greeter/pipeline-studio/?storeType=INLINE',
    );
    expect(wf).toContain('who: ${{ parameters.who }}');
    expect(wf).toContain("${{ steps.trigger.output['pipeline.stages.main.spec.execution.steps.greet.output.outputVariables.msg'] }}");
    expect(wf).toContain('showOutputVariables: true');
    expect(docs['team/pipelines/greeter.yaml']).toContain('value: <+input>.default(world)');
    expect(docs).toMatchSnapshot();
  });

  test('a pipeline runtime input that no form input feeds fails the synth with the construct path', () => {
    const s = platform();
    greeter(s, 'greeter', { extraVariable: true });
    expect(() => Testing.synth(s, true)).toThrow(
      /^team\/greeter\/workflow: pipeline 'greeter' > variable 'unfed': value: is a runtime input that no input of workflow 'greeter' feeds/,
    );
  });

  test('derived inputs and conditional fields pass through: the contract sees them, Terraform keeps their text', () => {
    const s = platform();
    const env = WorkflowInput.enum('environment', { title: 'Environment', values: ['dev', 'prod'] });
    const ticket = WorkflowInput.string('ticket', { title: "Ticket (it's required)", whenAbsent: 'none' });
    const repoUrl = FormField.string('repoUrl', { title: 'Repository', uiField: UiField.repoUrlPicker({ allowedHosts: ['github.com'] }) });
    const repo = WorkflowInput.derived('repo', InputsetValue.of(repoUrl).parseRepoUrl().pick('repo'));
    const pipeline = new Pipeline({ identifier: 'derived', name: 'Derived', variables: [env, ticket, repo] }).addStage(
      new CustomStage({ identifier: 'main', steps: [new RunStep({ identifier: 'go', command: `echo ${repo} \${HOME}` })] }),
    );
    const ssw = new SelfServiceWorkflow(s, 'derived', {
      pipeline,
      workflow: {
        type: 'operations',
        pages: [
          new FormPage({
            title: 'Target',
            inputs: [env, repoUrl],
            conditions: [FormCondition.oneOf(env, [{ values: ['prod'], fields: [ticket] }, { values: ['dev'] }])],
          }),
        ],
        derivedInputs: [repo],
      },
    });
    const evaluated = Object.values(evaluateWithTerraform(yamlAttributes(Testing.synth(s, true)), { harness_account_id: 'ACC123' }));
    const workflowYaml = ssw.form.toYaml().split(s.accountId).join('ACC123');
    expect(evaluated).toContain(workflowYaml);
    expect(workflowYaml).toContain("repo: ${{ parameters.repoUrl | parseRepoUrl | pick('repo') }}");
    expect(workflowYaml).toContain("ticket: ${{ parameters.ticket | default('none') }}");
    const unfed = platform();
    const bare = new Pipeline({ identifier: 'bare', name: 'Bare', variables: [env] }).addStage(
      new CustomStage({ identifier: 'main', steps: [new RunStep({ identifier: 'go', command: 'echo' })] }),
    );
    new SelfServiceWorkflow(unfed, 'bare', {
      pipeline: bare,
      workflow: { type: 'operations', pages: [new FormPage({ title: 'Target', inputs: [env, repoUrl] })], derivedInputs: [repo] },
    });
    expect(() => Testing.synth(unfed, true)).toThrow(
      "team/bare/workflow: workflow 'bare' > derived input 'repo': name: feeds pipeline variable 'repo', which pipeline 'bare' does not declare. Fix: add the derived input to the pipeline: pipeline.addVariable(input) (or new Pipeline({ variables: workflow.pipelineVariables }))",
    );
  });

  test('workflow scope can be org or account', () => {
    const s = platform();
    greeter(s, 'org_wide', { scope: WorkflowScope.ORG });
    greeter(s, 'account_wide', { scope: WorkflowScope.ACCOUNT });
    const json = JSON.parse(Testing.synth(s, true));
    const entities = Object.values(json.resource.harness_platform_idp_catalog_entity) as Record<string, unknown>[];
    const scopes = Object.fromEntries(entities.map((e) => [e.identifier, [e.org_id, e.project_id]]));
    expect(scopes).toEqual({ org_wide: ['default', undefined], account_wide: [undefined, undefined] });
  });

  test('GitOps: commits the YAML, imports the entity from Git, and orders commits to the same repo and branch', () => {
    const s = platform();
    const reg = () => WorkflowRegistration.gitOps({ repository: 'platform-gitops', connectorRef: 'account.github_gitops' });
    greeter(s, 'first', { registration: reg() });
    greeter(s, 'second', { registration: reg() });
    greeter(s, 'other_branch', {
      registration: WorkflowRegistration.gitOps({ repository: 'platform-gitops', branch: 'dev', connectorRef: 'account.github_gitops' }),
    });
    const json = JSON.parse(Testing.synth(s, true));
    const files = json.resource.github_repository_file as Record<string, Record<string, unknown>>;
    const keyOf = (file: string, branch = 'main') => Object.keys(files).find((k) => files[k].file === file && files[k].branch === branch)!;
    const [firstKey, secondKey, otherKey] = [
      keyOf('workflows/default/idp_workflows/first.yaml'),
      keyOf('workflows/default/idp_workflows/second.yaml'),
      keyOf('workflows/default/idp_workflows/other_branch.yaml', 'dev'),
    ];
    expect(files[firstKey]).toMatchObject({
      repository: 'platform-gitops',
      branch: 'main',
      file: 'workflows/default/idp_workflows/first.yaml',
      overwrite_on_create: true,
    });
    expect(files[secondKey].depends_on).toContain(`github_repository_file.${firstKey}`);
    expect(files[otherKey].depends_on).not.toContain(`github_repository_file.${secondKey}`);
    const entity = (Object.values(json.resource.harness_platform_idp_catalog_entity) as Record<string, any>[]).find(
      (e) => e.identifier === 'first',
    )!;
    expect(entity).toMatchObject({
      identifier: 'first',
      kind: 'workflow',
      import_from_git: true,
      git_details: {
        store_type: 'REMOTE',
        connector_ref: 'account.github_gitops',
        repo_name: 'platform-gitops',
        branch_name: 'main',
        file_path: 'workflows/default/idp_workflows/first.yaml',
      },
    });
    expect(entity.yaml).toBeUndefined();
    expect(entity.depends_on).toEqual([`github_repository_file.${firstKey}`]);
  });

  test('GitOps with the Backstage format is rejected for a project-scoped workflow', () => {
    const s = platform();
    expect(() =>
      greeter(s, 'legacy', {
        registration: WorkflowRegistration.gitOps({ repository: 'r', connectorRef: 'account.c', format: WorkflowFormat.BACKSTAGE }),
      }),
    ).toThrow(
      "team/legacy/workflow: registration.format: an IDP 1.0 Backstage template has account scope only, but the workflow is org/project scoped. Fix: use WorkflowFormat.IDP_2, or drop the workflow's org/project scope",
    );
  });

  test('GitOps with the Backstage format: a template name with - cannot become the catalog entity identifier', () => {
    const s = platform();
    expect(() =>
      greeter(s, 'legacy', {
        identifier: 'legacy-greeter',
        scope: WorkflowScope.ACCOUNT,
        registration: WorkflowRegistration.gitOps({ repository: 'r', connectorRef: 'account.c', format: WorkflowFormat.BACKSTAGE }),
      }),
    ).toThrow(
      "team/legacy/workflow: workflow.identifier: 'legacy-greeter' holds '-'; Harness imports the template as a catalog entity, whose identifier cannot hold '-'. Fix: use the identifier 'legacy_greeter', or commit workflow.toBackstageYaml() yourself where IDP 1.0 registers templates",
    );
  });

  test('GitOps registration rejects a bad repository name and a non-YAML path', () => {
    expect(() =>
      throwIfInvalid(WorkflowRegistration.gitOps({ repository: 'https://github.com/acme/x', connectorRef: 'account.c' })),
    ).toThrow(/repository: 'https:\/\/github\.com\/acme\/x' is not a GitHub repository name/);
    expect(() => throwIfInvalid(WorkflowRegistration.gitOps({ repository: 'x', connectorRef: 'account.c', filePath: 'w.json' }))).toThrow(
      /filePath: 'w\.json' is not a YAML file path/,
    );
    expect(() =>
      throwIfInvalid(WorkflowRegistration.gitOps({ repository: 'x', connectorRef: 'account.c', filePath: '/workflows/w.yaml' })),
    ).toThrow("WorkflowRegistration.gitOps: filePath: '/workflows/w.yaml' is absolute. Fix: use a path relative to the repository root");
  });

  test('GitOps registration needs the Git connector of the catalog import', () => {
    expect(() => throwIfInvalid(WorkflowRegistration.gitOps({ repository: 'x' } as any))).toThrow(
      "WorkflowRegistration.gitOps: connectorRef: no Git connector is given for the catalog import. Fix: pass the Harness Git connector that can read the repository, e.g. 'account.github_gitops'",
    );
    expect(() => throwIfInvalid(WorkflowRegistration.gitOps({ repository: 'x', connectorRef: ' ' }))).toThrow(
      /^WorkflowRegistration\.gitOps: connectorRef: /,
    );
  });

  test("an orgId/projectId that differs from the pipeline model's own fails, naming the pipeline construct", () => {
    const pipeline = new Pipeline({
      identifier: 'scoped',
      name: 'Scoped',
      orgIdentifier: 'default',
      projectIdentifier: 'idp_workflows',
    }).addStage(new CustomStage({ identifier: 'main', steps: [new RunStep({ identifier: 'r', command: 'true' })] }));
    expect(
      () =>
        new SelfServiceWorkflow(platform(), 'scoped', {
          pipeline,
          projectId: 'other',
          workflow: { name: 'Scoped', type: 'operations', pages: [] },
        }),
    ).toThrow(/^team\/scoped\/pipeline: projectId: 'other' differs from the pipeline model's projectIdentifier 'idp_workflows'/);
  });

  test('needs an organization, a project and an account id outside a HarnessPlatformStack', () => {
    const s = new TerraformStack(Testing.app(), 'plain');
    expect(() => greeter(s, 'g')).toThrow(
      'plain/g: projectId: no organization/project for the pipeline. Fix: pass orgId and projectId, set them on the Pipeline, or create the workflow inside a HarnessPlatformStack',
    );
    const pipeline = new Pipeline({ identifier: 'scoped', orgIdentifier: 'default', projectIdentifier: 'p' }).addStage(
      new CustomStage({ identifier: 'main', steps: [new RunStep({ identifier: 'r', command: 'true' })] }),
    );
    expect(() => new SelfServiceWorkflow(s, 'h', { pipeline, workflow: { type: 'operations', pages: [] } })).toThrow(
      'plain/h: accountId: no account identifier for the trigger URL. Fix: pass accountId, or create the workflow inside a HarnessPlatformStack',
    );
  });

  test('Terraform evaluates every YAML attribute to exactly what the models render', () => {
    const s = platform();
    const { ssw } = greeter(s, 'greeter');
    const git = greeter(s, 'gitops', {
      registration: WorkflowRegistration.gitOps({ repository: 'platform-gitops', connectorRef: 'account.c' }),
    });
    const evaluated = evaluateWithTerraform(yamlAttributes(Testing.synth(s, true)), { harness_account_id: 'ACC123' });
    const values = Object.values(evaluated);
    expect(values).toHaveLength(4);
    const expectedWorkflow = ssw.form.toYaml().split(s.accountId).join('ACC123');
    expect(values).toContain(ssw.pipeline.renderYaml());
    expect(values).toContain(expectedWorkflow);
    expect(values).toContain(git.ssw.form.toYaml().split(s.accountId).join('ACC123'));
    expect(expectedWorkflow).toContain('${{ parameters.who }}');
  });
});
