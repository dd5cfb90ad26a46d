import { decimalText, runtimeNumber } from '../../src/core/number-text';

describe('decimalText', () => {
  test.each([
    [1e-7, '0.0000001'],
    [1.5e-7, '0.00000015'],
    [-2.5e-8, '-0.000000025'],
    [1e21, '1000000000000000000000'],
    [1.25e22, '12500000000000000000000'],
    [-3e21, '-3000000000000000000000'],
    [0.1, '0.1'],
    [42, '42'],
    [-7, '-7'],
    [123.456, '123.456'],
  ])('%p is written %p', (n, text) => {
    expect(decimalText(n)).toBe(text);
    expect(Number(text)).toBe(n);
  });

  test('runtimeNumber keeps numbers without an exponent as numbers', () => {
    expect(runtimeNumber(2)).toBe(2);
    expect(runtimeNumber(0.5)).toBe(0.5);
    expect(runtimeNumber(1e-7)).toBe('0.0000001');
  });
});
