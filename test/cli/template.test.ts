import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { templatesDir } from '../../src/cli/init/starter';
import { renderTemplate } from '../../src/cli/init/template';

describe('renderTemplate', () => {
  test('json inserts a JSON string literal, so a value cannot change the code around it', () => {
    const value = 'a"b\\c\n${x}</script>';
    const code = renderTemplate('t', 'const v = {{json v}};', { v: value });
    expect(code).toBe('const v = "a\\"b\\\\c\\n${x}</script>";');
    expect(JSON.parse(code.slice('const v = '.length, -1))).toBe(value);
  });

  test('text inserts the value as it is (for prose; only validated values are passed)', () => {
    expect(renderTemplate('t', '# {{text name}}\n`{{text name}}`', { name: 'payments_repo' })).toBe('# payments_repo\n`payments_repo`');
  });

  test('{{#if}} / {{else}} / {{/if}} lines keep one branch; the directives may follow //', () => {
    const template = ['a', '{{#if on}}', 'b {{json v}}', '{{else}}', 'c', '  // {{/if}}', 'd'].join('\n');
    expect(renderTemplate('t', template, { v: 'x' }, { on: true })).toBe('a\nb "x"\nd');
    // A dropped branch may name values that are not given.
    expect(renderTemplate('t', template, {}, { on: false })).toBe('a\nc\nd');
  });

  test.each([
    ['{{json missing}}', {}, {}, 't:1: no value for {{json missing}}'],
    ['x\n{{#if nope}}\n{{/if}}', {}, {}, "t:2: no flag 'nope'"],
    ['{{#if a}}\n{{#if a}}\n{{/if}}', {}, { a: true }, 't:2: nested {{#if}}'],
    ['{{#if a}}\nx', {}, { a: true }, 't: unclosed {{#if}}'],
    ['x\n{{/if}}', {}, {}, 't:2: {{/if}} without {{#if}}'],
    ['{{else}}', {}, {}, 't:1: {{else}} without {{#if}}'],
    ['{{raw v}} {{json v}}', { v: 'x' }, {}, 't: unknown placeholder {{raw v}}'],
  ])('%j fails: %s', (template, values, flags, message) => {
    expect(() => renderTemplate('t', template, values, flags)).toThrow(message);
  });

  test('every starter template renders in every combination of its switches, leaving no placeholder', () => {
    const values = {
      packageName: 'p',
      orgId: 'o',
      projectId: 'q',
      stackId: 'q',
      accountId: 'a',
      githubOwner: 'g',
      gitopsRepo: 'r',
      gitopsConnector: 'account.c',
    };
    for (const file of readdirSync(templatesDir())) {
      const text = readFileSync(join(templatesDir(), file), 'utf8');
      for (const account of [false, true]) {
        for (const gitops of [false, true]) {
          const out = renderTemplate(file, text, values, { account, gitops });
          expect(out).not.toMatch(/\{\{|\}\}/);
        }
      }
    }
  });
});
