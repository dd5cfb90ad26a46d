import { FormField } from '../../src/workflow/form-field';
import { FormValueType, UiField, UiFieldName, UiWidget } from '../../src/workflow/ui-field';

function property(uiField: UiField, type: 'string' | 'array' = 'string'): Record<string, any> {
  const field = type === 'array' ? FormField.array('f', { title: 'F', uiField }) : FormField.string('f', { title: 'F', uiField });
  return field.schema.toProperty();
}

describe('UiField', () => {
  test('harnessAuthToken renders the documented token field keys', () => {
    expect(property(UiField.harnessAuthToken())).toEqual({
      title: 'F',
      type: 'string',
      'ui:widget': 'password',
      'ui:field': 'HarnessAuthToken',
    });
    expect(UiField.harnessAuthToken().isAuthToken).toBe(true);
  });

  test('org, project and auto-org pickers', () => {
    expect(property(UiField.harnessOrgPicker())['ui:field']).toBe('HarnessOrgPicker');
    expect(property(UiField.harnessProjectPicker())['ui:field']).toBe('HarnessProjectPicker');
    expect(property(UiField.harnessAutoOrgPicker())).toEqual({ title: 'F', type: 'string', 'ui:field': 'HarnessAutoOrgPicker' });
  });

  test('harnessAutoOrgPicker with projectPickerRef renders property-level dependencies', () => {
    const project = FormField.string('project_name', { title: 'Project', uiField: UiField.harnessProjectPicker() });
    const ui = UiField.harnessAutoOrgPicker({ projectPickerRef: project });
    expect(ui.projectPickerRef).toBe('project_name');
    expect(property(ui)).toEqual({
      title: 'F',
      type: 'string',
      'ui:field': 'HarnessAutoOrgPicker',
      dependencies: { projectPickerRef: ['project_name'] },
    });
    expect(UiField.harnessAutoOrgPicker({ projectPickerRef: 'proj' }).dependencies).toEqual({ projectPickerRef: ['proj'] });
  });

  test('harnessUserGroupPicker options', () => {
    const ui = UiField.harnessUserGroupPicker({
      filterByUserMembership: true,
      includeChildScopes: false,
      additionalScopes: [
        { orgIdentifier: 'sales_org', includeChildScopes: false },
        { orgIdentifier: 'eng', projectIdentifier: 'backend', includeChildScopes: true },
      ],
    });
    expect(property(ui)['ui:options']).toEqual({
      filterByUserMembership: true,
      includeChildScopes: false,
      additionalScopes: [
        { orgIdentifier: 'sales_org', includeChildScopes: false },
        { orgIdentifier: 'eng', projectIdentifier: 'backend', includeChildScopes: true },
      ],
    });
    expect(property(UiField.harnessUserGroupPicker())).not.toHaveProperty('ui:options');
  });

  test('harnessUserGroupPicker rejects a scope without organization', () => {
    expect(() => UiField.harnessUserGroupPicker({ additionalScopes: [{ orgIdentifier: '' }] })).toThrow(
      /^ui:field 'HarnessUserGroupPicker': ui:options.additionalScopes\[0\].orgIdentifier: an additional scope needs its organization\. Fix: set orgIdentifier$/,
    );
  });

  test('harnessOwnerPicker and ownerPicker options', () => {
    expect(
      property(
        UiField.harnessOwnerPicker({
          catalogFilter: [{ kind: 'Group', 'spec.type': 'team' }],
          filterByUserMembership: true,
          defaultNamespace: 'default',
        }),
      ),
    ).toEqual({
      title: 'F',
      type: 'string',
      'ui:field': 'HarnessOwnerPicker',
      'ui:options': { filterByUserMembership: true, catalogFilter: [{ kind: 'Group', 'spec.type': 'team' }], defaultNamespace: 'default' },
    });
    expect(property(UiField.ownerPicker({ allowedKinds: ['Group'], allowArbitraryValues: false }))).toEqual({
      title: 'F',
      type: 'string',
      'ui:field': 'OwnerPicker',
      'ui:options': { allowedKinds: ['Group'], allowArbitraryValues: false },
    });
  });

  test('entity pickers', () => {
    expect(property(UiField.entityPicker({ catalogFilter: [{ kind: ['Component', 'API'] }], defaultKind: 'Component' }))).toEqual({
      title: 'F',
      type: 'string',
      'ui:field': 'EntityPicker',
      'ui:options': { catalogFilter: [{ kind: ['Component', 'API'] }], defaultKind: 'Component' },
    });
    expect(property(UiField.entityFieldPicker({ displayField: 'metadata.jiraProjectId', catalogFilter: [{ kind: 'Component' }] }))).toEqual(
      {
        title: 'F',
        type: 'string',
        'ui:field': 'EntityFieldPicker',
        'ui:displayField': 'metadata.jiraProjectId',
        'ui:options': { catalogFilter: [{ kind: 'Component' }] },
      },
    );
    expect(property(UiField.multiEntityPicker({ defaultNamespace: 'payment' }), 'array')).toEqual({
      title: 'F',
      type: 'array',
      items: { type: 'string' },
      'ui:field': 'MultiEntityPicker',
      'ui:options': { defaultNamespace: 'payment' },
    });
  });

  test('catalogFilter as one filter object, as Harness examples write it', () => {
    const filter = { kind: ['System', 'Component'] };
    const picker = UiField.entityFieldPicker({ displayField: 'metadata.teamLead', catalogFilter: filter });
    expect(property(picker)['ui:options']).toEqual({ catalogFilter: { kind: ['System', 'Component'] } });
    expect(property(picker)['ui:options'].catalogFilter).not.toBe(filter);
    expect(property(UiField.ownerPicker({ catalogFilter: { kind: 'Group' } }))['ui:options']).toEqual({ catalogFilter: { kind: 'Group' } });
    expect(property(UiField.harnessOwnerPicker({ catalogFilter: { kind: 'Group' } }))['ui:options']).toEqual({
      catalogFilter: { kind: 'Group' },
    });
  });

  test('value types: entity pickers take strings only, MultiEntityPicker arrays only, custom fields anything', () => {
    expect(UiField.entityPicker().types).toEqual([FormValueType.STRING]);
    expect(UiField.multiEntityPicker().types).toEqual([FormValueType.ARRAY]);
    expect(UiField.custom('SelectFieldFromApi').types).toEqual(Object.values(FormValueType));
  });

  test('repoUrlPicker with user credentials', () => {
    const ui = UiField.repoUrlPicker({
      allowedHosts: ['github.com'],
      allowedOwners: ['acme'],
      requestUserCredentials: { secretsKey: 'USER_OAUTH_TOKEN', additionalScopes: { github: ['workflow'] } },
    });
    expect(ui.secretsKey).toBe('USER_OAUTH_TOKEN');
    expect(property(ui)['ui:options']).toEqual({
      allowedHosts: ['github.com'],
      allowedOwners: ['acme'],
      requestUserCredentials: { secretsKey: 'USER_OAUTH_TOKEN', additionalScopes: { github: ['workflow'] } },
    });
  });

  test('repoUrlPicker needs an allowed host', () => {
    expect(() => UiField.repoUrlPicker({ allowedHosts: [] })).toThrow(
      /^ui:field 'RepoUrlPicker': ui:options.allowedHosts: RepoUrlPicker needs at least one allowed host\. Fix: pass allowedHosts, e.g\. \['github\.com'\]$/,
    );
  });

  test('repoUrlPicker rejects a secretsKey that cannot be read as secrets.<key>', () => {
    expect(() => UiField.repoUrlPicker({ allowedHosts: ['github.com'], requestUserCredentials: { secretsKey: 'my-token' } })).toThrow(
      "ui:field 'RepoUrlPicker': ui:options.requestUserCredentials.secretsKey: 'my-token' cannot be read as ${{ secrets.my-token }}. Fix: use letters, digits and _ only, starting with a letter or _",
    );
  });

  test('secret field', () => {
    expect(UiField.secret().isSecret).toBe(true);
    expect(property(UiField.secret())['ui:field']).toBe(UiFieldName.SECRET);
  });

  test('custom field with options', () => {
    expect(property(UiField.custom('SelectFieldFromApi', { path: 'proxy/github-api/repos' }))).toEqual({
      title: 'F',
      type: 'string',
      'ui:field': 'SelectFieldFromApi',
      'ui:options': { path: 'proxy/github-api/repos' },
    });
  });

  test('custom rejects a name that is not a field extension', () => {
    expect(() => UiField.custom('ui:field')).toThrow(
      /^ui:field 'ui:field': ui:field: 'ui:field' is not a field extension name\. Fix: use the extension's name, e.g\. 'SelectFieldFromApi'$/,
    );
  });

  test('UiWidget values', () => {
    expect(Object.values(UiWidget)).toEqual(['password', 'textarea', 'radio', 'checkboxes', 'select']);
  });
});
