import type { ValidationProblem } from '../core/errors';

/**
 * The pipeline variables a piece of text reads: each `<+pipeline.variables.NAME>` (also `.get("NAME")` and a
 * method call on the variable, `<+pipeline.variables.NAME.concat("x")>`), as Harness resolves them anywhere in a
 * field (docs/rules.md#pipeline-variable-referenced-declared).
 * @param declared the declared names: a declared name containing `.`, `$` or `-` is read as a whole
 */
export function referencedVariableNames(text: string, declared: readonly string[]): string[] {
  if (!text.includes('pipeline.variables.')) return [];
  const names: string[] = [];
  for (const m of text.matchAll(/<\+\s*pipeline\.variables\.([A-Za-z_$][0-9A-Za-z_$]*)(.?)/g)) {
    const rest = text.slice((m.index ?? 0) + m[0].length - m[1].length - m[2].length);
    const whole = declared.find((d) => rest.startsWith(d) && !/^[0-9A-Za-z_$]/.test(rest.slice(d.length)));
    if (whole !== undefined) {
      names.push(whole);
    } else if (m[2] === '(') {
      // A method of the variables map: get("name") reads one variable; any other call reads none by name.
      const get = m[1] === 'get' ? /^get\(\s*["']([^"']+)["']\s*\)/.exec(rest) : null;
      if (get) names.push(get[1]);
    } else {
      names.push(m[1]);
    }
  }
  return names;
}

/**
 * A variable whose value reads itself, directly or through other variables, never resolves
 * (docs/rules.md#pipeline-variable-self-reference): one problem per variable on such a cycle.
 * @param reads for each variable, the variables its value reads
 */
export function variableCycleProblems(pipeline: string, reads: ReadonlyMap<string, ReadonlySet<string>>): ValidationProblem[] {
  const problems: ValidationProblem[] = [];
  for (const start of reads.keys()) {
    const cycle = pathBack(start, reads);
    if (cycle === undefined) continue;
    const problem =
      cycle.length === 2
        ? `its value reads <+pipeline.variables.${start}>, the variable itself, so it never resolves`
        : `its value reads itself through other variables (${cycle.join(' → ')}), so it never resolves`;
    problems.push({
      path: `${pipeline} > variable '${start}'`,
      field: 'value',
      problem,
      fix: 'give the variable a value that does not depend on itself: a fixed value, a runtime input, or other variables',
    });
  }
  return problems;
}

/** The shortest chain of reads from `start` back to `start` (`[start, ..., start]`), or undefined. */
function pathBack(start: string, reads: ReadonlyMap<string, ReadonlySet<string>>): string[] | undefined {
  const previous = new Map<string, string>();
  const queue = [start];
  while (queue.length > 0) {
    const name = queue.shift() as string;
    for (const next of reads.get(name) ?? []) {
      if (next === start) {
        const chain = [name];
        while (chain[0] !== start) chain.unshift(previous.get(chain[0]) as string);
        return [...chain, start];
      }
      if (!previous.has(next) && reads.has(next)) {
        previous.set(next, name);
        queue.push(next);
      }
    }
  }
  return undefined;
}

/** A stage variable a text reads: `<+stage.variables.NAME>`, or `<+pipeline.stages.STAGE.variables.NAME>`. */
export interface StageVariableTextReference {
  /** The reference as written, e.g. `<+stage.variables.region>`. */
  readonly text: string;
  /** The stage the qualified form names. @default - the reading stage (the unqualified form) */
  readonly stage?: string;
  /** The variable name. */
  readonly name: string;
}

/** The stage variables a piece of text reads (docs/rules.md#stage-variable-in-scope). */
export function referencedStageVariables(text: string): StageVariableTextReference[] {
  if (!text.includes('.variables.')) return [];
  return [
    ...text.matchAll(
      /<\+\s*(?:stage|pipeline\.stages\.([A-Za-z_][0-9A-Za-z_]*))\.variables\.([A-Za-z_$][0-9A-Za-z_$]*)(?![0-9A-Za-z_$(])/g,
    ),
  ].map((m) => ({ text: `<+${m[1] === undefined ? 'stage' : `pipeline.stages.${m[1]}`}.variables.${m[2]}>`, stage: m[1], name: m[2] }));
}

/** What the stage variable check needs to know of the pipeline and a stage. */
interface StageLookup {
  describe(): string;
  readonly stages: readonly { readonly identifier: string; readonly variables: readonly { readonly name: string }[] }[];
}

/**
 * The problem of a stage variable written as text, if any: the unqualified form names a variable of the reading
 * stage, the qualified form a stage of the pipeline that declares the variable.
 */
export function stageVariableTextProblem(
  pipeline: StageLookup,
  reading: { readonly identifier: string; readonly variables: readonly { readonly name: string }[] },
  ref: StageVariableTextReference,
): { problem: string; fix: string } | undefined {
  const declaring = ref.stage === undefined ? reading : pipeline.stages.find((s) => s.identifier === ref.stage);
  if (declaring === undefined) {
    return {
      problem: `references ${ref.text}, but ${pipeline.describe()} has no stage '${ref.stage}'`,
      fix: `name a stage of this pipeline: ${pipeline.stages.map((s) => s.identifier).join(', ')}`,
    };
  }
  if (declaring.variables.some((v) => v.name === ref.name)) return undefined;
  return {
    problem: `references ${ref.text}, which stage '${declaring.identifier}' does not declare`,
    fix:
      ref.stage === undefined
        ? `declare the variable on stage '${declaring.identifier}' (stage.addVariable() or the stage's variables prop), ` +
          `or read another stage's as <+pipeline.stages.<stage>.variables.${ref.name}>`
        : `declare the variable on stage '${declaring.identifier}', or reference one it declares`,
  };
}
