import { App, Aspects, Fn, type IAspect, TerraformStack } from 'cdktf';
import type { IConstruct } from 'constructs';
import { locateProblem, ValidationError, type ValidationProblem } from '../../core/errors';
import type { ExpressionKinds } from '../../core/expression';
import { RenderContext } from '../../core/render-context';

/**
 * Every problem at once, before anything is written.
 *
 * CDKTF's `app.synth()` first resolves every token of every stack (`prepareStack`), then synthesizes and writes the
 * stacks one by one, running each stack's validations just before writing it. A model problem thrown from a `Lazy`
 * would surface as a "Resolution error" with a CDKTF trace, and a problem of the second stack would come after the
 * first stack was written. So the library's constructs never throw from a `Lazy`; they report their problems here,
 * and the problems of every construct of the app are collected and thrown as one {@link ValidationError} before the
 * first stack is prepared:
 * - `app.synth()` of the app a construct belongs to is wrapped once (on that app object) to do so;
 * - an aspect on each stack does the same for that stack when it is synthesized without `app.synth()` (CDKTF's
 *   `Testing.synth(stack)` invokes the aspects first).
 *
 * A {@link SynthSession} lives from that check to the end of the synthesis: each construct renders its documents
 * once in it, and the `Lazy` values and the checks share the result. Right after the check, the preparations
 * registered with {@link prepareAtSynth} add the constructs that derive from the finished models (prerequisite
 * lookups), before any token is resolved.
 */

/** A construct's problems, computed in a session. */
export type ProblemSource = (session: SynthSession) => readonly ValidationProblem[];

/** Adds constructs derived from the models when the app (or the construct's stack) is synthesized. */
export type SynthPreparation = (session: SynthSession) => void;

/** What the library keeps on an app's root construct (never in module state). */
interface AppState {
  readonly sources: Array<{ readonly construct: IConstruct; readonly source: ProblemSource }>;
  readonly preparations: Array<{ readonly construct: IConstruct; readonly prepare: SynthPreparation }>;
  readonly stacks: Set<IConstruct>;
  /** The session of the synthesis under way, if any. */
  session?: SynthSession;
  /** True while `app.synth()` runs: the aspects leave its session alone. */
  pinned: boolean;
}

const STATE = Symbol.for('cdktf-harness-idp.SynthState');

/** The rendering state of one synthesis of an app. */
export class SynthSession {
  /** The rendering pass every document of the synthesis is rendered in. */
  public readonly render: RenderContext;
  private readonly values = new WeakMap<IConstruct, Map<string, unknown>>();

  constructor(kinds?: ExpressionKinds) {
    this.render = terraformRenderContext(kinds);
  }

  /** The session of the synthesis under way for `scope`'s app, or a session of its own for one call. */
  public static of(scope: IConstruct, kinds?: ExpressionKinds): SynthSession {
    return stateOf(scope.node.root).session ?? new SynthSession(kinds);
  }

  /** `compute()`'s value for `owner` and `key`, computed once in this session. */
  public cached<T>(owner: IConstruct, key: string, compute: () => T): T {
    let byKey = this.values.get(owner);
    if (!byKey) {
      byKey = new Map();
      this.values.set(owner, byKey);
    }
    if (!byKey.has(key)) byKey.set(key, compute());
    return byKey.get(key) as T;
  }
}

/**
 * A rendering pass for documents that go to Terraform: a field whose whole value is a Terraform reference is written
 * through `jsonencode()` (see below). The synthesis uses one per session; a construct that renders on its own (a
 * trigger, `renderYaml()`) a fresh one.
 * @param kinds decoders of expression kinds beyond the kernel's @default - none
 */
export function terraformRenderContext(kinds?: ExpressionKinds): RenderContext {
  return new RenderContext({ kinds, referenceValue: jsonencodeOnce() });
}

/**
 * A field whose whole value is a Terraform reference, written through Terraform's `jsonencode()`: Terraform then
 * inserts a JSON text (a double-quoted string, a number, a boolean, a list), which YAML 1.1 and 1.2 readers read as
 * that value, whatever it holds (`Payments: checkout #1`, `yes`, quotes, line breaks). One `jsonencode` token per
 * reference per synthesis. (A reference inside longer text is inserted as it is: docs/yaml.md.)
 */
function jsonencodeOnce(): (token: string) => string {
  const encoded = new Map<string, string>();
  return (token) => {
    let value = encoded.get(token);
    if (value === undefined) {
      value = Fn.jsonencode(token);
      encoded.set(token, value);
    }
    return value;
  };
}

