import { parse } from 'yaml';
import { Expr } from '../../../../src/core/expr';
import { resolveValue } from '../../../../src/core/resolve';
import { isCatalogName, isCatalogTag, suggestCatalogTag } from '../../../../src/core/catalog-naming';
import { CatalogInfo } from '../../../../src/pipeline/steps/idp/catalog-info';
import { CreateCatalogStep } from '../../../../src/pipeline/steps/idp/create-catalog';
import { CreateRepoStep } from '../../../../src/pipeline/steps/idp/create-repo';
import { PipelineVariable } from '../../../../src/pipeline/variable';
import { renderInIdpStage } from '../support';

const base = { name: 'payments', owner: 'group:default/platform', type: 'service', lifecycle: 'experimental' };

describe('CatalogInfo', () => {
  test('renders a Backstage Component (backstage.io/v1alpha1) with the typed props', () => {
    const text = new CatalogInfo({
      ...base,
      title: 'Payments',
      description: 'Payment service',
      system: 'checkout',
      tags: ['java', 'tier-1'],
      annotations: { 'backstage.io/techdocs-ref': 'dir:.' },
      labels: { team: 'pay' },
    }).resolve();
    expect(parse(text)).toEqual({
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Component',
      metadata: {
        name: 'payments',
        title: 'Payments',
        description: 'Payment service',
        labels: { team: 'pay' },
        annotations: { 'backstage.io/techdocs-ref': 'dir:.' },
        tags: ['java', 'tier-1'],
      },
      spec: { type: 'service', lifecycle: 'experimental', owner: 'group:default/platform', system: 'checkout' },
    });
  });

  test('the text is the YAML of the entity, optional fields left out', () => {
    expect(new CatalogInfo(base).resolve()).toBe(
      [
        'apiVersion: backstage.io/v1alpha1',
        'kind: Component',
        'metadata:',
        '  name: payments',
        'spec:',
        '  type: service',
        '  lifecycle: experimental',
        '  owner: group:default/platform',
        '',
      ].join('\n'),
    );
  });

  test('expressions are allowed in any field and double-quoted, so run-time values with ": " still parse', () => {
    const project = PipelineVariable.string('project_name');
    const text = new CatalogInfo({
      ...base,
      name: project,
      description: `${project}: created by IDP`,
      tags: [Expr.raw('<+pipeline.variables.stack>')],
    }).resolve();
    expect(text).toContain('  name: "<+pipeline.variables.project_name>"\n');
    expect(text).toContain('  description: "<+pipeline.variables.project_name>: created by IDP"\n');
    expect(text).toContain('    - "<+pipeline.variables.stack>"\n');
    expect(parse(text.replace(/<\+pipeline\.variables\.(\w+)>/g, 'x: $1')).metadata.name).toBe('x: project_name');
  });

  test('an expression holding quotes is left to the renderer (no escaping inside the expression)', () => {
    const text = new CatalogInfo({ ...base, owner: Expr.raw('<+pipeline.variables.owner.replace("a","b")>') }).resolve();
    expect(text).toContain('owner: <+pipeline.variables.owner.replace("a","b")>');
  });

  test('step outputs inside are resolved to their FQN and checked for order', () => {
    const repo = new CreateRepoStep({ identifier: 'create_repo', connectorRef: 'account.gh', repository: 'svc', repoType: 'private' });
    const info = new CatalogInfo({ ...base, annotations: { 'harness.io/repo-url': repo.outputs.repositoryUrl } });
    const cat = new CreateCatalogStep({ identifier: 'create_catalog', fileContent: info });
    const { steps } = renderInIdpStage([repo, cat]);
    expect(steps[1].spec.fileContent).toContain(
      'harness.io/repo-url: "<+pipeline.stages.service_onboarding.spec.execution.steps.create_repo.output.outputVariables.repositoryUrl>"',
    );

    const repo2 = new CreateRepoStep({ identifier: 'create_repo', connectorRef: 'account.gh', repository: 'svc', repoType: 'private' });
    const cat2 = new CreateCatalogStep({
      identifier: 'create_catalog',
      fileContent: new CatalogInfo({ ...base, description: `${repo2.outputs.repositoryUrl}` }),
    });
    expect(() => renderInIdpStage([cat2, repo2])).toThrow(
      /references output 'output\.outputVariables\.repositoryUrl' of step 'create_repo', which does not run before it/,
    );
  });

  test('toObject gives the unresolved entity', () => {
    const v = PipelineVariable.string('owner');
    const obj = new CatalogInfo({ ...base, owner: v }).toObject() as any;
    expect(obj.spec.owner).toBe(v);
    expect(resolveValue(obj.spec.owner)).toBe('<+pipeline.variables.owner>');
  });

  test('rejects a plain name that is not a valid entity name', () => {
    expect(() => new CatalogInfo({ ...base, name: 'my service!' })).toThrow(
      "CatalogInfo: metadata.name: 'my service!' is not a valid catalog entity name (1-63 letters or digits, separated by '-', '_' or '.'). Fix: use for example 'my-service'",
    );
    expect(() => new CatalogInfo({ ...base, name: 'a'.repeat(64) })).toThrow(/is not a valid catalog entity name/);
    expect(() => new CatalogInfo({ ...base, name: '-svc' })).toThrow(/is not a valid catalog entity name/);
  });

  test('names built from expressions are not checked locally', () => {
    const v = PipelineVariable.string('project_name');
    expect(() => new CatalogInfo({ ...base, name: `${v}-svc` })).not.toThrow();
  });

  test('rejects a plain tag that is not a Backstage tag', () => {
    expect(() => new CatalogInfo({ ...base, tags: ['Java 17'] })).toThrow(
      "CatalogInfo: metadata.tags: 'Java 17' is not a valid catalog tag (lowercase letters, digits, ':', '+' or '#', joined by single '-'; at most 63 characters). Fix: use for example 'java-17'",
    );
  });

  test('rejects missing required fields', () => {
    expect(() => new CatalogInfo({ ...base, owner: '' })).toThrow(/CatalogInfo: spec\.owner: is required\. Fix: set owner/);
    expect(() => new CatalogInfo({ ...base, name: undefined as any })).toThrow(/CatalogInfo: metadata\.name: is required/);
    expect(() => new CatalogInfo({ ...base, type: undefined as any })).toThrow(/spec\.type: is required/);
    expect(() => new CatalogInfo({ ...base, lifecycle: ' ' })).toThrow(/spec\.lifecycle: is required/);
  });
});

