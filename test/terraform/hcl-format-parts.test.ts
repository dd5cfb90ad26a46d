import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { App } from 'cdktf';
import fc from 'fast-check';
import { defineStacks } from '../../examples/app';
import * as hclFormat from '../../src/terraform/hcl-format';
import { formatHclParts, formatsAsItself } from '../../src/terraform/hcl-format-parts';
import { type HclParts, restoreHcl } from '../../src/terraform/hcl-render';
import { hclStringExpression } from '../../src/terraform/hcl-string';
import { hideHarnessExpressions } from '../../src/terraform/terraform-string';

const { formatHcl } = hclFormat;

describe('formatsAsItself', () => {
  test.each([
    ['a quoted string', '"plain text, \\"quoted\\" and \\\\"'],
    ['the empty string', '""'],
    ['escaped template syntax', '"$${x} and %%{ if y }"'],
    ['a hidden Harness expression', '"<${"+"}pipeline.variables.project_name>_ci"'],
    ['escaped quotes after an escape', '"$${\\"+\\"} and \\\\"'],
    ['a heredoc with hidden Harness expressions', '<<EOT\npipeline:\n  name: <${"+"}pipeline.variables.x>\nEOT'],
    ['a heredoc whose delimiter is numbered', '<<EOT1\nEOT\nEOT1'],
    ['a reference', 'harness_platform_project.my-project.id'],
    ['a number', '3.5'],
    ['a keyword', 'null'],
  ])('%s: yes, and the Go formatter agrees', (_name, expression) => {
    expect(formatsAsItself(expression)).toBe(true);
    const text = `locals {\n  a = ${expression}\n  list = [\n    ${expression},\n  ]\n}\n`;
    expect(formatHcl(text)).toBe(text);
  });

  test.each([
    ['an interpolation', '"${var.x}"'],
    ['a directive', '"%{ if true }x%{ endif }"'],
    ['an escape that leaves an interpolation after it', '"$${\\"+\\"}${x}"'],
    ['a quote that ends the string', '"$${"+"}"'],
    ['an escaped backslash before a quote that ends the string', '"a\\\\"b"'],
    ['a heredoc with an interpolation', '<<EOT\n${var.x}\nEOT'],
    ['a heredoc whose end does not match its start', '<<EOT\nx\nEND'],
    ['a function call', 'join("-", ["a", "b"])'],
    ['an index', 'var.list[0]'],
    ['a negative number', '-1'],
    ['an operator', 'a+b'],
    ['a list', '["a"]'],
    ['an unterminated string', '"abc'],
  ])('%s: no', (_name, expression) => {
    expect(formatsAsItself(expression)).toBe(false);
  });
});