/**
 * Registers the problems of `construct` (computed when the app or its stack is synthesized). The problems get the
 * construct's path unless they name a construct already.
 */
export function reportProblems(construct: IConstruct, source: ProblemSource): void {
  const state = watch(construct);
  state.sources.push({ construct, source });
}

/**
 * Registers `prepare`, run once per synthesis of the construct's app or stack after every problem was checked and
 * before any token is resolved: where a construct adds the constructs it derives from the models (which steps a
 * pipeline has is known only then). It runs in every synthesis, so it adds what is missing and keeps what is there.
 */
export function prepareAtSynth(construct: IConstruct, prepare: SynthPreparation): void {
  const state = watch(construct);
  state.preparations.push({ construct, prepare });
}

/** The app state of `construct`, with `app.synth()` and the construct's stack watched. */
function watch(construct: IConstruct): AppState {
  const root = construct.node.root;
  const state = stateOf(root);
  hookAppSynth(root, state);
  const stack = TerraformStack.of(construct);
  if (!state.stacks.has(stack)) {
    state.stacks.add(stack);
    Aspects.of(stack).add(new StackCheck(stack));
  }
  return state;
}

/** Every problem of the constructs at or below `scope`, located in their constructs. */
export function problemsUnder(scope: IConstruct, session: SynthSession): ValidationProblem[] {
  const problems = stateOf(scope.node.root)
    .sources.filter((s) => isUnder(s.construct, scope))
    .flatMap((s) => s.source(session).map((p) => locateProblem(p, s.construct.node.path)));
  return onceEach(problems);
}

/** Runs the preparations of the constructs at or below `scope`. */
function prepareUnder(scope: IConstruct, session: SynthSession): void {
  for (const p of stateOf(scope.node.root).preparations.filter((p) => isUnder(p.construct, scope))) p.prepare(session);
}

function isUnder(construct: IConstruct, scope: IConstruct): boolean {
  return scope.node.path === '' || construct === scope || construct.node.path.startsWith(`${scope.node.path}/`);
}

/**
 * What a `Lazy` document attribute holds when its model has problems that kept the document from being built. A
 * synthesis with validations never writes it (the problems stop it first); with `skipValidation` it says why the
 * document is missing.
 */
export function invalidDocument(constructPath: string): string {
  return `# ${constructPath}: not rendered: the model has problems (synthesize with validations to list them)\n`;
}

/**
 * Each problem once: a model problem seen by two constructs (a pipeline problem the workflow's contract also finds)
 * is kept under the first; a problem of a construct's own props is kept per construct.
 */
function onceEach(problems: readonly ValidationProblem[]): ValidationProblem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = p.path === '' ? `${p.construct}|${p.field}|${p.problem}` : `${p.path}|${p.field}|${p.problem}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Throws every problem of `scope` as one error, printed without a trace (the list says all there is to say). */
function checkOrThrow(scope: IConstruct, session: SynthSession): void {
  const problems = problemsUnder(scope, session);
  if (problems.length === 0) return;
  const error = new ValidationError(problems);
  error.stack = `${error.name}: ${error.message}`;
  throw error;
}

function stateOf(root: IConstruct): AppState {
  const holder = root as unknown as Record<symbol, AppState | undefined>;
  let state = holder[STATE];
  if (!state) {
    state = { sources: [], preparations: [], stacks: new Set(), pinned: false };
    Object.defineProperty(root, STATE, { value: state, enumerable: false });
  }
  return state;
}

/** Wraps `app.synth()` of this app object once: one session for the synthesis, every problem checked first. */
function hookAppSynth(root: IConstruct, state: AppState): void {
  if (!App.isApp(root) || Object.getOwnPropertyDescriptor(root, 'synth') !== undefined) return;
  const original = root.synth.bind(root);
  Object.defineProperty(root, 'synth', {
    configurable: true,
    value: (): void => {
      state.session = new SynthSession();
      state.pinned = true;
      try {
        if (!root.skipValidation) checkOrThrow(root, state.session);
        prepareUnder(root, state.session);
        original();
      } finally {
        state.pinned = false;
        state.session = undefined;
      }
    },
  });
}

/** Starts a session and checks the stack when the stack is synthesized outside `app.synth()`. */
class StackCheck implements IAspect {
  constructor(private readonly stack: IConstruct) {}

  public visit(node: IConstruct): void {
    if (node !== this.stack) return;
    const state = stateOf(node.node.root);
    if (state.pinned) return;
    state.session = new SynthSession();
    checkOrThrow(this.stack, state.session);
    prepareUnder(this.stack, state.session);
  }
}
