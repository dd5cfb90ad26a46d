import { fail, type ValidationProblem } from '../core/errors';
import { PipelineVariable } from '../pipeline/variable';
import { type ConditionalFields, renderFieldList, type WorkflowParameter } from './form-field';
import { FormValueType } from './ui-field';

/** A value of the field a condition looks at. */
export type ConditionValue = string | number | boolean;

/** A branch of {@link FormCondition.oneOf} / {@link FormCondition.allOf}. */
export interface ConditionBranch {
  /** The values of the controlling field that show the branch's fields. */
  readonly values: readonly ConditionValue[];
  /** The fields shown for these values (none for values that add nothing). @default [] */
  readonly fields?: readonly WorkflowParameter[];
}

/** How a {@link FormCondition} is written in `dependencies`. */
export enum FormConditionKind {
  /** `oneOf` branches keyed by the controller's `enum`: exactly one branch matches each value. */
  ONE_OF = 'oneOf',
  /** `allOf` of `if`/`then`: every branch whose values hold adds its fields. */
  ALL_OF = 'allOf',
  /** A schema dependency: the fields appear as soon as the controller has a value. */
  PRESENT = 'present',
}

/**
 * Fields that appear only while another field of the same page (or object field) has a value, rendered as
 * `dependencies.<controller>` next to `properties` (docs/rules.md#form-conditions). A {@link WorkflowInput} among them
 * still feeds its pipeline variable: when it is hidden the trigger sends its `whenAbsent` value
 * (docs/rules.md#contract-conditional-inputs).
 * @see https://developer.harness.io/docs/internal-developer-portal/flows/create-workflow/flows-input
 */
export class FormCondition implements ConditionalFields {
  /**
   * `dependencies.<c>.oneOf`: one branch per group of values of the controlling field, which needs a fixed set of
   * values (an enum or a boolean); every value selects exactly one branch.
   */
  public static oneOf(controller: WorkflowParameter, branches: readonly ConditionBranch[]): FormCondition {
    return new FormCondition(FormConditionKind.ONE_OF, controller, branches);
  }

  /** `dependencies.<c>.allOf: [{ if: { properties: { <c>: { const } } }, then: { properties } }]`. */
  public static allOf(controller: WorkflowParameter, branches: readonly ConditionBranch[]): FormCondition {
    return new FormCondition(FormConditionKind.ALL_OF, controller, branches);
  }

  /** `dependencies.<c>: { properties }`: the fields appear once the controlling field has any value. */
  public static whenPresent(controller: WorkflowParameter, fields: readonly WorkflowParameter[]): FormCondition {
    return new FormCondition(FormConditionKind.PRESENT, controller, [{ values: [], fields }]);
  }

  public readonly branches: readonly { readonly values: readonly ConditionValue[]; readonly fields: readonly WorkflowParameter[] }[];

  private constructor(
    /** How the condition is written in `dependencies` (`oneOf`, `allOf`, or a schema dependency). */
    public readonly kind: FormConditionKind,
    /** The field whose value decides which fields appear (`dependencies.<controller id>`). */
    public readonly controller: WorkflowParameter,
    branches: readonly ConditionBranch[],
  ) {
    if (controller === null || typeof controller !== 'object' || !controller.schema) {
      fail('form condition', 'controller', `${String(controller)} is not a form field`, 'pass the field whose value decides');
    }
    this.branches = (Array.isArray(branches) ? branches : []).map((b) => ({
      values: [...(b?.values ?? [])],
      fields: [...(b?.fields ?? [])],
    }));
    this.check(Array.isArray(branches));
  }

  public describe(): string {
    return `form condition on '${this.controller.id}'`;
  }

  public branchPath(branch: number): string {
    if (this.kind === FormConditionKind.PRESENT) return '';
    return this.kind === FormConditionKind.ONE_OF ? `oneOf[${branch}]` : `allOf[${branch}].then`;
  }

  /** Every field the condition may show, once each, in order. */
  public get fields(): readonly WorkflowParameter[] {
    return [...new Set(this.branches.flatMap((b) => b.fields))];
  }