describe('formatHclParts', () => {
  const parts: HclParts = {
    skeleton:
      'resource "harness_platform_pipeline" "ci" {\nidentifier = "__CDKTF_HCL_LITERAL_0__"\nyaml = "__CDKTF_HCL_LITERAL_1__"\n' +
      'depends_on = [\n"__CDKTF_HCL_BARE_2__"\n]\n}\n',
    expressions: ['"<${"+"}pipeline.variables.name>_ci"', '<<EOT\npipeline:\n  name: x\nEOT', 'harness_platform_project.p'],
  };

  test('formats the structure, then puts the values in: the text formatHcl writes for the whole', () => {
    expect(formatHclParts(parts)).toBe(
      'resource "harness_platform_pipeline" "ci" {\n' +
        '  identifier = "<${"+"}pipeline.variables.name>_ci"\n' +
        '  yaml       = <<EOT\npipeline:\n  name: x\nEOT\n' +
        '  depends_on = [\n    harness_platform_project.p\n  ]\n}\n',
    );
    expect(formatHclParts(parts)).toBe(formatHcl(restoreHcl(parts)));
  });

  test('the structure is formatted without the Go formatter when its lines are of the kinds CDKTF writes', () => {
    const format = jest.spyOn(hclFormat, 'formatHcl');
    try {
      formatHclParts(parts);
      expect(format.mock.calls).toEqual([]);
      // a comment is not a kind of line CDKTF writes: the Go formatter formats the structure (once per shape)
      const commented = { ...parts, skeleton: `# generated\n${parts.skeleton}` };
      expect(formatHclParts(commented)).toBe(formatHcl(restoreHcl(commented)));
      format.mockClear();
      formatHclParts(commented);
      expect(format.mock.calls.map(([text]) => text)).toEqual([commented.skeleton]);
      format.mockClear();
      // a heredoc a comma follows (which renderStackHclParts never writes): the whole text is formatted
      const heredocItem = { skeleton: 'locals {\na = [\n"__CDKTF_HCL_LITERAL_0__",\n]\n}\n', expressions: ['<<EOT\nx\nEOT'] };
      const mine = formatHclParts(heredocItem);
      expect(format.mock.calls.map(([text]) => text)).toEqual([restoreHcl(heredocItem)]);
      expect(mine).toBe(formatHcl(restoreHcl(heredocItem)));
      format.mockClear();
      // a value the formatter may respace: the whole text is formatted
      const withInterpolation = { ...parts, expressions: ['"${var.prefix}_ci"', ...parts.expressions.slice(1)] };
      formatHclParts(withInterpolation);
      expect(format.mock.calls.map(([text]) => text)).toEqual([restoreHcl(withInterpolation)]);
    } finally {
      format.mockRestore();
    }
  });

  test("a synthesis of the example app (ServiceOnboarding's Create Resource module, JSON and HCL) never starts the Go formatter", () => {
    const format = jest.spyOn(hclFormat, 'formatHcl');
    try {
      for (const hclOutput of [false, true]) {
        const app = new App({ outdir: mkdtempSync(join(tmpdir(), 'format-parts-')), hclOutput });
        defineStacks(app, { env: {} });
        app.synth();
        const files = readdirSync(join(app.outdir, 'stacks', 'payments'));
        expect(files).toContain(hclOutput ? 'cdk.tf' : 'cdk.tf.json');
      }
      expect(format.mock.calls).toEqual([]);
    } finally {
      format.mockRestore();
    }
  });

  /** Template text: letters, spaces, quotes, backslashes, template syntax and its escapes, Harness expressions, newlines. */
  const template = fc
    .array(
      fc.constantFrom('a', 'Z', '_', ' ', '"', '\\', '$', '%', '{', '}', '${x}', '$${', '%%{', '%{ if y }', '<+', '\n', '\t', 'é', 'EOT'),
      { maxLength: 12 },
    )
    .map((pieces) => pieces.join(''));
  const expression = fc.oneof(
    template.map((t) => hideHarnessExpressions(hclStringExpression(t))),
    template.map((t) => hideHarnessExpressions(hclStringExpression(`${t}\n`))),
    fc.constantFrom('harness_platform_project.p.id', 'true', '42', 'null', '-1', 'var.x[0]', 'upper("a")'),
  );
  const key = fc.constantFrom('a', 'name', 'identifier', 'org_id', 'a_much_longer_key');
  /** A body: attributes, nested blocks, lists of values and blank lines; `n` numbers the placeholders. */
  const body = fc.letrec((tie) => ({
    line: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      key.map((k) => ({ kind: 'attr' as const, k })),
      fc.tuple(key, fc.integer({ min: 1, max: 3 })).map(([k, n]) => ({ kind: 'list' as const, k, n })),
      fc.constant({ kind: 'blank' as const }),
      fc.tuple(key, tie('lines')).map(([k, lines]) => ({ kind: 'block' as const, k, lines })),
    ),
    lines: fc.array(tie('line'), { maxLength: 5 }),
  })).lines;

  type Line =
    | { kind: 'attr'; k: string }
    | { kind: 'list'; k: string; n: number }
    | { kind: 'blank' }
    | { kind: 'block'; k: string; lines: Line[] };
  function skeletonOf(lines: readonly Line[], next: () => string): string {
    return lines
      .map((l) => {
        if (l.kind === 'blank') return '';
        if (l.kind === 'attr') return `${l.k} = ${next()}`;
        if (l.kind === 'list') return `${l.k} = [\n${Array.from({ length: l.n }, next).join(',\n')}\n]`;
        return `${l.k} {\n${skeletonOf(l.lines, next)}\n}`;
      })
      .join('\n');
  }

  test('over generated modules, the same text as formatting the whole (most of them through the structure alone)', () => {
    let structureOnly = 0;
    fc.assert(
      fc.property(body, fc.array(expression, { minLength: 40, maxLength: 40 }), fc.boolean(), (lines, values, bareFirst) => {
        let n = 0;
        const next = () => `"__CDKTF_HCL_${bareFirst && n === 0 ? 'BARE' : 'LITERAL'}_${n++ % 40}__"`;
        const skeleton = `resource "harness_platform_pipeline" "p" {\n${skeletonOf(lines as Line[], next)}\n}\n`;
        // The values of most modules are of the kinds formatted in place; a few are not.
        const used = Math.min(n, 40);
        const expressions = values.map((v, i) => (i < used && i % 7 !== 3 && !formatsAsItself(v) ? `"value ${i}"` : v));
        if (expressions.slice(0, used).every(formatsAsItself)) structureOnly += 1;
        const generated = { skeleton, expressions };
        expect(formatHclParts(generated)).toBe(formatHcl(restoreHcl(generated)));
      }),
      { numRuns: 300, seed: 20261206 },
    );
    expect(structureOnly).toBeGreaterThan(100);
  });
});
