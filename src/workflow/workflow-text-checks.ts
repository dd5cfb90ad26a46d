import type { ValidationProblem } from '../core/errors';
import { walkStrings } from '../core/object';
import type { WorkflowParameter } from './form-field';
import { FormValueType } from './ui-field';
import type { CheckedWorkflow } from './workflow-checks';
import { nunjucksReferences } from './workflow-expression';

/** What the rendered text may read: the declared parameters, secrets and steps. */
interface Declared {
  /** Property keys of the form, conditional branches included. */
  readonly ids: ReadonlySet<string>;
  /** Secret fields and RepoUrlPicker secrets keys (read as `secrets.<id>`). */
  readonly secretIds: ReadonlySet<string>;
  /** Array fields (joined in the inputset). */
  readonly arrayIds: ReadonlySet<string>;
  /** Secret fields (not readable as `parameters.<id>`). */
  readonly secretFields: ReadonlySet<string>;
  /** Step ids of the workflow. */
  readonly stepIds: ReadonlySet<string>;
  /** True when the workflow has no form pages (reported once elsewhere). */
  readonly noPages: boolean;
}

/**
 * Rules on the rendered text: no `${{ }}` in parameters (docs/rules.md#form-no-templating), references to
 * undeclared parameters, secrets and steps, Secret fields only via `secrets` (docs/rules.md#workflow-secret-fields),
 * arrays joined in the inputset (docs/rules.md#workflow-arrays-joined), and templated `if` conditions.
 */
export function textProblems(workflow: CheckedWorkflow, spec: Record<string, unknown>): ValidationProblem[] {
  const problems: ValidationProblem[] = [];
  const path = workflow.describe();
  const declared = declaredIds(workflow, spec);
  walkStrings(spec.parameters, 'spec.parameters', (s, at) => {
    if (s.includes('${{')) {
      problems.push({
        path,
        field: at,
        problem: `'${s}' uses \${{ }} templating inside the form (properties); IDP evaluates parameters only in steps and output`,
        fix: 'use a literal value in the form, and reference parameters only in the trigger step or the output',
      });
    }
  });
  const checkRefs = (s: string, at: string, inInputset: boolean): void => {
    problems.push(...referenceProblems(path, declared, s, at, inInputset));
  };
  const steps = (spec.steps as Array<Record<string, unknown>> | undefined) ?? [];
  steps.forEach((step, i) => {
    walkStrings(step, `spec.steps[${i}]`, (s, at) => checkRefs(s, at, at.startsWith(`spec.steps[${i}].input.inputset.`)));
    checkCondition(problems, path, `spec.steps[${i}].if`, step.if);
  });
  const output = (spec.output as Record<string, unknown> | undefined) ?? {};
  walkStrings(output, 'spec.output', (s, at) => checkRefs(s, at, false));
  for (const kind of ['links', 'text']) {
    ((output[kind] as Array<Record<string, unknown>> | undefined) ?? []).forEach((o, i) =>
      checkCondition(problems, path, `spec.output.${kind}[${i}].if`, o.if),
    );
  }
  return problems;
}

/** The parameters, secrets and steps the rendered `spec` declares. */
function declaredIds(workflow: CheckedWorkflow, spec: Record<string, unknown>): Declared {
  const params = (spec.parameters as Array<Record<string, unknown>> | undefined) ?? [];
  const ids = new Set<string>();
  const secretIds = new Set<string>();
  const arrayIds = new Set<string>();
  const allFields: WorkflowParameter[] = [...workflow.fields];
  if (workflow.trigger.auth.tokenField) allFields.push(workflow.trigger.auth.tokenField);
  for (const page of params) {
    for (const id of Object.keys((page.properties as Record<string, unknown> | undefined) ?? {})) ids.add(id);
    // fields that conditional dependencies (oneOf/allOf/anyOf branches) and page-level alternatives add to the page
    for (const key of ['dependencies', 'oneOf', 'anyOf', 'allOf']) collectPropertyKeys(page[key], ids);
  }
  for (const f of allFields) {
    if (f.schema.isSecret) secretIds.add(f.id);
    if (f.schema.type === FormValueType.ARRAY) arrayIds.add(f.id);
    if (f.schema.uiField?.secretsKey) secretIds.add(f.schema.uiField.secretsKey);
  }
  const secretFields = new Set(allFields.filter((f) => f.schema.isSecret).map((f) => f.id));
  const steps = (spec.steps as Array<Record<string, unknown>> | undefined) ?? [];
  const stepIds = new Set(steps.map((s) => String(s.id)));
  return { ids, secretIds, arrayIds, secretFields, stepIds, noPages: workflow.pages.length === 0 };
}

/** References of one string to parameters, secrets and steps the workflow does not declare (or may not read so). */
function referenceProblems(path: string, declared: Declared, s: string, at: string, inInputset: boolean): ValidationProblem[] {
  const problems: ValidationProblem[] = [];
  const { ids, secretIds, arrayIds, secretFields, stepIds } = declared;
  const refs = nunjucksReferences(s);
  for (const p of refs.parameters) {
    if (!ids.has(p)) {
      if (declared.noPages) continue; // reported once: the workflow has no form pages
      problems.push({
        path,
        field: at,
        problem: `references parameter '${p}', which no form field declares`,
        fix: `declare a field '${p}' on a page, or use one of: ${[...ids].join(', ') || '(no fields)'}`,
      });
    } else if (secretFields.has(p)) {
      problems.push({
        path,
        field: at,
        problem: `reads Secret field '${p}' as \${{ parameters.${p} }}, which is not available`,
        fix: `read it as \${{ secrets.${p} }}`,
      });
    } else if (inInputset && arrayIds.has(p) && !/\.join\(|\|\s*join/.test(s)) {
      problems.push({
        path,
        field: at,
        problem: `sends array field '${p}' as it is; pipeline variables cannot take arrays`,
        fix: `join it: \${{ parameters.${p}.join(',') }}`,
      });
    }
  }
  for (const sec of refs.secrets) {
    if (!secretIds.has(sec)) {
      problems.push({
        path,
        field: at,
        problem: `reads secrets.${sec}, but no Secret field (or RepoUrlPicker secretsKey) is named '${sec}'`,
        fix: `declare a field '${sec}' with UiField.secret(), or fix the name`,
      });
    }
  }
  for (const st of refs.steps) {
    if (!stepIds.has(st)) {
      problems.push({
        path,
        field: at,
        problem: `reads steps.${st}, but the workflow has no step '${st}'`,
        fix: `use one of: ${[...stepIds].join(', ')}`,
      });
    }
  }
  return problems;
}

/** A string `if` must be templated: a plain non-empty string is always true. */
function checkCondition(problems: ValidationProblem[], path: string, field: string, value: unknown): void {
  if (typeof value === 'string' && !value.includes('${{')) {
    problems.push({
      path,
      field,
      problem: `'${value}' is not templated, so the condition is always true`,
      fix: `wrap it in \${{ }}, e.g. \${{ ${value} }}, or use WorkflowExpr.equals(...)`,
    });
  }
}

/** Adds the keys of every `properties` map found below `v`. */
function collectPropertyKeys(v: unknown, into: Set<string>): void {
  if (Array.isArray(v)) v.forEach((x) => collectPropertyKeys(x, into));
  else if (v !== null && typeof v === 'object') {
    for (const [k, x] of Object.entries(v as Record<string, unknown>)) {
      if (k === 'properties' && x !== null && typeof x === 'object' && !Array.isArray(x)) Object.keys(x).forEach((id) => into.add(id));
      collectPropertyKeys(x, into);
    }
  }
}
