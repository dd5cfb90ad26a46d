import { describeValue, requireProps } from '../core/arguments';

import { Construct, type IConstruct } from 'constructs';
import { fail } from '../core/errors';

/** Marks a construct that declares platform defaults; `Symbol.for` so that two copies of the library agree. */
const PLATFORM_DEFAULTS = Symbol.for('cdktf-harness-idp.PlatformDefaults');

/** The Harness settings that the constructs below a scope use when their own props leave them out. */
export interface PlatformDefaultsProps {
  /** Organization of the pipelines and workflows below the scope. */
  readonly orgId: string;
  /** Project of the pipelines and workflows below the scope. */
  readonly projectId: string;
  /** Harness account identifier (a literal or a Terraform reference); it appears in workflow trigger URLs. */
  readonly accountId: string;
  /** Harness UI base URL of the workflow trigger URLs, e.g. `https://app.harness.io`. */
  readonly uiBaseUrl: string;
}

/**
 * Platform defaults found on the scope chain, as aws-cdk's `Stack.of` finds a stack: a construct looks up the
 * nearest scope that declared defaults, so constructs never import the stack classes that declare them.
 * `HarnessPlatformStack` declares its org, project, account and UI URL; your own stack class can do the same:
 *
 * ```ts
 * class MyStack extends TerraformStack {
 *   constructor(scope: Construct, id: string) {
 *     super(scope, id);
 *     PlatformDefaults.declare(this, { orgId: 'default', projectId: 'payments', accountId: 'abc', uiBaseUrl: 'https://app.harness.io' });
 *   }
 * }
 * ```
 */
export class PlatformDefaults {
  /** The defaults declared by `scope` or the nearest of its ancestors, if any. */
  public static of(scope: IConstruct): PlatformDefaultsProps | undefined {
    if (!Construct.isConstruct(scope)) {
      fail('PlatformDefaults.of', 'scope', `expects a construct, got ${describeValue(scope)}`, 'pass a construct of the stack');
    }
    for (let node: IConstruct | undefined = scope; node; node = node.node.scope) {
      const declared = (node as unknown as Record<symbol, PlatformDefaultsProps | undefined>)[PLATFORM_DEFAULTS];
      if (declared) return declared;
    }
    return undefined;
  }

  /** Declares the defaults of the constructs below `scope`; once per scope. */
  public static declare(scope: IConstruct, defaults: PlatformDefaultsProps): void {
    if (!Construct.isConstruct(scope)) {
      fail(
        'PlatformDefaults.declare',
        'scope',
        `expects a construct, got ${describeValue(scope)}`,
        'pass the stack (or construct) whose children get the defaults',
      );
    }
    requireProps(defaults, 'PlatformDefaults.declare', "PlatformDefaults.declare(this, { orgId: 'default', projectId: 'payments' })");
    if (Object.getOwnPropertyDescriptor(scope, PLATFORM_DEFAULTS) !== undefined) {
      fail(scope.node.path, 'platformDefaults', 'the scope already declares platform defaults', 'declare them once per scope');
    }
    Object.defineProperty(scope, PLATFORM_DEFAULTS, { value: Object.freeze({ ...defaults }), enumerable: false });
  }

  private constructor() {}
}
