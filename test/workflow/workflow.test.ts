import { templateEntityV1beta3Validator } from '@backstage/plugin-scaffolder-common';
import { parse } from 'yaml';
import { StepOutput } from '../../src/core/expression';
import { FormCondition } from '../../src/workflow/form-condition';
import { FormField } from '../../src/workflow/form-field';
import { ObjectField } from '../../src/workflow/object-field';
import { FormPage } from '../../src/workflow/form-page';
import { PipelineTrigger } from '../../src/workflow/trigger-step';
import { PipelineUrl } from '../../src/workflow/pipeline-url';
import { TriggerAuth } from '../../src/workflow/trigger-auth';
import { UiField, UiWidget } from '../../src/workflow/ui-field';
import { Workflow } from '../../src/workflow/workflow';
import type { WorkflowProps } from '../../src/workflow/workflow-props';
import { WorkflowExpr } from '../../src/workflow/workflow-expression';
import { WorkflowInput } from '../../src/workflow/workflow-input';
import { WorkflowOutput } from '../../src/workflow/workflow-output';
import { serviceOnboarding } from './fixtures';

const URL = PipelineUrl.inline({ accountId: 'acc', orgId: 'default', projectId: 'idp', pipelineId: 'ops' });

function trigger(props: Partial<ConstructorParameters<typeof PipelineTrigger>[0]> = {}): PipelineTrigger {
  return new PipelineTrigger({ name: 'Run', url: URL, ...props });
}

function workflow(props: Partial<WorkflowProps> = {}): Workflow {
  return new Workflow({
    identifier: 'ops_wf',
    type: 'operations',
    pages: [new FormPage({ title: 'Target', inputs: [WorkflowInput.string('target', { title: 'Target' })] })],
    trigger: trigger(),
    ...props,
  });
}

function problems(w: Workflow): string[] {
  return w.validate().map((p) => `${p.path}: ${p.field}: ${p.problem}. Fix: ${p.fix}`);
}

