import { Expr } from '../../../../src/core/expr';
import { RuntimeInput } from '../../../../src/core/runtime-input';
import {
  checkFmeEnvironment,
  checkFmeList,
  checkFmeName,
  checkFmeTags,
  checkFmeText,
  checkPercent,
  checkTreatmentName,
  hasItems,
  isRuntimeInput,
} from '../../../../src/pipeline/steps/fme/fme-fields';
import { PipelineVariable } from '../../../../src/pipeline/variable';
import { thrownMessage } from '../support';

const v = PipelineVariable.string('v');

describe('FME field checks', () => {
  test('isRuntimeInput: RuntimeInput, <+input> text and raw expressions', () => {
    expect(isRuntimeInput(RuntimeInput.create().default('on'))).toBe(true);
    expect(isRuntimeInput('<+input>.allowedValues(a,b)')).toBe(true);
    expect(isRuntimeInput(Expr.raw('<+input>'))).toBe(true);
    expect(isRuntimeInput(v)).toBe(false);
    expect(isRuntimeInput('on')).toBe(false);
  });

  test('checkFmeText: plain text or text that starts with an expression', () => {
    expect(() => checkFmeText('plain', 'w', 'f', true, 'fix')).not.toThrow();
    expect(() => checkFmeText(`${v} and more`, 'w', 'f', true, 'fix')).not.toThrow();
    expect(() => checkFmeText(undefined, 'w', 'f', false, 'fix')).not.toThrow();
    expect(thrownMessage(() => checkFmeText(`more ${v}`, 'w', 'f', true, 'fix'))).toBe(
      'w: f: mixes literal text and expressions; the schema accepts plain text or text that starts with an expression. Fix: use plain text, or start the text with the expression',
    );
    expect(thrownMessage(() => checkFmeText(undefined, 'w', 'f', true, 'fix'))).toBe('w: f: is required. Fix: fix');
    expect(thrownMessage(() => checkFmeText(' ', 'w', 'f', true, 'fix'))).toBe('w: f: is empty. Fix: fix');
    expect(thrownMessage(() => checkFmeText(3, 'w', 'f', true, 'fix'))).toBe('w: f: expects text, got number. Fix: fix');
  });

  test('checkFmeName: pattern, at most 100 characters, or an expression', () => {
    expect(() => checkFmeName('new_checkout-2', 'w', 'spec.name', 'segment')).not.toThrow();
    expect(() => checkFmeName(`x_${v}`, 'w', 'spec.name', 'segment')).not.toThrow();
    expect(thrownMessage(() => checkFmeName('2fast', 'w', 'spec.name', 'segment'))).toBe(
      "w: spec.name: '2fast' is not an FME segment name (^[a-zA-Z][-_a-zA-Z0-9]*$, at most 100 characters). Fix: use letters, digits, - and _, starting with a letter, or pass an expression",
    );
    expect(() => checkFmeName(`a${'b'.repeat(100)}`, 'w', 'spec.name', 'flag set')).toThrow(/is not an FME flag set name/);
    expect(thrownMessage(() => checkFmeName(undefined, 'w', 'spec.name', 'flag'))).toBe(
      'w: spec.name: is required. Fix: give the flag name or an expression',
    );
  });

  test('checkFmeEnvironment: 1 to 100 characters; text with expressions starts with one', () => {
    expect(() => checkFmeEnvironment('Prod-Default', 'w')).not.toThrow();
    expect(() => checkFmeEnvironment(v, 'w')).not.toThrow();
    expect(thrownMessage(() => checkFmeEnvironment('e'.repeat(101), 'w'))).toBe(
      `w: spec.environment: '${'e'.repeat(101)}' is 101 characters long; FME environment names have at most 100. Fix: give the environment name or id`,
    );
    expect(thrownMessage(() => checkFmeEnvironment(`prod-${v}`, 'w'))).toBe(
      'w: spec.environment: mixes literal text and expressions; the schema accepts plain text or text that starts with an expression. Fix: use plain text, or start the text with the expression',
    );
    expect(thrownMessage(() => checkFmeEnvironment('', 'w'))).toBe(
      'w: spec.environment: is required. Fix: give the FME environment name or id, or an expression',
    );
  });

  test('checkTreatmentName: pattern; runtime inputs only where the schema takes them', () => {
    expect(() => checkTreatmentName('v1.2', 'w', 'f', false)).not.toThrow();
    expect(() => checkTreatmentName(RuntimeInput.create(), 'w', 'f', true)).not.toThrow();
    expect(() => checkTreatmentName(`${v}_x`, 'w', 'f', false)).not.toThrow();
    expect(thrownMessage(() => checkTreatmentName('-on', 'w', 'f', false))).toBe(
      "w: f: '-on' is not a treatment name (^[a-zA-Z0-9][-_.a-zA-Z0-9]*$). Fix: use letters, digits, -, _ and ., starting with a letter or digit",
    );
    expect(thrownMessage(() => checkTreatmentName(RuntimeInput.create(), 'w', 'f', false))).toBe(
      "w: f: a runtime input (<+input>) is not allowed as a treatment here. Fix: name the treatment (e.g. 'on') or pass a pipeline variable; a runtime input is not accepted here",
    );
    expect(thrownMessage(() => checkTreatmentName(`v_${v}`, 'w', 'f', false))).toBe(
      'w: f: mixes literal text and expressions; the schema accepts a plain name or text that starts with an expression. Fix: use a plain treatment name, or a single expression',
    );
    expect(thrownMessage(() => checkTreatmentName(undefined, 'w', 'f', true))).toBe(
      "w: f: is required. Fix: give the treatment name, e.g. 'on'",
    );
  });

  test('checkFmeTags: tag pattern, no expression as one tag, at most max', () => {
    expect(() => checkFmeTags(['team:payments', 'beta_1'], 'w')).not.toThrow();
    expect(() => checkFmeTags(RuntimeInput.create(), 'w')).not.toThrow();
    expect(thrownMessage(() => checkFmeTags(['has space'], 'w'))).toBe(
      "w: spec.tags[0]: 'has space' is not a tag the schema accepts (^([a-zA-Z0-9-_:]+)$). Fix: use letters, digits, -, _ and :, or pass one expression for the whole list",
    );
    expect(thrownMessage(() => checkFmeTags([v], 'w'))).toBe(
      'w: spec.tags[0]: an expression is not a tag the schema accepts (^([a-zA-Z0-9-_:]+)$). Fix: use letters, digits, -, _ and :, or pass one expression for the whole list',
    );
    expect(thrownMessage(() => checkFmeTags(['a', 'b', 'c'], 'w', 2))).toBe(
      'w: spec.tags: has 3 tags; the schema allows at most 2. Fix: keep at most 2 tags',
    );
  });

  test('checkPercent: whole numbers in range, or an expression', () => {
    expect(() => checkPercent(0, 'w', 'f')).not.toThrow();
    expect(() => checkPercent(v, 'w', 'f')).not.toThrow();
    expect(thrownMessage(() => checkPercent(101, 'w', 'f'))).toBe(
      'w: f: 101 is not a whole number from 0 to 100. Fix: use a whole number from 0 to 100, or an expression',
    );
    expect(thrownMessage(() => checkPercent(2.5, 'w', 'f'))).toBe(
      'w: f: 2.5 is not a whole number from 0 to 100. Fix: use a whole number from 0 to 100, or an expression',
    );
    expect(thrownMessage(() => checkPercent(undefined, 'w', 'f', 1))).toBe(
      'w: f: is required. Fix: give a whole number from 1 to 100, or an expression',
    );
  });

  test('checkFmeList and hasItems', () => {
    expect(() => checkFmeList(undefined, 'w', 'spec.keys', 'key')).not.toThrow();
    expect(thrownMessage(() => checkFmeList(['u1', ''], 'w', 'spec.keys', 'key'))).toBe(
      'w: spec.keys[1]: is empty. Fix: give the key, or an expression',
    );
    expect(hasItems(undefined)).toBe(false);
    expect(hasItems([])).toBe(false);
    expect(hasItems(['a'])).toBe(true);
    expect(hasItems(RuntimeInput.create())).toBe(true);
  });
});
