import { StageStatus } from '../../../../src/pipeline/condition';
import { Expr } from '../../../../src/core/expr';
import { RuntimeInput } from '../../../../src/core/runtime-input';
import { GitCloneStep } from '../../../../src/pipeline/steps/common/git-clone';
import { GitCloneBuild } from '../../../../src/pipeline/steps/common/git-clone-build';
import { CookieCutterStep, CookieCutterTemplateType } from '../../../../src/pipeline/steps/idp/cookie-cutter';
import { PipelineVariable } from '../../../../src/pipeline/variable';
import { renderAlone, renderInIdpStage } from '../support';

const clone = (dir?: string): GitCloneStep =>
  new GitCloneStep({
    identifier: 'clone_template',
    connectorRef: 'account.gh',
    repoName: 'tpl',
    cloneDirectory: dir,
    build: GitCloneBuild.branch('main'),
  });

describe('CookieCutterStep', () => {
  test('renders the step of the service-onboarding example (public or private at run time, template cloned by GitClone) in an IDP stage, field by field', () => {
    const templateType = PipelineVariable.string('template_type', {
      value: RuntimeInput.create().default('public').allowedValues(['public', 'private']),
    });
    const templateUrl = PipelineVariable.string('template_url');
    const projectName = PipelineVariable.string('project_name');
    const stack = PipelineVariable.string('stack');
    const owner = PipelineVariable.string('owner');
    const cloneStep = new GitCloneStep({
      identifier: 'clone_template',
      connectorRef: 'account.github_org_connector',
      repoName: 'cookiecutter-template',
      cloneDirectory: '/harness/cookiecutter-template',
      build: GitCloneBuild.branch('main'),
      when: { stageStatus: StageStatus.SUCCESS, condition: Expr.equals(templateType, 'private') },
    });
    const step = new CookieCutterStep({
      identifier: 'cookiecutter',
      name: 'Render template',
      timeout: '10m',
      templateType,
      publicTemplateUrl: templateUrl,
      fromClone: cloneStep,
      cookieCutterVariables: { project_name: projectName, stack, owner },
    });
    const { steps, pipeline } = renderInIdpStage([cloneStep, step], { variables: [templateType, templateUrl, projectName, stack, owner] });
    expect(pipeline.validate()).toEqual([]);
    const node = steps[1];
    expect(node.type).toBe('CookieCutter');
    expect(node.name).toBe('Render template');
    expect(node.identifier).toBe('cookiecutter');
    expect(node.timeout).toBe('10m');
    expect(node.spec).toEqual({
      templateType: '<+pipeline.variables.template_type>',
      publicTemplateUrl: '<+pipeline.variables.template_url>',
      pathForTemplate: '/harness/cookiecutter-template',
      cookieCutterVariables: {
        project_name: '<+pipeline.variables.project_name>',
        stack: '<+pipeline.variables.stack>',
        owner: '<+pipeline.variables.owner>',
      },
    });
  });

  test('public template with the optional fields', () => {
    const node = renderAlone(
      new CookieCutterStep({
        identifier: 'cc',
        templateType: CookieCutterTemplateType.PUBLIC,
        publicTemplateUrl: 'https://github.com/org/cookiecutter-service',
        cookieCutterVariables: { project_name: 'payments', port: 8080, use_docker: true },
        outputDirectory: 'out',
        verbose: true,
        overwriteIfExists: false,
        resources: { limits: { memory: '512Mi' } },
      }),
    );
    expect(node.spec).toEqual({
      templateType: 'public',
      publicTemplateUrl: 'https://github.com/org/cookiecutter-service',
      cookieCutterVariables: { project_name: 'payments', port: 8080, use_docker: true },
      outputDirectory: 'out',
      verbose: true,
      overwriteIfExists: false,
      resources: { limits: { memory: '512Mi' } },
    });
  });

  test('private template with pathForTemplate and no public URL', () => {
    const node = renderAlone(
      new CookieCutterStep({
        identifier: 'cc',
        templateType: CookieCutterTemplateType.PRIVATE,
        pathForTemplate: '/harness/tpl',
        cookieCutterVariables: {},
      }),
    );
    expect(node.spec).toEqual({ templateType: 'private', pathForTemplate: '/harness/tpl', cookieCutterVariables: {} });
  });

  test('a variable fixed to public needs only publicTemplateUrl', () => {
    const t = PipelineVariable.string('template_type', { value: 'public' });
    expect(
      () => new CookieCutterStep({ identifier: 'cc', templateType: t, publicTemplateUrl: 'https://x/y', cookieCutterVariables: {} }),
    ).not.toThrow();
  });

  test('a variable restricted to private needs only pathForTemplate', () => {
    const t = PipelineVariable.string('template_type', { value: RuntimeInput.create().allowedValues(['private']) });
    expect(
      () => new CookieCutterStep({ identifier: 'cc', templateType: t, fromClone: clone('/harness/t'), cookieCutterVariables: {} }),
    ).not.toThrow();
  });

  test('a public template needs publicTemplateUrl', () => {
    expect(
      () => new CookieCutterStep({ identifier: 'cc', templateType: CookieCutterTemplateType.PUBLIC, cookieCutterVariables: {} }),
    ).toThrow(
      "step 'cc': spec.publicTemplateUrl: a public template needs publicTemplateUrl. Fix: set publicTemplateUrl to the template repository, e.g. 'https://github.com/org/cookiecutter-service'",
    );
  });

  test('a private template needs pathForTemplate (or fromClone)', () => {
    expect(
      () => new CookieCutterStep({ identifier: 'cc', templateType: CookieCutterTemplateType.PRIVATE, cookieCutterVariables: {} }),
    ).toThrow(
      "step 'cc': spec.pathForTemplate: a private template needs pathForTemplate, the clone directory of a preceding GitClone step. Fix: add a GitCloneStep with a cloneDirectory before this step and pass it as fromClone (or set pathForTemplate)",
    );
  });

  test('an unrestricted expression type needs both fields', () => {
    const t = PipelineVariable.string('template_type');
    expect(
      () => new CookieCutterStep({ identifier: 'cc', templateType: t, publicTemplateUrl: 'https://x/y', cookieCutterVariables: {} }),
    ).toThrow(/spec\.pathForTemplate: templateType may be 'private' at run time, and a private template needs pathForTemplate/);
    expect(
      () => new CookieCutterStep({ identifier: 'cc', templateType: t, pathForTemplate: '/harness/t', cookieCutterVariables: {} }),
    ).toThrow(/spec\.publicTemplateUrl: templateType may be 'public' at run time, and a public template needs publicTemplateUrl/);
  });

  test('rejects a variable that allows a template type the step does not know', () => {
    const t = PipelineVariable.string('template_type', { value: RuntimeInput.create().allowedValues(['Public', 'private']) });
    expect(
      () =>
        new CookieCutterStep({
          identifier: 'cc',
          templateType: t,
          publicTemplateUrl: 'https://x/y',
          pathForTemplate: '/t',
          cookieCutterVariables: {},
        }),
    ).toThrow(
      "step 'cc': spec.templateType: variable 'template_type' allows 'Public', which is not a template type. Fix: use 'public' or 'private' (lowercase), e.g. CookieCutterTemplateType.PUBLIC",
    );
  });

  test('rejects an unknown literal template type (JavaScript callers)', () => {
    expect(() => new CookieCutterStep({ identifier: 'cc', templateType: 'git' as any, cookieCutterVariables: {} })).toThrow(
      /spec\.templateType: templateType is 'git', which is not a template type/,
    );
  });

  test('rejects a missing template type', () => {
    expect(() => new CookieCutterStep({ identifier: 'cc', templateType: undefined as any, cookieCutterVariables: {} })).toThrow(
      /spec\.templateType: is required/,
    );
  });

  test('rejects missing cookieCutterVariables (schema-required)', () => {
    expect(
      () =>
        new CookieCutterStep({
          identifier: 'cc',
          templateType: CookieCutterTemplateType.PRIVATE,
          pathForTemplate: '/t',
          cookieCutterVariables: undefined as any,
        }),
    ).toThrow(/spec\.cookieCutterVariables: is required\. Fix: pass the template's variables/);
  });

  test('rejects pathForTemplate together with fromClone', () => {
    expect(
      () =>
        new CookieCutterStep({
          identifier: 'cc',
          templateType: CookieCutterTemplateType.PRIVATE,
          pathForTemplate: '/t',
          fromClone: clone('/t'),
          cookieCutterVariables: {},
        }),
    ).toThrow(/spec\.pathForTemplate: pathForTemplate and fromClone are mutually exclusive/);
  });

  test('rejects fromClone when the clone sets no cloneDirectory', () => {
    expect(
      () =>
        new CookieCutterStep({
          identifier: 'cc',
          templateType: CookieCutterTemplateType.PRIVATE,
          fromClone: clone(),
          cookieCutterVariables: {},
        }),
    ).toThrow(
      "step 'cc': fromClone: GitClone step 'clone_template' sets no cloneDirectory, so the template path is unknown. Fix: set cloneDirectory on the GitClone step, e.g. '/harness/cookiecutter-template'",
    );
  });

  test('rejects fromClone that is not a GitClone step', () => {
    expect(
      () =>
        new CookieCutterStep({
          identifier: 'cc',
          templateType: CookieCutterTemplateType.PRIVATE,
          fromClone: {} as any,
          cookieCutterVariables: {},
        }),
    ).toThrow(/fromClone: expects a GitCloneStep/);
  });

  test('fromClone: the clone must run before the Cookiecutter step', () => {
    const c = clone('/harness/t');
    const cc = new CookieCutterStep({
      identifier: 'cc',
      templateType: CookieCutterTemplateType.PRIVATE,
      fromClone: c,
      cookieCutterVariables: {},
    });
    expect(() => renderInIdpStage([cc, c])).toThrow(
      /step 'cc': spec\.pathForTemplate: references output 'spec\.cloneDirectory' of step 'clone_template', which does not run before it/,
    );
  });

  test('fromClone: the clone must be part of the pipeline', () => {
    const cc = new CookieCutterStep({
      identifier: 'cc',
      templateType: CookieCutterTemplateType.PRIVATE,
      fromClone: clone('/harness/t'),
      cookieCutterVariables: {},
    });
    expect(() => renderInIdpStage([cc])).toThrow(
      /references output 'spec\.cloneDirectory' of step 'clone_template', which is not part of pipeline 'onboarding'/,
    );
  });

  test('fromClone with an expression clone directory', () => {
    const dir = PipelineVariable.string('template_dir');
    const c = new GitCloneStep({ identifier: 'clone_template', build: GitCloneBuild.branch('main'), cloneDirectory: dir });
    const cc = new CookieCutterStep({
      identifier: 'cc',
      templateType: CookieCutterTemplateType.PRIVATE,
      fromClone: c,
      cookieCutterVariables: {},
    });
    expect(renderInIdpStage([c, cc], { variables: [dir] }).steps[1].spec.pathForTemplate).toBe('<+pipeline.variables.template_dir>');
  });
});

describe('CookieCutterStep schema', () => {
  test('public, private and run-time template types validate against the Harness pipeline schema', () => {
    const templateType = PipelineVariable.string('template_type', {
      value: RuntimeInput.create().default('public').allowedValues(['public', 'private']),
    });
    const c = clone('/harness/cookiecutter-template');
    const steps = [
      c,
      new CookieCutterStep({
        identifier: 'dynamic',
        templateType,
        publicTemplateUrl: 'https://github.com/org/t',
        fromClone: c,
        cookieCutterVariables: { project_name: 'svc' },
      }),
      new CookieCutterStep({
        identifier: 'public',
        templateType: CookieCutterTemplateType.PUBLIC,
        publicTemplateUrl: 'https://github.com/org/t',
        cookieCutterVariables: { port: 8080, docker: true },
        outputDirectory: 'out',
        verbose: true,
        overwriteIfExists: true,
        resources: { limits: { memory: '512Mi' } },
      }),
      new CookieCutterStep({
        identifier: 'private',
        templateType: CookieCutterTemplateType.PRIVATE,
        pathForTemplate: '/harness/cookiecutter-template',
        cookieCutterVariables: {},
      }),
    ];
    expect(renderInIdpStage(steps, { variables: [templateType] }).pipeline).toBeValidHarnessPipeline();
  });
});
