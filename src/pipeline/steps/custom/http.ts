import { CREDENTIAL_NAME } from '../../../core/credentials';
import { fail } from '../../../core/errors';
import { Expr, readsSecretValue } from '../../../core/expr';
import { containsExpression, Expression, StepOutput } from '../../../core/expression';
import { splitExpressions } from '../../../core/resolve';
import { VariableReference } from '../../../core/variable-reference';
import { Step, type StepProps } from '../../step';
import { VariableType } from '../../variable';
import { isLiteralText, requireText } from '../common/field-checks';
import { checkMaxTimeout } from './max-timeout';
import { checkStepVariables, renderStepVariables, type StepVariable } from './step-variable';

/** HTTP methods of an Http step. */
export enum HttpMethod {
  /** HTTP GET. */
  GET = 'GET',
  /** HTTP POST. */
  POST = 'POST',
  /** HTTP PUT. */
  PUT = 'PUT',
  /** HTTP DELETE. */
  DELETE = 'DELETE',
  /** HTTP HEAD. */
  HEAD = 'HEAD',
  /** HTTP OPTIONS. */
  OPTIONS = 'OPTIONS',
  /** HTTP PATCH. */
  PATCH = 'PATCH',
}

/** A request header (`HttpHeaderConfig`). */
export interface HttpHeader {
  /** Header name, e.g. `Content-Type` or `x-api-key`. */
  readonly key: string;
  /**
   * Header value. For a credential header (`Authorization`, `x-api-key`, `*token*`, ...) the value must
   * reference a secret: a `SecretRef`, a Secret pipeline variable, a Secret-typed output variable of an
   * earlier Http/ShellScript step, or a string built from one, e.g.
   * `` `Bearer ${SecretRef.fromIdentifier('account.pat')}` ``.
   */
  readonly value: string | Expression;
}

/** Props of an {@link HttpStep}. */
export interface HttpStepProps extends StepProps {
  /** Request URL (`http://` or `https://`); may embed expressions. */
  readonly url: string | Expression;
  /** HTTP method. */
  readonly method: HttpMethod;
  /** Request headers. @default - none */
  readonly headers?: readonly HttpHeader[];
  /** Request body. @default - none */
  readonly requestBody?: string | Expression;
  /** Boolean JEXL checked against the response, e.g. `<+httpResponseCode> == 200`. @default - none */
  readonly assertion?: string | Expression;
  /**
   * Values taken from the response, e.g. `{ name: 'id', value: '<+json.object(httpResponseBody).data>' }`.
   * Read them with {@link HttpStep.outputVariable}. @default - none
   */
  readonly outputVariables?: readonly StepVariable[];
  /** Delegate selectors. @default - any delegate */
  readonly delegateSelectors?: readonly string[];
}

/** Typed built-in outputs of an {@link HttpStep}. */
export interface HttpOutputs {
  /** `output.httpResponseCode`, e.g. 200. */
  readonly httpResponseCode: StepOutput;
  /** `output.httpResponseBody`. */
  readonly httpResponseBody: StepOutput;
  /** `output.status`, e.g. `SUCCESS`. */
  readonly status: StepOutput;
  /** `output.httpUrl`: the URL called. */
  readonly httpUrl: StepOutput;
  /** `output.httpMethod`: the method used. */
  readonly httpMethod: StepOutput;
}

/** True if a header carries a credential (the kernel's credential names, and cookies): its value must reference a secret. */
function isCredentialHeader(name: string): boolean {
  return CREDENTIAL_NAME.test(name) || /cookie/i.test(name);
}

/**
 * An Http step (`HttpStepInfo`): calls a URL from a delegate. Allowed in Custom, Approval, Deployment and
 * IACM stages, not in IDP stages (docs/rules.md#step-stage-matrix). Timeout at most 53w
 * (docs/rules.md#max-timeout-53w); not set, Harness applies its default.
 */
export class HttpStep extends Step {
  public readonly type = 'Http';
  /** Typed references to the step's outputs. */
  public readonly outputs: HttpOutputs;
  private readonly props: HttpStepProps;

  /** `<+httpResponseCode>`: the response status, readable inside this step (`assertion`, output values). */
  public static readonly RESPONSE_CODE: Expression = Expr.raw('<+httpResponseCode>');
  /** `<+httpResponseBody>`: the response body, readable inside this step. */
  public static readonly RESPONSE_BODY: Expression = Expr.raw('<+httpResponseBody>');