describe('catalog naming rules', () => {
  test('isCatalogName: 1-63 letters or digits, separated by -, _ or .', () => {
    for (const ok of ['a', 'payments-api', 'svc_1.v2', 'x'.repeat(63)]) expect(isCatalogName(ok)).toBe(true);
    for (const bad of ['', '-a', 'a-', 'a b', 'x'.repeat(64)]) expect(isCatalogName(bad)).toBe(false);
  });

  test('isCatalogTag: lowercase words joined by single -, at most 63 characters', () => {
    for (const ok of ['java', 'team:payments', 'c++', 'day-2']) expect(isCatalogTag(ok)).toBe(true);
    for (const bad of ['Java', 'a--b', '-a', 'a b', 'x'.repeat(64)]) expect(isCatalogTag(bad)).toBe(false);
  });

  test('suggestCatalogTag: a valid tag close to the input', () => {
    expect(suggestCatalogTag('Day 2')).toBe('day-2');
    expect(suggestCatalogTag('  Team / Payments ')).toBe('team-payments');
    expect(suggestCatalogTag('!!!')).toBe('tag');
  });
});

describe('CatalogInfo schema', () => {
  test('a CreateCatalog step with a CatalogInfo validates against the Harness pipeline schema', () => {
    const project = PipelineVariable.string('project_name');
    const cat = new CreateCatalogStep({
      identifier: 'create_catalog',
      fileContent: new CatalogInfo({ ...base, name: project, description: `${project}: svc`, tags: ['java'] }),
    });
    expect(renderInIdpStage([cat], { variables: [project] }).pipeline).toBeValidHarnessPipeline();
  });
});