describe('Workflow rendering', () => {
  test('the minimal IDP 2.0 entity', () => {
    expect(workflow().toObject()).toEqual({
      apiVersion: 'harness.io/v1',
      kind: 'Workflow',
      identifier: 'ops_wf',
      type: 'operations',
      spec: {
        parameters: [
          {
            title: 'Target',
            required: ['target'],
            properties: {
              token: { title: 'Harness Token', type: 'string', 'ui:widget': 'password', 'ui:field': 'HarnessAuthToken' },
              target: { title: 'Target', type: 'string' },
            },
          },
        ],
        steps: [
          {
            id: 'trigger',
            name: 'Run',
            action: 'trigger:harness-custom-pipeline',
            input: { url: URL.url, inputset: { target: '${{ parameters.target }}' }, apikey: '${{ parameters.token }}' },
          },
        ],
        output: { links: [{ title: 'Pipeline Details', url: '${{ steps.trigger.output.PipelineUrl }}' }] },
      },
    });
  });

  test('full envelope in the key order of the example workflows', () => {
    const w = workflow({
      name: 'Ops',
      owner: 'group:account/sre',
      orgIdentifier: 'default',
      projectIdentifier: 'idp',
      description: 'Does ops',
      tags: ['ops'],
      links: [{ url: 'https://docs', title: 'Docs', icon: 'docs', type: 'doc' }],
      annotations: { 'harness.io/x': 'y' },
      lifecycle: 'production',
    });
    const obj = w.toObject();
    expect(Object.keys(obj)).toEqual([
      'apiVersion',
      'kind',
      'name',
      'identifier',
      'type',
      'owner',
      'orgIdentifier',
      'projectIdentifier',
      'metadata',
      'spec',
    ]);
    expect(obj.metadata).toEqual({
      description: 'Does ops',
      tags: ['ops'],
      links: [{ url: 'https://docs', title: 'Docs', icon: 'docs', type: 'doc' }],
      annotations: { 'harness.io/x': 'y' },
    });
    expect(Object.keys(obj.spec as object)).toEqual(['lifecycle', 'parameters', 'steps', 'output']);
  });

  test('the IDP 1.0 Backstage template: name = identifier, title = name, owner/type under spec, no scope', () => {
    const w = workflow({
      name: 'Ops',
      owner: 'group:account/sre',
      orgIdentifier: 'default',
      projectIdentifier: 'idp',
      description: 'Does ops',
      lifecycle: 'experimental',
    });
    const obj = w.toBackstageObject() as any;
    expect(Object.keys(obj)).toEqual(['apiVersion', 'kind', 'metadata', 'spec']);
    expect(obj.apiVersion).toBe('scaffolder.backstage.io/v1beta3');
    expect(obj.kind).toBe('Template');
    expect(obj.metadata).toEqual({ name: 'ops_wf', title: 'Ops', description: 'Does ops' });
    expect(Object.keys(obj.spec)).toEqual(['owner', 'type', 'lifecycle', 'parameters', 'steps', 'output']);
    expect(obj.spec.parameters).toEqual((w.toObject() as any).spec.parameters);
    expect(JSON.stringify(obj)).not.toContain('orgIdentifier');
  });

  test('metadata.icon and spec.presentation, in both formats', async () => {
    const w = workflow({
      name: 'Ops',
      icon: 'github',
      presentation: {
        customTitle: 'Deploy Your Application',
        customSubTitle: 'to AWS, Azure or GCP',
        customCreateButtonText: 'Deploy Now',
        buttonLabels: { reviewButtonText: 'Check' },
      },
    });
    const presentation = {
      customTitle: 'Deploy Your Application',
      customSubTitle: 'to AWS, Azure or GCP',
      customCreateButtonText: 'Deploy Now',
      buttonLabels: { reviewButtonText: 'Check' },
    };
    const idp2 = w.toObject() as any;
    expect(idp2.metadata).toEqual({ icon: 'github' });
    expect(idp2.spec.presentation).toEqual(presentation);
    expect(Object.keys(idp2.spec)).toEqual(['presentation', 'parameters', 'steps', 'output']);
    const idp1 = w.toBackstageObject() as any;
    expect(idp1.metadata).toEqual({ name: 'ops_wf', title: 'Ops', icon: 'github' });
    expect(Object.keys(idp1.spec)).toEqual(['type', 'presentation', 'parameters', 'steps', 'output']);
    await expect(templateEntityV1beta3Validator.check(idp1)).resolves.toBe(true);
    expect((workflow({ presentation: { buttonLabels: {} } }).toObject() as any).spec).not.toHaveProperty('presentation');
  });

  test('inputs and fields of the workflow', () => {
    const a = WorkflowInput.string('a', { title: 'A' });
    const f = FormField.string('f', { title: 'F' });
    const b = WorkflowInput.number('b', { title: 'B' });
    const w = workflow({ pages: [new FormPage({ title: 'One', inputs: [a, f] }), new FormPage({ title: 'Two', inputs: [b] })] });
    expect(w.inputs).toEqual([a, b]);
    expect(w.fields.map((x) => x.id)).toEqual(['a', 'f', 'b']);
    expect(w.pages.map((p) => p.title)).toEqual(['One', 'Two']);
  });

  test('pages and outputs added later appear (lazy rendering)', () => {
    const w = workflow({ outputs: [] });
    expect((w.toObject() as any).spec).not.toHaveProperty('output');
    w.addPage(new FormPage({ title: 'More', inputs: [WorkflowInput.string('more', { title: 'More' })] }));
    w.addOutput(WorkflowOutput.pipelineUrl('Execution'));
    const spec = (w.toObject() as any).spec;
    expect(spec.parameters.map((p: any) => p.title)).toEqual(['Target', 'More']);
    expect(spec.steps[0].input.inputset).toEqual({ target: '${{ parameters.target }}', more: '${{ parameters.more }}' });
    expect(spec.output.links[0].title).toBe('Execution');
  });

  test('a token field declared by the user is used where it is; a custom token field id drives apikey', () => {
    const token = FormField.authToken('harness_token', 'Your token');
    const w = workflow({
      pages: [new FormPage({ title: 'P', inputs: [WorkflowInput.string('target', { title: 'T' }), token] })],
      trigger: trigger({ auth: TriggerAuth.userToken({ field: token }) }),
    });
    const spec = (w.toObject() as any).spec;
    expect(Object.keys(spec.parameters[0].properties)).toEqual(['target', 'harness_token']);
    expect(spec.steps[0].input.apikey).toBe('${{ parameters.harness_token }}');
    const declared = workflow({
      pages: [new FormPage({ title: 'P', inputs: [FormField.authToken('tok'), WorkflowInput.string('x', { title: 'X' })] })],
    });
    expect((declared.toObject() as any).spec.steps[0].input.apikey).toBe('${{ parameters.tok }}');
  });

  test('API-key mode adds no token field', () => {
    const spec = (
      workflow({ trigger: trigger({ auth: TriggerAuth.apiKeySecret('account.idp_key'), hidePipelineURLLog: true }) }).toObject() as any
    ).spec;
    expect(Object.keys(spec.parameters[0].properties)).toEqual(['target']);
    expect(spec.steps[0].input).toEqual({
      url: URL.url,
      inputset: { target: '${{ parameters.target }}' },
      apiKeySecret: 'idp_key',
      hidePipelineURLLog: true,
    });
  });

  test('a conditional trigger and an array input', () => {
    const env = WorkflowInput.enum('environment', { title: 'Env', values: ['dev', 'production'] });
    const regions = WorkflowInput.array('regions', { title: 'Regions', items: { enum: ['eu', 'us'] }, uiWidget: UiWidget.CHECKBOXES });
    const w = workflow({
      pages: [new FormPage({ title: 'P', inputs: [env, regions] })],
      trigger: trigger({ if: WorkflowExpr.equals(env, 'production') }),
    });
    const step = (w.toObject() as any).spec.steps[0];
    expect(step.if).toBe("${{ parameters.environment == 'production' }}");
    expect(step.input.inputset.regions).toBe("${{ parameters.regions.join(',') }}");
  });

  test('addOverride: spec and metadata paths reach both formats, root paths only IDP 2.0', () => {
    const w = workflow()
      .addOverride('spec.presentation', { customTitle: 'Deploy' })
      .addOverride('metadata.annotations', { a: 'b' })
      .addOverride('name', 'Override');
    expect((w.toObject() as any).spec.presentation).toEqual({ customTitle: 'Deploy' });
    expect((w.toObject() as any).name).toBe('Override');
    const bs = w.toBackstageObject() as any;
    expect(bs.spec.presentation).toEqual({ customTitle: 'Deploy' });
    expect(bs.metadata.annotations).toEqual({ a: 'b' });
    expect(bs).not.toHaveProperty('name');
  });

  test('toYaml is deterministic and parses back to toObject', () => {
    const a = serviceOnboarding().workflow;
    expect(a.toYaml()).toBe(serviceOnboarding().workflow.toYaml());
    expect(parse(a.toYaml())).toEqual(a.toObject());
    expect(parse(a.toBackstageYaml())).toEqual(a.toBackstageObject());
  });

  test('YAML snapshot: IDP 2.0 entity of the service onboarding workflow', () => {
    expect(serviceOnboarding('idp2').workflow.toYaml()).toMatchSnapshot();
  });

  test('YAML snapshot: IDP 1.0 template of the service onboarding workflow', () => {
    expect(serviceOnboarding('idp1').workflow.toBackstageYaml()).toMatchSnapshot();
  });

  test('the IDP 1.0 templates pass Backstage templateEntityV1beta3Validator', async () => {
    await expect(templateEntityV1beta3Validator.check(serviceOnboarding('idp2').workflow.toBackstageObject() as any)).resolves.toBe(true);
    await expect(templateEntityV1beta3Validator.check(workflow().toBackstageObject() as any)).resolves.toBe(true);
  });

  test('catalog constants', () => {
    expect([Workflow.API_VERSION, Workflow.KIND, Workflow.CATALOG_KIND, Workflow.BACKSTAGE_API_VERSION, Workflow.BACKSTAGE_KIND]).toEqual([
      'harness.io/v1',
      'Workflow',
      'workflow',
      'scaffolder.backstage.io/v1beta3',
      'Template',
    ]);
  });
});

