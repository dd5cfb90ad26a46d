import type { TerraformStack } from 'cdktf';
import { Testing } from 'cdktf';
import fc from 'fast-check';
import { defineStacks } from '../../examples/app';
import { formatHcl } from '../../src/terraform/hcl-format';
import { renderStackHclParts } from '../../src/terraform/hcl-render';
import { formatHclSkeleton } from '../../src/terraform/hcl-skeleton-format';

const P = (n: number, bare = false) => `"__CDKTF_HCL_${bare ? 'BARE' : 'LITERAL'}_${n}__"`;

describe('formatHclSkeleton', () => {
  test('indents, spaces and aligns as terraform fmt does', () => {
    const text = [
      'resource   "harness_platform_pipeline" "ci"{',
      `identifier=${P(0)}`,
      `org_id = ${P(1)}`,
      '',
      `  yaml =    ${P(2)}`,
      'depends_on = [',
      `${P(3, true)} ,`,
      ']',
      'git_details {',
      `branch_name = ${P(4)}`,
      '}',
      '}',
      '',
    ].join('\n');
    const expected = [
      'resource "harness_platform_pipeline" "ci" {',
      `  identifier = ${P(0)}`,
      `  org_id     = ${P(1)}`,
      '',
      `  yaml = ${P(2)}`,
      '  depends_on = [',
      `    ${P(3, true)},`,
      '  ]',
      '  git_details {',
      `    branch_name = ${P(4)}`,
      '  }',
      '}',
      '',
    ].join('\n');
    expect(formatHclSkeleton(text)).toBe(expected);
    expect(formatHcl(text)).toBe(expected);
  });

  test.each([
    ['a comment', `# note\nlocals {\na = ${P(0)}\n}\n`],
    ['a heredoc', 'locals {\na = <<EOT\nx\nEOT\n}\n'],
    ['a negative number', 'locals {\na = -1\n}\n'],
    ['an expression', 'locals {\na = b + c\n}\n'],
    ['a quoted value that is not a placeholder', 'locals {\na = "text"\n}\n'],
    ['text beyond ASCII', 'locals {\n"é" = 1\n}\n'],
    ['a bracket that closes nothing', 'locals {\n}\n}\n'],
    ['a bracket left open', 'locals {\n'],
  ])('leaves %s to the Go formatter', (_name, text) => {
    expect(formatHclSkeleton(text)).toBeUndefined();
  });

  test("the structures of the example app's stacks: what the Go formatter writes", () => {
    const app = Testing.app();
    defineStacks(app, { env: {} });
    const stacks = app.node.children.filter((c): c is TerraformStack => 'addOverride' in c && 'toTerraform' in c);
    expect(stacks.length).toBeGreaterThanOrEqual(4);
    for (const stack of stacks) {
      const elements = stack.node.findAll().filter((c): c is any => typeof (c as any).toHclTerraform === 'function' && c !== stack);
      const { skeleton } = renderStackHclParts(stack, elements);
      expect([stack.node.id, formatHclSkeleton(skeleton)]).toEqual([stack.node.id, formatHcl(skeleton)]);
    }
  });

  const name = fc.constantFrom('a', 'identifier', 'org_id', 'a_much_longer_name', 'with-dash', '"quoted key"', '"x.y/z:1"');
  const value = fc.oneof(
    fc.nat(99).map((n) => P(n)),
    fc.nat(99).map((n) => P(n, true)),
    fc.constantFrom('true', 'null', '42', '1.5', 'string', 'list(string)', 'map(list(string))', '[]', '{}'),
  );
  const space = fc.constantFrom('', ' ', '   ');
  type Line = string | { open: string; close: string; lines: Line[] };
  const lines = fc.letrec((tie) => ({
    line: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      fc.tuple(name, space, value).map(([n, s, v]) => `${n}${s}=${s || ' '}${v}`),
      fc.constant(''),
      fc
        .tuple(
          fc.constantFrom('git_details', 'resource "t" "n"', 'resource  "t"   "n"', 'backend "s3"', 'provider "harness"'),
          tie('lines'),
        )
        .map(([h, ls]) => ({
          open: `${h} {`,
          close: '}',
          lines: ls as Line[],
        })),
      fc.tuple(name, fc.array(value, { maxLength: 3 }), fc.boolean()).map(([n, vs, comma]) => ({
        open: `${n} = [`,
        close: ']',
        lines: vs.map((v, i) => (i < vs.length - 1 || comma ? `${v},` : v)),
      })),
      fc.tuple(name, tie('lines')).map(([n, ls]) => ({ open: `${n} = {`, close: '}', lines: ls as Line[] })),
      fc.tuple(name, tie('lines'), tie('lines')).map(([n, a, b]) => ({
        open: `${n} = [`,
        close: ']',
        lines: [
          { open: '{', close: '},', lines: a as Line[] },
          { open: '{', close: '}', lines: b as Line[] },
        ],
      })),
    ),
    lines: fc.array(tie('line'), { maxLength: 6 }),
  })).lines;
  const write = (ls: readonly Line[], pad: string): string[] =>
    ls.flatMap((l) => (typeof l === 'string' ? [`${pad}${l}`] : [`${pad}${l.open}`, ...write(l.lines, `${pad} `), l.close]));

  test('over generated structures (messy spacing and indentation in), the text the Go formatter writes', () => {
    let formatted = 0;
    fc.assert(
      fc.property(lines, (ls) => {
        const text = `${write([{ open: 'locals {', close: '}', lines: ls as Line[] }], '').join('\n')}\n`;
        const mine = formatHclSkeleton(text);
        if (mine !== undefined) formatted += 1;
        expect(mine).toBe(formatHcl(text));
      }),
      { numRuns: 400, seed: 20261206 },
    );
    expect(formatted).toBe(400);
  });
});
