import { checkFlagEnvironment, renderFlagEnvironment } from '../../../../src/pipeline/steps/fme/fme-flag-environment';
import { PipelineVariable } from '../../../../src/pipeline/variable';
import { thrownMessage } from '../support';

describe('FME flag + environment props', () => {
  test('checks both fields and renders them first', () => {
    const env = PipelineVariable.string('env');
    const props = { identifier: 's', flagName: 'new_checkout', environment: env };
    expect(() => checkFlagEnvironment(props, 'w')).not.toThrow();
    expect(renderFlagEnvironment(props)).toEqual({ flagName: 'new_checkout', environment: env });
    expect(thrownMessage(() => checkFlagEnvironment({ ...props, flagName: 'bad name' }, 'w'))).toBe(
      "w: spec.flagName: 'bad name' is not an FME flag name (^[a-zA-Z][-_a-zA-Z0-9]*$, at most 100 characters). Fix: use letters, digits, - and _, starting with a letter, or pass an expression",
    );
    expect(thrownMessage(() => checkFlagEnvironment({ ...props, environment: '' }, 'w'))).toBe(
      'w: spec.environment: is required. Fix: give the FME environment name or id, or an expression',
    );
  });
});