  public render(): unknown {
    const c = this.controller.id;
    if (this.kind === FormConditionKind.PRESENT) return renderFieldList(this.branches[0].fields, 'properties-first');
    if (this.kind === FormConditionKind.ONE_OF) {
      return {
        oneOf: this.branches.map((b) => {
          const list = renderFieldList(b.fields, 'properties-first');
          return { ...list, properties: { [c]: { enum: [...b.values] }, ...(list.properties as object) } };
        }),
      };
    }
    return {
      allOf: this.branches.map((b) => ({
        if: { properties: { [c]: b.values.length === 1 ? { const: b.values[0] } : { enum: [...b.values] } } },
        // biome-ignore lint/suspicious/noThenProperty: `then` is the JSON-schema keyword of if/then
        then: renderFieldList(b.fields, 'properties-first'),
      })),
    };
  }

  private check(isList: boolean): void {
    const where = this.describe();
    const type = this.controller.schema.type;
    if (![FormValueType.STRING, FormValueType.NUMBER, FormValueType.BOOLEAN].includes(type)) {
      fail(where, 'controller', `a condition looks at a string, number or boolean field, not a ${type} field`, 'choose another field');
    }
    if (!isList || this.branches.length === 0) fail(where, 'branches', 'the condition has no branches', 'give at least one branch');
    if (this.kind === FormConditionKind.PRESENT && this.branches[0].fields.length === 0) {
      fail(where, 'fields', 'the condition shows no fields', 'list the fields that appear once the field has a value');
    }
    this.branches.forEach((b, i) => this.checkBranch(where, b, i));
    this.checkSharedIds(where);
    if (this.kind === FormConditionKind.ONE_OF) this.checkCoverage(where);
  }

  private checkBranch(where: string, b: (typeof this.branches)[number], i: number): void {
    const at = this.kind === FormConditionKind.PRESENT ? 'fields' : `branches[${i}]`;
    const schema = this.controller.schema;
    if (this.kind !== FormConditionKind.PRESENT && b.values.length === 0) {
      fail(where, `${at}.values`, 'the branch names no value of the field', 'list the values that show the branch');
    }
    for (const v of b.values) {
      const expected = schema.type === FormValueType.BOOLEAN ? 'boolean' : schema.type === FormValueType.NUMBER ? 'number' : 'string';
      if (typeof v !== expected) {
        fail(
          where,
          `${at}.values`,
          `${JSON.stringify(v)} is not a ${expected}, but '${this.controller.id}' is a ${schema.type} field`,
          `give ${expected} values`,
        );
      }
      if (schema.enum && !schema.enum.includes(v as string | number)) {
        fail(
          where,
          `${at}.values`,
          `'${v}' is not one of the values of '${this.controller.id}' [${schema.enum.join(', ')}]`,
          'use values of the field',
        );
      }
    }
    const ids = new Set<string>();
    for (const f of b.fields) {
      if (f === null || typeof f !== 'object' || !f.schema)
        fail(where, `${at}.fields`, `${String(f)} is not a form field`, 'pass FormField or WorkflowInput objects');
      if (f.id === this.controller.id) {
        fail(where, `${at}.fields`, `'${f.id}' is the field the condition looks at`, 'list only the fields that depend on it');
      }
      if (f.schema.isAuthToken)
        fail(
          where,
          `${at}.fields`,
          'the HarnessAuthToken field cannot be conditional',
          'put the token field on page 1, outside conditions',
        );
      if (ids.has(f.id)) fail(where, `${at}.fields`, `'${f.id}' is listed twice in the branch`, 'list each field once');
      ids.add(f.id);
    }
  }

  /** The same id in two branches: one field listed in both, or form-only variants (never two inputs). */
  private checkSharedIds(where: string): void {
    const byId = new Map<string, WorkflowParameter>();
    for (const f of this.branches.flatMap((b) => b.fields)) {
      const other = byId.get(f.id);
      if (other && other !== f && (other instanceof PipelineVariable || f instanceof PipelineVariable)) {
        fail(
          where,
          'branches',
          `two different fields named '${f.id}' feed a pipeline variable`,
          'declare one WorkflowInput and list it in each branch (form-only FormField variants may differ)',
        );
      }
      byId.set(f.id, f);
    }
  }