describe('Workflow rules (constructor)', () => {
  test('identifier follows Harness identifier rules', () => {
    expect(() => workflow({ identifier: 'idp service' })).toThrow(
      /^workflow 'idp service': identifier: 'idp service' is not a valid Harness identifier .* Fix: use for example 'idp_service'$/,
    );
    expect(() => workflow({ identifier: '-ops' })).toThrow(/^workflow '-ops': identifier: '-ops' is not a valid Harness identifier/);
    expect(() => workflow({ identifier: 'step' })).toThrow(/^workflow 'step': identifier: 'step' is a reserved word in Harness/);
  });

  test('an IDP 1.0 template name may hold -, which renders only as an IDP 1.0 template', async () => {
    const w = workflow({ identifier: 'idp-service-onboarding', name: 'Onboard' });
    const doc = w.toBackstageObject() as any;
    expect(doc.metadata).toEqual({ name: 'idp-service-onboarding', title: 'Onboard' });
    await expect(templateEntityV1beta3Validator.check(doc)).resolves.toBe(true);
    expect(problems(w)).toEqual([
      "workflow 'idp-service-onboarding': identifier: 'idp-service-onboarding' holds '-', which an IDP 1.0 Backstage template name allows but an IDP 2.0 identifier does not. Fix: render the workflow as an IDP 1.0 template (WorkflowFormat.BACKSTAGE), or use the identifier 'idp_service_onboarding'",
    ]);
  });

  test('type is mandatory', () => {
    expect(() => workflow({ type: '' })).toThrow(
      "workflow 'ops_wf': type: '' is not a workflow type. Fix: give a type such as 'service', 'environment' or 'operations' (mandatory in IDP 2.0 and Backstage)",
    );
  });

  test('owner must be a user or group reference', () => {
    expect(() => workflow({ owner: 'component:default/x' })).toThrow(
      /^workflow 'ops_wf': owner: owner kind 'component' is not a user or group\. Fix: use 'group:<namespace>\/<name>' or 'user:<namespace>\/<name>'$/,
    );
    expect(() => workflow({ owner: 'platform team' })).toThrow(/^workflow 'ops_wf': owner: 'platform team' is not an owner reference/);
    expect(workflow({ owner: 'User:account/jane@example.com' }).owner).toBe('User:account/jane@example.com');
  });

  test('a project scope needs the organization', () => {
    expect(() => workflow({ projectIdentifier: 'idp' })).toThrow(
      /^workflow 'ops_wf': orgIdentifier: a project-scoped workflow needs its organization\. Fix: set orgIdentifier too$/,
    );
    expect(() => workflow({ orgIdentifier: 'my-org' })).toThrow(
      /^workflow 'ops_wf': orgIdentifier: 'my-org' is not a valid Harness identifier/,
    );
  });

  test('name and lifecycle must not be empty; a trigger is required; pages once', () => {
    expect(() => workflow({ name: ' ' })).toThrow(/^workflow 'ops_wf': name: the name is empty/);
    expect(() => workflow({ lifecycle: '' })).toThrow(/^workflow 'ops_wf': spec.lifecycle: the lifecycle is empty/);
    expect(() => workflow({ trigger: undefined as any })).toThrow(/^workflow 'ops_wf': spec.steps: the workflow has no PipelineTrigger/);
    expect(() => workflow({ icon: ' ' })).toThrow(
      "workflow 'ops_wf': metadata.icon: the icon is empty. Fix: give an icon key, e.g. 'github', or leave it out",
    );
    expect(() => workflow({ presentation: { buttonLabels: { backButtonText: '' } } })).toThrow(
      "workflow 'ops_wf': spec.presentation.buttonLabels.backButtonText: the text is empty. Fix: give a text, or leave it out",
    );
    expect(() => workflow({ presentation: { customTitle: 3 as any } })).toThrow(
      /^workflow 'ops_wf': spec.presentation.customTitle: the text is empty/,
    );
    const page = new FormPage({ title: 'P', inputs: [WorkflowInput.string('a', { title: 'A' })] });
    expect(() => workflow({ pages: [page, page] })).toThrow(/^workflow 'ops_wf': spec.parameters: form page 'P' is added twice/);
    expect(() => workflow().addOutput({ title: 'x' } as any)).toThrow(
      /^workflow 'ops_wf': spec.output: an output is not a WorkflowOutput\. Fix: use WorkflowOutput.pipelineUrl\(\)/,
    );
    expect(() => workflow().addPage({ title: 'x' } as any)).toThrow(
      /^workflow 'ops_wf': spec.parameters: a page is not a FormPage\. Fix: pass new FormPage\(\{\.\.\.\}\)$/,
    );
  });
});

