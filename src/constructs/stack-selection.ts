import { describeValue } from '../core/arguments';
import { App, type TerraformStack } from 'cdktf';
import { Construct, type IConstruct } from 'constructs';
import { fail, failIn, ValidationError } from '../core/errors';

/** Marks the selection of an app; `Symbol.for` so that two copies of the library agree. */
const SELECTION = Symbol.for('cdktf-harness-idp.StackSelection');

/** Builds a stack of the app: `(scope, id) => new PaymentsTeamStack(scope, id, {...})`. */
export type StackBuilder<T extends TerraformStack> = (scope: Construct, id: string) => T;

/** Options of {@link StackSelection.of}. */
export interface StackSelectionOptions {
  /**
   * The environment that may name the stacks to build ({@link StackSelection.ENV_VAR}).
   * @default process.env
   */
  readonly env?: Readonly<Record<string, string | undefined>>;
}

/**
 * Builds only the stacks a synthesis asks for, so that synthesizing one team's stack does not cost the whole app.
 * The app registers every stack with a builder; a builder runs only when its stack is selected:
 *
 * ```ts
 * const app = new App();
 * const stacks = StackSelection.of(app);
 * stacks.add('platform', (scope, id) => new PlatformTeamStack(scope, id, { ... }));
 * stacks.add('payments', (scope, id) => new PaymentsTeamStack(scope, id, { ... }));
 * stacks.synth();
 * ```
 *
 * `HARNESS_IDP_STACK=payments npx cdktf synth` (or the context key `harnessIdpStack` in `cdktf.json` or
 * `CDKTF_CONTEXT_JSON`) builds and writes `payments` only; a comma-separated list selects several; without either,
 * every stack is built. The environment variable wins over the context. Stacks must not refer to each other's
 * resources: a stack that is not built has nothing to refer to.
 */
export class StackSelection {
  /** Environment variable that names the stacks to build, e.g. `HARNESS_IDP_STACK=payments`. */
  public static readonly ENV_VAR = 'HARNESS_IDP_STACK';
  /** Context key that names the stacks to build, e.g. `"context": { "harnessIdpStack": "payments" }`. */
  public static readonly CONTEXT_KEY = 'harnessIdpStack';

  /** The selection of `app`, created on first use (one per app). */
  public static of(app: App, options: StackSelectionOptions = {}): StackSelection {
    if (!App.isApp(app)) fail('StackSelection.of', 'app', 'is not a cdktf App', 'pass the App the stacks are created in');
    const existing = StackSelection.find(app);
    if (existing) return existing;
    const selection = new StackSelection(app, options.env ?? process.env);
    Object.defineProperty(app, SELECTION, { value: selection, enumerable: false });
    return selection;
  }

  /** The selection of the app `scope` belongs to, if the app uses one. */
  public static find(scope: IConstruct): StackSelection | undefined {
    if (!Construct.isConstruct(scope)) {
      fail('StackSelection.find', 'scope', `expects a construct, got ${describeValue(scope)}`, 'pass a construct of the app');
    }
    return (scope.node.root as unknown as Record<symbol, StackSelection | undefined>)[SELECTION];
  }

  /** The stacks asked for, in the order named; `undefined` when every stack is built. */
  public readonly selected?: readonly string[];
  /** Where the selection came from, for messages: the environment variable or the context key. */
  private readonly source: string;
  private readonly ids: string[] = [];
  private readonly built = new Map<string, TerraformStack>();

  private constructor(
    private readonly app: App,
    env: Readonly<Record<string, string | undefined>>,
  ) {
    const fromEnv = env[StackSelection.ENV_VAR];
    const fromContext: unknown = app.node.tryGetContext(StackSelection.CONTEXT_KEY);
    const raw = fromEnv !== undefined && fromEnv.trim() !== '' ? fromEnv : fromContext;
    this.source = raw === fromEnv ? StackSelection.ENV_VAR : `context ${StackSelection.CONTEXT_KEY}`;
    if (raw === undefined || raw === null || (typeof raw === 'string' && raw.trim() === '')) return;
    if (typeof raw !== 'string') {
      fail('StackSelection', this.source, `expects a stack name or a comma-separated list, got ${typeof raw}`, "set e.g. 'payments'");
    }
    this.selected = [...new Set(raw.split(',').map((s) => s.trim()))].filter((s) => s !== '');
  }

  /** Every registered stack id, built or not, in registration order. */
  public get registered(): readonly string[] {
    return [...this.ids];
  }

  /** True if the stack `id` is built in this synthesis. */
  public isSelected(id: string): boolean {
    return this.selected === undefined || this.selected.includes(id);
  }

  /**
   * Registers the stack `id` and builds it now if it is selected.
   * @returns the stack, or `undefined` when this synthesis leaves it out
   */
  public add<T extends TerraformStack>(id: string, build: StackBuilder<T>): T | undefined {
    if (typeof id !== 'string' || id.trim() === '') {
      fail('StackSelection.add', 'id', 'is empty', "give the stack's id, e.g. 'payments'");
    }
    if (this.ids.includes(id)) {
      fail('StackSelection.add', 'id', `stack '${id}' is registered twice`, 'register each stack once, under its own id');
    }
    this.ids.push(id);
    if (!this.isSelected(id)) return undefined;
    const stack = build(this.app, id);
    if (stack?.node?.id !== id || stack.node.scope !== this.app) {
      failIn(id, 'build', `the builder of stack '${id}' did not create a stack '${id}' in the app`, 'create the stack with (scope, id)');
    }
    this.built.set(id, stack);
    return stack;
  }

  /** The built stack `id`, if this synthesis builds it. */
  public stack(id: string): TerraformStack | undefined {
    return this.built.get(id);
  }

  /**
   * Checks that every selected stack is registered, then synthesizes the app (`app.synth()`): a misspelled name
   * fails instead of writing nothing (docs/rules.md#stack-selection).
   */
  public synth(): void {
    const unknown = (this.selected ?? []).filter((id) => !this.ids.includes(id));
    if (unknown.length > 0) {
      const error = new ValidationError([
        {
          path: 'StackSelection',
          field: this.source,
          problem: `names ${unknown.map((u) => `'${u}'`).join(', ')}, which the app does not define`,
          fix: `select one of ${this.ids.join(', ')}`,
        },
      ]);
      // Printed without a trace, as the synth's other problems: the message says all there is to say.
      error.stack = `${error.name}: ${error.message}`;
      throw error;
    }
    this.app.synth();
  }
}
