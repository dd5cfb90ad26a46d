import { FormField } from '../../src/workflow/form-field';
import { InputsetValue, InputsetValueKind } from '../../src/workflow/inputset-value';
import { UiField } from '../../src/workflow/ui-field';
import { WorkflowInput } from '../../src/workflow/workflow-input';

const repoUrl = () =>
  FormField.string('repoUrl', { title: 'Repository', uiField: UiField.repoUrlPicker({ allowedHosts: ['github.com'] }) });
const env = () => FormField.enum('environment', { title: 'Environment', values: ['Prod', 'Dev Test'] });

describe('InputsetValue rendering', () => {
  test('a field, through Nunjucks filters', () => {
    expect(InputsetValue.of(env()).render()).toBe('${{ parameters.environment }}');
    expect(InputsetValue.of(env()).lower().render()).toBe('${{ parameters.environment | lower }}');
    expect(InputsetValue.of(env()).upper().trim().render()).toBe('${{ parameters.environment | upper | trim }}');
    expect(InputsetValue.of(env()).replace(' ', '-').render()).toBe("${{ parameters.environment | replace(' ', '-') }}");
    expect(InputsetValue.of(repoUrl()).parseRepoUrl().pick('repo').render()).toBe(
      "${{ parameters.repoUrl | parseRepoUrl | pick('repo') }}",
    );
    const owner = FormField.string('owner', { title: 'Owner', uiField: UiField.ownerPicker() });
    expect(InputsetValue.of(owner).parseEntityRef().pick('name').render()).toBe("${{ parameters.owner | parseEntityRef | pick('name') }}");
    expect(InputsetValue.of(env()).default('none').render()).toBe("${{ parameters.environment | default('none') }}");
  });

  test('arrays are joined as the Harness docs write it; quotes and backslashes in literals are escaped', () => {
    const regions = FormField.array('regions', { title: 'Regions' });
    expect(InputsetValue.of(regions).join(',').render()).toBe("${{ parameters.regions.join(',') }}");
    expect(InputsetValue.of(regions).join(' ').upper().render()).toBe("${{ parameters.regions.join(' ') | upper }}");
    expect(InputsetValue.of(env()).replace("it's", 'a\\b').render()).toBe("${{ parameters.environment | replace('it\\'s', 'a\\\\b') }}");
  });

  test('the value sent while the field is hidden is the first filter', () => {
    expect(InputsetValue.of(env()).lower().render('none')).toBe("${{ parameters.environment | default('none') | lower }}");
    expect(InputsetValue.of(FormField.number('n', { title: 'N' })).render(3)).toBe('${{ parameters.n | default(3) }}');
    expect(InputsetValue.of(FormField.number('n', { title: 'N' })).render(1e-7)).toBe('${{ parameters.n | default(0.0000001) }}');
    expect(InputsetValue.of(FormField.boolean('b', { title: 'B' })).render(false)).toBe('${{ parameters.b | default(false) }}');
    const regions = FormField.array('regions', { title: 'Regions' });
    expect(InputsetValue.of(regions).join(',').render('')).toBe("${{ parameters.regions | default([]) | join(',') }}");
    expect(InputsetValue.of(regions).join(',').render('none')).toBe("${{ parameters.regions | default(['none']) | join(',') }}");
    const secret = FormField.string('pw', { title: 'PW', uiField: UiField.secret() });
    expect(InputsetValue.of(secret).render('')).toBe("${{ secrets.pw | default('') }}");
  });

  test('fixed values are sent as they are (numbers without an exponent)', () => {
    expect(InputsetValue.fixed('idp').render()).toBe('idp');
    expect(InputsetValue.fixed(1e-7).render()).toBe('0.0000001');
    expect(InputsetValue.fixed(true).render()).toBe('true');
    expect(InputsetValue.fixed('idp').describe()).toBe("the fixed value 'idp'");
    expect(InputsetValue.fixed(2).kind).toBe(InputsetValueKind.NUMBER);
  });
});

