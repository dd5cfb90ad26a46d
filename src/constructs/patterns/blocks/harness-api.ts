import { requireProps } from '../../../core/arguments';

import { fail } from '../../../core/errors';
import { type Expression, isLiteralText } from '../../../core/expression';
import type { SecretRef } from '../../../core/secret-ref';
import { encodeUrlComponentText } from '../../../core/terraform-token';
import { HttpStep, type HttpStepProps } from '../../../pipeline/steps/custom/http';
import { checkSecretRef } from '../../../pipeline/steps/common/field-checks';
import { Timeout } from '../../../pipeline/timeout';
import { DEFAULT_HARNESS_BASE_URL } from '../../../workflow/pipeline-url-props';
import { urlencodeReferences } from '../../private/url-references';

/** How a pattern reaches the Harness API from an Http step. */
export interface HarnessApiProps {
  /**
   * The Harness secret holding the API key (PAT or service-account token) sent as `x-api-key`. A reference
   * only: a plain string (the key itself, or even its identifier) is rejected.
   */
  readonly harnessApiKey: SecretRef;
  /**
   * Base URL of the Harness API (scheme and host, optionally a path such as `/gateway`; no trailing `/`).
   * @default 'https://app.harness.io'
   */
  readonly harnessApiUrl?: string;
}

/** Props of {@link HarnessApi.call}. */
export interface HarnessApiCallProps extends Omit<HttpStepProps, 'url' | 'headers' | 'assertion'> {
  /** Step timeout. @default Timeout.seconds(30) */
  readonly timeout?: Timeout | string;
  /** API path, e.g. `/ng/api/v2/secrets/<id>` (expressions may be embedded). */
  readonly path: string;
  /** Query parameters, in order; literal text is URL-encoded, expressions are not (see {@link HarnessApi.url}). @default - none */
  readonly query?: Readonly<Record<string, string | Expression>>;
  /** Condition the response must meet. @default '<+httpResponseCode> == 200' */
  readonly assertion?: string | Expression;
}

/**
 * The Harness API as seen from an Http step: every call sends the API key from a {@link SecretRef} as
 * `x-api-key` (never in clear in the YAML) and `Content-Type: application/json`, and asserts HTTP 200.
 * Shared by the patterns that call Harness itself (token rotation, ...).
 */
export class HarnessApi {
  /** Base URL without a trailing `/`. */
  public readonly baseUrl: string;
  /** The API key secret. */
  public readonly apiKey: SecretRef;

  /**
   * @param props the key and the base URL
   * @param where the construct path, for messages
   */
  constructor(props: HarnessApiProps, where: string) {
    requireProps(props, where, "new HarnessApi({ harnessApiKey: SecretRef.fromIdentifier('account.idp_api_key') }, where)");
    this.apiKey = checkSecretRef(props.harnessApiKey, where, 'harnessApiKey', true)!;
    const url = props.harnessApiUrl ?? DEFAULT_HARNESS_BASE_URL;
    if (typeof url !== 'string' || !/^https?:\/\/[^/\s?#]+(\/[^\s?#]*)?$/.test(url)) {
      fail(
        where,
        'harnessApiUrl',
        `'${String(url)}' is not a base URL`,
        "give scheme and host, optionally a path, e.g. 'https://app.harness.io' or 'https://harness.example.com/gateway'",
      );
    }
    this.baseUrl = url.replace(/\/+$/, '');
  }

  /**
   * The full URL of an API path with query parameters. Literal query keys and values are URL-encoded (a Terraform
   * reference among them by Terraform's `urlencode()`, at apply); an expression is substituted by Harness when the
   * step runs, so a form value that reaches a query must be held to a pattern that
   * excludes `&`, `#`, `?` and `/` (the patterns' identifier inputs are).
   */
  public url(path: string, query: Readonly<Record<string, string | Expression>> = {}): string {
    const encode = (v: string | Expression): string => (isLiteralText(v) ? encodeUrlComponentText(urlencodeReferences(v)) : String(v));
    const q = Object.entries(query)
      .map(([k, v]) => `${encode(k)}=${encode(v)}`)
      .join('&');
    return `${this.baseUrl}${path.startsWith('/') ? '' : '/'}${path}${q ? `?${q}` : ''}`;
  }

  /** An Http step calling the API. */
  public call(props: HarnessApiCallProps): HttpStep {
    const { path, query, assertion, ...rest } = props;
    return new HttpStep({
      ...rest,
      timeout: rest.timeout ?? Timeout.seconds(30),
      url: this.url(path, query),
      headers: [
        { key: 'x-api-key', value: this.apiKey },
        { key: 'Content-Type', value: 'application/json' },
      ],
      assertion: assertion ?? HttpStep.expectStatus(200),
    });
  }
}
