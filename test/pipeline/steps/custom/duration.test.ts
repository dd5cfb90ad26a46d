import { RuntimeInput } from '../../../../src/core/runtime-input';
import { checkDuration } from '../../../../src/pipeline/steps/custom/duration';
import { Timeout } from '../../../../src/pipeline/timeout';
import { thrownMessage } from '../support';

describe('checkDuration', () => {
  test('returns the text of a valid duration, or the expression', () => {
    expect(checkDuration('1h30m', 'w', 'spec.duration', true)).toBe('1h30m');
    expect(checkDuration(Timeout.seconds(30), 'w', 'spec.duration', true)).toBe('30s');
    const input = RuntimeInput.create();
    expect(checkDuration(input, 'w', 'spec.duration', true)).toBe(input);
    expect(checkDuration(undefined, 'w', 'spec.retryInterval', false)).toBeUndefined();
  });

  test('reports the timeout rules under the field, said of a duration', () => {
    expect(thrownMessage(() => checkDuration('5s', 'w', 'spec.duration', true))).toBe(
      "w: spec.duration: '5s' is rejected by the Harness schema (seconds need at least two digits). Fix: use '10s' or more, or '1m'",
    );
    expect(thrownMessage(() => checkDuration('soon', 'w', 'spec.duration', true))).toBe(
      "w: spec.duration: 'soon' is not a Harness duration. Fix: use forms such as '30s', '10m', '1h30m', '1d' or '1w'",
    );
    expect(thrownMessage(() => checkDuration(undefined, 'w', 'spec.duration', true))).toBe(
      "w: spec.duration: is required. Fix: give a duration such as '30s', '10m' or '1h'",
    );
    expect(thrownMessage(() => checkDuration(60, 'w', 'spec.duration', true))).toBe(
      "w: spec.duration: expects text, got number. Fix: give a duration such as '30s', '10m' or '1h'",
    );
  });
});
