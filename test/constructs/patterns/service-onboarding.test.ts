import { parse } from 'yaml';
import { CookiecutterTemplates } from '../../../src/constructs/patterns/blocks/cookiecutter-templates';
import { OwnerKind, OwnerPicker } from '../../../src/constructs/patterns/blocks/owner-picker';
import { PatternInput } from '../../../src/constructs/patterns/blocks/pattern-input';
import { ServiceOnboarding } from '../../../src/constructs/patterns/service-onboarding';
import type { ServiceOnboardingProps } from '../../../src/constructs/patterns/service-onboarding/props';
import { SecretRef } from '../../../src/core/secret-ref';
import { StageInfrastructure } from '../../../src/pipeline/infrastructure';
import { RunStep } from '../../../src/pipeline/steps/common/run';
import { GitConnectorType } from '../../../src/pipeline/steps/idp/git-target';
import { referencePipeline, referenceWorkflow } from '../../support/reference-examples';
import { inputsetKeys, messageOf, patternDocs, platform, property, runtimeInputNames } from '../../support/pattern-docs';

const ID = 'idp_service_onboarding';
const REFERENCE_TEMPLATE = 'https://github.com/devesh-harness/test-cookicutter';

/** The platform decisions behind the service-onboarding example pipeline and workflow. */
function referenceProps(extra: Partial<ServiceOnboardingProps> = {}): ServiceOnboardingProps {
  return {
    connectorRef: 'account.github_org_connector',
    templates: CookiecutterTemplates.freeUrl({ default: REFERENCE_TEMPLATE }),
    privateTemplates: {},
    slackBotToken: SecretRef.fromIdentifier('slack_bot_token'),
    harnessApiKey: SecretRef.fromIdentifier('account.idp_onboarding_pat'),
    owner: 'group:account/platform_engineering',
    lifecycle: 'production',
    ...extra,
  };
}

/** Minimal props: public templates, no Slack, no CreateResource. */
function minimalProps(extra: Partial<ServiceOnboardingProps> = {}): ServiceOnboardingProps {
  return { connectorRef: 'account.github_org_connector', slackNotifications: false, createResource: false, ...extra };
}

function steps(pipeline: Record<string, any>): Record<string, any>[] {
  return pipeline.stages[0].stage.spec.execution.steps.map((s: any) => s.step);
}

function step(pipeline: Record<string, any>, identifier: string): Record<string, any> {
  const found = steps(pipeline).find((s) => s.identifier === identifier);
  if (!found) throw new Error(`no step ${identifier}`);
  return found;
}

function variable(pipeline: Record<string, any>, name: string): Record<string, any> | undefined {
  return pipeline.variables.find((v: any) => v.name === name);
}

