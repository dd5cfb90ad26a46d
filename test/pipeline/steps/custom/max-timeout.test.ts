import { Expr } from '../../../../src/core/expr';
import { checkMaxTimeout, timeoutSeconds } from '../../../../src/pipeline/steps/custom/max-timeout';
import { Timeout } from '../../../../src/pipeline/timeout';

describe('maximum timeouts', () => {
  test('timeoutSeconds adds up units and ignores expressions', () => {
    expect(timeoutSeconds(Timeout.parse('30s'))).toBe(30);
    expect(timeoutSeconds(Timeout.parse('1h30m'))).toBe(5400);
    expect(timeoutSeconds(Timeout.parse('1w 2d'))).toBe(7 * 86400 + 2 * 86400);
    expect(timeoutSeconds(Timeout.fromExpression(Expr.raw('<+pipeline.variables.t>')))).toBeUndefined();
  });

  test('checkMaxTimeout rejects a literal timeout over the limit', () => {
    expect(() => checkMaxTimeout(Timeout.weeks(53), 53, 'w')).not.toThrow();
    expect(() => checkMaxTimeout(Timeout.parse('53w 1d'), 53, 'w')).toThrow(
      /^w: timeout: '53w 1d' is longer than the maximum of 53w for this step. Fix: use at most '53w'/,
    );
    expect(() => checkMaxTimeout(Timeout.days(372), 53, 'w')).toThrow(/'372d' is longer than the maximum of 53w/);
    expect(() => checkMaxTimeout(Timeout.fromExpression(Expr.raw('<+x>')), 53, 'w')).not.toThrow();
  });
});
