import { IacScanner, requireScanner } from '../../../src/constructs/patterns/blocks/iac-scanner';
import { Timeout } from '../../../src/pipeline/timeout';

describe('IacScanner', () => {
  test('native scanners create a new IaCM scan step each time', () => {
    for (const [scanner, type, id] of [
      [IacScanner.TFSEC, 'IACMTFSec', 'tfsec'],
      [IacScanner.TFLINT, 'IACMTFLint', 'tflint'],
      [IacScanner.CHECKOV, 'IACMCheckov', 'checkov'],
    ] as const) {
      const a = scanner.createStep();
      expect(a.toObject()).toEqual({ step: { type, name: id, identifier: id, timeout: '10m', spec: {} } });
      expect(scanner.createStep()).not.toBe(a);
      expect(scanner.identifier).toBe(id);
    }
  });

  test("plugin: a Plugin step with uses (the IaCM tutorial's tfsec plugin)", () => {
    const step = IacScanner.plugin('https://github.com/urischeiner/tfsec-iacm.git', { identifier: 'tfsec' }).createStep(
      Timeout.minutes(15),
    );
    expect(step.toObject()).toEqual({
      step: {
        type: 'Plugin',
        name: 'tfsec',
        identifier: 'tfsec',
        timeout: '15m',
        spec: { uses: 'https://github.com/urischeiner/tfsec-iacm.git' },
      },
    });
    expect(IacScanner.plugin('acme/lint@v1').identifier).toBe('lint');
  });

  test('plugin rules', () => {
    expect(() => IacScanner.plugin('')).toThrow(/^IacScanner\.plugin: uses: is empty\. Fix: pass the plugin reference/);
    expect(() => IacScanner.plugin('acme/lint@v1', { identifier: 'tf-lint' })).toThrow(
      /^IacScanner\.plugin: identifier: 'tf-lint' is not a valid Harness identifier/,
    );
  });

  test('requireScanner', () => {
    expect(requireScanner(IacScanner.TFLINT, 'w', 'scanner')).toBe(IacScanner.TFLINT);
    expect(() => requireScanner(undefined, 'team/infra', 'scanner')).toThrow(
      /^team\/infra: scanner: expects an IacScanner, got undefined\./,
    );
  });
});