describe('InputsetValue analysis', () => {
  test('kinds after the filters', () => {
    expect(InputsetValue.of(env()).kind).toBe(InputsetValueKind.TEXT);
    expect(InputsetValue.of(repoUrl()).parseRepoUrl().kind).toBe(InputsetValueKind.OBJECT);
    expect(InputsetValue.of(repoUrl()).parseRepoUrl().pick('owner').kind).toBe(InputsetValueKind.TEXT);
    expect(InputsetValue.of(FormField.array('r', { title: 'R' })).kind).toBe(InputsetValueKind.LIST);
    expect(InputsetValue.of(FormField.array('r', { title: 'R' })).join().kind).toBe(InputsetValueKind.TEXT);
    expect(InputsetValue.of(WorkflowInput.number('n', { title: 'N' })).kind).toBe(InputsetValueKind.NUMBER);
    expect(InputsetValue.of(FormField.boolean('b', { title: 'B' })).kind).toBe(InputsetValueKind.BOOLEAN);
  });

  test('possible values: enum and boolean fields through the text filters, with the hidden value and default', () => {
    expect(InputsetValue.of(env()).possibleValues()).toEqual(['Prod', 'Dev Test']);
    expect(InputsetValue.of(env()).lower().replace(' ', '_').possibleValues()).toEqual(['prod', 'dev_test']);
    expect(InputsetValue.of(env()).lower().possibleValues('')).toEqual(['prod', 'dev test', '']);
    expect(InputsetValue.of(env()).default('None').upper().possibleValues()).toEqual(['PROD', 'DEV TEST', 'NONE']);
    expect(InputsetValue.of(FormField.boolean('b', { title: 'B' })).possibleValues()).toEqual(['true', 'false']);
    expect(InputsetValue.of(FormField.number('n', { title: 'N', enum: [1e21, 2] })).possibleValues()).toEqual([
      '1000000000000000000000',
      '2',
    ]);
    expect(InputsetValue.fixed('idp').upper().possibleValues()).toEqual(['IDP']);
    expect(InputsetValue.of(FormField.string('s', { title: 'S' })).possibleValues()).toBeUndefined();
    expect(InputsetValue.of(repoUrl()).parseRepoUrl().pick('repo').possibleValues()).toBeUndefined();
  });
});

describe('InputsetValue rules', () => {
  test('a filter takes the kind of value it reads', () => {
    expect(() => InputsetValue.of(FormField.array('regions', { title: 'R' })).lower()).toThrow(
      "inputset value: lower: lower takes a text, but ${{ parameters.regions }} is a list. Fix: join the list first: .join(',').lower()",
    );
    expect(() => InputsetValue.of(repoUrl()).parseRepoUrl().upper()).toThrow(
      "inputset value: upper: upper takes a text, but ${{ parameters.repoUrl | parseRepoUrl }} is an object. Fix: pick a part first: .pick('...')",
    );
    expect(() => InputsetValue.of(FormField.number('n', { title: 'N' })).trim()).toThrow(
      'inputset value: trim: trim takes a text, but ${{ parameters.n }} is a number. Fix: apply trim to a text field',
    );
    expect(() => InputsetValue.of(env()).join()).toThrow(
      'inputset value: join: join takes a list, but ${{ parameters.environment }} is a text. Fix: join reads an array field',
    );
  });

  test('pick reads a part of a parsed value', () => {
    expect(() => InputsetValue.of(repoUrl()).pick('repo')).toThrow(
      'inputset value: pick: pick reads a part of parseRepoUrl or parseEntityRef, but ${{ parameters.repoUrl }} is not parsed. Fix: call .parseRepoUrl() or .parseEntityRef() first',
    );
    expect(() => InputsetValue.of(repoUrl()).parseRepoUrl().pick('name')).toThrow(
      "inputset value: pick: parseRepoUrl has no part 'name'. Fix: pick one of: host, owner, repo, organization, workspace, project",
    );
  });

  test('filter texts, fixed values and defaults', () => {
    expect(() => InputsetValue.of(env()).replace('', '-')).toThrow(
      'inputset value: replace: the text to replace is empty. Fix: give the text to replace',
    );
    expect(() => InputsetValue.of(env()).replace('a', '}}')).toThrow(
      "inputset value: replace: '}}' holds '}}' or '${{', which would end or open the template. Fix: use other text",
    );
    expect(() => InputsetValue.fixed('${{ parameters.x }}')).toThrow(
      "inputset value: fixed: '${{ parameters.x }}' holds an expression; a fixed value is sent as it is. Fix: use InputsetValue.of(field) to send a form value",
    );
    expect(() => InputsetValue.fixed(undefined as any)).toThrow(
      'inputset value: fixed: undefined is not a text, number or boolean. Fix: pass the text to send',
    );
    expect(() => InputsetValue.fixed('idp').default('x')).toThrow(
      'inputset value: default: a fixed value always has a value. Fix: drop .default()',
    );
    expect(() => InputsetValue.of('env' as any)).toThrow(
      'inputset value: field: env is not a form field. Fix: pass a FormField, WorkflowInput or ObjectField',
    );
  });
});