  /**
   * A field of the JSON response body, readable inside this step, e.g. `HttpStep.responseJson('data')` →
   * `<+json.object(httpResponseBody).data>` (for an output variable's `value`).
   */
  public static responseJson(path: string): Expression {
    if (typeof path !== 'string' || !/^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*|\[\d+\])*$/.test(path)) {
      fail(
        'HttpStep.responseJson',
        'path',
        `'${String(path)}' is not a JSON field path`,
        "use dotted field names and [index], e.g. 'data.token' or 'items[0].id'",
      );
    }
    return Expr.raw(`<+json.object(httpResponseBody).${path}>`);
  }

  /** `<+httpResponseCode> == <code>`, the usual `assertion`. */
  public static expectStatus(code: number): string {
    return Expr.equals(HttpStep.RESPONSE_CODE, code);
  }

  /** Creates the step; its fields are checked at once, so a mistake throws a `ValidationError` naming the field and the fix. */
  constructor(props: HttpStepProps) {
    super(props);
    this.props = props;
    const where = this.describe();
    checkMaxTimeout(this.timeout, 53, where);
    requireText(props.url, where, 'spec.url', 'give the URL to call');
    if (isLiteralText(props.url) && !/^https?:\/\/\S+$/.test(props.url)) {
      fail(
        where,
        'spec.url',
        `'${props.url}' is not an http:// or https:// URL`,
        "give a full URL such as 'https://app.harness.io/ng/api/...'",
      );
    }
    if (!Object.values(HttpMethod).includes(props.method)) {
      fail(where, 'spec.method', `'${String(props.method)}' is not an HTTP method`, `use one of ${Object.values(HttpMethod).join(', ')}`);
    }
    (props.headers ?? []).forEach((h, i) => {
      const f = `spec.headers[${i}]`;
      if (typeof h.key !== 'string' || h.key.trim() === '') fail(where, `${f}.key`, 'is empty', 'give the header name');
      requireText(h.value, where, `${f}.value`, `give a value for header '${h.key}'`);
      if (isCredentialHeader(h.key) && !referencesSecret(h.value)) {
        const got = typeof h.value === 'string' && !containsExpression(h.value) ? 'plain text' : 'an expression without a secret';
        fail(
          where,
          `${f}.value`,
          `header '${h.key}' carries a credential, so its value must be built from a SecretRef (got ${got})`,
          "pass SecretRef.fromIdentifier('account.x') (or a string built from one, " +
            "e.g. `Bearer ${SecretRef.fromIdentifier('account.x')}`) so the credential never sits in the pipeline YAML",
        );
      }
    });
    checkStepVariables(props.outputVariables, where, 'spec.outputVariables');
    this.outputs = {
      httpResponseCode: this.output('output.httpResponseCode'),
      httpResponseBody: this.output('output.httpResponseBody'),
      status: this.output('output.status'),
      httpUrl: this.output('output.httpUrl'),
      httpMethod: this.output('output.httpMethod'),
    };
  }

  /** True if the step declares the output variable `name` with type Secret. */
  public isSecretOutput(name: string): boolean {
    return (this.props.outputVariables ?? []).some((o) => o.name === name && o.type === VariableType.SECRET);
  }

  /** Reference to a declared output variable. Throws if the step does not declare it. */
  public outputVariable(name: string): StepOutput {
    return this.declaredOutputVariable(
      name,
      (this.props.outputVariables ?? []).map((o) => o.name),
    );
  }

  protected renderSpec(): Record<string, unknown> {
    const p = this.props;
    return {
      url: p.url,
      method: p.method,
      headers: p.headers ? p.headers.map((h) => ({ key: h.key, value: h.value })) : undefined,
      requestBody: p.requestBody,
      assertion: p.assertion,
      outputVariables: renderStepVariables(p.outputVariables),
      delegateSelectors: p.delegateSelectors ? [...p.delegateSelectors] : undefined,
    };
  }
}

/**
 * True if a value references a Harness secret: a SecretRef, a Secret pipeline variable, a Secret-typed output
 * variable of an earlier step, a `<+secrets.getValue(...)>` expression, or text built from one of these.
 */
function referencesSecret(value: string | Expression): boolean {
  const parts = value instanceof Expression ? [value] : splitExpressions(value);
  // Plain `<+secrets.getValue(...)>` text does not count: the header must be built from a SecretRef (or Expr.raw).
  return parts.some(
    (part) =>
      (part instanceof Expression && readsSecretValue(part)) ||
      (part instanceof VariableReference && part.type === VariableType.SECRET) ||
      (part instanceof StepOutput &&
        part.path.startsWith('output.outputVariables.') &&
        part.producer.isSecretOutput?.(part.outputName) === true),
  );
}
