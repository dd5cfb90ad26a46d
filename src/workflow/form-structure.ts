import type { ValidationProblem } from '../core/errors';
import type { DerivedInput } from './derived-input';
import type { WorkflowParameter } from './form-field';
import type { FieldPlacement } from './form-layout';
import { WorkflowInput } from './workflow-input';

/**
 * Rules over every placed field (docs/rules.md#form-field-unique, docs/rules.md#password-field-first-page): one
 * field per parameter path (the same field may be listed in several branches of one condition, and form-only
 * variants of a field may differ per branch), one feeder per pipeline variable, masked fields on page 1.
 * @param tokenField the HarnessAuthToken field the trigger uses (it has its own rule)
 */
export function placementProblems(
  path: string,
  placements: readonly FieldPlacement[],
  derived: readonly DerivedInput[],
  tokenField: WorkflowParameter | undefined,
): ValidationProblem[] {
  const problems: ValidationProblem[] = [];
  const first = new Map<string, FieldPlacement>();
  const reported: string[] = [];
  const feeders = new Map<string, WorkflowInput | DerivedInput>();
  for (const p of placements) {
    const key = p.field.schema.path;
    const seen = first.get(key);
    if (seen === undefined) first.set(key, p);
    else if (!sameCondition(seen, p) && !reported.some((r) => p.at.startsWith(`${r}.`))) {
      reported.push(p.at);
      problems.push(duplicate(path, seen, p));
    }
    if (p.field instanceof WorkflowInput) problems.push(...feeds(path, feeders, p.field, p.at));
    if (p.page > 0 && p.field.schema.isPassword && p.field !== tokenField) {
      problems.push({
        path,
        field: p.at,
        problem: `the password field '${p.field.id}' is on page ${p.page + 1}; masked fields must be on the first page`,
        fix: 'move the field to page 1',
      });
    }
  }
  derived.forEach((d, i) => problems.push(...feeds(path, feeders, d, `derivedInputs[${i}]`)));
  return problems;
}

/** Two placements in different branches of one condition: the same field, or form-only variants. */
function sameCondition(a: FieldPlacement, b: FieldPlacement): boolean {
  if (!a.branch || !b.branch || a.branch.condition !== b.branch.condition || a.branch.index === b.branch.index) return false;
  return a.field === b.field || !(a.field instanceof WorkflowInput || b.field instanceof WorkflowInput);
}

function duplicate(path: string, seen: FieldPlacement, p: FieldPlacement): ValidationProblem {
  const topLevel = (x: FieldPlacement) => x.at === `spec.parameters[${x.page}].properties.${x.field.id}`;
  if (topLevel(seen) && topLevel(p)) {
    return {
      path,
      field: p.at,
      problem:
        `property '${p.field.id}' is declared on page ${seen.page + 1} and again on page ${p.page + 1}; ` +
        'parameters share one namespace',
      fix: 'give each field a unique id',
    };
  }
  return {
    path,
    field: p.at,
    problem: `parameter '${p.field.schema.path}' is declared twice (also at ${seen.at}); parameters share one namespace`,
    fix: 'give each field a unique id, or list one field in each branch of a condition',
  };
}

/** Two inputs (form or derived) feeding one pipeline variable. */
function feeds(
  path: string,
  byName: Map<string, WorkflowInput | DerivedInput>,
  feeder: WorkflowInput | DerivedInput,
  at: string,
): ValidationProblem[] {
  const other = byName.get(feeder.name);
  byName.set(feeder.name, feeder);
  if (!other || other === feeder) return [];
  return [
    {
      path,
      field: at,
      problem: `${feeder.describe()} and ${other.describe()} both feed pipeline variable '${feeder.name}'`,
      fix: feeder instanceof WorkflowInput ? 'give each input its own variableName' : 'give each derived input its own name',
    },
  ];
}
