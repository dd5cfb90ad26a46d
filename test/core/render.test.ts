import { parse } from 'yaml';
import { Expr } from '../../src/core/expr';
import { Pipeline } from '../../src/pipeline/pipeline';
import { compact, walkStrings } from '../../src/core/object';
import { toYaml } from '../../src/core/yaml';
import { CustomStage } from '../../src/pipeline/stages/custom-stage';
import { RunStep } from '../../src/pipeline/steps/common/run';
import { PipelineVariable } from '../../src/pipeline/variable';

describe('toYaml', () => {
  test('keeps key order, indents sequences, no document markers', () => {
    expect(toYaml({ pipeline: { name: 'P', identifier: 'p', tags: {}, stages: [{ stage: { identifier: 's' } }] } })).toBe(
      ['pipeline:', '  name: P', '  identifier: p', '  tags: {}', '  stages:', '    - stage:', '        identifier: s', ''].join('\n'),
    );
  });

  test.each(['on', 'off', 'yes', 'no', 'y', 'n', 'ON', 'Off', 'true', 'null', '~', '010', '0x1F', '1_000', '12:30', '1.5', ''])(
    'quotes %j, which a YAML 1.1 parser (Harness) would not read as a string',
    (text) => {
      const yaml = toYaml({ treatment: text });
      expect(yaml).toBe(`treatment: "${text}"\n`);
      expect(parse(yaml, { version: '1.1' })).toEqual({ treatment: text });
    },
  );

  test('quotes keys that YAML 1.1 reads as booleans', () => {
    expect(toYaml({ n: 1, y: 2, on: 3 })).toBe('"n": 1\n"y": 2\n"on": 3\n');
  });

  test('Harness expressions and shell variables stay plain', () => {
    expect(toYaml({ a: '<+input>', b: '<+pipeline.variables.action> == "enable"', c: '${HOME}/x' })).toBe(
      'a: <+input>\nb: <+pipeline.variables.action> == "enable"\nc: ${HOME}/x\n',
    );
  });

  test('multi-line strings are literal block scalars; long lines are never folded', () => {
    const long = `${'x'.repeat(300)} ${'y'.repeat(300)}`;
    expect(toYaml({ script: 'set -e\necho "hi"\n', payload: 'a\nb', long })).toBe(
      `script: |\n  set -e\n  echo "hi"\npayload: |-\n  a\n  b\nlong: ${long}\n`,
    );
  });

  test('repeated objects are written out, never as YAML aliases', () => {
    const shared = { type: 'Abort' };
    expect(toYaml({ a: shared, b: shared })).toBe('a:\n  type: Abort\nb:\n  type: Abort\n');
  });

  test('is deterministic: the same pipeline renders to the same bytes, twice and when rebuilt', () => {
    const build = (): Pipeline => {
      const env = PipelineVariable.string('env', { value: '<+input>.default(dev).allowedValues(dev,prod)' });
      const first = new RunStep({ identifier: 'first', command: 'echo "${HOME}"\nexit 0\n', outputVariables: ['url'] });
      const second = new RunStep({
        identifier: 'second',
        command: `curl ${first.outputVariable('url')} --env ${env}`,
        when: { condition: Expr.equals(env, 'on') },
      });
      return new Pipeline({ identifier: 'p', name: 'Deterministic', variables: [env], tags: { team: 'platform', a: 'b' } }).addStage(
        new CustomStage({ identifier: 's', steps: [first, second] }),
      );
    };
    const p = build();
    const once = p.toYaml();
    expect(p.toYaml()).toBe(once);
    expect(build().toYaml()).toBe(once);
    expect(once).toContain('condition: <+pipeline.variables.env> == "on"');
    expect(p).toBeValidHarnessPipeline();
  });
});

describe('compact', () => {
  test('drops undefined fields only', () => {
    expect(compact({ a: undefined, b: null, c: 0, d: '', e: false, f: [] })).toEqual({ b: null, c: 0, d: '', e: false, f: [] });
    expect(Object.keys(compact({ z: 1, a: undefined, m: 2 }))).toEqual(['z', 'm']);
  });
});

describe('walkStrings', () => {
  test('visits every string depth first, in key order, with its path', () => {
    const seen: Array<[string, string]> = [];
    walkStrings({ a: 'x', b: [1, 'y', { c: 'z' }], d: { e: null, f: true, g: 'w' } }, '', (text, at) => seen.push([at, text]));
    expect(seen).toEqual([
      ['a', 'x'],
      ['b[1]', 'y'],
      ['b[2].c', 'z'],
      ['d.g', 'w'],
    ]);
  });

  test('paths below a given root; a bare string is visited at the root', () => {
    const seen: string[] = [];
    walkStrings({ url: 'u' }, 'spec.steps[0]', (_t, at) => seen.push(at));
    walkStrings('s', 'root', (_t, at) => seen.push(at));
    expect(seen).toEqual(['spec.steps[0].url', 'root']);
  });
});
