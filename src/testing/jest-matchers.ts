import { validateHarnessPipeline } from './harness-schema';

/** Something that renders pipeline YAML, such as a `Pipeline` model. */
export interface RendersYaml {
  /** The pipeline YAML. */
  toYaml(): string;
}

/** What `toBeValidHarnessPipeline()` accepts: YAML text, a parsed `{ pipeline: ... }` object, or a `Pipeline`. */
export type HarnessPipelineLike = string | object | RendersYaml;

declare global {
  namespace jest {
    interface Matchers<R> {
      /**
       * Checks a Harness v0 pipeline (YAML text, a parsed `{ pipeline: ... }` object, or a `Pipeline` model,
       * rendered with `toYaml()`) against the official pipeline JSON schema. The failure message lists the
       * schema diagnostics. Register with {@link setupHarnessMatchers}.
       */
      toBeValidHarnessPipeline(): R;
    }
  }
}

function isRenderer(x: unknown): x is RendersYaml {
  return x !== null && typeof x === 'object' && typeof (x as RendersYaml).toYaml === 'function';
}

/** The matcher implementations, for `expect.extend(harnessMatchers)`. */
export const harnessMatchers = {
  toBeValidHarnessPipeline(this: jest.MatcherContext, received: HarnessPipelineLike): jest.CustomMatcherResult {
    if (received === null || received === undefined || (typeof received !== 'string' && typeof received !== 'object')) {
      return {
        pass: false,
        message: () =>
          'expected a Harness pipeline (YAML text, { pipeline: ... } object or Pipeline model), ' +
          `received ${this.utils.printReceived(received)}`,
      };
    }
    const document = isRenderer(received) ? received.toYaml() : received;
    const result = validateHarnessPipeline(document);
    const label = isRenderer(received) ? 'Pipeline model' : typeof received === 'string' ? 'pipeline YAML' : 'pipeline object';
    return {
      pass: result.valid,
      message: result.valid
        ? () =>
            `${this.utils.matcherHint('.not.toBeValidHarnessPipeline', 'received', '')}\n\n` +
            `expected the ${label} not to validate against the Harness pipeline schema, but it does`
        : () =>
            `${this.utils.matcherHint('.toBeValidHarnessPipeline', 'received', '')}\n\n` +
            `expected the ${label} to validate against the Harness pipeline schema; ${result.errors.length} problem(s):\n` +
            result.errors.map((e) => `  - ${e}`).join('\n'),
    };
  },
};

/** Registers `toBeValidHarnessPipeline()` with jest (call it from a `setupFilesAfterEnv` file). */
export function setupHarnessMatchers(): void {
  expect.extend(harnessMatchers);
}