  /** oneOf: every value of the controller selects exactly one branch. */
  private checkCoverage(where: string): void {
    const schema = this.controller.schema;
    const all: readonly ConditionValue[] | undefined = schema.type === FormValueType.BOOLEAN ? [true, false] : schema.enum;
    if (all === undefined) {
      fail(
        where,
        'controller',
        `oneOf needs a field with a fixed set of values, but '${this.controller.id}' accepts any value`,
        'give the field enum values, or use FormCondition.allOf or FormCondition.whenPresent',
      );
    }
    const seen = new Map<ConditionValue, number>();
    this.branches.forEach((b, i) =>
      b.values.forEach((v) => {
        const first = seen.get(v);
        if (first !== undefined) {
          fail(
            where,
            `branches[${i}].values`,
            `'${v}' selects branches ${first} and ${i}; oneOf needs exactly one`,
            'list each value in one branch',
          );
        }
        seen.set(v, i);
      }),
    );
    const missing = all.filter((v) => !seen.has(v));
    const plural = missing.length > 1;
    if (missing.length > 0) {
      fail(
        where,
        'branches',
        `${plural ? 'values' : 'value'} ${missing.map((v) => `'${v}'`).join(', ')} of '${this.controller.id}' ` +
          `${plural ? 'select' : 'selects'} no branch, so the form refuses ${plural ? 'them' : 'it'} (oneOf needs exactly one)`,
        `add a branch for ${missing.length > 1 ? 'them' : 'it'}, with no fields if ${missing.length > 1 ? 'they add' : 'it adds'} none`,
      );
    }
  }
}

/**
 * The conditions of a page or object field: `FormCondition`s, one per controlling field (each renders
 * `dependencies.<controller>`).
 */
export function checkConditionKeys(where: string, conditions: readonly FormCondition[] | undefined): readonly FormCondition[] {
  if (conditions === undefined) return [];
  if (!Array.isArray(conditions)) fail(where, 'conditions', 'conditions is not a list', 'pass a list of FormCondition');
  const seen = new Set<string>();
  for (const c of conditions) {
    if (!(c instanceof FormCondition))
      fail(where, 'conditions', `${String(c)} is not a FormCondition`, 'use FormCondition.oneOf(), .allOf() or .whenPresent()');
    if (seen.has(c.controller.id)) {
      fail(
        where,
        `dependencies.${c.controller.id}`,
        `two conditions look at '${c.controller.id}'; dependencies holds one entry per field`,
        'merge them into one condition with several branches',
      );
    }
    seen.add(c.controller.id);
  }
  return [...conditions];
}

/**
 * Render-time checks of the conditions of a container (docs/rules.md#form-conditions): the controlling field is a
 * field of the container, no raw `dependencies` entry takes its key, and no conditional field takes the key of an
 * unconditional one.
 * @param ids the ids of the container's fields
 * @param rawKeys the keys of raw `dependencies` given next to the conditions
 */
export function conditionProblems(
  path: string,
  at: string,
  ids: readonly string[],
  conditions: readonly FormCondition[],
  rawKeys: readonly string[] = [],
): ValidationProblem[] {
  const problems: ValidationProblem[] = [];
  for (const c of conditions) {
    const field = `${at}.dependencies.${c.controller.id}`;
    if (!ids.includes(c.controller.id)) {
      problems.push({
        path,
        field,
        problem:
          `${c.describe()} looks at '${c.controller.id}', which is not a field here ` +
          '(a condition sits next to the properties of its field)',
        fix: `add '${c.controller.id}' to the fields, or move the condition to where '${c.controller.id}' is`,
      });
    }
    if (rawKeys.includes(c.controller.id)) {
      problems.push({
        path,
        field,
        problem: `raw dependencies and ${c.describe()} both write dependencies.${c.controller.id}`,
        fix: 'express the dependency once: as a FormCondition, or in dependencies',
      });
    }
    for (const f of c.fields) {
      if (ids.includes(f.id)) {
        problems.push({
          path,
          field: `${field}.${f.id}`,
          problem: `'${f.id}' is both an unconditional field and a field of ${c.describe()}`,
          fix: `declare '${f.id}' in one place`,
        });
      }
    }
  }
  return problems;
}