describe('Workflow rules (at render)', () => {
  test('the token field must be on page 1', () => {
    const w = workflow({
      pages: [
        new FormPage({ title: 'One', inputs: [WorkflowInput.string('a', { title: 'A' })] }),
        new FormPage({ title: 'Two', inputs: [FormField.authToken()] }),
      ],
    });
    expect(problems(w)).toEqual([
      "workflow 'ops_wf': spec.parameters[1].properties.token: the HarnessAuthToken field is on page 2; it must be on the first page, or the pipeline is not executed. Fix: move the token field to page 1 (or leave it out: TriggerAuth.userToken() adds it there)",
    ]);
    expect(() => w.toObject()).toThrow(
      /^workflow 'ops_wf': spec.parameters\[1\].properties.token: the HarnessAuthToken field is on page 2/,
    );
  });

  test('the automatic token field must not clash with a field named token', () => {
    const w = workflow({ pages: [new FormPage({ title: 'P', inputs: [WorkflowInput.string('token', { title: 'Jira token id' })] })] });
    expect(problems(w)).toContain(
      "workflow 'ops_wf': spec.parameters[0].properties.token: the trigger needs the HarnessAuthToken field 'token', but workflow input 'token' already uses that key. Fix: rename workflow input 'token', or pass TriggerAuth.userToken({ field: FormField.authToken('harness_token') })",
    );
  });

  test('an explicit token field next to another declared token field', () => {
    const w = workflow({
      pages: [new FormPage({ title: 'P', inputs: [FormField.authToken('tok'), WorkflowInput.string('a', { title: 'A' })] })],
      trigger: trigger({ auth: TriggerAuth.userToken({ field: FormField.authToken('other') }) }),
    });
    expect(problems(w)).toEqual([
      "workflow 'ops_wf': spec.parameters[0].properties.tok: the trigger uses token field 'other', but the form already has HarnessAuthToken field 'tok'. Fix: pass that field to TriggerAuth.userToken({ field }), or remove it from the page",
    ]);
  });

  test('fields added by conditional dependencies can be referenced', () => {
    const tech = FormField.enum('technology', { title: 'Tech', values: ['java', 'go'] });
    const page = new FormPage({
      title: 'P',
      inputs: [tech, WorkflowInput.string('a', { title: 'A' })],
      dependencies: { technology: { oneOf: [{ properties: { technology: { enum: ['java'] }, java_version: { type: 'string' } } }] } },
    });
    const w = workflow({ pages: [page] }).addOverride('spec.output.text', [{ title: 'Java', content: '${{ parameters.java_version }}' }]);
    expect(problems(w)).toEqual([]);
  });

  test('fields of page-level alternatives (oneOf/anyOf, given as extra keys) can be referenced', () => {
    const page = new FormPage({
      title: 'Identification',
      inputs: [FormField.number('age', { title: 'Age' })],
      extraProperties: {
        anyOf: [
          { title: 'By name', properties: { firstName: { type: 'string', title: 'First name' } } },
          { title: 'By code', properties: { idCode: { type: 'string', title: 'ID code' } } },
        ],
      },
    });
    const w = workflow({ pages: [page], outputs: [WorkflowOutput.text('Who', '${{ parameters.firstName }} ${{ parameters.idCode }}')] });
    expect(problems(w)).toEqual([]);
    expect(problems(workflow({ pages: [page], outputs: [WorkflowOutput.text('Who', '${{ parameters.lastName }}')] }))).toEqual([
      "workflow 'ops_wf': spec.output.text[0].content: references parameter 'lastName', which no form field declares. Fix: declare a field 'lastName' on a page, or use one of: token, age, firstName, idCode",
    ]);
  });

  test('one token field only', () => {
    const w = workflow({
      pages: [
        new FormPage({
          title: 'P',
          inputs: [FormField.authToken('t1'), FormField.authToken('t2'), WorkflowInput.string('a', { title: 'A' })],
        }),
      ],
    });
    expect(problems(w)).toEqual([
      "workflow 'ops_wf': spec.parameters: 2 HarnessAuthToken fields (t1, t2). Fix: declare one token field, on page 1",
    ]);
  });

  test('password fields must be on page 1', () => {
    const w = workflow({
      pages: [
        new FormPage({ title: 'One', inputs: [WorkflowInput.string('a', { title: 'A' })] }),
        new FormPage({ title: 'Two', inputs: [FormField.string('db_password', { title: 'DB password', uiWidget: UiWidget.PASSWORD })] }),
      ],
    });
    expect(problems(w)).toEqual([
      "workflow 'ops_wf': spec.parameters[1].properties.db_password: the password field 'db_password' is on page 2; masked fields must be on the first page. Fix: move the field to page 1",
    ]);
  });

  test('Secret fields are read through secrets, never parameters', () => {
    const secret = WorkflowInput.string('api_token', { title: 'API token', uiField: UiField.secret() });
    const ok = workflow({ pages: [new FormPage({ title: 'P', inputs: [secret] })] });
    expect((ok.toObject() as any).spec.steps[0].input.inputset.api_token).toBe('${{ secrets.api_token }}');
    const bad = workflow({
      pages: [new FormPage({ title: 'P', inputs: [WorkflowInput.string('api_token', { title: 'API token', uiField: UiField.secret() })] })],
    }).addOverride('spec.steps.0.input.inputset.api_token', '${{ parameters.api_token }}');
    expect(problems(bad)).toEqual([
      "workflow 'ops_wf': spec.steps[0].input.inputset.api_token: reads Secret field 'api_token' as ${{ parameters.api_token }}, which is not available. Fix: read it as ${{ secrets.api_token }}",
    ]);
  });

  test('secrets.<key> must name a Secret field or a RepoUrlPicker secretsKey', () => {
    const repo = FormField.string('repoUrl', {
      title: 'Repo',
      uiField: UiField.repoUrlPicker({ allowedHosts: ['github.com'], requestUserCredentials: { secretsKey: 'USER_OAUTH_TOKEN' } }),
    });
    const w = workflow({ pages: [new FormPage({ title: 'P', inputs: [WorkflowInput.string('a', { title: 'A' }), repo] })] })
      .addOverride('spec.steps.0.input.inputset.a', '${{ secrets.USER_OAUTH_TOKEN }}')
      .addOverride('spec.output.text', [{ title: 'T', content: '${{ secrets.nope }}' }]);
    expect(problems(w)).toEqual([
      "workflow 'ops_wf': spec.output.text[0].content: reads secrets.nope, but no Secret field (or RepoUrlPicker secretsKey) is named 'nope'. Fix: declare a field 'nope' with UiField.secret(), or fix the name",
    ]);
  });

  test('a parameter referenced in steps or output must exist', () => {
    const w = workflow()
      .addOverride('spec.steps.0.input.inputset.region', '${{ parameters.region }}')
      .addOverride('spec.output.text', [{ title: 'T', content: "Target ${{ parameters['targt'] }}" }]);
    expect(problems(w)).toEqual([
      "workflow 'ops_wf': spec.steps[0].input.inputset.region: references parameter 'region', which no form field declares. Fix: declare a field 'region' on a page, or use one of: token, target",
      "workflow 'ops_wf': spec.output.text[0].content: references parameter 'targt', which no form field declares. Fix: declare a field 'targt' on a page, or use one of: token, target",
    ]);
  });

  test('steps.<id> must be a step of the workflow', () => {
    const w = workflow().addOverride('spec.output.links.0.url', '${{ steps.run.output.PipelineUrl }}');
    expect(problems(w)).toEqual([
      "workflow 'ops_wf': spec.output.links[0].url: reads steps.run, but the workflow has no step 'run'. Fix: use one of: trigger",
    ]);
  });

  test('${{ }} inside parameters (e.g. through an override) is rejected', () => {
    const w = workflow().addOverride('spec.parameters.0.properties.target.default', '${{ parameters.token }}');
    expect(problems(w)).toEqual([
      "workflow 'ops_wf': spec.parameters[0].properties.target.default: '${{ parameters.token }}' uses ${{ }} templating inside the form (properties); IDP evaluates parameters only in steps and output. Fix: use a literal value in the form, and reference parameters only in the trigger step or the output",
    ]);
  });

  test('an array sent without join is rejected', () => {
    const regions = WorkflowInput.array('regions', { title: 'Regions' });
    const w = workflow({ pages: [new FormPage({ title: 'P', inputs: [regions] })] }).addOverride(
      'spec.steps.0.input.inputset.regions',
      '${{ parameters.regions }}',
    );
    expect(problems(w)).toEqual([
      "workflow 'ops_wf': spec.steps[0].input.inputset.regions: sends array field 'regions' as it is; pipeline variables cannot take arrays. Fix: join it: ${{ parameters.regions.join(',') }}",
    ]);
  });

  test('an if condition must be templated', () => {
    const w = workflow({ trigger: trigger({ if: "parameters.environment == 'production'" }) });
    expect(problems(w)).toEqual([
      "workflow 'ops_wf': spec.steps[0].if: 'parameters.environment == 'production'' is not templated, so the condition is always true. Fix: wrap it in ${{ }}, e.g. ${{ parameters.environment == 'production' }}, or use WorkflowExpr.equals(...)",
    ]);
    const out = workflow({ outputs: [WorkflowOutput.pipelineUrl('Run', { if: 'always' })] });
    expect(problems(out)).toEqual([expect.stringContaining("spec.output.links[0].if: 'always' is not templated")]);
  });

  test('HarnessAutoOrgPicker needs a HarnessProjectPicker named projectId or projectPickerRef', () => {
    const org = WorkflowInput.string('orgId', { title: 'Org', uiField: UiField.harnessAutoOrgPicker() });
    const project = WorkflowInput.string('project', { title: 'Project', uiField: UiField.harnessProjectPicker() });
    expect(problems(workflow({ pages: [new FormPage({ title: 'P', inputs: [project, org] })] }))).toEqual([
      "workflow 'ops_wf': spec.parameters[0].properties.orgId: HarnessAutoOrgPicker needs a HarnessProjectPicker field named projectId, and there is none. Fix: add a HarnessProjectPicker field named 'projectId', or pass UiField.harnessAutoOrgPicker({ projectPickerRef: projectField })",
    ]);
    const org2 = WorkflowInput.string('orgId', { title: 'Org', uiField: UiField.harnessAutoOrgPicker({ projectPickerRef: project }) });
    expect(problems(workflow({ pages: [new FormPage({ title: 'P', inputs: [project, org2] })] }))).toEqual([]);
    const org3 = WorkflowInput.string('orgId', { title: 'Org', uiField: UiField.harnessAutoOrgPicker({ projectPickerRef: 'target' }) });
    expect(
      problems(workflow({ pages: [new FormPage({ title: 'P', inputs: [WorkflowInput.string('target', { title: 'T' }), org3] })] })),
    ).toEqual([
      "workflow 'ops_wf': spec.parameters[0].properties.orgId: HarnessAutoOrgPicker follows 'target', which is not a HarnessProjectPicker field of this workflow. Fix: add a HarnessProjectPicker field named 'projectId', or pass UiField.harnessAutoOrgPicker({ projectPickerRef: projectField })",
    ]);
  });

  test('picker dependencies name org/project picker fields', () => {
    const org = FormField.string('orgId', { title: 'Org', uiField: UiField.harnessOrgPicker() });
    const notProject = FormField.string('projectId', { title: 'Project' });
    const w = workflow({
      pages: [
        new FormPage({ title: 'Org', inputs: [org, notProject] }),
        new FormPage({
          title: 'Group',
          inputs: [WorkflowInput.string('group', { title: 'G', uiField: UiField.harnessUserGroupPicker() })],
          pickerDependencies: { orgPicker: org, projectPicker: notProject },
        }),
      ],
    });
    expect(problems(w)).toEqual([
      "workflow 'ops_wf': spec.parameters[1].dependencies.projectPickerKey: 'projectId' is not a HarnessProjectPicker field of this workflow. Fix: name a field that uses HarnessProjectPicker",
    ]);
  });

  test('field ids are unique across pages; pipeline variables are fed once', () => {
    const w = workflow({
      pages: [
        new FormPage({
          title: 'One',
          inputs: [WorkflowInput.string('a', { title: 'A' }), WorkflowInput.string('b', { title: 'B', variableName: 'a' })],
        }),
        new FormPage({ title: 'Two', inputs: [FormField.string('a', { title: 'A again' })] }),
      ],
    });
    expect(problems(w)).toEqual([
      "workflow 'ops_wf': spec.parameters[0].properties.b: workflow input 'b' and workflow input 'a' both feed pipeline variable 'a'. Fix: give each input its own variableName",
      "workflow 'ops_wf': spec.parameters[1].properties.a: property 'a' is declared on page 1 and again on page 2; parameters share one namespace. Fix: give each field a unique id",
    ]);
  });

  test('conditional and nested fields share the rules: one field per parameter, one feeder per variable, masks on page 1', () => {
    const env = WorkflowInput.enum('environment', { title: 'Environment', values: ['dev', 'prod'] });
    const tier = WorkflowInput.string('tier', { title: 'Tier', whenAbsent: 'none' });
    const devNote = FormField.string('note', { title: 'Dev note' });
    const prodNote = FormField.string('note', { title: 'Prod note' });
    const ok = workflow({
      pages: [
        new FormPage({
          title: 'One',
          inputs: [env],
          conditions: [
            FormCondition.oneOf(env, [
              { values: ['dev'], fields: [tier, devNote] },
              { values: ['prod'], fields: [tier, prodNote] },
            ]),
          ],
        }),
      ],
    });
    expect(ok.validate()).toEqual([]);
    expect(ok.fields.map((f) => f.id)).toEqual(['environment', 'tier', 'note', 'note']);
    expect(ok.inputs).toEqual([env, tier]);
    const pw = FormField.string('secret_word', { title: 'Secret', uiWidget: UiWidget.PASSWORD });
    const other = WorkflowInput.string('other', { title: 'Other', variableName: 'tier', whenAbsent: '-' });
    const env2 = WorkflowInput.enum('stage', { title: 'Stage', values: ['a'] });
    const w = workflow({
      pages: [
        new FormPage({ title: 'One', inputs: [env, FormField.string('tier', { title: 'Tier again' })] }),
        new FormPage({
          title: 'Two',
          inputs: [env2],
          conditions: [FormCondition.whenPresent(env2, [tier, pw, new ObjectField('box', { title: 'Box', properties: [other] })])],
        }),
      ],
    });
    expect(problems(w)).toEqual([
      "workflow 'ops_wf': spec.parameters[1].dependencies.stage.properties.tier: parameter 'tier' is declared twice (also at spec.parameters[0].properties.tier); parameters share one namespace. Fix: give each field a unique id, or list one field in each branch of a condition",
      "workflow 'ops_wf': spec.parameters[1].dependencies.stage.properties.secret_word: the password field 'secret_word' is on page 2; masked fields must be on the first page. Fix: move the field to page 1",
      "workflow 'ops_wf': spec.parameters[1].dependencies.stage.properties.box.properties.other: workflow input 'other' and workflow input 'tier' both feed pipeline variable 'tier'. Fix: give each input its own variableName",
    ]);
  });

  test('a workflow needs pages, and pages need fields', () => {
    expect(problems(workflow({ pages: [] }))).toEqual([
      "workflow 'ops_wf': spec.parameters: the workflow has no form pages (spec.parameters is mandatory). Fix: add a FormPage with addPage()",
    ]);
    expect(
      problems(
        workflow({
          pages: [new FormPage({ title: 'One', inputs: [WorkflowInput.string('a', { title: 'A' })] }), new FormPage({ title: 'Empty' })],
        }),
      ),
    ).toEqual(["workflow 'ops_wf': spec.parameters[1]: form page 'Empty' has no fields. Fix: add fields to the page, or drop the page"]);
    expect(problems(workflow({ pages: [new FormPage({ title: 'Token only' })] }))).toEqual([]);
  });

  test('page dependencies are checked with the workflow', () => {
    const w = workflow({
      pages: [new FormPage({ title: 'P', inputs: [WorkflowInput.string('a', { title: 'A' })], dependencies: { b: ['a'] } })],
    });
    expect(problems(w)).toEqual([
      "workflow 'ops_wf': spec.parameters[0].dependencies.b: dependencies key 'b' is not a field of this page (dependencies are keyed by the controlling field and sit next to properties). Fix: use one of: a, or move the dependency to the page that has 'b'",
    ]);
  });

  test('showOutputVariables: false while the output reads step outputs', () => {
    const { workflow: base, steps } = serviceOnboarding();
    const w = new Workflow({
      identifier: 'x',
      type: 'service',
      pages: [...base.pages],
      trigger: new PipelineTrigger({ name: 'Run', url: base.trigger.url, showOutputVariables: false }),
      outputs: [WorkflowOutput.link('Repo', steps.createRepo.outputs.repositoryUrl)],
    });
    expect(problems(w)).toEqual([
      "workflow 'x' > trigger step 'trigger': input.showOutputVariables: is false, but the output reads pipeline step outputs, which are then not exposed. Fix: remove showOutputVariables: false",
    ]);
  });

  test('a system output embedded in text is rejected at render', () => {
    const { workflow: base, steps } = serviceOnboarding();
    const body = new StepOutput(steps.createRepo, 'output.status');
    const w = new Workflow({
      identifier: 'x',
      type: 'service',
      pages: [...base.pages],
      trigger: new PipelineTrigger({ name: 'Run', url: base.trigger.url }),
      outputs: [WorkflowOutput.text('Status', `Status: ${body}`)],
    });
    expect(problems(w)).toEqual([
      "workflow 'x': spec.output: reads step output 'output.status' of pipeline 'idp_service_onboarding' > stage 'service_onboarding' > step 'create_repo', which is not a user-defined output variable; showOutputVariables exposes only output.outputVariables.*. Fix: copy the value into an output variable of a Run (or ShellScript) step and read that output",
    ]);
  });

  test('Harness expressions and foreign pipeline variables in the workflow are rejected', () => {
    const foreign = WorkflowInput.string('foreign', { title: 'F' });
    const w = workflow({ outputs: [WorkflowOutput.text('T', `Run by <+pipeline.triggeredBy.email> for ${foreign}`)] });
    expect(problems(w)).toEqual([
      "workflow 'ops_wf': spec.output.text[0].content: uses pipeline variable 'foreign', which is not an input of this workflow. Fix: pass a WorkflowInput that is on a page of this workflow, or a FormField's parameter",
    ]);
    const w2 = workflow({ outputs: [WorkflowOutput.text('T', 'Run by <+pipeline.triggeredBy.email>')] });
    expect(problems(w2)).toEqual([
      "workflow 'ops_wf': spec.output.text[0].content: contains the Harness expression '<+pipeline.triggeredBy.email>', which IDP workflows do not evaluate. Fix: read pipeline values through a StepOutput (shown via the trigger step) or use a workflow parameter",
    ]);
  });

  test('an input embedded in output text becomes its parameter', () => {
    const target = WorkflowInput.string('target', { title: 'Target', variableName: 'target_env' });
    const w = workflow({
      pages: [new FormPage({ title: 'P', inputs: [target] })],
      outputs: [WorkflowOutput.text('T', `Deployed to ${target}`)],
    });
    expect((w.toObject() as any).spec.output.text[0].content).toBe('Deployed to ${{ parameters.target }}');
  });

  test('Backstage: metadata.name and tag rules (IDP 1.0 only)', () => {
    const w = workflow({ identifier: '_ops', tags: ['Day 2'] });
    expect(w.validate()).toEqual([]);
    expect(() => w.toBackstageObject()).toThrow(
      [
        '2 problems:',
        "  - workflow '_ops': metadata.name: '_ops' is not a valid Backstage entity name (1-63 characters, letters or digits at both ends, then [-_.] allowed). Fix: choose an identifier that starts and ends with a letter or digit and has at most 63 characters",
        "  - workflow '_ops': metadata.tags: 'Day 2' is not a valid Backstage tag (lowercase letters, digits, ':', '+', '#', words joined by '-', at most 63 characters). Fix: use for example 'day-2'",
      ].join('\n'),
    );
  });

  test('Backstage: a tag with no usable character still gets a usable suggestion', () => {
    expect(() => workflow({ tags: ['!!!'] }).toBackstageObject()).toThrow(
      /metadata\.tags: '!!!' is not a valid Backstage tag .*\. Fix: use for example 'tag'/,
    );
  });
});