describe('ServiceOnboarding', () => {
  test('renders the example pipeline (differences listed below)', () => {
    const s = platform();
    const so = new ServiceOnboarding(s, 'onboarding', referenceProps());
    const { pipeline, pipelineYaml } = patternDocs(s, ID);
    const expected = referencePipeline('service-onboarding').pipeline;
    // 1. No pipeline tags (the example's `managed-by: cdktf` is a sample value).
    expected.tags = {};
    // 2. The example's UpdateCatalogProperty step is not part of the pattern: its spec.type values are UNVERIFIED.
    const expectedSteps: any[] = expected.stages[0].stage.spec.execution.steps;
    expected.stages[0].stage.spec.execution.steps = expectedSteps.filter((x) => x.step.identifier !== 'update_catalog_property');
    // 3. The service name carries the form's pattern as a runtime-input regex.
    expected.variables[0].value = '<+input>.regex(^[a-zA-Z_][0-9a-zA-Z_]{0,62}$)';
    // 4. catalog-info.yaml: same entity (compared parsed below; the renderer double-quotes expressions).
    const catalog = step(pipeline, 'create_catalog');
    const expectedCatalog = expectedSteps.find((x) => x.step.identifier === 'create_catalog').step;
    expect(parse(catalog.spec.fileContent)).toEqual(parse(expectedCatalog.spec.fileContent));
    expect(catalog.spec.fileContent).toContain('  name: "<+pipeline.variables.project_name>"\n');
    expectedCatalog.spec.fileContent = catalog.spec.fileContent;
    // 5. CreateResource: the definition is the default module (checked in its own test); xApiKey is the
    //    secret identifier, as CreateResourceStep renders it (the example writes <+secrets.getValue(...)>).
    const create = step(pipeline, 'create_ci_pipeline');
    const expectedCreate = expectedSteps.find((x) => x.step.identifier === 'create_ci_pipeline').step;
    expect(create.spec.xApiKey).toBe('account.idp_onboarding_pat');
    expect(create.spec.resourceDefinition).toBe(so.ciModule!.toHcl());
    expectedCreate.spec = create.spec;
    // 6. Stages always carry `tags: {}` (the stage renderer's default).
    expected.stages[0].stage.tags = {};

    expect(pipeline).toEqual(expected);
    expect(pipelineYaml).toBeValidHarnessPipeline();
  });

  test('renders the example workflow form (IDP 2.0)', () => {
    const s = platform();
    new ServiceOnboarding(s, 'onboarding', referenceProps());
    const { workflow } = patternDocs(s, ID);
    expect(workflow).toEqual(referenceWorkflow('service-onboarding'));
  });

  test('every pipeline runtime input has an inputset entry, and the reverse', () => {
    const s = platform();
    new ServiceOnboarding(s, 'onboarding', referenceProps());
    new ServiceOnboarding(s, 'minimal', minimalProps({ identifier: 'minimal_onboarding' }));
    for (const id of [ID, 'minimal_onboarding']) {
      const { pipeline, workflow } = patternDocs(s, id);
      expect(inputsetKeys(workflow).sort()).toEqual(runtimeInputNames(pipeline).sort());
    }
    expect(runtimeInputNames(patternDocs(s, 'minimal_onboarding').pipeline)).toEqual([
      'project_name',
      'template_url',
      'github_org',
      'repository_type',
      'repository_description',
      'owner',
      'stack',
    ]);
  });

  test('snapshot of the pipeline and the workflow', () => {
    const s = platform();
    new ServiceOnboarding(s, 'onboarding', referenceProps());
    expect(patternDocs(s, ID).docs).toMatchSnapshot();
  });

  test('the default CreateResource module creates <project_name>_ci in the project picked in the form', () => {
    const s = platform();
    const so = new ServiceOnboarding(s, 'onboarding', referenceProps());
    const hcl = step(patternDocs(s, ID).pipeline, 'create_ci_pipeline').spec.resourceDefinition as string;
    expect(hcl).toContain('resource "harness_platform_pipeline" "ci" {\n');
    expect(hcl).toContain('  identifier = "<+pipeline.variables.project_name>_ci"\n');
    expect(hcl).toContain('  name       = "<+pipeline.variables.project_name> CI"\n');
    expect(hcl).toContain('  org_id     = "<+pipeline.variables.harness_org>"\n');
    expect(hcl).toContain('  project_id = "<+pipeline.variables.harness_project>"\n');
    // The created pipeline, with the onboarding run's values filled in, is a valid codebase-disabled CI pipeline.
    const values: Record<string, string> = { project_name: 'payments', harness_org: 'default', harness_project: 'platform' };
    const created = parse(so.ciPipeline!.renderYaml().replace(/<\+pipeline\.variables\.(\w+)>/g, (_m, n: string) => values[n]));
    expect(created).toBeValidHarnessPipeline();
    expect(created.pipeline).toMatchObject({
      identifier: 'payments_ci',
      name: 'payments CI',
      orgIdentifier: 'default',
      projectIdentifier: 'platform',
    });
    expect(created.pipeline.stages[0].stage).toMatchObject({ identifier: 'build', type: 'CI', spec: { cloneCodebase: false } });
    expect(created.pipeline.stages[0].stage.spec.execution.steps[0].step.spec).toEqual({
      shell: 'Sh',
      command: 'echo "Build and test payments here"',
    });
  });

  test('the created CI pipeline can be extended before synth', () => {
    const s = platform();
    const so = new ServiceOnboarding(s, 'onboarding', referenceProps());
    so.ciPipeline!.pipeline.stage('build').addStep(new RunStep({ identifier: 'test', command: 'make test' }));
    const hcl = step(patternDocs(s, ID).pipeline, 'create_ci_pipeline').spec.resourceDefinition as string;
    expect(hcl).toContain('identifier: test');
    expect(hcl).toContain('command: make test');
  });

  test('a custom resource definition (HCL text or a source) replaces the default module', () => {
    const s = platform();
    const hcl =
      'resource "harness_platform_project" "p" {\n  identifier = "<+pipeline.variables.project_name>"\n  name       = "<+pipeline.variables.project_name>"\n  org_id     = "<+pipeline.variables.harness_org>"\n}\n';
    const so = new ServiceOnboarding(s, 'onboarding', referenceProps({ createResource: hcl }));
    const source = { renderHcl: () => 'data "harness_platform_organization" "o" {\n  identifier = "default"\n}\n' };
    new ServiceOnboarding(s, 'other', referenceProps({ identifier: 'other_onboarding', createResource: source }));
    expect(so.ciModule).toBeUndefined();
    expect(so.ciPipeline).toBeUndefined();
    expect(step(patternDocs(s, ID).pipeline, 'create_ci_pipeline').spec).toEqual({
      resourceDefinition: hcl,
      xApiKey: 'account.idp_onboarding_pat',
    });
    expect(step(patternDocs(s, 'other_onboarding').pipeline, 'create_ci_pipeline').spec.resourceDefinition).toBe(source.renderHcl());
    expect(so.inputs.harnessOrg!.name).toBe('harness_org');
  });

  test('createResource: false leaves out the step, the Harness project fields, and the API key', () => {
    const s = platform();
    const so = new ServiceOnboarding(s, 'onboarding', referenceProps({ createResource: false, harnessApiKey: undefined }));
    const { pipeline, workflow } = patternDocs(s, ID);
    expect(so.steps.createResource).toBeUndefined();
    expect(so.inputs.harnessProject).toBeUndefined();
    expect(steps(pipeline).map((x) => x.identifier)).toEqual([
      'clone_template',
      'cookiecutter',
      'create_repo',
      'create_catalog',
      'direct_push',
      'register_catalog',
      'slack_notify',
      'export_outputs',
    ]);
    expect(variable(pipeline, 'harness_org')).toBeUndefined();
    expect(property(workflow, 'projectId')).toBeUndefined();
    expect(workflow.spec.parameters[0].required).toEqual(['project_name', 'github_org', 'owner', 'stack']);
    expect(pipeline.description).toBe(
      'Scaffold a service from a Cookiecutter template, create repo, register in IDP catalog, notify on Slack.',
    );
  });

  test('public templates only: no GitClone, a literal template type, and a required template URL', () => {
    const s = platform();
    const so = new ServiceOnboarding(s, 'onboarding', minimalProps());
    const { pipeline, workflow, pipelineYaml } = patternDocs(s, ID);
    expect(so.steps.cloneTemplate).toBeUndefined();
    expect(so.inputs.templateType).toBeUndefined();
    expect(steps(pipeline).map((x) => x.identifier)).toEqual([
      'cookiecutter',
      'create_repo',
      'create_catalog',
      'direct_push',
      'register_catalog',
      'export_outputs',
    ]);
    expect(step(pipeline, 'cookiecutter').spec).toEqual({
      templateType: 'public',
      publicTemplateUrl: '<+pipeline.variables.template_url>',
      cookieCutterVariables: {
        project_name: '<+pipeline.variables.project_name>',
        stack: '<+pipeline.variables.stack>',
        owner: '<+pipeline.variables.owner>',
      },
    });
    expect(variable(pipeline, 'template_url')).toEqual({
      name: 'template_url',
      type: 'String',
      description: 'Public cookiecutter template URL',
      required: true,
      value: '<+input>',
    });
    expect(workflow.spec.parameters[1]).toEqual({
      title: 'Template',
      required: ['template_url'],
      properties: { template_url: { title: 'Public Cookiecutter template URL', type: 'string' } },
    });
    expect(pipeline.description).toBe('Scaffold a service from a Cookiecutter template, create repo, register in IDP catalog.');
    expect(pipelineYaml).toBeValidHarnessPipeline();
  });

  test('private templates: branch, clone directory and connector of the template repository', () => {
    const s = platform();
    new ServiceOnboarding(
      s,
      'onboarding',
      minimalProps({
        privateTemplates: {
          defaultRepository: 'templates',
          branch: 'release',
          cloneDirectory: '/harness/tpl',
          connectorRef: 'account.templates_reader',
        },
      }),
    );
    const { pipeline, workflow } = patternDocs(s, ID);
    expect(step(pipeline, 'clone_template')).toEqual({
      type: 'GitClone',
      name: 'Clone private template',
      identifier: 'clone_template',
      timeout: '10m',
      when: { stageStatus: 'Success', condition: '<+pipeline.variables.template_type> == "private"' },
      spec: {
        connectorRef: 'account.templates_reader',
        repoName: '<+pipeline.variables.private_template_repo>',
        cloneDirectory: '/harness/tpl',
        build: { type: 'branch', spec: { branch: 'release' } },
      },
    });
    expect(step(pipeline, 'cookiecutter').spec.pathForTemplate).toBe('/harness/tpl');
    expect(step(pipeline, 'cookiecutter').spec.templateType).toBe('<+pipeline.variables.template_type>');
    expect(property(workflow, 'private_template_repo')).toEqual({
      title: 'Private template repository',
      type: 'string',
      default: 'templates',
    });
    expect(variable(pipeline, 'template_url')!.required).toBe(false);
  });

  test('a fixed list of templates becomes a drop-down of URLs labelled by title', () => {
    const s = platform();
    new ServiceOnboarding(
      s,
      'onboarding',
      minimalProps({
        templates: CookiecutterTemplates.fixedList([
          { title: 'Java service', url: 'https://github.com/acme/cookiecutter-java' },
          { title: 'Go service', url: 'https://github.com/acme/cookiecutter-go' },
        ]),
      }),
    );
    const { pipeline, workflow } = patternDocs(s, ID);
    expect(property(workflow, 'template_url')).toEqual({
      title: 'Cookiecutter template',
      type: 'string',
      enum: ['https://github.com/acme/cookiecutter-java', 'https://github.com/acme/cookiecutter-go'],
      enumNames: ['Java service', 'Go service'],
      default: 'https://github.com/acme/cookiecutter-java',
    });
    expect(variable(pipeline, 'template_url')!.value).toBe(
      '<+input>.default(https://github.com/acme/cookiecutter-java).allowedValues(https://github.com/acme/cookiecutter-java,https://github.com/acme/cookiecutter-go)',
    );
  });

  test('a fixed Git organization is no form field; GitLab asks for the group path', () => {
    const s = platform();
    const fixed = new ServiceOnboarding(s, 'fixed', minimalProps({ identifier: 'fixed_org', gitOrganization: 'acme' }));
    new ServiceOnboarding(
      s,
      'gitlab',
      minimalProps({
        identifier: 'gitlab_org',
        connectorType: GitConnectorType.GITLAB,
        gitOrganization: PatternInput.formInput({ default: 'acme/platform' }),
      }),
    );
    const a = patternDocs(s, 'fixed_org');
    expect(fixed.inputs.gitOrganization).toBeUndefined();
    expect(variable(a.pipeline, 'github_org')).toBeUndefined();
    expect(property(a.workflow, 'github_org')).toBeUndefined();
    for (const id of ['create_repo', 'direct_push', 'register_catalog']) {
      expect(step(a.pipeline, id).spec).toMatchObject({
        connectorType: 'Github',
        organization: 'acme',
        repository: '<+pipeline.variables.project_name>',
      });
    }
    const b = patternDocs(s, 'gitlab_org');
    expect(property(b.workflow, 'git_org')).toEqual({ title: 'GitLab group path', type: 'string', default: 'acme/platform' });
    expect(step(b.pipeline, 'create_repo').spec).toMatchObject({ connectorType: 'Gitlab', organization: '<+pipeline.variables.git_org>' });
  });

  test('Slack notifications off: no SlackNotify step, no e-mail field, no token needed', () => {
    const s = platform();
    const so = new ServiceOnboarding(s, 'onboarding', referenceProps({ slackNotifications: false, slackBotToken: undefined }));
    const { pipeline, workflow } = patternDocs(s, ID);
    expect(so.steps.slackNotify).toBeUndefined();
    expect(so.inputs.notifyEmail).toBeUndefined();
    expect(steps(pipeline).map((x) => x.type)).not.toContain('SlackNotify');
    expect(workflow.spec.parameters[1].title).toBe('Template');
    expect(property(workflow, 'notify_email')).toBeUndefined();
  });

  test('the Slack message links the typed outputs of CreateRepo, CreateCatalog and RegisterCatalog', () => {
    const s = platform();
    new ServiceOnboarding(s, 'onboarding', referenceProps({ slackBotToken: SecretRef.fromIdentifier('account.slack_bot') }));
    const slack = step(patternDocs(s, ID).pipeline, 'slack_notify');
    expect(slack.spec).toEqual({
      email: '<+pipeline.variables.notify_email>',
      token: 'account.slack_bot',
      messageContent: [
        'Service *<+pipeline.variables.project_name>* onboarded.',
        'Repo: <<+pipeline.stages.service_onboarding.spec.execution.steps.create_repo.output.outputVariables.repositoryUrl>|link>',
        'Catalog: <<+pipeline.stages.service_onboarding.spec.execution.steps.create_catalog.output.outputVariables.registeredCatalogUrl>|link>',
        'catalog-info.yaml: <<+pipeline.stages.service_onboarding.spec.execution.steps.register_catalog.output.outputVariables.catalogInfoUrl>|link>',
      ].join('\n'),
    });
  });

  test('owner picker, tech stacks, branch, force push, infrastructure and catalog fields', () => {
    const s = platform();
    new ServiceOnboarding(
      s,
      'onboarding',
      minimalProps({
        ownerPicker: OwnerPicker.ownerPicker({ kinds: [OwnerKind.GROUP, OwnerKind.USER] }),
        techStacks: ['go', 'rust'],
        defaultBranch: 'trunk',
        forcePush: true,
        infrastructure: StageInfrastructure.kubernetes({ connectorRef: 'account.k8s', namespace: 'idp' }),
        componentType: 'website',
        componentLifecycle: 'production',
      }),
    );
    const { pipeline, workflow, pipelineYaml } = patternDocs(s, ID);
    expect(property(workflow, 'owner')).toEqual({
      title: 'Owner',
      type: 'string',
      'ui:field': 'OwnerPicker',
      'ui:options': { allowedKinds: ['Group', 'User'] },
    });
    expect(property(workflow, 'stack')).toEqual({ title: 'Tech stack', type: 'string', enum: ['go', 'rust'], default: 'go' });
    expect(variable(pipeline, 'stack')!.value).toBe('<+input>.default(go).allowedValues(go,rust)');
    expect(step(pipeline, 'create_repo').spec.defaultBranch).toBe('trunk');
    expect(step(pipeline, 'direct_push').spec).toMatchObject({ branch: 'trunk', forcePush: true });
    expect(step(pipeline, 'register_catalog').spec.branch).toBe('trunk');
    expect(parse(step(pipeline, 'create_catalog').spec.fileContent).spec).toEqual({
      type: 'website',
      lifecycle: 'production',
      owner: '<+pipeline.variables.owner>',
    });
    const stageSpec = pipeline.stages[0].stage.spec;
    expect(stageSpec.infrastructure).toMatchObject({ type: 'KubernetesDirect', spec: { connectorRef: 'account.k8s', namespace: 'idp' } });
    expect(stageSpec.runtime).toBeUndefined();
    expect(pipelineYaml).toBeValidHarnessPipeline();
  });

  test('a user-group picker for the owner', () => {
    const s = platform();
    new ServiceOnboarding(s, 'onboarding', minimalProps({ ownerPicker: OwnerPicker.userGroupPicker() }));
    expect(property(patternDocs(s, ID).workflow, 'owner')).toEqual({
      title: 'Owner',
      type: 'string',
      'ui:field': 'HarnessUserGroupPicker',
    });
  });

  test('exposes steps, inputs, stage and typed outputs; teams can add steps and override fields', () => {
    const s = platform();
    const so = new ServiceOnboarding(s, 'onboarding', referenceProps());
    expect(so.outputs.repositoryUrl.jexlPath()).toBe(
      'pipeline.stages.service_onboarding.spec.execution.steps.export_outputs.output.outputVariables.repo_url',
    );
    expect(so.steps.createRepo.outputs.repositoryUrl.jexlPath()).toBe(
      'pipeline.stages.service_onboarding.spec.execution.steps.create_repo.output.outputVariables.repositoryUrl',
    );
    so.stage.addStep(
      new RunStep({
        identifier: 'audit',
        command: `echo "${so.inputs.projectName} onboarded: ${so.steps.registerCatalog.outputs.catalogInfoUrl}"`,
      }),
    );
    so.steps.cookieCutter.addOverride('spec.verbose', true);
    so.pipeline.addOverride('tags', { team: 'platform' });
    const { pipeline, pipelineYaml } = patternDocs(s, ID);
    expect(step(pipeline, 'audit').spec.command).toBe(
      'echo "<+pipeline.variables.project_name> onboarded: <+pipeline.stages.service_onboarding.spec.execution.steps.register_catalog.output.outputVariables.catalogInfoUrl>"',
    );
    expect(step(pipeline, 'cookiecutter').spec.verbose).toBe(true);
    expect(pipeline.tags).toEqual({ team: 'platform' });
    expect(pipelineYaml).toBeValidHarnessPipeline();
  });

  describe('validation', () => {
    test('only GitHub and GitLab connectors', () => {
      expect(() => new ServiceOnboarding(platform(), 'onboarding', minimalProps({ connectorType: GitConnectorType.BITBUCKET }))).toThrow(
        "team/onboarding: connectorType: 'Bitbucket' is not supported by this pattern (it addresses repositories by organization; Bitbucket needs workspace/project). Fix: use GitConnectorType.GITHUB or GitConnectorType.GITLAB, or build the pipeline from the IDP steps directly",
      );
      expect(() => new ServiceOnboarding(platform(), 'onboarding', minimalProps({ connectorType: GitConnectorType.GITLAB }))).not.toThrow();
    });

    test('Slack notifications need a bot token secret', () => {
      expect(() => new ServiceOnboarding(platform(), 'onboarding', referenceProps({ slackBotToken: undefined }))).toThrow(
        /^team\/onboarding: slackBotToken: Slack notifications are on, but no Slack bot token secret is given\. Fix: pass slackBotToken: SecretRef\.fromIdentifier\('account\.slack_bot_token'\), or set slackNotifications: false$/,
      );
    });

    test('a literal Slack token or API key fails with a message that does not repeat it', () => {
      expect(() => new ServiceOnboarding(platform(), 'onboarding', referenceProps({ slackBotToken: 'xoxb-123' as any }))).toThrow(
        /^team\/onboarding: slackBotToken: a plain string was passed where a secret reference is required\. Fix: pass SecretRef\.fromIdentifier\('account\.x'\)/,
      );
      expect(() => new ServiceOnboarding(platform(), 'onboarding', referenceProps({ harnessApiKey: 'pat.abc.def' as any }))).toThrow(
        /^team\/onboarding: harnessApiKey: a plain string was passed where a secret reference is required\./,
      );
      expect(
        messageOf(() => new ServiceOnboarding(platform(), 'onboarding', referenceProps({ harnessApiKey: 'pat.abc.def' as any }))),
      ).not.toContain('pat.abc.def');
    });

    test('CreateResource needs a Harness API key', () => {
      expect(() => new ServiceOnboarding(platform(), 'onboarding', referenceProps({ harnessApiKey: undefined }))).toThrow(
        /^team\/onboarding: harnessApiKey: the CreateResource step needs a Harness API key \(xApiKey\), and none is given\. Fix: pass harnessApiKey: SecretRef\.fromIdentifier\('account\.idp_onboarding_pat'\), or set createResource: false to leave the step out$/,
      );
    });

    test('a connector is required, and only GitHub and GitLab are supported', () => {
      expect(() => new ServiceOnboarding(platform(), 'onboarding', minimalProps({ connectorRef: undefined as any }))).toThrow(
        /^team\/onboarding: connectorRef: is required\. Fix: pass the Git connector of the IDP steps/,
      );
      expect(() => new ServiceOnboarding(platform(), 'onboarding', minimalProps({ connectorType: GitConnectorType.BITBUCKET }))).toThrow(
        /^team\/onboarding: connectorType: 'Bitbucket' is not supported by this pattern .*\. Fix: use GitConnectorType\.GITHUB or GitConnectorType\.GITLAB/,
      );
    });

    test('tech stacks: not empty, catalog tags, distinct', () => {
      expect(() => new ServiceOnboarding(platform(), 'onboarding', minimalProps({ techStacks: [] }))).toThrow(
        /^team\/onboarding: techStacks: the list of tech stacks is empty\. Fix: list at least one stack/,
      );
      expect(() => new ServiceOnboarding(platform(), 'onboarding', minimalProps({ techStacks: ['Node JS'] }))).toThrow(
        "team/onboarding: techStacks: 'Node JS' is not a catalog tag, but the stack tags the new catalog entity. Fix: use lowercase letters, digits, ':', '+' or '#' joined by single '-', e.g. 'node-js'",
      );
      expect(() => new ServiceOnboarding(platform(), 'onboarding', minimalProps({ techStacks: ['go', 'go'] }))).toThrow(
        /^team\/onboarding: techStacks: a tech stack is listed twice\. Fix: list each stack once$/,
      );
    });

    test('a fixed Git organization must look like one', () => {
      expect(() => new ServiceOnboarding(platform(), 'onboarding', minimalProps({ gitOrganization: 'acme corp' }))).toThrow(
        /^team\/onboarding: gitOrganization: 'acme corp' contains whitespace, so it is not a Git organization\./,
      );
      expect(() => new ServiceOnboarding(platform(), 'onboarding', minimalProps({ gitOrganization: 42 as any }))).toThrow(
        /^team\/onboarding: gitOrganization: expects text or a PatternInput, got number\./,
      );
    });

    test("templates and owner picker must be the library's types", () => {
      expect(() => new ServiceOnboarding(platform(), 'onboarding', minimalProps({ templates: 'https://github.com/a/b' as any }))).toThrow(
        'team/onboarding: templates: expects CookiecutterTemplates. Fix: pass CookiecutterTemplates.freeUrl({ default }) or CookiecutterTemplates.fixedList([{ title, url }])',
      );
      expect(() => new ServiceOnboarding(platform(), 'onboarding', minimalProps({ ownerPicker: 'OwnerPicker' as any }))).toThrow(
        /^team\/onboarding: ownerPicker: expects an OwnerPicker\./,
      );
    });

    test('empty private-template settings and default branch are rejected', () => {
      expect(() => new ServiceOnboarding(platform(), 'onboarding', minimalProps({ privateTemplates: { branch: ' ' } }))).toThrow(
        /^team\/onboarding: privateTemplates\.branch: is empty\./,
      );
      expect(() => new ServiceOnboarding(platform(), 'onboarding', minimalProps({ defaultBranch: '' }))).toThrow(
        /^team\/onboarding: defaultBranch: is empty\./,
      );
    });

    test('a step-level model error names the construct path', () => {
      expect(
        () => new ServiceOnboarding(platform(), 'onboarding', referenceProps({ createResource: 'resource "aws_instance" "x" {}\n' })),
      ).toThrow(
        /^team\/onboarding: step 'create_ci_pipeline': spec\.resourceDefinition: resource "aws_instance" is not from the Harness Terraform provider.*\. Fix: /,
      );
    });

    test('a resource definition must be HCL of Harness resources (CreateResourceStep rules)', () => {
      expect(
        () => new ServiceOnboarding(platform(), 'onboarding', referenceProps({ createResource: 'resource "aws_instance" "x" {}\n' })),
      ).toThrow(/resource "aws_instance" is not from the Harness Terraform provider; the step runs only Harness provider resources/);
    });
  });
});
