import { isRecord } from './is-record';
import { StepOutput } from '../core/expression';
import { Body } from './body';
import { call, type Code, lit, member } from './code';
import type { ExpressionScope } from './expressions';

/** A YAML path: keys and list indices from the document root. */
export type YamlPath = readonly (string | number)[];

/** A model object the importer created, where it sits in the document, and the constant that holds it. */
export interface Owner {
  readonly path: YamlPath;
  readonly name: string;
  /** The node below `path` that the object's overrides address (e.g. a step's `{ step: node }` → `step`). */
  readonly kind: 'pipeline' | 'stage' | 'step' | 'stepGroup' | 'workflow';
  /** The object's identifier. */
  readonly identifier?: string;
}

/** Step types whose `outputVariable(name)` is public. */
const PUBLIC_OUTPUT_VARIABLE: ReadonlySet<string> = new Set(['Run', 'ShellScript', 'Http']);

/**
 * The state of importing one document: the generated function body, the model objects and where they sit, the
 * declarations expressions may refer to, and the defects found on the way.
 */
export class ImportSession {
  public readonly body: Body;
  public readonly owners: Owner[] = [];
  /** Pipeline variables by name. */
  public readonly variables = new Map<string, Code>();
  /** Stage variables of the stage being decoded. */
  public stageVariables = new Map<string, Code>();
  /** Steps by expression path (`pipeline.stages.s.spec.execution.steps.x`). */
  private readonly steps = new Map<string, { readonly code: Code; readonly object: unknown }>();
  /** Defects of the input, in the library's words. */
  public readonly problems: string[] = [];

  constructor(taken: Iterable<string> = []) {
    this.body = new Body(taken);
  }

  /** Records a step for the typed references of later steps. */
  public addStep(expressionPath: string, code: Code): void {
    this.steps.set(expressionPath, { code, object: this.body.valueOf(code) });
  }

  /** Adds a TODO line above the statement that declares `code` (or the last statement). */
  public todo(message: string, code?: Code): void {
    this.problems.push(message);
    const name = code?.kind === 'ref' ? code.name : undefined;
    const statement =
      this.body.statements.find((s) => s.name !== undefined && s.name === name) ?? this.body.statements[this.body.statements.length - 1];
    statement?.comments.push(`TODO: ${message}`);
  }

  /** The constant of the object a problem path names last (`... > step 'x'`), else the pipeline or workflow. */
  public ownerNamed(problemPath: string): Code | undefined {
    const matches = [...problemPath.matchAll(/(stepGroup|step|stage) '([^']+)'/g)];
    const last = matches[matches.length - 1];
    const owner =
      (last && this.owners.find((o) => o.kind === last[1] && o.identifier === last[2])) ??
      this.owners.find((o) => o.kind === 'pipeline' || o.kind === 'workflow');
    return owner ? { kind: 'ref', name: owner.name } : undefined;
  }

  /** Adds a comment line above the statement that declares `code` (not a defect: e.g. why a field is not typed). */
  public note(message: string, code?: Code): void {
    const name = code?.kind === 'ref' ? code.name : undefined;
    this.body.statements.find((s) => s.name !== undefined && s.name === name)?.comments.push(message);
  }

  /** The expression scope of the declarations so far. */
  public scope(): ExpressionScope {
    return {
      variable: (name) => this.variables.get(name),
      stageVariable: (name) => this.stageVariables.get(name),
      stepOutput: (path) => this.stepOutput(path),
    };
  }

  private stepOutput(path: string): Code | undefined {
    for (const [prefix, step] of this.steps) {
      if (!path.startsWith(`${prefix}.`)) continue;
      const rest = path.slice(prefix.length + 1);
      const o = step.object as Record<string, unknown> & { type?: string; outputVariable?: (n: string) => unknown };
      if (isRecord(o.outputs)) {
        const outputs = o.outputs;
        const key = Object.keys(outputs).find((k) => outputs[k] instanceof StepOutput && (outputs[k] as StepOutput).path === rest);
        if (key !== undefined) return member(member(step.code, 'outputs'), key);
      }
      const m = /^output\.outputVariables\.([A-Za-z_][A-Za-z0-9_]*)$/.exec(rest);
      if (m && PUBLIC_OUTPUT_VARIABLE.has(String(o.type))) {
        try {
          o.outputVariable?.(m[1]);
          return call(member(step.code, 'outputVariable'), lit(m[1]));
        } catch {
          return undefined;
        }
      }
    }
    return undefined;
  }
}
