import { Expr } from '../../../../src/core/expr';
import { SecretRef } from '../../../../src/core/secret-ref';
import { checkSecretRef, isLiteralText, requireText } from '../../../../src/pipeline/steps/common/field-checks';
import { PipelineVariable } from '../../../../src/pipeline/variable';

describe('isLiteralText', () => {
  test('plain strings are literal; expressions, embedded expressions and <+...> text are not', () => {
    const v = PipelineVariable.string('x');
    expect(isLiteralText('main')).toBe(true);
    expect(isLiteralText(`${v}-svc`)).toBe(false);
    expect(isLiteralText('<+pipeline.variables.x>')).toBe(false);
    expect(isLiteralText(v)).toBe(false);
    expect(isLiteralText(3)).toBe(false);
  });
});

describe('requireText', () => {
  test('accepts text and expressions', () => {
    expect(() => requireText('main', 'w', 'spec.branch', 'f')).not.toThrow();
    expect(() => requireText(Expr.raw('<+x>'), 'w', 'spec.branch', 'f')).not.toThrow();
  });

  test('rejects a missing value', () => {
    expect(() => requireText(undefined, "step 's'", 'spec.branch', 'pass a branch')).toThrow(
      /^step 's': spec\.branch: is required\. Fix: pass a branch$/,
    );
  });

  test('rejects blank text', () => {
    expect(() => requireText('  ', "step 's'", 'spec.branch', 'pass a branch')).toThrow(/spec\.branch: is empty\. Fix: pass a branch/);
  });

  test('rejects other types', () => {
    expect(() => requireText(42, "step 's'", 'spec.branch', 'pass a branch')).toThrow(
      "step 's': spec.branch: expects a string or an expression, got a number (42). Fix: pass a branch",
    );
  });
});

describe('checkSecretRef', () => {
  test('returns the reference', () => {
    const ref = SecretRef.fromIdentifier('account.pat');
    expect(checkSecretRef(ref, 'w', 'spec.xApiKey', true)).toBe(ref);
  });

  test('optional and unset gives undefined', () => {
    expect(checkSecretRef(undefined, 'w', 'spec.xApiKey', false)).toBeUndefined();
  });

  test('required and unset is rejected', () => {
    expect(() => checkSecretRef(undefined, "step 's'", 'spec.xApiKey', true)).toThrow(
      /spec\.xApiKey: a secret reference is required\. Fix: pass SecretRef\.fromIdentifier\('account\.x'\)/,
    );
  });

  test('a plain string is rejected without echoing it', () => {
    // Shaped like a Slack bot token, assembled at run time so no token-like literal sits in the repository.
    const literal = ['xox', 'b-', 'very-secret'].join('');
    let message = '';
    try {
      checkSecretRef(literal, "step 's'", 'spec.token', true);
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toBe(
      "step 's': spec.token: a plain string was passed where a secret reference is required. Fix: pass SecretRef.fromIdentifier('account.x') with the identifier (and scope) of a Harness secret that holds the value, never the value itself",
    );
    expect(message).not.toContain(literal);
  });

  test('another expression is rejected', () => {
    expect(() => checkSecretRef(Expr.raw('<+x>'), "step 's'", 'spec.token', true)).toThrow(
      /spec\.token: expects a SecretRef, got another kind of expression/,
    );
  });
});
