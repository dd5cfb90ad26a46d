import { serialize } from 'node:v8';
import { compactString } from '../../src/core/compact-string';
import { Expr } from '../../src/core/expr';
import { resolveString } from '../../src/core/resolve';
import { Pipeline } from '../../src/pipeline/pipeline';
import { CustomStage } from '../../src/pipeline/stages/custom-stage';
import { RunStep } from '../../src/pipeline/steps/common/run';
import { PipelineVariable } from '../../src/pipeline/variable';

/**
 * How V8 stores a string, read from its own serializer: after the two header bytes (and any padding), `"` starts a
 * one-byte string and `c` a two-byte string.
 */
function storage(text: string): 'one-byte' | 'two-byte' {
  const bytes = serialize(text);
  let i = 2;
  while (bytes[i] === 0) i++;
  if (bytes[i] === 0x22) return 'one-byte';
  if (bytes[i] === 0x63) return 'two-byte';
  throw new Error(`unexpected serializer tag 0x${bytes[i].toString(16)}`);
}

/** Latin-1 text cut out of a string that holds a wider character: V8 keeps such a piece two-byte. */
const cutFromWide = (latin1: string) => `\u27E6${latin1}`.slice(1);

describe('compactString', () => {
  test('the probe tells the two storages apart', () => {
    expect(storage('plain')).toBe('one-byte');
    expect(storage('caf\u00e9')).toBe('one-byte');
    expect(storage('a \u2014 b')).toBe('two-byte');
    expect(storage(cutFromWide('plain ascii text'))).toBe('two-byte');
  });

  test.each(['plain ascii text', 'caf\u00e9 \u00ff', 'line\nbreak\ttab "quote" ${x}'])(
    'a Latin-1 piece of wide text (%j) becomes a one-byte copy with the same characters',
    (latin1) => {
      const piece = cutFromWide(latin1);
      const compact = compactString(piece);
      expect(compact).toBe(latin1);
      expect(storage(compact)).toBe('one-byte');
    },
  );

  test('text with a character outside Latin-1 is returned as it is', () => {
    const wide = cutFromWide('snow \u2603 and \ud83d\ude00');
    expect(compactString(wide)).toBe(wide);
    expect(storage(compactString(wide))).toBe('two-byte');
    expect(compactString('')).toBe('');
  });

  test('a string with an expression marker resolves to one-byte text', () => {
    const text = `build #${Expr.raw('<+pipeline.sequenceId>')} done`;
    expect(storage(text)).toBe('two-byte');
    const resolved = resolveString(text);
    expect(resolved).toBe('build #<+pipeline.sequenceId> done');
    expect(storage(resolved)).toBe('one-byte');
  });

  test('a pipeline whose fields embed expressions renders one-byte YAML (half the memory of two-byte)', () => {
    const env = PipelineVariable.string('env', { value: 'dev' });
    const step = new RunStep({ identifier: 'say', command: `echo "deploying to ${env}"`, outputVariables: ['url'] });
    const pipeline = new Pipeline({ identifier: 'p', name: 'Markers', variables: [env] }).addStage(
      new CustomStage({ identifier: 's', steps: [step] }),
    );
    const yaml = pipeline.toYaml();
    expect(yaml).toContain('command: echo "deploying to <+pipeline.variables.env>"');
    expect(storage(yaml)).toBe('one-byte');
  });
});
