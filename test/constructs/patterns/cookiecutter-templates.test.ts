import { CookiecutterTemplates } from '../../../src/constructs/patterns/blocks/cookiecutter-templates';
import { resolveValue } from '../../../src/core/resolve';

describe('CookiecutterTemplates', () => {
  test('freeUrl: a text field, with or without a default', () => {
    const input = CookiecutterTemplates.freeUrl({ default: 'https://github.com/acme/cookiecutter-java' }).createInput(false);
    expect(input.schema.toProperty()).toEqual({
      title: 'Public Cookiecutter template URL',
      type: 'string',
      default: 'https://github.com/acme/cookiecutter-java',
    });
    expect(resolveValue(input.toObject())).toEqual({
      name: 'template_url',
      type: 'String',
      description: 'Public cookiecutter template URL',
      required: false,
      value: '<+input>.default(https://github.com/acme/cookiecutter-java)',
    });
    const bare = CookiecutterTemplates.freeUrl({ title: 'Template URL' }).createInput(true);
    expect(bare.schema.toProperty()).toEqual({ title: 'Template URL', type: 'string' });
    expect(bare.schema.required).toBe(true);
  });

  test('fixedList: a drop-down of URLs labelled by title, first selected by default', () => {
    const t = CookiecutterTemplates.fixedList([
      { title: 'Java', url: 'https://github.com/acme/cookiecutter-java' },
      { title: 'Go', url: 'https://github.com/acme/cookiecutter-go' },
    ]);
    expect(t.createInput(true).schema.toProperty()).toEqual({
      title: 'Cookiecutter template',
      type: 'string',
      enum: ['https://github.com/acme/cookiecutter-java', 'https://github.com/acme/cookiecutter-go'],
      enumNames: ['Java', 'Go'],
      default: 'https://github.com/acme/cookiecutter-java',
    });
    const second = CookiecutterTemplates.fixedList(t.choices!, { default: 'https://github.com/acme/cookiecutter-go', title: 'Template' });
    expect(second.createInput(true).schema.toProperty()).toMatchObject({
      title: 'Template',
      default: 'https://github.com/acme/cookiecutter-go',
    });
  });

  test('fixedList rules', () => {
    expect(() => CookiecutterTemplates.fixedList([])).toThrow(
      /^CookiecutterTemplates\.fixedList: templates: the list of templates is empty\. Fix: list at least one template/,
    );
    expect(() => CookiecutterTemplates.fixedList([{ title: '', url: 'https://github.com/a/b' }])).toThrow(
      /^CookiecutterTemplates\.fixedList: templates\[0\]\.title: the template has no title\./,
    );
    expect(() =>
      CookiecutterTemplates.fixedList([
        { title: 'A', url: 'https://github.com/a/b' },
        { title: 'B', url: 'https://github.com/a/b' },
      ]),
    ).toThrow(
      /^CookiecutterTemplates\.fixedList: templates\[1\]\.url: 'https:\/\/github\.com\/a\/b' is listed twice\. Fix: list each template URL once$/,
    );
    expect(() =>
      CookiecutterTemplates.fixedList([{ title: 'A', url: 'https://github.com/a/b' }], { default: 'https://github.com/a/c' }),
    ).toThrow(
      /^CookiecutterTemplates\.fixedList: default: 'https:\/\/github\.com\/a\/c' is not the URL of a listed template\. Fix: use one of: https:\/\/github\.com\/a\/b$/,
    );
  });

  test('URLs: http(s) repository URLs a runtime input can carry', () => {
    expect(() => CookiecutterTemplates.freeUrl({ default: 'github.com/acme/x' })).toThrow(
      /^CookiecutterTemplates\.freeUrl: default: 'github\.com\/acme\/x' is not a template repository URL\. Fix: give the repository URL/,
    );
    expect(() => CookiecutterTemplates.fixedList([{ title: 'A', url: 'https://github.com/acme/x(1)' }])).toThrow(
      /^CookiecutterTemplates\.fixedList: templates\[0\]\.url: 'https:\/\/github\.com\/acme\/x\(1\)' contains ',', '\(' or '\)', which a pipeline runtime input cannot carry\./,
    );
  });
});
