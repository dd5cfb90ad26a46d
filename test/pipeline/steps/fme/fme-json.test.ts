import { RuntimeInput } from '../../../../src/core/runtime-input';
import { checkFmeJson, renderFmeJson } from '../../../../src/pipeline/steps/fme/fme-json';
import { PipelineVariable } from '../../../../src/pipeline/variable';
import { thrownMessage } from '../support';

describe('FME JSON fields', () => {
  test('values are serialized as compact JSON; text and expressions stay as they are', () => {
    expect(renderFmeJson({ color: 'blue', size: 2 })).toBe('{"color":"blue","size":2}');
    expect(renderFmeJson([{ op: 'replace', path: '/killed', value: false }])).toBe('[{"op":"replace","path":"/killed","value":false}]');
    expect(renderFmeJson('{"a":1}')).toBe('{"a":1}');
    const input = RuntimeInput.create();
    expect(renderFmeJson(input)).toBe(input);
  });

  test('plain text must be JSON of the right kind', () => {
    expect(() => checkFmeJson('{"a":1}', 'w', 'f', 'object', 'fix')).not.toThrow();
    expect(() => checkFmeJson(`${PipelineVariable.string('cfg')}`, 'w', 'f', 'object', 'fix')).not.toThrow();
    expect(thrownMessage(() => checkFmeJson('{a:1}', 'w', 'f', 'object', 'fix'))).toBe('w: f: is not valid JSON. Fix: fix');
    expect(thrownMessage(() => checkFmeJson('[1]', 'w', 'f', 'object', 'fix'))).toBe('w: f: is a JSON array, not a JSON object. Fix: fix');
    expect(thrownMessage(() => checkFmeJson({ op: 'x' }, 'w', 'f', 'array', 'fix'))).toBe(
      'w: f: expects a JSON array or its text. Fix: fix',
    );
    expect(thrownMessage(() => checkFmeJson(undefined, 'w', 'f', 'array', 'fix'))).toBe('w: f: is required. Fix: fix');
  });
});
