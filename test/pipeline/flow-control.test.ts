import { Pipeline } from '../../src/pipeline/pipeline';
import { CustomStage } from '../../src/pipeline/stages/custom-stage';
import { RunStep } from '../../src/pipeline/steps/common/run';
import { thrownMessage } from './steps/support';

const stages = () => [new CustomStage({ identifier: 'c', steps: [new RunStep({ identifier: 'a', command: 'echo' })] })];

describe('Pipeline flowControl', () => {
  test('renders the barriers after the stages and variables; the name defaults to the identifier (the schema requires it)', () => {
    const p = new Pipeline({
      identifier: 'p',
      stages: stages(),
      flowControl: { barriers: [{ identifier: 'gate' }, { identifier: 'done', name: 'All done' }] },
    });
    const doc = (p.toObject() as any).pipeline;
    expect(Object.keys(doc)).toEqual(['name', 'identifier', 'stages', 'flowControl']);
    expect(doc.flowControl).toEqual({
      barriers: [
        { identifier: 'gate', name: 'gate' },
        { identifier: 'done', name: 'All done' },
      ],
    });
    expect(p).toBeValidHarnessPipeline();
  });

  test('rejects a barrier declared twice and an invalid barrier identifier or name', () => {
    expect(
      thrownMessage(() => new Pipeline({ identifier: 'p', flowControl: { barriers: [{ identifier: 'g' }, { identifier: 'g' }] } })),
    ).toBe("pipeline 'p': flowControl.barriers[1].identifier: barrier 'g' is declared twice. Fix: declare each barrier once");
    expect(thrownMessage(() => new Pipeline({ identifier: 'p', flowControl: { barriers: [{ identifier: 'release-gate' }] } }))).toBe(
      "pipeline 'p': flowControl.barriers[0].identifier: 'release-gate' is not a valid Harness identifier (must match ^[a-zA-Z_][0-9a-zA-Z_]{0,127}$: a letter or _ first, then letters, digits or _, at most 128 characters; no '-', '.', '$' or spaces). Fix: use for example 'release_gate'",
    );
    expect(thrownMessage(() => new Pipeline({ identifier: 'p', flowControl: { barriers: [{ identifier: 'g', name: 'a/b' }] } }))).toBe(
      "pipeline 'p': flowControl.barriers[0].name: 'a/b' is not a valid name (names may contain letters, digits, _, -, . and spaces; pattern ^[a-zA-Z_0-9\\-.][-0-9a-zA-Z_\\s.]{0,127}$). Fix: use for example 'a b'",
    );
  });
});
